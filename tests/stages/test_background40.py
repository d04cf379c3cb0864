"""Practices, accusations faced and other background read as events are no act told (round 40)."""

_TAIL = "\nوقال مسؤول إن الإجراء سيستمر أياما.\nوأضاف أن الشرطة نشرت دوريات إضافية على الطرق."


def events(nlp, text):
    return [(e.event, e.trigger.text) for e in nlp(text + _TAIL, published="2015-08-04").events]


def kinds(nlp, text):
    return [k for k, _ in events(nlp, text)]


def test_accusations_a_leader_faces_are_not_coded(nlp):
    text = ("ويواجه إردوغان اتهامات من معارضيه بأنه أطلق الحملة العسكرية ضد حزب العمال الكردستاني وتقويض المعارضة "
            "المؤيدة للأكراد.")
    assert "ACCUSE" not in kinds(nlp, text)


def test_accusations_evaded_are_not_coded(nlp):
    text = ("ورغم أن زعماء منطقة اليورو يتهربون من اتهامات بازدواجية المعايير من خلال الإصرار على أن الالتزام "
            "بالتدابير ضروري، فإن الخلاف مستمر.")
    assert "ACCUSE" not in kinds(nlp, text)


def test_criticism_faced_on_a_named_day_stays(nlp):
    text = "وواجه رئيس الوزراء اليوناني أمس انتقادات حادة من نواب حزبه في البرلمان بسبب تمرير الإجراءات."
    assert "ACCUSE" in kinds(nlp, text)


def test_an_accusation_made_stays(nlp):
    text = "واتهم زعيم المعارضة التركية أمس إردوغان بإطلاق الحملة العسكرية ضد حزب العمال الكردستاني."
    assert "ACCUSE" in kinds(nlp, text)


def test_a_detention_practice_is_not_coded(nlp):
    text = ("وفي بعض الأحيان يحتجز هؤلاء المشتبه بهم دون محاكمة لعدة أشهر في إجراء تقول إسرائيل، إنه ضروري لمنع "
            "وقوع المزيد من أعمال العنف.")
    assert "COERCE" not in kinds(nlp, text)


def test_arrests_often_made_are_not_coded(nlp):
    text = ("فقد شكك بعض المحللين في عزم الأجهزة الأمنية التي عندما تتعامل مع الهجمات الفلسطينية كثيرا ما تعتقل "
            "عددا كبيرا من المشتبه بهم في إطار التحقيق.")
    assert ("COERCE", "تعتقل") not in events(nlp, text)


def test_an_arrest_made_stays(nlp):
    text = "واعتقلت الشرطة الإسرائيلية أمس ثلاثة مشتبه بهم في إطار التحقيق في الهجوم على منزل العائلة."
    assert "COERCE" in kinds(nlp, text)


def test_what_a_treaty_forbids_is_not_coded(nlp):
    text = ("وعبر مرصد حضرموت لحقوق الإنسان عن إدانته هذه الممارسات، معتبرا قيامها بإعدام الأسرى لديها يمثل خرقا "
            "كبيرا لاتفاقية جنيف التي تحظر إعدام أسرى المعارك.")
    assert "COERCE" not in kinds(nlp, text)


def test_candidates_a_law_bars_are_not_coded(nlp):
    text = "هناك العديد من الفئات التي يحظر ترشحها في الانتخابات البلدية، نريد معرفة هذه الفئات بشكل محدد؟"
    assert "COERCE" not in kinds(nlp, text)


def test_a_word_of_another_sense_after_a_relative_pronoun_is_not_coded(nlp):
    text = ("أما المستهلكون فسيستفيدون من طول المسافة التي يقطعونها بسياراتهم بالكهرباء بالكامل بينما سيدفع مستخدمو "
            "البنزين رسوما إضافية.")
    assert "COERCE" not in kinds(nlp, text)


def test_a_visit_under_way_after_a_relative_pronoun_stays(nlp):
    text = "ونقلت الإذاعة البريطانية عن فالون الذي يزور العراق حالياً، أن الطائرات البريطانية ستواصل مهامها."
    assert "CONSULT" in kinds(nlp, text)


def test_support_since_a_start_is_not_coded(nlp):
    text = ("وأوضح رئيس اللجنة المنظمة أن الهيئة العامة للسياحة والتراث الوطني كانت سبّاقة في دعم المهرجان منذ "
            "انطلاقته عام 2008م، حتى هذه الدورة في عامه الثامن.")
    assert "AID" not in kinds(nlp, text)


def test_a_meeting_of_the_day_the_first_since_a_year_stays(nlp):
    text = "والتقى وزير الخارجية الإيراني نظيره الفرنسي أمس في طهران للمرة الأولى منذ عام 2003."
    assert "CONSULT" in kinds(nlp, text)


def test_a_first_visit_since_taking_office_stays(nlp):
    text = ("وحذر بخاري الموجود حاليا في واشنطن، حيث يقوم بأول زيارة منذ توليه مهامه، من أن رفض الولايات المتحدة "
            "تزويد جيش نيجيريا بالأسلحة يسهم فقط في مساعدة بوكو حرام.")
    assert "CONSULT" in kinds(nlp, text)
