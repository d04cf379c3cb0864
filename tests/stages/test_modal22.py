"""Round 22 (modal22): plans and conditions coded as done acts, the reporter's own acts, armed groups' holding, and
the future س before an alif (must / must not, on sentences of the kind fixed)."""

import pytest
from stage_coding import events_coded


def coded(nlp, text, date="2015-08-08"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


# 1. a coming act: a month or time noun with its upcoming word later in the verb's clause
def test_host_next_month_is_future(nlp):
    text = ("احتفظ رئيس المجلس الأولمبي الآسيوي برئاسة المجلس بالتزكية، وتستضيف عشق أباد الجمعية العمومية "
            "للمجلس الأولمبي الآسيوي في 15 و16 أيلول (سبتمبر) المقبل.")
    evs = find(nlp, text, "CONSULT", "تستضيف")
    assert evs and all(e.future for e in evs)


def test_host_today_not_future(nlp):
    evs = find(nlp, "ويستقبل الملك سلمان الرئيس الفرنسي في جدة اليوم.", "CONSULT", "يستقبل")
    assert evs and not any(e.future for e in evs)


# 1. a condition laid down: مرهونة بـ
def test_conditioned_approval_is_hypothetical(nlp):
    text = "وقال إن عودة السفير إلى طهران مرهونة بموافقة الحكومة الإيرانية على المطالب."
    evs = find(nlp, text, "AGREE", "موافقة")
    assert evs and all(e.hypothetical for e in evs)


def test_obtained_approval_past_a_comma_stays(nlp):
    text = "وكلها مرهونة بموافقة البرلمان، وهو ما يعني أن العبادي استحصل موافقة رئيس الجمهورية على هذا الإجراء."
    evs = find(nlp, text, "AGREE", "موافقة")
    assert [e.hypothetical for e in evs] == [True, False]


# 1. «وتأتي زيارة X» frames the coming visit the story told before
def test_framed_visit_keeps_the_future(nlp):
    text = ("أفاد مصدر في وزارة الخارجية الروسية بأن وزير خارجية المملكة عادل الجبير سيزور موسكو يوم الثلاثاء "
            "المقبل. وتأتي زيارة الجبير إلى موسكو في إطار التحضيرات لزيارة العاهل السعودي إلى روسيا.")
    evs = [e for e in find(nlp, text, "CONSULT", "زيارة") if e.sentence == 1 and e.actor[0].text == "الجبير"]
    assert evs and evs[0].future


def test_framed_visit_of_a_done_visit_stays(nlp):
    text = ("وصل وزير الخارجية عادل الجبير إلى موسكو أمس. وتأتي زيارة الجبير إلى موسكو في إطار التحضيرات "
            "لزيارة العاهل السعودي إلى روسيا.")
    evs = [e for e in find(nlp, text, "CONSULT", "زيارة") if e.sentence == 1 and e.actor and
           e.actor[0].text == "الجبير"]
    assert evs and not evs[0].future


# 2. the reporter's own acts
@pytest.mark.parametrize("text, event, word", [
    ("«المدينة» التقت بابن خالة وزوج أخت الشهيد عبدالرحمن أحمد علي أبو شوشة.", "CONSULT", "التقت"),
    ("«الجزيرة» زارت مؤخراً أحد المواقع التاريخية في محافظة الرس.", "CONSULT", "زارت"),
    ("ومع استكمال جولة \"الرياض \" في المقاهي الأكثر شهرة التقيت بعلي المحمد مدير المبيعات لمطعم.",
     "CONSULT", "التقيت"),
    ("والتقت “واس” بأحد مرتادي العين صالح بن أحمد.", "CONSULT", "التقت"),
    ("من جهة أخرى، التقت «عكاظ» عددا من مصابي القذائف في نجران.", "CONSULT", "التقت"),
])
def test_reporter_acts_dropped(nlp, text, event, word):
    assert not find(nlp, text, event, word)


@pytest.mark.parametrize("text, event, word", [
    ("وأضاف: \"هذه ليست زيارتي الأولى للمملكة، فقد زرت المملكة سابقا\".", "CONSULT", "زرت"),
    ("والتقت وزيرة الخارجية الكرواتية بنظيرها المصري سامح شكري.", "CONSULT", "التقت"),
    ("والتقت «حماس» بوفد مصري في غزة أمس.", "CONSULT", "التقت"),
    ("وقال إن الوفد الحكومي قدم رؤيته للحل. التقينا في جنيف بالأمين العام للأمم المتحدة وشرحنا له موقفنا.",
     "CONSULT", "التقينا"),  # a delegation's «we» in an interview's answer
])
def test_quoted_or_third_person_acts_stay(nlp, text, event, word):
    assert find(nlp, text, event, word)


# 3. an armed group holding people abducts them
@pytest.mark.parametrize("text, word", [
    ("وكان الصحفي قد احتجزه تنظيم القاعدة في اليمن منذ عامين.", "احتجزه"),
    ("يحتجز داعش فتاة سويدية (15 عاما) في سوريا بعد أن فرت من منزل والديها.", "يحتجز"),
    ("وأطلقت القوات سراح أربع رهائن احتجزهم مسلحون يشتبه في أنهم متطرفون.", "احتجزهم"),
])
def test_armed_group_holding_is_abduction(nlp, text, word):
    assert find(nlp, text, "ASSAULT", word) and not find(nlp, text, "COERCE", word)
    assert all(e.mode == "abduct" for e in find(nlp, text, "ASSAULT", word))


def test_police_arrest_stays_arrest(nlp):
    text = "واعتقلت الشرطة ثلاثة أشخاص في الرياض."
    assert find(nlp, text, "COERCE", "اعتقلت") and not find(nlp, text, "ASSAULT", "اعتقلت")


# 4. morph: «سائد» is no future of أيّد
def test_prevailing_is_no_support(nlp):
    assert not find(nlp, "وأشار إلى أن هذا القانون سائد منذ عقود في البلاد.", "SUPPORT", "سائد")


def test_first_person_future_still_read(nlp):
    evs = find(nlp, "وقال: سأدعم الحكومة في قرارها", "SUPPORT", "سأدعم")
    assert evs and evs[0].future


# 1. what is needed is not done: يتطلب، يستلزم
def test_required_approval_is_future(nlp):
    text = "وتتطلب هذه الخطط بعد ذلك موافقة البرلمان اليوناني وبرلمانات دول أخرى في منطقة اليورو."
    evs = find(nlp, text, "AGREE", "موافقة")
    assert evs and all(e.future for e in evs)


def test_given_approval_stays(nlp):
    evs = find(nlp, "ووافق البرلمان اليوناني على الخطة أمس.", "AGREE", "وافق")
    assert evs and not any(e.future or e.hypothetical for e in evs)


def test_fighters_captured_by_an_armed_group_are_no_hostages(nlp):
    text = "من جهة أخرى ألقت المقاومة في محافظة الضالع وسط اليمن القبض على 125 مسلحا حوثيا عقب سيطرتها على المنطقة."
    assert not find(nlp, text, "ASSAULT", "ألقت")
