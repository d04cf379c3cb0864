"""Flags of acts not done or still to come: ألا after على or بـ negates the verb after it; an event word a verb of
asking or agreeing cannot govern (a finite perfect in ـت, a noun after a preposition of time, after «بعد سنوات من» or
counted by a number) stays a fact."""

import pytest

PUBLISHED = "2015-08-02"


def _events(coder, text, word):
    return [e for e in coder(text, published=PUBLISHED).events if e.trigger.text == word]


@pytest.mark.parametrize("text,word", [
    ("وحرص بكر على ألا ينتقد تركيا صراحة رغم إدانة وجهتها الحكومة العراقية الأسبوع الماضي للهجوم التركي.", "ينتقد"),
])
def test_ala_negates(coder, text, word):
    evs = _events(coder, text, word)
    assert evs and all(e.negated for e in evs)


@pytest.mark.parametrize("text,word", [
    ("وفي 14 يوليو توصلت الدول الكبرى وايران الى اتفاق في فيينا وافقت بموجبه طهران على تفكيك غالبية منشآتها "
     "النووية.", "وافقت"),
    ("اتفقت مصر والولايات المتحدة خلال الحوار الاستراتيجي على مضاعفة الجهود المشتركة في مواجهة الإرهاب.", "الحوار"),
    ("وقال إن الخطة التي وافقت عليها القوى الكبرى وطهران بعد سنوات من المفاوضات تقيد البرنامج.", "المفاوضات"),
    ("وطالب نحو 500 متظاهر امام ديوان المحافظة الحكومتين المحلية والمركزية بالايفاء بالوعود.", "متظاهر"),
])
def test_not_governed_stays_a_fact(coder, text, word):
    evs = _events(coder, text, word)
    assert evs and not any(e.future for e in evs)


@pytest.mark.parametrize("text,word", [
    ("وطالب نحو 500 متظاهر بإجراء حوار مع الحكومة.", "حوار"),
    ("ودعت الجامعة العربية إلى عقد اجتماع طارئ لبحث الأزمة.", "اجتماع"),
])
def test_asked_for_stays_future(coder, text, word):
    evs = _events(coder, text, word)
    assert evs and all(e.future for e in evs)


@pytest.mark.parametrize("text,word", [
    ("ويزور الرئيس القاهرة الأسبوع الجاري.", "يزور"),
    ("يجتمع سفراء دول حلف شمال الاطلسي الثمانية والعشرون الثلاثاء بناء على طلب تركيا.", "يجتمع"),
    ("بالسياق، وتعقد اللجنة التنسيقية لقائمة «في حب مصر» الانتخابية اجتماعًا هذا الأسبوع لحسم مفاوضاتها.", "اجتماعًا"),
    ("ومن المتوقع أن تبدأ عملية رفع العقوبات على طهران بعد ستة شهور على الأقل.", "رفع العقوبات"),
    ("وتوقعت المصادر أن تؤدي التطورات الجديدة إلى صدامات سياسية بين حلفاء حزب الله، وأن يرفض بعضهم القيام بهذا "
     "الدور.", "يرفض"),
])
def test_set_or_expected_is_future(coder, text, word):
    evs = _events(coder, text, word)
    assert evs and all(e.future for e in evs)


@pytest.mark.parametrize("text,word", [
    ("وأوضح إننا نناقش هذا الأسبوع تهديد المجموعات المتطرفة.", "نناقش"),
    ("التقى الشيخ تميم اليوم وزير الخارجية الروسي الذي يزور الدوحة حاليًا.", "يزور"),
    ("وأكد الوزير أن بلاده تدعم الحكومة، وأن يرفض أي تدخل.", "يرفض"),
    ("عقدت اللجنة اجتماعا هذا الأسبوع لبحث الإجراءات.", "اجتماعا"),
])
def test_present_act_is_no_plan(coder, text, word):
    evs = _events(coder, text, word)
    assert evs and not any(e.future for e in evs)


@pytest.mark.parametrize("text,payer", [
    ("من جانبها، حذرت الجبهة الديمقراطية الشعبية الأحوازية، على لسان ناطقها الرسمي، من مغبة المساس بأمن العوائل "
     "البريئة، موضحة أن السلطات الإيرانية، وعملاءها سوف يدفعون الثمن عاجلاً غير آجلٍ.", "IRN"),
    ("وهدد زعيم الحركة مؤكدا أن إسرائيل ستدفع الثمن غاليا.", "ISR"),
])
def test_who_will_pay_is_warned(coder, text, payer):
    evs = [e for e in coder(text, published=PUBLISHED).events if e.event == "THREATEN"]
    assert evs and all(any(r.code == payer for r in e.recipient) for e in evs)


@pytest.mark.parametrize("text,word", [
    ("ومنذ اللحظة الأولى لغزو الكويت، تعاملت المملكة بحزم مطالبة صدام بالانسحاب من الكويت.", "الانسحاب"),
    ("كما دعت الأمانة العامة منظمات المجتمع المدني إلى تشكيل لجان مختصة، مطالبةً المؤسسات الطبية في العالم إلى "
     "إدانة استخدام أسلوب الإطعام القسري.", "إدانة"),
])
def test_demanded_in_mutalaba_is_future(coder, text, word):
    evs = _events(coder, text, word)
    assert evs and all(e.future for e in evs)


def test_a_meeting_held_stays_a_fact(coder):
    text = ("كما انتقد عدم دعوة حكومته لحضور الاجتماع الذي عقده أوباما بأديس أبابا وحضره رؤساء كينيا وأوغندا، الأسبوع "
            "الماضي.")
    evs = _events(coder, text, "الاجتماع")
    assert evs and not any(e.future for e in evs)
