"""Review mends of round 37: flags of acts to come that fired wider than their rules."""
import pytest


def _flags(nlp, text, word, published="2015-08-04"):
    art = nlp(text, published=published)
    return next((e.future for e in art.events if e.trigger.text == word))


@pytest.mark.parametrize("text, word", [
    ("ومن المقرر أن تبدأ اللجنة عملها بعد أن هاجم المسلحون المدينة.", "هاجم"),
    ("ومن المتوقع أن يرتفع عدد الضحايا حيث قتل 20 شخصا.", "قتل"),
    ("ومن المتوقع أن يرتفع التوتر حيث رفض البرلمان الخطة.", "رفض"),
    ("وتعقد اللجنة اجتماعها الثلاثاء الماضي.", "اجتماعها"),
    ("ويلتقي وزير الخارجية نظيره الروسي صباح اليوم.", "يلتقي"),
    ("تونس احتضنت اجتماعا لوزراء الخارجية يوم الاثنين.", "اجتماعا"),
])
def test_a_past_act_is_not_flagged_future(nlp, text, word):
    assert _flags(nlp, text, word) is False


@pytest.mark.parametrize("text, word", [
    ("ومن المتوقع أن تبدأ عملية رفع العقوبات على طهران بعد ستة شهور.", "رفع العقوبات"),
    ("يجتمع سفراء دول حلف شمال الاطلسي الثمانية والعشرون الثلاثاء.", "يجتمع"),
    ("ودعا المبعوث الأممي إلى عقد ثلاثة اجتماعات بين الأطراف.", "اجتماعات"),
])
def test_an_act_to_come_stays_future(nlp, text, word):
    assert _flags(nlp, text, word) is True


def test_every_count_of_a_list_of_victims_is_a_recipient(nlp):
    art = nlp("قتل 47 متمردا و5 من القوات الموالية لهادي و3 مدنيين في معارك.", published="2015-08-02")
    ev = next(e for e in art.events if e.trigger.text == "قتل")
    assert [m.text for m in ev.recipient] == ["متمردا", "القوات الموالية لهادي", "مدنيين"]


def test_need_after_today_keeps_today_and_after_yesterday_is_the_most(nlp):
    art = nlp("وقال الوزير إننا اليوم بحاجة إلى دعم الأشقاء.", published="2015-08-04")
    assert [t.text for t in art.times] == ["اليوم"]
    art = nlp("وأكد الوزير اليوم حاجة اليمن إلى الدعم.", published="2015-08-04")
    assert [t.text for t in art.times] == ["اليوم"]
    art = nlp("وأفاد أن المنكوبين في أمس الحاجة إلى المساعدات.", published="2015-08-04")
    assert [t.text for t in art.times] == []
