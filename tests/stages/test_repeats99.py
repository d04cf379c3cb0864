"""Round 99 (repeats99): an act told again in later sentences, from the judged dev slice 2015-07-31 #0–479: the
Boko Haram killing of ten fishermen told again with its day and its toll («ووقع الهجوم الاثنين» … «هاجمت … من الاثنين
… حيث قتلت عشرة أشخاص», #261, #280), the Obama–Erdogan phone call told again with its talks («الاتصال الهاتفي» …
«ناقشا», #395), and the Russian veto told again by another word of its code («حق النقض» … «الفيتو الروسي», #283).
A killing of another count on another day, and a meeting after a call, stay."""

import pytest
from stage_coding import kept_triggers

_DATE = "2015-07-31"

_BAGA = ("وأعلنت سلطات نيجيرية محلية أمس أن عنصرًا من «بوكو حرام» قتل عشرة من صيادي السمك النيجيريين ذبحا بالسكين "
         "في ثلاث قرى قريبة من باغا على بحيرة تشاد في شمال شرقي نيجيريا. ووقع الهجوم الاثنين، لكن المنطقة نائية وخطوط "
         "الهاتف شبه معطلة فيها. وقال رئيس نقابة صيادي السمك في ولاية بورنو أبو بكر غامندي لوكالة الصحافة الفرنسية، "
         "إن «(بوكو حرام) هاجمت عند الساعة الرابعة عصرًا من الاثنين ثلاث قرى على ضفاف بحيرة تشاد، حيث قتلت عشرة أشخاص "
         "جميعهم من صيادي السمك». من جهته، أكد أحد سكان قرية مجاورة أن المتشددين «ذبحوا عشرة أشخاص».")

_LEAD = ("قام عناصر من جماعة بوكو حرام المتطرفة بقتل عشرة من صيادي السمك النيجيريين ذبحا بالسكين في ثلاث قرى قريبة "
         "من باغا على بحيرة تشاد في شمال شرقي نيجيريا، على ما افاد مسؤول محلي وأحد السكان اليوم (الخميس). ووقع "
         "الهجوم الاثنين، لكن المنطقة نائية. وقال رئيس نقابة صيادي السمك في ولاية بورنو ابو بكر غامندي لوكالة "
         "الصحافة الفرنسية ان \"بوكو حرام هاجمت عند الساعة 16:00 (15:00 تغ) من الاثنين ثلاث قرى على ضفاف بحيرة تشاد "
         "حيث قتلت عشرة اشخاص جميعهم من صيادي السمك\".")

_CALL = ("وجاءت الموافقة في اتصال هاتفي يوم الأربعاء الماضي بين الرئيس باراك أوباما والرئيس التركي رجب طيب إردوغان. "
         "وأصدر البيت الأبيض بيانا عن الاتصال الهاتفي، قال فيه إن الرئيسين ناقشا «تعميق التعاون المستمر في الحرب "
         "المستمرة ضد داعش».")

_VETO = ("عقب مرور سنة من كارثة إسقاط الطائرة الماليزية أعرب الاتحاد الأوروبي أمس عن أسفه بعد أن استخدمت روسيا حق "
         "النقض (الفيتو) في مجلس الأمن الدولي ضد مشروع قرار لإنشاء محكمة خاصة لمحاكمة المسؤولين عن إسقاط الطائرة. "
         "وأيدت 11 دولة من أصل 15 أعضاء في المجلس مشروع القرار. وامتنعت ثلاث دول عن التصويت هي الصين وفنزويلا "
         "وأنغولا. وبدأت الجلسة بدقيقة صمت حدادا على الضحايا الـ298 الذين قضوا في الحادث. وشدد السفير الروسي فيتالي "
         "تشوركين على أن تأسيس محكمة «ليس من اختصاص المجلس». وصرحت المتحدثة باسم المفوضية الأوروبية مايا "
         "كوسيانسيتش أمام صحافيين: «نأسف لعدم تبني مشروع القرار أمام مجلس الأمن بسبب الفيتو الروسي».")

# (text, type, the triggers of the events of that type the pipeline keeps).
TELLINGS = [
    # #280: «هاجمت … من الاثنين … حيث قتلت عشرة أشخاص» tells again, with the day «ووقع الهجوم الاثنين» gave it, the
    # killing of ten fishermen told first; so does a witness's «ذبحوا عشرة أشخاص».
    pytest.param(_BAGA, "ASSAULT", ["قتل"], id="attack_and_toll_told_with_the_day_are_the_killing_told_first"),
    # #395: «الاتصال الهاتفي» the White House tells of and «ناقشا» of the two presidents are the call told first.
    pytest.param(_CALL, "CONSULT", ["هاتفي"], id="phone_call_and_its_talks_told_again_are_the_call"),
    # #283: «بسبب الفيتو الروسي», five sentences after «استخدمت روسيا حق النقض», is that veto.
    pytest.param(_VETO, "REJECT", ["حق النقض"], id="veto_told_again_by_another_word_of_its_code"),
]


@pytest.mark.parametrize("text, kind, triggers", TELLINGS)
def test_the_events_kept(nlp, text, kind, triggers):
    """The events of `kind` the pipeline keeps are those on `triggers`, in order (the retellings folded)."""
    found = kept_triggers(nlp, text, kind, _DATE)
    assert found == triggers, found


def test_killing_dated_by_its_report_takes_the_day_of_the_attack(nlp):
    """#261: the lead's «اليوم (الخميس)» after «على ما افاد مسؤول محلي» is the report's day; «ووقع الهجوم الاثنين»
    dates the killing, and the source's «هاجمت … حيث قتلت عشرة اشخاص» of that Monday tells it again."""
    events = [e for e in nlp(_LEAD, published=_DATE).events if e.event == "ASSAULT"]
    assert [e.trigger.text for e in events] == ["قتل"], [e.trigger.text for e in events]
    assert events[0].date == "2015-07-27", events[0].date
    assert [m.text for m in events[0].recipient] == ["صيادي السمك النيجيريين"]


def test_killing_of_another_count_and_day_stays(nlp):
    """#261: «تسعة من مزارعي البطيخ قتلوا الاسبوع الماضي» is another killing, told after the first."""
    text = _BAGA + " وقال غامندي ان \"تسعة من مزارعي البطيخ قتلوا الاسبوع الماضي في دابار ويا\" بالمنطقة نفسها."
    found = kept_triggers(nlp, text, "ASSAULT", _DATE)
    assert "قتلوا" in found, found


def test_meeting_after_a_call_stays(nlp):
    """A meeting of the two told after their call is another act."""
    text = _CALL + " والتقى أوباما وإردوغان في أنطاليا على هامش قمة مجموعة العشرين في نوفمبر الماضي."
    found = kept_triggers(nlp, text, "CONSULT", _DATE)
    assert "والتقى" in found or "التقى" in found, found
