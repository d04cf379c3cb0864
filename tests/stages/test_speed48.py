"""Speed changes of round 48 that must leave the output alone: the report filter's keys kept for the sentence read
last, and the pipeline's one collection of the youngest generation at an article's end."""

import gc

from hadath.stages.reports import AggregateCues, sentence_features


def test_sentence_keys_follow_the_sentence_asked(nlp):
    cues = AggregateCues.load()
    art = nlp("وقتل خمسة من عناصر الشرطة أمس في هجوم انتحاري. وتشن الطائرات غارات على مواقع المسلحين منذ أغسطس 2014.")
    first, second = art.tokens[0], art.tokens[1]
    for toks in (first, second, first, second):  # (the cache holds one sentence: each ask of another replaces it)
        assert cues.sentence_keys(toks) == cues.sentence_keys(list(toks))  # (a copy: worked out afresh)
        assert len(cues.sentence_keys(toks)) == len(toks)
    # whether a sentence names a day is its own, not the one read before
    assert cues._day_in(first) and not cues._day_in(second) and cues._day_in(first)


def test_features_read_from_the_kept_keys_are_the_same(nlp):
    text = ("وقتل خمسة من عناصر الشرطة وأصيب عشرة آخرون بجروح أمس في هجوم انتحاري بسيارة مفخخة استهدف "
            "دورية للشرطة في مدينة الموصل شمال العراق.")
    art = nlp(text)
    ev = next(e for e in art.events if e.event == "ASSAULT")
    triggers = {m.start: m for m in art.mentions if m.kind == "trigger"}
    stage = nlp.stage("reports")
    plain = sentence_features(art.tokens[0], [ev], triggers, stage.fw)
    kept = sentence_features(art.tokens[0], [ev], triggers, stage.fw, stage.cues.sentence_keys(art.tokens[0]))
    assert plain == kept and "casualties" in kept and "w=شرط" in kept


def test_the_pipeline_leaves_the_collector_as_it_found_it(nlp):
    text = "وقال وزير الخارجية إن الطائرات قصفت مواقع المسلحين أمس. وأضاف أن القصف سيستمر."
    was = gc.isenabled()
    try:
        gc.enable()
        assert nlp(text).events and gc.isenabled()
        gc.disable()
        assert nlp(text).events and not gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()
