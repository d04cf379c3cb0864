"""The topic stage: a story plainly about sport or the arts (several words of it over its sentences, or one in its
title) keeps only its assaults and protests; a political story that mentions a match or a film once keeps its events;
an agency's appeal to the public is no REQUEST, a political appeal still is."""

import pytest

from hadath.arabic.normalize import normalize
from hadath.article import Article
from hadath.pipeline import Pipeline
from hadath.stages.topics import TopicGate, TopicWords

SPORT_STORY = (
    "وصل فريق النصر إلى النمسا أمس لإقامة معسكره الخارجي استعدادا للموسم الجديد. "
    "وأكد المدرب أن جميع اللاعبين في حالة جيدة قبل مباراة السوبر. "
    "ويلتقي الفريق في أول مباراة ودية نظيره النمساوي يوم الأحد. "
    "وكانت إدارة النادي قد دخلت في مفاوضات مع اللاعب البرازيلي لتمديد عقده. "
    "ولم يوافق اللاعب على التمديد حتى الآن."
)

POLITICAL_STORY = (
    "التقى وزير الخارجية السعودي نظيره الأمريكي في جدة أمس. "
    "وبحث الجانبان خلال اللقاء تطورات الأوضاع في اليمن وسوريا. "
    "ودعا الوزيران إلى وقف إطلاق النار في اليمن. "
    "وكان الوزير الأمريكي قد حضر مباراة ودية في الرياض قبل اللقاء. "
    "ووقع البلدان اتفاقية للتعاون الأمني."
)


def types(coder, text, title=None):
    return [e.event for e in coder(Article(text=text, title=title, published="2015-07-22")).events]


def test_sport_story_keeps_no_meeting_or_agreement(coder):
    kept = types(coder, SPORT_STORY)
    assert not set(kept) - {"ASSAULT", "PROTEST"}, kept


def test_sport_story_keeps_its_assaults(coder):
    text = SPORT_STORY + " واعتدى مشجعون على الحكم بعد المباراة وأصابوه بجروح."
    assert "ASSAULT" in types(coder, text)


def test_political_story_that_mentions_a_match_keeps_its_events(coder):
    kept = types(coder, POLITICAL_STORY)
    assert "CONSULT" in kept and "REQUEST" in kept, kept


def test_sport_title_makes_a_thin_story_sport(coder):
    text = ("بدأ الفريق تدريباته أمس في الرياض. وعقد المدرب اجتماعا مع اللاعبين. "
            "وناقش معهم خطة النادي للموسم الجديد. وأشاد بجهود الجهاز الفني.")
    assert not set(types(coder, text, title="الهلال يبدأ تحضيراته للدوري")) - {"ASSAULT", "PROTEST"}


def test_weak_sport_words_alone_do_not_make_a_story_sport(coder):
    """(Its meeting, a club's head with writers, names no party and goes as an office's talk: the story's topic
    is what is read here.)"""
    text = ("نظم النادي الأدبي في جدة أمسية ثقافية. وشارك في الأمسية أعضاء النادي. "
            "والتقى رئيس النادي بالأدباء. وناقش معهم برامج الأندية الأدبية في المملكة.")
    assert coder(text, published="2015-08-01").topic is None


def test_is_sport_reads_share_and_title():
    gate = TopicGate()
    from hadath import load
    pipe = Pipeline(load().stages[:3])
    assert gate.is_sport(pipe(Article(text=SPORT_STORY)))
    assert not gate.is_sport(pipe(Article(text=POLITICAL_STORY)))
    # one sentence with two sport words in a long political story is no sport story
    long = POLITICAL_STORY + " " + " ".join(["وأكد الوزير أهمية العلاقات بين البلدين."] * 6)
    assert not gate.is_sport(pipe(Article(text=long)))


def test_words_load_from_cues():
    words = TopicWords.load()
    sport, arts = words.topics["sport"], words.topics["arts"]
    forms = [normalize(w) for w in ("المباراة", "للمباراة", "والمباراة", "مباراة")]
    assert {sport.words.get(f) for f in forms} == {sport.words[normalize("المباراة")]}
    assert sport.words[normalize("لاعبين")] == sport.words[normalize("اللاعب")]
    assert (normalize("كرة"), normalize("القدم")) in sport.pairs
    assert "نادي" in sport.weak and "لاعب" not in sport.weak
    assert normalize("بالمسلسل") in arts.words and arts.words[normalize("الممثل")] in arts.weak
    assert normalize("بالمتقدمين") in words.public


ARTS_STORY = (
    "تعود الفنانة إلى الشاشة في مسلسل جديد يعرض في رمضان. "
    "وقالت في حوار مع الصحيفة إن المخرج طلب منها أداء دور الأم. "
    "وأضافت أنها التقت بالمنتج واتفقت معه على تصوير الحلقات في القاهرة. "
    "وكانت قد رفضت عرضا للمشاركة في فيلم سينمائي العام الماضي."
)

MEMO_WITH_A_FILM = (
    "استقبل وزير الخارجية نظيره الفرنسي في الرياض أمس. "
    "وبحث الجانبان تطورات الأوضاع في سوريا واليمن. "
    "وطالب الوزيران بوقف إطلاق النار في اليمن. "
    "وحضر الوزيران مساء عرض فيلم وثائقي عن العلاقات بين البلدين في المسرح الوطني. "
    "واتفق البلدان على تعزيز التعاون العسكري."
)


def test_arts_story_keeps_no_meeting_or_request(coder):
    kept = types(coder, ARTS_STORY)
    assert not set(kept) - {"ASSAULT", "PROTEST"}, kept


def test_political_story_that_mentions_a_film_keeps_its_events(coder):
    kept = types(coder, MEMO_WITH_A_FILM)
    assert "CONSULT" in kept and "REQUEST" in kept, kept


def test_un_representative_is_no_arts_word(coder):
    text = ("والتقى الممثل الخاص للأمين العام رئيس الوزراء في بغداد. وبحث معه المخرج من الأزمة السياسية. "
            "ودعا الممثل الخاص الأطراف إلى الحوار. وأشاد بالتعاون مع الحكومة.")
    assert "CONSULT" in types(coder, text)


def test_topic_names_the_topic():
    from hadath import load
    pipe = Pipeline(load().stages[:3])
    gate = TopicGate()
    assert gate.topic(pipe(Article(text=SPORT_STORY))) == "sport"
    assert gate.topic(pipe(Article(text=ARTS_STORY))) == "arts"
    assert gate.topic(pipe(Article(text=POLITICAL_STORY))) is None


@pytest.mark.parametrize("text", [
    "ودعت المديرية العامة للجوازات المتقدمين إلى سرعة حجز المواعيد عبر الموقع.",
    "وأهاب المعهد بالمتقدمين مراجعة بوابة القبول قبل نهاية الأسبوع.",
    "ودعا الدفاع المدني المتنزهين والمصطافين إلى توخي الحذر عند هطول الأمطار.",
    "وحثت إدارة المرور قائدي المركبات على الالتزام بالسرعة المحددة.",
    "ودعا العقيد، المواطنين الراغبين بالسفر إلى التأكد من صلاحية جوازاتهم.",
])
def test_notice_to_the_public_is_no_request(coder, text):
    assert "REQUEST" not in types(coder, text), text


@pytest.mark.parametrize("text", [
    "ودعا وزير الخارجية المجتمع الدولي إلى الضغط على الحوثيين.",
    "وطالبت الخارجية المصرية إيران بالكف عن التدخل في شؤون المنطقة.",
    "وناشد الأمين العام للأمم المتحدة جميع الأطراف الامتناع عن العنف.",
])
def test_political_appeal_is_still_a_request(coder, text):
    assert "REQUEST" in types(coder, text), text


def test_the_topic_is_told_on_the_article(coder):
    """The record says why its meetings were dropped: `topic` names sport; a political story has none."""
    sport = coder(Article(text=SPORT_STORY + " واعتدى مشجعون على الحكم بعد المباراة.", published="2015-07-22"))
    assert sport.topic == "sport" and sport.to_dict()["topic"] == "sport"
    assert coder(Article(text=POLITICAL_STORY, published="2015-07-22")).to_dict()["topic"] is None


@pytest.mark.parametrize("text", [
    "وقال المتحدث الأمني في اتصال هاتفي مع «الشرق الأوسط» إن التحقيقات مستمرة.",
    "وأكد المتحدث في حوار مع «عكاظ» أن الخلية كانت تخطط لهجمات.",
])
def test_a_call_with_a_newspaper_is_the_sources_interview_no_meeting(coder, text):
    assert not [e for e in coder(text, published="2015-08-01").events if e.event == "CONSULT"]


def test_a_call_between_leaders_stays_a_meeting(coder):
    evs = [e for e in coder("وأجرى الملك سلمان اتصالا هاتفيا مع الرئيس السيسي.", published="2015-08-01").events
           if e.event == "CONSULT"]
    assert evs and evs[0].recipient


def test_a_story_drops_partyless_general_talk_but_keeps_political_acts(coder):
    text = ("افتتح مدير الجامعة المعرض السنوي للطلاب أمس. وقدمت الجمعية المساعدات للأسر المحتاجة. "
            "ودعت وزارة الخارجية المواطنين إلى عدم السفر إلى اليمن. وأضاف أن المعرض يستمر أسبوعا.")
    evs = coder(text, published="2015-08-04").events
    assert not [e for e in evs if e.event == "AID"]
    assert [e for e in evs if e.event == "REQUEST" and e.actor]


def test_a_lone_sentence_is_coded_as_it_reads(coder):
    evs = coder("وقدمت الجمعية المساعدات للأسر المحتاجة.", published="2015-08-04").events
    assert [e for e in evs if e.event == "AID"]


def test_a_story_drops_event_nouns_told_without_parties_or_a_verb_that_makes_them_acts(coder):
    """«وتناول اللقاء»، «أهمية زيادة التعاون»: talk about a meeting and about cooperation, in a story, with neither
    actor nor recipient and no verb that makes them acts, go; the meeting itself and an act with a party stay."""
    text = ("استقبل وزير الخارجية السعودي عادل الجبير في الرياض أمس نظيره المصري سامح شكري. وتناول اللقاء الأزمة في "
            "اليمن. وأكد الجبير أهمية زيادة التعاون العسكري في مواجهة الإرهاب والتهديدات الإيرانية.")
    evs = coder(text, published="2015-08-04").events
    assert [e.trigger.text for e in evs if e.event == "CONSULT"] == ["استقبل"]
    assert not [e for e in evs if e.event == "COOPERATE"]
    assert [e for e in evs if e.event == "THREATEN" and e.actor]


def test_an_event_noun_after_a_verb_that_makes_it_an_act_stays(coder):
    """«انطلقت في جدة أمس مباحثات»: the noun is the act the opening verb tells, past its adjuncts."""
    text = ("انطلقت في جدة أمس مباحثات حول الأزمة اليمنية. وأكد المتحدث أن الأجواء إيجابية. "
            "وقال إن الطرفين تبادلا وجهات النظر.")
    evs = coder(text, published="2015-08-04").events
    assert [(e.trigger.text, e.date) for e in evs if e.event == "CONSULT"] == [("مباحثات", "2015-08-03")]


def test_bare_noun_looks_back_for_a_support_verb_within_its_clause():
    """The support verbs of topic_words.tsv are read with their clitics; a comma ends the look-back."""
    gate = TopicGate()
    assert all(gate._support(w) for w in ("اطلق", "واطلقت", "القاء", "عقدت", "وتم", "فتمت"))
    assert not gate._support("مواجهه") and not gate._support("وتقدير")


def test_dropped_lead_events_still_date_the_story(coder):
    """The gate runs last: «وشهدت جنيف أمس جولة جديدة من المشاورات» goes as talk, but its day still dates the
    story's later meeting, told without a date of its own."""
    text = ("وشهدت جنيف أمس جولة جديدة من المشاورات. وقال المتحدث إن الأجواء إيجابية. "
            "واستقبل المبعوث الأممي إسماعيل ولد الشيخ أحمد وفد الحكومة اليمنية.")
    evs = coder(text, published="2015-08-04").events
    assert [(e.trigger.text, e.date, e.date_source) for e in evs] == [("استقبل", "2015-08-03", "story")]


def test_the_trailer_title_codes_no_event_but_keeps_its_places(coder):
    """«رابط الخبر بصحيفة الوئام: <title>»: the headline told again is no second event; its places are read."""
    text = ("قصفت مقاتلات تركية مواقع لداعش في سوريا أمس.\nوقال مسؤول إن الغارات مستمرة.\n"
            "رابط الخبر بصحيفة الوئام: تركيا: مقاتلات F16 قصفت مواقع لداعش في الرقة")
    art = coder(text, published="2015-07-24")
    assert [e.trigger.text for e in art.events if e.event == "ASSAULT"][:1] == ["قصفت"]
    assert all(e.trigger.start < text.index("رابط") for e in art.events)
    assert "الرقة" in [p.text for p in art.places]
