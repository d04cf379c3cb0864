"""Noun-phrase groups (phrases.noun_phrases) on short Arabic sentences: which mentions make one phrase."""

import pytest

from hadath.lexicon.compile import FunctionWords
from hadath.stages.phrases import noun_phrases


def test_two_titled_phrases_side_by_side_are_two_groups(groups):
    assert groups("وسبق أن التقى المبعوث الأممي الرئيس اليمني في الرياض.")[:2] == ["المبعوث الأممي", "الرئيس اليمني"]


def test_an_object_after_a_subject_with_its_nationality_is_its_own_group(groups):
    gs = groups("بعد اتهام السلطات التركية المسلحين الكرد بمهاجمة القوات الأمنية.")
    assert gs[:2] == ["السلطات التركية", "المسلحين الكرد"]


def test_an_accusative_adverb_opens_no_phrase(groups):
    gs = groups("ودعمت الولايات المتحدة وحلفاؤها في حلف شمال الاطلسي دبلوماسيا كييف التي تتهم الكرملين.")
    assert "دبلوماسيا كييف" not in gs


def test_a_title_with_its_nationality_and_name_then_another_title_and_nationality(groups):
    gs = groups("واستقبل الرئيس اليمني عبد ربه منصور هادي السفير الأمريكي في الرياض.")
    assert gs[:2] == ["الرئيس اليمني عبد ربه منصور هادي", "السفير الأمريكي"]


def test_an_unknown_name_after_the_opening_verb_before_a_titled_object_is_a_group(groups):
    gs = groups("والتقى كوفي عنان الرئيس السوري بشار الأسد في دمشق عام 2012.")
    assert gs[:2] == ["كوفي عنان", "الرئيس السوري بشار الأسد"]


def test_an_unknown_name_after_a_verb_given_by_the_coder_is_a_group(coder):
    fw = FunctionWords.load()
    art = coder("وسبق أن التقى كوفي عنان الرئيس السوري بشار الأسد في دمشق.", published="2015-07-26")
    toks, ms = art.tokens[0], [m for m in art.mentions if m.sentence == 0]
    ents = [m for m in ms if m.kind in ("actor", "agent")]
    cues = {m.tok_start: m for m in ms if m.kind == "cue"}
    plain = [g.start_tok for g in noun_phrases(toks, ents, cues, fw)]
    told = noun_phrases(toks, ents, cues, fw, after_verbs=frozenset({3}))  # التقى is token 2
    assert 3 not in plain
    assert told[0].start_tok == 3 and told[0].entity(art.text).code is None
    assert told[0].entity(art.text).text == "كوفي عنان"


def test_a_name_before_its_own_title_makes_no_group_of_its_own(groups):
    assert groups("ودعا أندرس راسموسن الأمين العام لحلف شمال الأطلسي إلى الحوار.")[0].startswith("الأمين العام")
    assert groups("وقال ماركو روبيني وزير الخارجية الإيطالي إن الاتفاق جيد.")[0].startswith("وزير الخارجية")


def test_a_name_after_a_title_makes_no_group_of_its_own(groups):
    gs = groups("والتقى المبعوث الأممي كوفي عنان الرئيس السوري بشار الأسد في دمشق.")
    assert "كوفي عنان" not in gs


def test_common_nouns_before_a_title_are_no_name(groups):
    assert "تشكيل القوة" not in " ".join(groups("وأكد تشكيل القوة العربية المشتركة."))
    assert not any(g.startswith("اعتبار") for g in groups("ورفض اعتبار كلام الوزير السوري بداية."))


def test_a_role_noun_after_a_name_is_the_object_not_its_title(groups):
    gs = groups("طالب الرئيس اليمني عبدربه منصور هادي المليشيات الحوثية وقوات صالح باحترام الهدنة.")
    assert gs[:2] == ["الرئيس اليمني عبدربه منصور هادي", "المليشيات الحوثية"]
    assert groups("وطالب السيسي المسؤولين المصريين بالانتهاء منه.")[:2] == ["السيسي", "المسؤولين المصريين"]


def test_a_title_or_an_adjective_after_a_name_stays_in_its_phrase(groups):
    assert groups("وقال عبدربه منصور هادي الرئيس اليمني إن الهدنة بدأت.")[0] == "عبدربه منصور هادي الرئيس اليمني"
    assert not any(g.startswith("رئيسة") for g in groups("اللجنة العربية المشكلة برئاسة مصر رئيسة القمة العربية."))


def test_a_role_noun_after_a_name_a_preposition_governs_is_left_to_it(groups):
    assert "إيران الحكومة" in groups("كما يتهم السنة في إيران الحكومة بإنجاح العناصر الموالية لها.")


def test_a_country_after_a_noun_with_the_article_is_another_phrase(groups):
    assert groups("وحث الرئيس إيران على وقف دعم الحوثيين.")[:2] == ["الرئيس", "إيران"]
    assert groups("واتهمت الحكومة قطر بدعم الإرهاب.")[:2] == ["الحكومة", "قطر"]


def test_a_country_after_an_indefinite_noun_is_its_genitive(groups):
    assert groups("وقال رئيس مصر إن الاتفاق جيد.")[0] == "رئيس مصر"
    assert groups("وقالت السلطات السعودية إن الاتفاق جيد.")[0] == "السلطات السعودية"


@pytest.mark.parametrize("text, subject, after", [
    # a title naming the person's own country or city, or ولي عهد, is his office (apposition), though the name
    # looks definite (الشيخ …)
    ("استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي في أبوظبي أمس وزير الخارجية السعودي.",
     "الشيخ محمد بن زايد آل نهيان ولي عهد أبوظبي", None),
    ("استقبل الأمير فيصل بن بندر أمير منطقة الرياض في مكتبه أمس السفير الأمريكي.",
     "الأمير فيصل بن بندر أمير منطقة الرياض", None),
    # a title phrase of another country after the name is a phrase of its own: the object
    ("التقى الرئيس عبد ربه منصور هادي رئيس الجمهورية سفير بريطانيا.",
     "الرئيس عبد ربه منصور هادي رئيس الجمهورية", "سفير بريطانيا"),
    ("التقى الرئيس السيسي وزير خارجية فرنسا.", "الرئيس السيسي", "وزير خارجية فرنسا"),
    # a bare title after a name with its own title may be the object: left as two phrases
    ("استقبل الرئيس هادي وزير الخارجية.", "الرئيس هادي", "وزير الخارجية"),
])
def test_a_persons_office_after_the_name_is_in_its_phrase(groups, text, subject, after):
    gs = groups(text)
    assert gs[0] == subject
    if after is not None:
        assert gs[1] == after


def test_two_names_of_one_person_side_by_side_are_one_phrase(groups):
    gs = groups("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود في جدة اليوم وزير الخارجية الأمريكي.")
    assert gs[0] == "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود"


@pytest.mark.parametrize("text, first, second", [
    ("ودعت وزارة الخارجية المواطنين إلى عدم السفر.", "وزارة الخارجية", "المواطنين"),
    ("وحذرت وزارة العمل المواطنين من التعامل مع المكاتب.", "وزارة العمل", "المواطنين"),
    ("فيما توعدت وزارة التعليم المدارس الخاصة المخالفة.", "وزارة التعليم", "المدارس"),
])
def test_a_role_noun_with_the_article_after_a_body_is_the_object(groups, text, first, second):
    assert groups(text)[:2] == [first, second]


@pytest.mark.parametrize("text, phrase", [
    ("وفرت القوة المهاجمة تاركة جثث قتلاها.", "القوة المهاجمة"),  # a feminine participle is its adjective
    ("وهاجمت القوات الحكومية المتمردين.", "القوات الحكومية"),
])
def test_an_adjective_after_a_body_stays_in_its_phrase(groups, text, phrase):
    assert phrase in groups(text)


def test_an_indefinite_noun_after_a_definite_construct_is_another_phrase(groups):
    assert groups("واعتقلت قوات الاحتلال شاباً من مخيم جنين.")[:2] == ["قوات الاحتلال", "شاباً"]



def _told_groups(coder, text, verb_end):
    """The groups of the first sentence, told that a verb ends right before token `verb_end`, as their words."""
    fw = FunctionWords.load()
    art = coder(text, published="2015-07-26")
    toks, ms = art.tokens[0], [m for m in art.mentions if m.sentence == 0]
    ents = [m for m in ms if m.kind in ("actor", "agent")]
    cues = {m.tok_start: m for m in ms if m.kind == "cue"}
    return [" ".join(t.text for t in toks[g.start_tok:g.end_tok])
            for g in noun_phrases(toks, ents, cues, fw, after_verbs=frozenset({verb_end}))]


@pytest.mark.parametrize("text,group", [
    ("وأشاد الدكتور يوسف الرميح عضو مجلس الشورى بجهود الأمن.", "الدكتور يوسف الرميح عضو مجلس الشورى"),
    ("ودعا الدكتور سامي النبوي، وزير الثقافة المصري، إلى الحوار.", "الدكتور سامي النبوي ، وزير الثقافة المصري"),
    ("ونوه الشيخ عبدالعزيز بن رقوش بجهود الأهالي.", "الشيخ عبدالعزيز بن رقوش"),
    ("دعا الدكتور هادي بن علي اليامي، جميع الدول إلى الالتزام.", "الدكتور هادي بن علي اليامي"),
])
def test_a_title_and_an_unknown_name_after_a_verb_is_one_group_with_its_office(coder, text, group):
    assert _told_groups(coder, text, 1)[0] == group


@pytest.mark.parametrize("text", [
    "وأشاد الدكتور بجهود رجال الأمن في المنطقة.",  # no name: an attached preposition is none
    "وشدد الدكتور على أن الحكومة تدعم الشباب.",  # على is no علي
    "وطالب الدكتور سامي الجهات المعنية بالتدخل.",  # a plural after the name is the object, not his family name
])
def test_no_titled_name_group_without_a_name_that_ends_its_phrase(coder, text):
    assert not any(g.startswith("الدكتور") for g in _told_groups(coder, text, 1))


def test_a_titled_name_is_made_only_after_a_verb(coder):
    assert not any(g.startswith("الدكتور") for g in _told_groups(
        coder, "وأشاد الدكتور يوسف الرميح عضو مجلس الشورى بجهود الأمن.", 0))


def test_a_phrase_after_a_quantity_and_min_has_no_preposition(coder):
    fw = FunctionWords.load()
    art = coder("اعترض الكثير من رجال الأعمال على القرار.", published="2015-07-26")
    toks, ms = art.tokens[0], [m for m in art.mentions if m.sentence == 0]
    ents = [m for m in ms if m.kind in ("actor", "agent")]
    g = next(g for g in noun_phrases(toks, ents, {}, fw) if toks[g.start_tok].text == "رجال")
    assert g.prep == ""


def test_a_preposition_after_wa_governs_the_phrase(coder):
    fw = FunctionWords.load()
    art = coder("وفي مأرب قصفت المقاتلات مواقع للحوثيين.", published="2015-07-26")
    toks, ms = art.tokens[0], [m for m in art.mentions if m.sentence == 0]
    ents = [m for m in ms if m.kind in ("actor", "agent")]
    g = next(g for g in noun_phrases(toks, ents, {}, fw) if toks[g.start_tok].text == "مأرب")
    assert g.prep == "في"


def test_a_place_after_wa_fi_is_no_attacker(nlp):
    ev = next(e for e in nlp("وفي مأرب قصفت المقاتلات مواقع للحوثيين.", published="2015-07-26").events
              if e.event == "ASSAULT")
    assert [a.text for a in ev.actor] == ["المقاتلات"]


def test_a_titled_person_introduces_the_family_name(coder):
    from hadath.stages.phrases import introduced_names
    fw = FunctionWords.load()
    art = coder("وشدد الخبير الدكتور أحمد الحربي، على ضرورة تطوير المناهج.", published="2015-07-26")
    toks, ms = art.tokens[0], [m for m in art.mentions if m.sentence == 0]
    assert introduced_names(toks, ms, fw) == {"الحربي"}
    art = coder("وشدد الدكتور سامي علي على ضرورة تطوير المناهج.", published="2015-07-26")
    assert introduced_names(art.tokens[0], [], fw) == frozenset()  # a given name is no family name


def test_the_second_bayna_after_wa_leaves_its_phrase_a_side(coder):
    fw = FunctionWords.load()
    art = coder("اندلعت اشتباكات بينها وبين السكان.", published="2015-07-26")
    toks, ms = art.tokens[0], [m for m in art.mentions if m.sentence == 0]
    ents = [m for m in ms if m.kind in ("actor", "agent")]
    g = next(g for g in noun_phrases(toks, ents, {}, fw) if toks[g.start_tok].text == "السكان")
    assert g.prep != "بين"


@pytest.mark.parametrize("text,first,second", [
    ("وانتقد المسؤول الحكومة بسبب تأخر الرواتب.", "المسؤول", "الحكومة"),  # no «مسؤول حكومة»
    ("وانتقدت المؤسسة العسكرية الحكومة بشدة.", "المؤسسة العسكرية", "الحكومة"),
    ("وهاجم الجيش الشرطة في المدينة.", "الجيش", "الشرطة"),
])
def test_a_definite_noun_in_ta_after_a_role_noun_is_a_second_phrase(groups, text, first, second):
    gs = groups(text)
    assert first in gs and second in gs, gs


@pytest.mark.parametrize("text,phrase", [
    ("وقتلت الجماعات المسلحة ثلاثة جنود.", "الجماعات المسلحة"),  # a participle: the adjective
    ("وأعلنت الأجهزة الأمنية القبض على المطلوب.", "الأجهزة الأمنية"),  # a nisba: the adjective
    ("وقال مسؤول الحكومة إن العمل مستمر.", "مسؤول الحكومة"),  # a construct
])
def test_an_adjective_or_genitive_in_ta_stays_in_the_phrase(groups, text, phrase):
    assert phrase in groups(text)


def test_an_indefinite_plural_group_after_a_definite_phrase_is_a_second_phrase(groups):
    gs = groups("وانتقد رئيس الكنيست مستوطنين هاجموا قرية فلسطينية.")
    assert "رئيس الكنيست" in gs and "مستوطنين" in gs, gs


def test_a_counterpart_phrase_keeps_its_head_noun(groups):
    assert "نظيره الفرنسي" in groups("والتقى وزير الخارجية نظيره الفرنسي في باريس.")
    assert "بنظيره اللبناني" in groups("وأجرى وزير الخارجية اتصالا هاتفيا بنظيره اللبناني.")


def test_a_counterpart_takes_the_sector_of_the_one_before(coder):
    ev = [e for e in coder("وناقش وزير الخارجية مع نظيره الأمريكي تطورات الأوضاع.").events if e.event == "CONSULT"][0]
    assert [(r.code, r.sector) for r in ev.recipient] == [("USA", "GOV")]


def test_a_town_after_a_place_noun_takes_its_preposition(coder):
    from hadath.stages.phrases import noun_phrases as nps
    art = coder("وأصيب شاب بمحافظة الطائف أمس.", published="2015-07-26")
    toks = art.tokens[0]
    ms = [m for m in art.mentions if m.sentence == 0]
    gs = nps(toks, [m for m in ms if m.kind in ("actor", "agent")], {m.tok_start: m for m in ms if m.kind == "cue"},
             FunctionWords.load())
    town = [g for g in gs if toks[g.start_tok].text == "الطائف"]
    assert town and town[0].prep == "في"


def _after_verb_groups(coder, text):
    """The groups of a sentence whose first word is a verb (a subject may follow it)."""
    art = coder(text, published="2015-07-26")
    toks = art.tokens[0]
    ms = [m for m in art.mentions if m.sentence == 0]
    gs = noun_phrases(toks, [m for m in ms if m.kind in ("actor", "agent")],
                      {m.tok_start: m for m in ms if m.kind == "cue"}, FunctionWords.load(), after_verbs=frozenset({1}))
    return [" ".join(t.text for t in toks[g.start_tok:g.end_tok]) for g in gs]


def test_a_title_its_office_and_a_name_after_a_verb_are_one_group(coder):
    # «مدير تعليم» is an agent of the lexicon (EDU) now: the agent is the group and keeps its sector
    text = "أدان مدير تعليم ينبع محمد الحربي العملية الإرهابية."
    assert _after_verb_groups(coder, text)[0].startswith("مدير تعليم")
    ev = next(e for e in coder(text, published="2015-07-26").events if e.event == "ACCUSE")
    assert [(a.text, a.sector) for a in ev.actor][:1] == [("مدير تعليم", "EDU")]
    # no run past the office swallows the object
    assert not any("الهجوم" in g for g in _after_verb_groups(coder, "أدان مدير التعليم في المنطقة الهجوم."))
    assert not any("الهجوم" in g for g in _after_verb_groups(coder, "أدان مدير تعليم المنطقة الهجوم الإرهابي."))


def test_the_counterpart_takes_the_sector_of_the_first_phrase_not_of_a_nearer_one(noun_groups):
    art, _, gs = noun_groups("وقال وزير الخارجية الأميركي إنه بحث مسألة الصحافي خلال المفاوضات مع نظيره الإيراني.")
    peer = [g for g in gs if g.counterpart]
    assert peer and peer[0].entity(art.text).sector == "GOV"


@pytest.fixture(scope="module")
def preps(noun_groups):
    """The noun-phrase groups of the first sentence of a text, as (words, preposition)."""

    def run(text):
        _, toks, gs = noun_groups(text)
        return [(" ".join(t.text for t in toks[g.start_tok:g.end_tok]), g.prep) for g in gs]

    return run


def test_the_lam_of_a_form_of_address_governs_the_title_after_it(preps):
    gs = preps("وبعث الملك برقية تهنئة لفخامة الرئيس الفرنسي بمناسبة العيد الوطني.")
    assert ("الرئيس الفرنسي", "ل") in gs, gs


def test_a_form_of_address_with_nothing_before_it_leaves_its_title_bare(preps):
    gs = preps("واستقبل صاحب السمو الملكي ولي العهد السفير الفرنسي.")
    assert gs and gs[0][1] == "", gs


def test_a_lam_written_apart_with_tatweel_governs_the_quoted_name(preps):
    gs = preps("وأعلن الحزب دعمه لـ«الحكومة اليمنية» في حربها.")
    assert any(p == "ل" for _, p in gs), gs
