"""Practices, accusations faced and other background read as events are no act told (round 40)."""

import pytest

_TAIL = "\nوقال مسؤول إن الإجراء سيستمر أياما.\nوأضاف أن الشرطة نشرت دوريات إضافية على الطرق."


def events(nlp, text):
    return [(e.event, e.trigger.text) for e in nlp(text + _TAIL, published="2015-08-04").events]


def kinds(nlp, text):
    return [k for k, _ in events(nlp, text)]


@pytest.mark.parametrize("text, kind, kept", [
    pytest.param("ويواجه إردوغان اتهامات من معارضيه بأنه أطلق الحملة العسكرية ضد حزب العمال الكردستاني وتقويض المعارضة "
                 "المؤيدة للأكراد.", "ACCUSE", False, id="accusations_a_leader_faces_are_not_coded"),
    pytest.param("ورغم أن زعماء منطقة اليورو يتهربون من اتهامات بازدواجية المعايير من خلال الإصرار على أن الالتزام "
                 "بالتدابير ضروري، فإن الخلاف مستمر.", "ACCUSE", False, id="accusations_evaded_are_not_coded"),
    pytest.param("وواجه رئيس الوزراء اليوناني أمس انتقادات حادة من نواب حزبه في البرلمان بسبب تمرير الإجراءات.",
                 "ACCUSE", True, id="criticism_faced_on_a_named_day_stays"),
    pytest.param("واتهم زعيم المعارضة التركية أمس إردوغان بإطلاق الحملة العسكرية ضد حزب العمال الكردستاني.", "ACCUSE",
                 True, id="an_accusation_made_stays"),
    pytest.param("وفي بعض الأحيان يحتجز هؤلاء المشتبه بهم دون محاكمة لعدة أشهر في إجراء تقول إسرائيل، إنه ضروري لمنع "
                 "وقوع المزيد من أعمال العنف.", "COERCE", False, id="a_detention_practice_is_not_coded"),
    pytest.param("واعتقلت الشرطة الإسرائيلية أمس ثلاثة مشتبه بهم في إطار التحقيق في الهجوم على منزل العائلة.", "COERCE",
                 True, id="an_arrest_made_stays"),
    pytest.param("وعبر مرصد حضرموت لحقوق الإنسان عن إدانته هذه الممارسات، معتبرا قيامها بإعدام الأسرى لديها يمثل خرقا "
                 "كبيرا لاتفاقية جنيف التي تحظر إعدام أسرى المعارك.", "COERCE", False,
                 id="what_a_treaty_forbids_is_not_coded"),
    pytest.param("هناك العديد من الفئات التي يحظر ترشحها في الانتخابات البلدية، نريد معرفة هذه الفئات بشكل محدد؟",
                 "COERCE", False, id="candidates_a_law_bars_are_not_coded"),
    pytest.param("أما المستهلكون فسيستفيدون من طول المسافة التي يقطعونها بسياراتهم بالكهرباء بالكامل بينما سيدفع "
                 "مستخدمو البنزين رسوما إضافية.", "COERCE", False,
                 id="a_word_of_another_sense_after_a_relative_pronoun_is_not_coded"),
    pytest.param("ونقلت الإذاعة البريطانية عن فالون الذي يزور العراق حالياً، أن الطائرات البريطانية ستواصل مهامها.",
                 "CONSULT", True, id="a_visit_under_way_after_a_relative_pronoun_stays"),
    pytest.param("وأوضح رئيس اللجنة المنظمة أن الهيئة العامة للسياحة والتراث الوطني كانت سبّاقة في دعم المهرجان منذ "
                 "انطلاقته عام 2008م، حتى هذه الدورة في عامه الثامن.", "AID", False,
                 id="support_since_a_start_is_not_coded"),
    pytest.param("والتقى وزير الخارجية الإيراني نظيره الفرنسي أمس في طهران للمرة الأولى منذ عام 2003.", "CONSULT", True,
                 id="a_meeting_of_the_day_the_first_since_a_year_stays"),
    pytest.param("وحذر بخاري الموجود حاليا في واشنطن، حيث يقوم بأول زيارة منذ توليه مهامه، من أن رفض الولايات المتحدة "
                 "تزويد جيش نيجيريا بالأسلحة يسهم فقط في مساعدة بوكو حرام.", "CONSULT", True,
                 id="a_first_visit_since_taking_office_stays"),
])
def test_kind_coded_or_not(nlp, text, kind, kept):
    """Whether an event of `kind` is coded in `text`: background (practices, accusations faced) is no act told."""
    assert (kind in kinds(nlp, text)) is kept


def test_arrests_often_made_are_not_coded(nlp):
    text = ("فقد شكك بعض المحللين في عزم الأجهزة الأمنية التي عندما تتعامل مع الهجمات الفلسطينية كثيرا ما تعتقل "
            "عددا كبيرا من المشتبه بهم في إطار التحقيق.")
    assert ("COERCE", "تعتقل") not in events(nlp, text)
