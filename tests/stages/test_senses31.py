"""Trigger senses read wrongly on fresh news (round 31): an anthem performed (أداء نشيد المخيم, not «we praise»), a
student of religion (طالب علم), a mosque or college named for the call to Islam (بمسجد الدعوة، كلية الدعوة والإعلام),
aggregate demand (الطلب الكلي), the site where people were trapped (موقع الاحتجاز), the Iranian Hajj and
Pilgrimage Organization (منظمة الحج والزيارة), a cautious advance (بعد تقدم حذر), interests that coincide (أن
تلتقي مصالح كل الأطراف), a phone that supports a technology (تدعم تكنولوجيا كيو.آي), a fire brought under control
(حتى السيطرة على النيران), the club al-Taawoun (وكان التعاون تعادل), a day that falls on a date or an anniversary
(الذي يوافق تاريخ، يصادف استسلام اليابان), a security post named as a target (استهدفت تمركزا أمنيا) and a port
that received goods (الموانئ التي استقبلت المواد الغذائية) are no events; a camp, a security
square or military positions stormed (اقتحام المربع الأمني، اقتحام معسكر اللواء) are combat, ASSAULT, not COERCE seize.

Checked on the coder without the report filter nor the merging of repeats (conftest): the lexicon's candidates.
"""

import pytest


def events(coder, text, kind=None):
    """The events of one text, of one type if given."""
    return [e for e in coder(text, published="2015-07-31").events if kind is None or e.event == kind]


def triggered(coder, text, word, kind):
    """The events of one type whose trigger is the given word."""
    return [e for e in events(coder, text, kind) if e.trigger.text == word]


@pytest.mark.parametrize("text, word, kind", [
    ("ثم ردد الجميع وعد الكشافة، تلاه أداء نشيد المخيم.", "نشيد", "SUPPORT"),
    ("فنراه ناشئا بين حلقات الحرم المكي طالب علم، ثم عالما يتنقل بين الجامعات.", "طالب", "REQUEST"),
    ("وسيصلى عليه بعد صلاة العصر اليوم الخميس بمسجد الدعوة جنوب الطائف.", "الدعوة", "REQUEST"),
    ("وهو حاصل على بكالوريوس صحافة من كلية الدعوة والإعلام في جامعة الإمام.", "الدعوة", "REQUEST"),
    ("وذلك بعد إخراجها من موقع الاحتجاز من قبل أفراد الدفاع المدني.", "الاحتجاز", "COERCE"),
    ("وطالب منظمة الحج والزيارة الإيرانية باتخاذ التدابير الوقائية اللازمة.", "الزيارة", "CONSULT"),
    ("ولكن ليس من أهداف الضرائب تقليص القوة الشرائية والطلب الكلي أو مكافحة التضخم.", "الطلب", "REQUEST"),
    ("التحمت بالمقاومة في جبهة زنجبار، بعد تقدم حذر نتيجة الألغام المنتشرة بكثرة.", "حذر", "THREATEN"),
    ("من المستحيل أن تلتقي مصالح كل الأطراف في صيغة واحدة.", "تلتقي", "CONSULT"),
    ("تستطيع الشاشة الجديدة شحن الهواتف الذكية التي تدعم تكنولوجيا كيو.آي للشحن اللاسلكي.", "تدعم", "SUPPORT"),
    ("وأخلت جميع سكان العمارة احترازيا حتى السيطرة على النيران.", "النيران", "ASSAULT"),
    ("وكان التعاون تعادل في مباراته الأولى أمام بني ياس، ثم خسر في الثانية أمام الوصل.", "التعاون", "COOPERATE"),
    ("خططوا لاستهداف الملكة يوم السبت الذي يوافق تاريخ 15 أغسطس والذي يصادف استسلام اليابان.", "يوافق", "AGREE"),
    ("خططوا لاستهداف الملكة يوم السبت الذي يوافق تاريخ 15 أغسطس والذي يصادف استسلام اليابان.", "استسلام",
     "RETREAT"),
    ("وقالت الجماعة إن عناصرها استهدفت تمركزا أمنيا بمحيط محكمة مصر الجديدة.", "تمركزا", "MOBILIZE"),
    ("وكان ميناء جدة الإسلامي أكثر الموانئ التي استقبلت المواد الغذائية خلال العام الماضي.", "استقبلت", "CONSULT"),
])
def test_another_sense_is_no_event(coder, text, word, kind):
    assert not triggered(coder, text, word, kind), [e.to_dict() for e in events(coder, text)]


@pytest.mark.parametrize("text, word, kind", [
    ("وأشاد الوزير بجهود رجال الأمن.", "أشاد", "SUPPORT"),
    ("وطالب الاتحاد الأوروبي إسرائيل بمراجعة قراراتها الأخيرة.", "طالب", "REQUEST"),
    ("وسلم الرئيس السيسي الدعوة لولي ولي العهد لزيارة مصر.", "الدعوة", "REQUEST"),
    ("وتم احتجاز ثلاثة صحفيين في مطار القاهرة.", "احتجاز", "COERCE"),
    ("وصل وزير الخارجية الفرنسي إلى طهران في زيارة لمدة يوم واحد.", "زيارة", "CONSULT"),
    ("ورفض الرئيس الهندي طلبا لوقف تنفيذ حكم الإعدام.", "طلبا", "REQUEST"),
    ("ودعا الاتحاد الأوروبي الحكومة الإسرائيلية إلى مراجعة قراراتها الأخيرة.", "دعا", "REQUEST"),
    ("وقال الوزير إنه التقى نظيره الروسي في موسكو.", "التقى", "CONSULT"),
    ("وتدعم روسيا النظام السوري في حربه.", "تدعم", "SUPPORT"),
    ("وأطلق الجنود النيران على المتظاهرين في الساحة.", "أطلق", "ASSAULT"),
    ("ووافق مجلس الوزراء على مشروع القرار.", "وافق", "AGREE"),
    ("وأعلنت اليابان استسلامها للحلفاء.", "استسلامها", "RETREAT"),
    ("واستقبل وزير الخارجية نظيره الأردني في الرياض.", "استقبل", "CONSULT"),
])
def test_the_event_sense_stays(coder, text, word, kind):
    assert triggered(coder, text, word, kind), [e.to_dict() for e in events(coder, text)]


@pytest.mark.parametrize("text", [
    "وأعلنت المقاومة الشعبية في تعز اقتحام المربع الأمني لمليشيا الحوثي في وسط المدينة.",
    "تمكنت المقاومة فجر أمس من اقتحام معسكر اللواء شرقي المدينة.",
    "وتمكنت المقاومة الشعبية من اقتحام موقع تبة مسعود الاستراتيجي في جبل صبر.",
    "واقتحمت قوات الاحتلال مواقع المقاومة في جنين.",
])
def test_storming_a_military_position_is_combat(coder, text):
    kinds = {e.event for e in events(coder, text)}
    assert "ASSAULT" in kinds and "COERCE" not in kinds, [e.to_dict() for e in events(coder, text)]


@pytest.mark.parametrize("text, kind", [
    ("واقتحمت الشرطة مقر الحزب في القاهرة.", "COERCE"),
    ("وتمكن قراصنة من اقتحام موقع إلكتروني لوزارة الدفاع.", None),
    ("وحذر الوزير إيران من التدخل في شؤون المنطقة.", "THREATEN"),
])
def test_other_storming_and_warning_stay(coder, text, kind):
    kinds = {e.event for e in events(coder, text)}
    assert "ASSAULT" not in kinds and (kind is None or kind in kinds), [e.to_dict() for e in events(coder, text)]
