"""Speed round 51: the fast paths (a report sentence's character-model margin and its feature score summed in C, the
statement stage's one pass over a sentence's mentions, a trigger's tail end read once) give the answers of the plain
paths they replace, on real Arabic sentences of the dev days."""

from __future__ import annotations

import math

from hadath.arabic.normalize import normalize
from hadath.pipeline import Pipeline
from hadath.stages.clauses import _contiguous_tail, tail_end_of
from hadath.stages.reports import CharModel, char_ngrams, sentence_features

SENTENCES = [
    "وأطلق مسلحون النار على دورية للشرطة في بغداد، مما أدى إلى مقتل ثلاثة جنود.",
    "وقال المتحدث باسم الخارجية الأمريكية إن واشنطن تدين الهجوم على السفارة.",
    "وأكد عبدالله بن محمد الشريف، مستشار الوزير، أن العمل مستمر.",
    "وتظاهر مئات الطلاب أمام مبنى الجامعة احتجاجا على رفع الرسوم.",
    "ونفى الجيش التركي أنه قصف مواقع مدنية في شمال العراق.",
]


def _read(nlp, sentence: str, last: str = "mentions"):
    """The article after the stages up to `last`."""
    names = [s.name for s in nlp.stages]
    return Pipeline(nlp.stages[:names.index(last) + 1])(sentence, published="2015-07-25")


def _plain_margin(chars: CharModel, norms: list[str]) -> float:
    """The margin worked out over the scaled vector of the sentence's n-gram counts (the model's definition)."""
    vec = chars.weigh(char_ngrams(norms))
    return sum(v * chars.weights.get(g, 0.0) for g, v in vec.items())


def test_margin_as_the_vector_gives(nlp):
    """The per-word sums of CharModel.margin, filtered and added in C, give the margin the scaled vector gives."""
    chars = nlp.stage("reports").model.chars
    assert chars is not None
    for sentence in SENTENCES:
        norms = [normalize(w) for w in sentence.replace("،", " ").replace(".", " ").split()]
        assert math.isclose(chars.margin(norms), _plain_margin(chars, norms), rel_tol=1e-9, abs_tol=1e-12)
        assert chars.margin(norms) == chars.margin(list(norms))  # (a second read, from the cache: the same)


def test_score_as_the_plain_sum(nlp):
    """ReportModel.score sums the feature weights in C to the very float the plain generator gave."""
    model = nlp.stage("reports").model
    art = _read(nlp, SENTENCES[0], "events")
    assert art.events
    triggers = {m.start: m for m in art.mentions if m.kind == "trigger"}
    feats = sentence_features(art.tokens[0], art.events, triggers, nlp.stage("reports").fw)
    z = model.weights.get("bias", 0.0) + sum(model.weights.get(f, 0.0) for f in feats)
    plain = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    assert model.score(feats) == plain
    assert any(f.startswith("pre=") for f in feats) and any(f.startswith("pos=") for f in feats)


def test_tail_end_as_before(nlp):
    """tail_end_of reads the tail end once and answers as the test of _contiguous_tail did (أطلق … النار)."""
    seen = 0
    for sentence in SENTENCES:
        for m in _read(nlp, sentence).mentions:
            if m.kind != "trigger":
                continue
            seen += 1
            before = int(m.get("tail_end")) if _contiguous_tail(m) else m.tok_end
            assert tail_end_of(m) == before
    assert seen


def test_statement_mentions_sorted_as_before(nlp):
    """The statement stage's one pass over a sentence's mentions makes the sets and maps the five comprehensions
    made (entities, agents, triggers, verb triggers, light verbs; entity list, cues by first token)."""
    stage = nlp.stage("statements")
    for sentence in SENTENCES:
        mentions = [m for m in _read(nlp, sentence).mentions if m.sentence == 0]
        ents, cues = stage._sort_mentions(mentions)
        assert ents == [m for m in mentions if m.kind in ("actor", "agent")]
        assert cues == {m.tok_start: m for m in mentions if m.kind == "cue"}
        assert stage._ent_starts == {m.tok_start for m in mentions if m.kind in ("actor", "agent")}
        assert stage._agent_starts == {m.tok_start for m in mentions if m.kind == "agent"}
        assert stage._trig_starts == {m.tok_start for m in mentions if m.kind == "trigger"}
        assert stage._verbs == {m.tok_start: m for m in mentions if m.kind == "trigger" and m.get("pos") == "verb"}
        assert stage._light == {m.tok_start for m in mentions
                                if m.kind == "cue" and m.label in ("passive_light", "light_verb")}


def test_live_cue_words_as_before(nlp):
    """_live reads once whether a word begins with a glued ل, and keeps the words the plain test kept (في، من، على…
    only where their phrase's second word is there)."""
    stage = nlp.stage("statements")
    for sentence in SENTENCES + ["وفقا للبيان، قتل ثلاثة جنود.", "ووفقا لما أكده المتحدث، فإن الهجوم فشل."]:
        norms = _read(nlp, sentence).norms()[0]
        cue_words = stage._cue_starts.intersection(norms)
        plain = [w for w in cue_words if (seconds := stage._only_first.get(w)) is None
                 or not seconds.isdisjoint(norms) or ("ل" in seconds and any(x[:1] == "ل" for x in norms))]
        assert stage._live(cue_words, norms) == plain
