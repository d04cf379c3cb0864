"""Events that are no political events (round 72), read on 2015-07-23: a reception of a dead body for burial is no
meeting; a market report by its lead (a currency or a market in its first sentence) keeps no partyless talk; a private
citizen's donation is charity, no aid; a police investigation into a death by mishap accuses no one. The real act
beside each stays.

Checked on the coder without the report filter nor the merging of repeats (conftest)."""

import pytest


def kinds(coder, text, kind):
    """The trigger texts of the events of one type that the coder keeps for a text."""
    return [e.trigger.text for e in coder(text, published="2015-07-23").events if e.event == kind]


BURIAL = ("استقبل أهالي محافظة البرك والمراكز والقرى المجاورة صباح أمس الاربعاء جثمان الشهيد محمد مغرم الهلالي الذي "
          "استشهد صباح يوم الجمعة الماضية بعد إصابته في تبادل لإطلاق النار بين القوات السعودية والميليشيات الحوثية "
          "بمنطقة نجران.")


def test_a_body_received_for_burial_is_no_meeting(coder):
    """«استقبل أهالي … جثمان الشهيد» is a burial, no CONSULT; the exchange of fire told with it stays."""
    assert not kinds(coder, BURIAL, "CONSULT")
    assert kinds(coder, BURIAL, "ASSAULT")


def test_a_guest_received_is_still_a_meeting(coder):
    """A reception of a person stays a meeting."""
    assert kinds(coder, "استقبل ولي العهد السعودي وزير الخارجية الأمريكي جون كيري في جدة أمس.", "CONSULT")


MARKET = ("ارتفع الدولار، أمس بعدما سجل أكبر هبوط له خلال شهر في الجلسة السابقة، بينما صعد الجنيه الاسترليني استجابة "
          "لنشر محضر الاجتماع الأخير لبنك إنجلترا المركزي، الذي أشار إلى تأييد بعض صناع السياسة لرفع أسعار الفائدة. "
          "وزاد مؤشر الدولار الذي يقيس أداء العملة الأمريكية مقابل سلة من العملات 0,5 في المئة. "
          "وتراجع المؤشر 0,71 أمس، مسجلا أكبر هبوط له في يوم واحد منذ 17 يونيو الماضي.")


def test_a_market_report_keeps_no_partyless_talk(coder):
    """In a report led by a currency, the central bank's meeting and the policymakers' backing are markets' talk."""
    assert not kinds(coder, MARKET, "CONSULT")
    assert not kinds(coder, MARKET, "SUPPORT")


def test_a_lone_sentence_on_prices_is_no_market_report(coder):
    """A lone sentence has no lead: the committee's meetings on prices stay."""
    assert kinds(coder, "وأضاف أن اللجنة ستعقد اجتماعات دورية لمراقبة الأسعار.", "CONSULT")


@pytest.mark.parametrize("text", [
    "تبرعت مواطنة سعودية خلال حفل المعايدة النسائي للأسر السورية الشقيقة بمدينة العيون بمبلغ خمسمائة ريال.",
    "تبرع مواطن من قرى الشلايل بقطعة أرض لبناء مدرسة عليها وإنهاء معاناة طالبات ابتدائية الشلايل.",
])
def test_a_citizens_donation_is_no_aid(coder, text):
    """A private citizen's gift is charity."""
    assert not kinds(coder, text, "AID")


def test_a_death_inquiry_accuses_no_one(coder):
    """«فتح مخفر شرطة البتراء تحقيقًا في وفاة طفلة … إثر اختناقها» is police routine."""
    text = ("فتح مخفر شرطة البتراء تحقيقًا في وفاة طفلة تبلغ من العمر ١٢ عامًا في بلدة المشنية غرب القصيم إثر اختناقها "
            "بحبل أرجوحة علقت بها عندما كانت تتلعب بها في منزل ذويها مساء أمس.")
    assert not kinds(coder, text, "ACCUSE")
