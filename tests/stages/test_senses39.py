"""Words read in the wrong sense (senses39, from measure20): an ice-cream cone (قِمع الآيسكريم) is no repression;
flares and fireworks (القنابل المضيئة، القذائف المضيئة) are no bombing; a place lying between others (يتوسط ما
بينها) is no mediation; market demand (يخلق طلب للعقارات) is no request; a website offering a company's services (ويقوم الموقع بتوفير كافة الخدمات) is no aid. Repression, bombs, mediation and
requests of the ordinary kind stay."""

import pytest

PUBLISHED = "2015-08-04"


def _events(coder, text):
    return [(e.event, e.trigger.text) for e in coder(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text,etype", [
    ("ومع حضور ممثل عن جينيس الحفل، أشار إلى أن قمع الآيسكريم هو أكبر من حامل اللقب السابق المصنوع في إيطاليا.",
     "COERCE"),
    ("وحاول الجندي إيقافهم حيث كانوا يطلقون القنابل المضيئة عبر القواعد الحديدية من الأرض.", "ASSAULT"),
    ("وانطلقت الألعاب في الحادية عشرة وأضاءت السماء بعشرات القذائف المضيئة بألوانها البديعة.", "ASSAULT"),
    ("ويقع المعسكر على المداخل الشمالية لمحافظتي لحج وعدن، كما أنه يتوسط ما بينها ومحافظات الضالع وتعز وإب.",
     "CONSULT"),
    ("ويقوم الموقع بتوفير كافة الخدمات التي تقدمها الشركة للعملاء في الرياض وجدة بنسبة مئة في المئة.", "AID"),
    ("فالكثير من الشركات الدولية تركز موظفيها في دبي، وهذا بدوره يخلق طلب للعقارات والخدمات.", "REQUEST"),
])
def test_other_sense_is_no_event(coder, text, etype):
    assert etype not in [e for e, _ in _events(coder, text)]


@pytest.mark.parametrize("text,etype,trigger", [
    ("وقامت قوات الاحتلال الإسرائيلي أمس بقمع مسيرة قرية بلعين السلمية الأسبوعية.", "COERCE", "قمع"),
    ("وقال مصدر أمني إن قنبلة انفجرت في سوق المدينة أمس مما أدى إلى مقتل ثلاثة أشخاص.", "ASSAULT", "قنبلة"),
    ("وذهب الأمير يتوسط بين الحاج أمين الحسيني وحلفائه.", "CONSULT", "يتوسط"),
    ("ووجه أمير منطقة مكة المكرمة بتوفير جميع الخدمات الطبية لأبناء الجالية البرماوية.", "AID", "توفير"),
    ("وذكر مسؤولون أن زيمبابوي قدمت طلبا لتسليم طبيب أسنان أمريكي.", "REQUEST", "طلبا"),
])
def test_ordinary_sense_stays(coder, text, etype, trigger):
    assert (etype, trigger) in _events(coder, text)
