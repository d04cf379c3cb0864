"""Trigger word senses of daily life, names and places (round sn47, sense rows of triggers.tsv): a parent turned out
of a home, a firm named «dawn», beaches that receive festivals, grants to study, calls billed by a telecom firm, a
lake in the middle of a park, goods offered and a warning to investors are no event (must not code); the political
acts the same words tell stay (must code).

Checked on the coder without the report filter: these are the lexicon's candidates, before the filter weighs them.
"""

import pytest

PUBLISHED = "2015-07-22"


def coded(coder, text, event):
    """The events of type `event` the coder reads in `text`."""
    return [e for e in coder(text, published=PUBLISHED).events if e.event == event]


@pytest.mark.parametrize("text, event", [
    # a family member turned out of a home: a family matter, no expulsion by a state
    ("وتداولت وسائل إعلامية قصة قيام سعودية بطرد والدتها المسنة من منزلها.", "COERCE"),
    ("وقال إن الرجل طرد زوجته وأطفاله من المنزل.", "COERCE"),
    # a firm named «dawn» (فجر), no bombing
    ("بينما تحالفت بلاكستون جروب مع صندوق الثروة السيادية البحريني ممتلكات وشركة فجر كابيتال في شراء حصة.",
     "ASSAULT"),
    # beaches or parks receiving festivals or visitors, no reception of a guest
    ("استقبلت شواطئ منطقة تبوك أربعة مهرجانات عاش معها أهالي وزوار المنطقة.", "CONSULT"),
    ("واستقبلت حدائق الرياض آلاف الأسر خلال أيام العيد.", "CONSULT"),
    # grants to study: scholarships, no aid
    ("وأعلن الحربش فوز أربعة متقدمين من قارات العالم المختلفة بمنح لدراسة الماجستير في عدد من الجامعات العالمية.",
     "AID"),
    # calls as a telecom service billed, no phone call between parties
    ("أتاحت الاتصالات السعودية لعملائها الاطلاع على تفاصيل فواتيرهم وتفاصيل الاستهلاك للمكالمات والرسائل والبيانات.",
     "CONSULT"),
    # a lake in the middle of a park, no mediation
    ("ويقع المنتزه على مساحة تبلغ 253 ألف متر مربع، تتوسطه بحيرة مساحتها 34 ألف متر مربع.", "CONSULT"),
    # goods offered, no opposition
    ("أن يستمر في الوقوف على قارعة طريق الارتزاق الصحفي، عارضاً بضاعته على من يدفع أكثر.", "REJECT"),
    # a market warning to investors, no threat
    ("ومن المتوقع أن تطالب بورصة طوكيو الشركة بإصدار تحذير للمستثمرين المتعاملين على سهمها.", "THREATEN"),
])
def test_a_daily_life_sense_is_no_event(coder, text, event):
    assert not coded(coder, text, event), [e.to_dict() for e in coded(coder, text, event)]


@pytest.mark.parametrize("text, event", [
    ("وطردت السلطات الإيرانية الصحفيين الأجانب من البلاد.", "COERCE"),
    ("فجر انتحاري نفسه في سوق مزدحمة بمدينة مايدوغوري.", "ASSAULT"),
    ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الرئيس المصري عبدالفتاح السيسي.", "CONSULT"),
    ("وأجرى الرئيس الأميركي باراك أوباما مكالمة هاتفية مع الرئيس التركي رجب طيب أردوغان.", "CONSULT"),
    ("وعارضت روسيا مشروع القرار في مجلس الأمن.", "REJECT"),
    ("وقررت الحكومة منح اليونان مزيدا من أموال الإنقاذ.", "AID"),
    ("ووجه الملا منصور تحذيرا إلى أبو بكر البغدادي زعيم تنظيم داعش من التدخل في أفغانستان.", "THREATEN"),
])
def test_the_political_sense_stays(coder, text, event):
    assert coded(coder, text, event)
