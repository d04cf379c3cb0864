"""The non-event filter: a story's events that the model fitted on judged news scores as no event are dropped;
flagged events, short texts and the settings that turn it off or move its threshold are respected."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

import hadath
from hadath.settings import Settings, SettingsError, load_settings
from hadath.stages.nonevents import STORY_SENTENCES, NonEventFilter, NonEventModel, event_features, repeat_features

ROOT = Path(__file__).resolve().parents[2]

# A story written for these tests: an arrest and a raid told as news, then a relief remark and fighting told as the
# background of an industry, neither an event a researcher would code.
STORY = (
    "أعلنت وزارة الداخلية السعودية أمس القبض على خمسة مطلوبين في منطقة القصيم، وقال المتحدث الأمني باسم الوزارة "
    "إن المقبوض عليهم متورطون في تهريب أسلحة.\n"
    "وأوضح المتحدث أن قوات الأمن داهمت منزلا في بريدة بعد رصد تحركات المشتبه بهم.\n"
    "لكن مع ابتعاد غالبية النازحين عن المخيمات فإن جهود الإغاثة تصبح أكثر تعقيدا.\n"
    "ومنذ ذلك الحين تضررت صناعة النفط جراء إضرابات واحتجاجات وقتال بين فصائل متناحرة.\n"
    "وقال أحد السكان: «نرحب بجميع الراغبين في المشاركة، ولن نقبل بأي شعار غير شعار الوطن».\n"
    "ويؤمن كثيرون بالتعاون الجيد مع الحكومة في هذه المرحلة.\n"
    "وكانت الوزارة قد دعت المواطنين إلى الإبلاغ عن أي نشاط مشبوه.\n"
)
DAY = "2015-08-07"

# An attack story written for these tests: a wave of attacks in the lead, then one of them told again in detail
# (with the police, its victims, read as its doer), an earlier truck bombing that is another act, the claim and
# the condemnation.
ATTACK = (
    "قتل خمسون شخصا على الأقل في موجة من الهجمات على الشرطة والجيش الأفغاني في كابول أمس، في أعنف يوم تشهده "
    "العاصمة منذ أشهر.\n"
    "وقالت وزارة الداخلية الأفغانية إن انتحاريا يرتدي زي الشرطة فجر نفسه بين طلاب أكاديمية الشرطة العائدين من "
    "العطلة.\n"
    "وكان انفجار شاحنة مفخخة قد هز حيا سكنيا في وسط المدينة فجر الجمعة.\n"
    "وقال المتحدث باسم طالبان ذبيح الله مجاهد إن مسلحي الحركة نفذوا الهجومين على أكاديمية الشرطة ومعسكر الجيش.\n"
    "وأدان الرئيس الأفغاني أشرف غني الهجمات، وتعهد بملاحقة منفذيها.\n"
)


@pytest.fixture(scope="module")
def default():
    """The default pipeline, the non-event filter last."""
    return hadath.load()


@pytest.fixture(scope="module")
def unfiltered():
    """The default pipeline with the non-event filter off."""
    return hadath.load(Settings(nonevent_filter=False))


def triggers(article) -> list[str]:
    return [ev.trigger.text for ev in article.events]


def test_story_keeps_its_news_and_drops_background(default, unfiltered):
    before = triggers(unfiltered(STORY, published=DAY))
    assert {"الإغاثة", "قتال"} <= set(before)  # the candidates the filter judges
    after = triggers(default(STORY, published=DAY))
    assert "القبض" in after  # must appear
    # (the raid, an event by the first model, is the arrest's own operation: the repeat model may fold it into it)
    assert "الإغاثة" not in after and "قتال" not in after  # must not appear


def test_scores_rank_news_above_background(unfiltered):
    article = unfiltered(STORY, published=DAY)
    scores = dict(zip(triggers(article), NonEventFilter().scores(article)))
    assert scores["القبض"] > 0.9 and scores["داهمت"] > 0.5
    assert scores["الإغاثة"] < 0.25 and scores["قتال"] < 0.25


def test_short_text_is_left_alone(default, unfiltered):
    # the relief remark alone, and in a text of fewer sentences than a story: the model learnt on stories
    lines = STORY.splitlines(keepends=True)
    short = "".join(lines[:STORY_SENTENCES - 1])
    assert "الإغاثة" in triggers(default(short, published=DAY))
    assert triggers(default(short, published=DAY)) == triggers(unfiltered(short, published=DAY))


def test_a_story_of_exactly_four_sentences_is_filtered(default, unfiltered):
    four = "".join(STORY.splitlines(keepends=True)[:STORY_SENTENCES])
    assert len(unfiltered(four, published=DAY).sentences) == STORY_SENTENCES
    assert "قتال" in triggers(unfiltered(four, published=DAY))
    assert "قتال" not in triggers(default(four, published=DAY))  # the industry's background, its fourth sentence


def test_a_flagged_repeat_is_judged_by_neither_model(unfiltered, pentagon_text):
    # «لم نستلم الطلب»: the spokesman's denial follows Moscow's request, negated, so no model weighs it
    article = unfiltered(pentagon_text, published="2016-05-21")
    judged = NonEventFilter().judged(article)
    denial = [k for k, ev in enumerate(article.events) if ev.trigger.text == "الطلب" and ev.negated]
    assert denial and all(judged[k] == (None, None) for k in denial)


def test_a_dropped_partner_takes_the_contested_mark_away(pentagon_text):
    def marks(article):
        return {(ev.trigger.text, ev.negated): ev.contested for ev in article.events if ev.event == "REQUEST"}

    shipped = marks(hadath.load()(pentagon_text, published="2016-05-21"))
    assert shipped[("طلبت", False)] and shipped[("الطلب", True)]  # the request and its denial contest each other
    # a threshold no event reaches drops the asserted request: the denials it contested are no longer contested
    left = marks(hadath.load(Settings(nonevent_threshold=1.0))(pentagon_text, published="2016-05-21"))
    assert ("طلبت", False) not in left and left[("الطلب", True)] is False


def test_flagged_event_is_never_dropped(unfiltered):
    negated = STORY.replace("ومنذ ذلك الحين تضررت صناعة النفط جراء إضرابات واحتجاجات وقتال بين فصائل متناحرة.",
                            "ولا تقدم الجمعيات أي دعم للنازحين في المخيمات.")
    article = unfiltered(negated, published=DAY)
    aid = [ev for ev in article.events if ev.trigger.text == "تقدم"]
    assert aid and aid[0].negated
    assert NonEventFilter().scores(article)[article.events.index(aid[0])] is None  # not judged at all
    # a threshold no event reaches drops every unflagged event of the story, and keeps the negated one
    kept = hadath.load(Settings(nonevent_threshold=1.0))(negated, published=DAY).events
    assert [(ev.trigger.text, ev.negated) for ev in kept] == [("تقدم", True)]


def _lead(by_event: dict):
    """The value for the lead's attack, the event of sentence 0 (told by «قتل» or, merged with it, «الهجمات»)."""
    return next((v for (sent, _), v in by_event.items() if sent == 0), None)


def test_attack_told_again_is_dropped_as_a_repeat(default, unfiltered):
    told = [(ev.sentence, ev.trigger.text) for ev in unfiltered(ATTACK, published=DAY).events]
    assert (1, "فجر") in told  # the candidate: the rules kept it, with a doer of its own
    kept = [(ev.sentence, ev.trigger.text) for ev in default(ATTACK, published=DAY).events]
    assert any(sent == 0 for sent, _ in kept) and (2, "انفجار") in kept and (4, "أدان") in kept  # must appear
    assert (1, "فجر") not in kept  # must not appear


def test_repeat_features_weigh_the_words_shared_with_earlier_tellings(unfiltered):
    # the lead's toll told again in its own words shares most of them; the truck bombing, another act, shares none
    again = "وأكدت الشرطة أن خمسين شخصا على الأقل قتلوا في موجة الهجمات على الشرطة والجيش الأفغاني في كابول أمس.\n"
    article = unfiltered(ATTACK + again, published=DAY)
    feats = {(ev.sentence, ev.trigger.text): f for ev, f in zip(article.events, repeat_features(article))}
    assert _lead(feats) is None  # nothing of its type before it
    assert "ov=0" in feats[(2, "انفجار")] and "ASSAULT|ov=0" in feats[(2, "انفجار")]
    assert "ov=3" in feats[(5, "قتلوا")]  # (the lead is told by «الهجمات», its toll merged into it: no same lemma)


def test_kept_events_carry_their_scores(default):
    stage = default.stage("nonevents")
    events = {(ev.sentence, ev.trigger.text): ev for ev in default(ATTACK, published=DAY).events}
    lead, other = _lead(events), events[(2, "انفجار")]
    assert stage.threshold <= lead.extras["event_score"] <= 1.0 and "distinct_score" not in lead.extras
    assert other.extras["distinct_score"] >= stage.repeat_threshold  # it follows the lead's attack
    assert other.to_dict()["event_score"] == other.extras["event_score"]
    short = default("قتل خمسة أشخاص في هجوم على مركز للشرطة.", published=DAY).events
    assert short and all("event_score" not in ev.extras for ev in short)  # not a story: not scored


def test_repeat_model_judges_only_what_follows_an_event_of_its_type(unfiltered):
    article = unfiltered(ATTACK, published=DAY)
    judged = dict(zip([(ev.sentence, ev.trigger.text) for ev in article.events], NonEventFilter().judged(article)))
    stage = NonEventFilter()
    assert _lead(judged)[1] is None and judged[(4, "أدان")][1] is None  # nothing of their type before them
    again, other = judged[(1, "فجر")], judged[(2, "انفجار")]
    assert again[0] >= stage.threshold and again[1] < stage.repeat_threshold  # an event, but a repeat
    assert other[1] >= stage.repeat_threshold  # another bombing, on another day
    keep_repeats = hadath.load(Settings(nonevent_repeat_threshold=0.0))(ATTACK, published=DAY)
    assert (1, "فجر") in [(ev.sentence, ev.trigger.text) for ev in keep_repeats.events]


def test_an_event_pointing_past_the_sentences_is_scored_without_error(unfiltered):
    article = unfiltered(STORY, published=DAY)
    article.events = [article.events[0].updated(sentence=len(article.tokens) + 5),
                      article.events[1].updated(sentence=-1), *article.events[2:]]
    scores = NonEventFilter().scores(article)
    assert len(scores) == len(article.events) and all(0.0 <= p <= 1.0 for p in scores if p is not None)


def test_threshold_setting_moves_the_cut():
    keep_all = hadath.load(Settings(nonevent_threshold=0.0))
    drop_all = hadath.load(Settings(nonevent_threshold=1.0))
    assert {"الإغاثة", "قتال", "القبض"} <= set(triggers(keep_all(STORY, published=DAY)))
    assert triggers(drop_all(STORY, published=DAY)) == []


def test_settings_file(tmp_path):
    path = tmp_path / "s.cfg"
    path.write_text("[coder]\nnonevent_threshold = 0.5\n", encoding="utf-8")
    settings = load_settings(path)
    assert settings.nonevent_threshold == 0.5 and settings.nonevent_filter
    path.write_text("[coder]\nnonevent_filter = false\n", encoding="utf-8")
    settings = load_settings(path)
    assert not settings.nonevent_filter and settings.nonevent_threshold is None
    assert "nonevents" not in hadath.load(settings).names
    path.write_text("[coder]\nnonevent_repeat_threshold = 0.2\n", encoding="utf-8")
    assert load_settings(path).nonevent_repeat_threshold == 0.2
    for key in ("nonevent_threshold", "nonevent_repeat_threshold"):
        for bad in ("half", "1.5", "-0.1"):
            path.write_text(f"[coder]\n{key} = {bad}\n", encoding="utf-8")
            with pytest.raises(SettingsError, match=key):
                load_settings(path)


def test_runs_after_the_other_coding_stages(default):
    # (only the party check and the party filler follow it, then the dating stages, which change dates alone:
    # stages/party_check.py, stages/parties.py, stages/backgrounds.py, stages/anchors.ActsToCome)
    assert default.names[-6:] == ["nonevents", "party_check", "parties", "backgrounds", "story_days", "to_come"]


def test_features_name_the_event(unfiltered):
    article = unfiltered(STORY, published=DAY)
    ev = article.events[0]
    trigger = next(m for m in article.mentions if m.kind == "trigger" and m.start == ev.trigger.start)
    feats = event_features(article, ev, trigger, 1)
    assert "t=COERCE" in feats and "c=173" in feats and "act=GOV/c" in feats
    assert "sent=0" in feats and "w=قبض" in feats
    assert feats == sorted(set(feats))


@pytest.mark.parametrize("name", ["nonevent_weights.tsv", "repeat_weights.tsv"])
def test_packaged_models_match_the_verdicts_they_were_fitted_on(name):
    model = NonEventModel.load(name)
    assert 0.0 < model.threshold < 1.0 and "bias" in model.weights
    assert all(len(feature) < 80 for feature in model.weights)  # features, not sentences
    header = " ".join(line[2:] for line in (ROOT / "src/hadath/lexicon/data" / name)
                      .read_text(encoding="utf-8").splitlines() if line.startswith("# "))
    recorded = re.search(r"verdicts sha256 ([0-9a-f]{16})", header)
    table = ROOT / "tools" / "judged" / "verdicts.tsv"
    assert recorded and hashlib.sha256(table.read_bytes()).hexdigest()[:16] == recorded.group(1), \
        "tools/judged/verdicts.tsv changed: run python tools/train_nonevent_filter.py"


def test_verdicts_table_is_well_formed():
    lines = [x for x in (ROOT / "tools/judged/verdicts.tsv").read_text(encoding="utf-8").splitlines()
             if x and not x.startswith("#")]
    assert lines[0] == "day\trecord\tstart\tevent\tverdict"
    keys = set()
    for line in lines[1:]:
        day, record, start, etype, verdict = line.split("\t")
        assert re.fullmatch(r"2015-\d\d-\d\d", day) and record.isdigit() and start.isdigit()
        assert etype.isupper() and verdict in {"right", "nonevent", "sense", "dup"}
        keys.add((day, record, start, etype))
    assert len(keys) == len(lines) - 1 > 2000
