"""A participle of accusing or criticising that goes on the clause before it (متهما، متهمين، منتقدا: triggers.tsv rows of
their own) is an ACCUSE whose actor is that clause's subject and whose recipient is the party right after it, or for
«إياه» the party the clause's first act was done to (events._circumstantial_callers); the noun «the accused» (اعتقال
590 شخصا متهمين، إعدام عشرة متهمين) is no accusation. An attack verb told with such a participle or in a speech is an
attack in words (events._spoken_attack), and a plural party after a singular nationality adjective is the next phrase
(phrases._plural_after_singular_nisba)."""

from __future__ import annotations

import pytest

_DATE = "2015-08-11"


def _events(nlp, text, kind):
    return [([(x.code, x.sector, x.text) for x in e.actor], [(x.code, x.text) for x in e.recipient], e.negated)
            for e in nlp(text, published=_DATE).events if e.event == kind]


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("وأعلن مسؤول عسكري يمني سقوط سبعة صواريخ في المطار، متهما المتمردين الحوثيين بشن الهجوم.",
                 ("YEM", "MIL", "مسؤول عسكري يمني"), ("YEM", "المتمردين الحوثيين"), id="after_an_announcement"),
    pytest.param("وقال المتحدث باسم التحالف إن الحوثيين يواصلون خرق الهدنة، متهما إيران بتزويدهم بالأسلحة.",
                 ("INT", "MIL", "المتحدث باسم التحالف"), ("IRN", "إيران"), id="the_speaker_not_the_reported"),
    pytest.param("ودعا الرئيس اليمني المجتمع الدولي إلى التحرك، متهما الحوثيين بقصف الأحياء السكنية في تعز.",
                 ("YEM", "GOV", "الرئيس اليمني"), ("YEM", "الحوثيين"), id="after_a_call"),
    pytest.param("وأشاد الوزير البحريني بالاتفاق، منتقدا الكونغرس الأمريكي.",
                 ("BHR", "GOV", "الوزير البحريني"), ("USA", "الكونغرس الأمريكي"), id="criticising"),
])
def test_the_accuser_is_the_clause_subject(nlp, text, actor, recipient):
    got = [g for g in _events(nlp, text, "ACCUSE")]
    assert ([actor], [recipient], False) in got, got


def test_a_denial_before_it_denies_something_else(nlp):
    """«نفى» is the speaker's verb: the accusation after it is made, not denied, and he makes it."""
    got = _events(nlp, "ونفى الرئيس التركي رجب طيب أردوغان أن تكون تركيا تساعد تنظيم داعش، متهما الولايات المتحدة "
                       "بنشر دعاية.", "ACCUSE")
    assert got == [([("TUR", "GOV", "الرئيس التركي رجب طيب أردوغان")], [("USA", "الولايات المتحدة")], False)], got


def test_the_one_in_iyyah_is_the_nearest_party_before_it(nlp):
    """«متهما إياها»: the one accused is the nearest party before it (not the one called, nor a place), and the
    charge is no act told as done."""
    art = nlp("ودعا الوزير البحريني المجتمع الدولي إلى الضغط على إيران، متهما إياها بخرق الاتفاق.", published=_DATE)
    got = [([x.code for x in e.actor], [x.code for x in e.recipient]) for e in art.events
           if e.event == "ACCUSE" and e.trigger.text == "متهما"]
    assert got == [(["BHR"], ["IRN"])], got
    got = _events(nlp, "وتابعت أن التنظيم اعتقل هؤلاء بعد انسحابهم نحو مدينة الرقة، متهما إياهم بالتخلي عن مواقعهم.",
                  "ACCUSE")
    assert all(r == [] for _, r, _ in got), got  # (not the city they went to)


def test_an_attack_in_words_with_a_participle(nlp):
    """«هاجم ظريف السعودية، متهما إياها»: an attack in words on Saudi Arabia, whose charge is only claimed."""
    art = nlp("هاجم وزير الخارجية الإيراني محمد جواد ظريف السعودية، متهما إياها بدعم الإرهاب.", published=_DATE)
    accuse = [e for e in art.events if e.event == "ACCUSE"]
    assert accuse and all([x.code for x in e.recipient] == ["SAU"] for e in accuse), accuse
    assert all(x.code == "IRN" for e in accuse for x in e.actor)
    assert not [e for e in art.events if e.event == "ASSAULT"]  # (an attack in words)
    assert all(e.hypothetical for e in art.events if e.event == "AID")  # (the charge: support of terror, claimed)


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("وأشاد الوزير البحريني بالاتفاق، منتقدا موقف الكونغرس الأمريكي.", "BHR", "USA",
                 id="a_stance_noun_after_it"),
    pytest.param("ونفى الوزير البحريني الاتهامات، متهما المعارضة بالكذب.", "BHR", None,
                 id="after_an_accusation_noun"),
    pytest.param("وقال الوزير البحريني إن الهجوم فشل، متهما السعودية بدعم الإرهاب.", "BHR", "SAU",
                 id="read_as_the_noun_heading_the_phrase"),
    pytest.param("وركز الانفصاليون هجماتهم على المناطق السكنية، متهمين بدورهم الجيش الاوكراني بتكثيف هجومه.", None,
                 "UKR", id="past_in_turn"),
])
def test_more_objects(nlp, text, actor, recipient):
    got = [([x.code for x in e.actor], [x.code for x in e.recipient]) for e in nlp(text, published=_DATE).events
           if e.event == "ACCUSE" and e.trigger.text[:4] in ("متهم", "منتق")]
    assert len(got) == 1, got
    acts, recs = got[0]
    assert (actor is None or actor in acts) and (recipient is None or recipient in recs), got


def test_a_fronted_clause_gives_no_accuser(nlp):
    """«ورغم أن إيران وقعت الاتفاق، …، متهما طهران»: Iran of the fronted concession is not who accuses Tehran."""
    got = _events(nlp, "ورغم أن إيران وقعت الاتفاق، عقد وزير الخارجية السعودي مؤتمرا صحفيا، متهما طهران بدعم "
                       "الإرهاب.", "ACCUSE")
    assert got and all(("IRN", None, "إيران") not in a for a, _, _ in got), got


def test_no_accuser_inside_a_clause_told(nlp):
    """The army of a clause after «أن» and the parties of a quotation are not who accuses («وشدد على أن الجيش …»)."""
    got = _events(nlp, "وشدد على ان الجيش لا يوضع في مواجهة تظاهرة سلمية، وقال: «إياك أن تنزل الجيش في مواجهتنا بل "
                       "في مواجهة من يقطع الطرق»، متهما قائد الجيش بتسييس المؤسسة العسكرية.", "ACCUSE")
    assert got and all(a == [] for a, _, _ in got), got


@pytest.mark.parametrize("text", [
    "واعتقلت الشرطة التركية 590 شخصا متهمين بالارتباط بتنظيم داعش.",
    "وقضت المحكمة بإعدام عشرة متهمين دينوا بتكوين تنظيم إرهابي.",
    "وحكمت المحكمة على خمسة متهمين آخرين بالسجن.",
    "والدول المدرجة في الفئة الثالثة متهمة بعدم احترام المعايير الدولية.",
    "وأوقفت الشرطة الألمانية متهما تركيا في هامبورغ.",  # (a Turkish suspect)
    "وأسفرت نتائجه عن ضبط 5 أشخاص، متهمين بتلك السرقات.",  # (accused of: the passive)
    "وأدانت المحكمة ذاتها، متهما سعوديا، بالمشاركة في المظاهرات.",  # (a Saudi defendant)
    "ولا يزال نائب الرئيس الكيني ويليام روتو، متهما بارتكاب جرائم ضد الإنسانية.",
])
def test_the_accused_are_no_accusation(nlp, text):
    assert _events(nlp, text, "ACCUSE") == []


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("هاجم نائب رئيس شرطة دبي ضاحي خلفان ميليشيا الحوثي الانقلابية، واصفا اياها بذنب لعمالة إيران.",
                 "ARE", "YEM", id="describing_participle"),
    pytest.param("وهاجم الرئيس السوري بشار الأسد في خطابه تركيا وقطر.", "SYR", "TUR", id="in_a_speech"),
])
def test_an_attack_in_words_is_an_accusation(nlp, text, actor, recipient):
    art = nlp(text, published=_DATE)
    assert not [e for e in art.events if e.event == "ASSAULT"], art.events
    got = [e for e in art.events if e.event == "ACCUSE"]
    assert got and actor in {x.code for x in got[0].actor} and recipient in {x.code for x in got[0].recipient}, got


@pytest.mark.parametrize("text", [
    "هاجم مسلحون نقطة تفتيش للجيش في سيناء، مما أسفر عن مقتل خمسة جنود.",
    "وهاجم مسلحون حاجزا للجيش المصري بالأسلحة الرشاشة.",
    "وهاجمت طائرات التحالف مواقع الحوثيين في صعدة، بحسب بيان للتحالف.",
    "وهاجم مسلحون نقطة تفتيش للجيش في سيناء، وقال الجيش في بيان إن ثلاثة جنود قتلوا.",
    "وهاجم مسلحون مسجدا في كابول أثناء خطبة الجمعة.",
    "وهاجم مسلحون مزودون بأسلحة حديثة قاعدة للجيش.",
])
def test_an_armed_attack_stays_an_assault(nlp, text):
    assert [e for e in nlp(text, published=_DATE).events if e.event == "ASSAULT"]


@pytest.mark.parametrize("text, actor, recipient", [
    pytest.param("واتهم الرئيس اليمني الحوثيين بقصف الأحياء السكنية في تعز.", "الرئيس اليمني", "الحوثيين",
                 id="office"),
    pytest.param("واتهمت الحكومة اليمنية الحوثيين بقصف الأحياء السكنية في تعز.", "الحكومة اليمنية", "الحوثيين",
                 id="body"),
    pytest.param("واتهم وزير الخارجية الإيراني السعوديين بدعم الإرهاب.", "وزير الخارجية الإيراني", "السعوديين",
                 id="people"),
])
def test_a_plural_after_a_singular_adjective_is_the_object(nlp, text, actor, recipient):
    got = _events(nlp, text, "ACCUSE")
    assert got and [a[2] for a in got[0][0]] == [actor] and [r[1] for r in got[0][1]] == [recipient], got


@pytest.mark.parametrize("text, code", [
    pytest.param("استنكر السفير محمد صبيح الأمين العام المساعد للجامعة العربية لشؤون فلسطين والأراضي العربية المحتلة، "
                 "التفجير الإرهابي.", "PSE", id="portfolio_after_an_office"),
    pytest.param("والتقى المبعوث الأمريكي الخاص لشؤون سوريا مايكل راتني المعارضة السورية.", "SYR",
                 id="portfolio_past_an_adjective"),
])
def test_an_offices_portfolio_is_no_party(nlp, text, code):
    """«لشؤون فلسطين»: the portfolio of the office, part of its title, is neither party (phrases._PORTFOLIO)."""
    evs = nlp(text, published=_DATE).events
    assert evs and all(code not in [x.code for x in e.actor + e.recipient] for e in evs), evs


def test_brotherly_states_are_no_sister(nlp):
    """«دول شقيقة»: brotherly states (not_entities.tsv), not a sister, a civilian, as the condemners."""
    evs = [e for e in nlp("وأدانت دول شقيقة وصديقة التفجير الإرهابي.", published=_DATE).events if e.event == "ACCUSE"]
    assert evs and all("شقيقة" not in x.text for e in evs for x in e.actor), evs


@pytest.mark.parametrize("text, actor", [
    pytest.param("قال الرئيس اليمني إن الحوثيين قصفوا عدن. وأضاف أن الهجوم فشل، متهما إيران بدعمهم.", "الرئيس اليمني",
                 id="accusing"),
    pytest.param("قال المتحدث باسم التحالف العميد أحمد عسيري إن قوات التحالف قصفت مخازن للأسلحة في صعدة. وأضاف أن "
                 "الحوثيين يواصلون خرق الهدنة، متهما إيران بتزويدهم بالأسلحة.", "المتحدث باسم التحالف",
                 id="past_a_reported_clause"),
])
def test_the_speaker_of_the_sentence_before_goes_on(nlp, text, actor):
    """«… . وأضاف أن …، متهما إيران»: a sentence a verb of saying with no subject opens goes on the speaker of the
    sentence before, and so does its participle (events._carried_participle_speaker)."""
    got = [([x.text for x in e.actor], [x.code for x in e.recipient]) for e in nlp(text, published=_DATE).events
           if e.event == "ACCUSE"]
    assert got == [([actor], ["IRN"])], got


def test_no_speaker_carried_to_a_participle_of_another_number(nlp):
    """A plural participle does not go on a singular speaker of the sentence before («وأضاف أن …، مطالبين»)."""
    got = [[x.text for x in e.actor] for e in nlp("قال الرئيس اليمني إن الحوثيين قصفوا عدن. وأضاف أن السكان خرجوا "
                                                  "إلى الشوارع، مطالبين بالحماية.", published=_DATE).events
           if e.event == "REQUEST"]
    assert all(a != ["الرئيس اليمني"] for a in got), got
