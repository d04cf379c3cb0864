"""Statements: the outlet a statement is relayed through or told to (reported_via), and what is said past it."""

import pytest


def _read(nlp, text):
    """(speaker, outlet, what is said) of every statement of `text`."""
    art = nlp(text)
    return [(s.speaker.text if s.speaker else None, s.reported_via.text if s.reported_via else None,
             art.text[s.content_start:s.content_end]) for s in art.statements]


@pytest.mark.parametrize("text, outlet", [
    ("ونقلت وكالة أنباء الجمهورية الإسلامية اليوم السبت عن ظريف قوله إن الأنشطة لها علاقة ببناء طرق.",
     "وكالة أنباء الجمهورية الإسلامية"),
    ("لكن وكالة الإعلام الروسية نقلت عن متحدث باسم الكرملين نفيه أي لقاء بين سليماني وبوتين.",
     "وكالة الإعلام الروسية"),
    ("ونقلت وكالة «تسنيم» للأنباء عن محمد علي جعفري، قائد الحرس الثوري، قوله إن الاتفاق سيئ.",
     "وكالة «تسنيم» للأنباء"),
])
def test_the_subject_of_a_relaying_verb_is_the_outlet(nlp, text, outlet):
    assert [via for _, via, _ in _read(nlp, text)] == [outlet]


@pytest.mark.parametrize("text, outlet, said", [
    ("وقالت مصادر عراقية لوكالة الأنباء الألمانية إن القصف أدى إلى مقتل عدد من المسلحين.",
     "لوكالة الأنباء الألمانية", "القصف أدى إلى مقتل عدد من المسلحين"),
    ('كما أفاد العيساوي لوكالة "رويترز" للأنباء بأن القوات الحكومية تفرض سيطرتها.',
     'لوكالة "رويترز" للأنباء', "القوات الحكومية تفرض سيطرتها"),
    ("وأشار المصدر لـ”الوئام” إلى أن الإجراءات التي تم اتخاذها كانت مجرد إجراءات.",
     "لـ”الوئام”", "الإجراءات التي تم اتخاذها كانت مجرد إجراءات"),
    ("وأشارت مصادر في المعارضة السورية في تصريح لـ«الشرق الأوسط»، إلى أن عملية الخطف تندرج في إطار الصراع.",
     "لـ«الشرق الأوسط»", "عملية الخطف تندرج في إطار الصراع"),
])
def test_an_outlet_told_and_what_is_said_after_it(nlp, text, outlet, said):
    [(_, via, content)] = _read(nlp, text)
    assert (via, content) == (outlet, said)


@pytest.mark.parametrize("text, speaker", [
    ('أكد فريق تلسكوب كيبلر التابع لوكالة الفضاء الأمريكية "ناسا" أن الكوكب المكتشف يشبه الأرض.',
     "فريق تلسكوب كيبلر التابع لوكالة الفضاء الأمريكية"),
    ("وقال المدير لوكالة الطاقة الذرية إن إيران ملتزمة بالاتفاق.", "المدير لوكالة الطاقة الذرية"),
])
def test_an_agency_a_body_belongs_to_is_no_outlet(nlp, text, speaker):
    assert [(spk, via) for spk, via, _ in _read(nlp, text)] == [(speaker, None)]


def test_relaying_with_no_outlet_named(nlp):
    assert [via for _, via, _ in _read(nlp, "ونقلت عنه قوله إن الوضع مستقر.")] == [None]


@pytest.mark.parametrize("text, code, name", [
    ("وقالت مصادر عراقية لوكالة الأنباء الألمانية إن القصف أدى إلى مقتل عدد من المسلحين.", "DEU",
     "Deutsche Presse-Agentur"),
    ("ونقلت وكالة أنباء الجمهورية الإسلامية عن ظريف قوله إن الأنشطة لها علاقة ببناء طرق.", "IRN", "IRNA"),
])
def test_news_agencies_are_outlets_of_the_lexicon(nlp, text, code, name):
    art = nlp(text)
    assert [s.reported_via_name for s in art.statements] == [name]
    assert any(m.get("sector") == "MED" and m.get("code") == code for m in art.mentions)


def test_by_saying_names_no_speaker_after_it(nlp):
    text = ("“عين اليوم” تواصلت مع الشيخ سالم اليافعي والد أبو بكر الذي ارتقى شهيدًا في جبهة العند، حيث استهل حديثه "
            "بقوله الحمدلله ابني أبوبكر ناضل منذ عام 2007 حتى استشهد.")
    [(speaker, _, said)] = [r for r in _read(nlp, text)]
    assert speaker != "الحمدلله ابني أبوبكر ناضل" and said.startswith("الحمدلله ابني")
