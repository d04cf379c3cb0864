"""Trigger senses read wrongly on fresh news (round 32): a minister's title (وزيرة التعاون الدولي), points that concern
someone (نقاط تهم الحكم: the verb «concern», not charges), a visiting student (وطالب زائر), European demand (الطلب
الأوروبي), the outcomes of the National Dialogue Conference cited as a basis (مخرجات مؤتمر الحوار) and a dialogue tent
(خيمة الحوار), Japan's surrender of 1945 recalled (باستسلام اليابان), the body ridding itself of a substance (طرد المادة
الصفراء من الجسم), potential demand (طلبا محتملا), a clerk who provides a service (موظف تقديم الخدمة), the Migrant
Offshore Aid Station (محطة المساعدة البحرية), football fans or a crowd out in the streets to celebrate (خرجت جماهير
النادي الأهلي إلى الشوارع، احتفالا) and spectators packing a stadium (متفرج احتشدوا) are no events; cooperation,
charges, demands, requests, dialogue, surrender, expulsion, aid and rallies stay.

Checked on the coder without the report filter nor the merging of repeats (conftest): the lexicon's candidates.
"""

import pytest


def triggered(coder, text, word, kind):
    """The events of one type whose trigger is the given word."""
    return [e for e in coder(text, published="2015-08-07").events if e.event == kind and e.trigger.text == word]


@pytest.mark.parametrize("text, word, kind", [
    ("وقالت نجلاء الأهواني، وزيرة التعاون الدولي المصرية، إنه سيتم طرح المشروعات للتنفيذ.", "التعاون", "COOPERATE"),
    ("وتحدث وزير التعاون الدولي عن المشروعات الجديدة.", "التعاون", "COOPERATE"),
    ("بمحاضرات الدولي الأمريكي الذي ركز على عدة نقاط تهم الحكم، مثل لمسة اليد.", "تهم", "ACCUSE"),
    ("وناقش المجلس عددا من القضايا تهم المواطنين في المنطقة.", "تهم", "ACCUSE"),
    ("أربعة خيارات للدراسة، وهي: الانتظام، والتعليم عن بعد، وطالب زائر في جامعات أخرى.", "طالب", "REQUEST"),
    ("الشكوك حول كيفية تأثير الأزمة اليونانية على الطلب الأوروبي، وانهيار الأسهم الصينية.", "الطلب", "REQUEST"),
    ("الا اذا التزمت مليشيات الحوثي بتنفيذ قرار مجلس الامن الدولي رقم 2216 ومخرجات مؤتمر الحوار.", "الحوار", "CONSULT"),
    ("لاستقبال المشاركين بالجامبوري في خيمة الحوار بقرية التنمية.", "الحوار", "CONSULT"),
    ("وانتهت الحرب العالمية الثانية يوم 15 أغسطس باستسلام اليابان.", "باستسلام", "RETREAT"),
    ("وهو تاريخ استسلام اليابان ونهاية احتلال ياباني دام 35 عاما لشبه الجزيرة الكورية.", "استسلام", "RETREAT"),
    ("قد يعمد البعض إلى إرضاع المولود محلول السكر معتقدين بأنها تقوم على طرد المادة الصفراء من الجسم.", "طرد",
     "COERCE"),
    ("ويساعد شرب الماء على طرد السموم من الجسم.", "طرد", "COERCE"),
    ("ولكنه يرى أيضا طلبا محتملا من جانب غير المسلمين.", "طلبا", "REQUEST"),
    ("بعد تحقق موظف تقديم الخدمة من أصل هوية طالب الخدمة.", "تقديم الخدمة", "AID"),
    ("وقال مصور على متن السفينة التابعة لمنظمة أطباء بلا حدود ومحطة المساعدة البحرية للمهاجرين إن البحر هادئ.",
     "المساعدة", "AID"),
    ("وبعد انتهاء المباراة خرجت جماهير النادي الأهلي إلى الشوارع في العاصمة القاهرة.", "خرجت", "PROTEST"),
    ("وخرج الآلاف إلى الشوارع احتفالا بفوز المنتخب.", "خرج", "PROTEST"),
    ("وبعد أن انتهت المباراة أمام أكثر من 80 ألف متفرج احتشدوا في ملعب ملبورن، حسمت ركلات الترجيح النتيجة.",
     "احتشدوا", "PROTEST"),
])
def test_other_sense_is_no_event(coder, text, word, kind):
    assert not triggered(coder, text, word, kind)


@pytest.mark.parametrize("text, word, kind", [
    ("وتعهدت الحكومة بالتعاون مع الأمم المتحدة في التحقيق.", "التعاون", "COOPERATE"),
    ("ويواجه المهربون الخمسة تهم القتل والمساعدة على الهجرة غير الشرعية.", "تهم", "ACCUSE"),
    ("وطالب الوزير الحكومة بالمزيد من الإصلاحات الاقتصادية.", "طالب", "REQUEST"),
    ("ورفضت الحكومة الطلب الأمريكي بتسليم المتهمين.", "الطلب", "REQUEST"),
    ("وبدأ الحوار بين الحكومة والمعارضة في جنيف أمس.", "الحوار", "CONSULT"),
    ("وأعلن المتمردون استسلام مقاتليهم للجيش في المدينة.", "استسلام", "RETREAT"),
    ("وخرج آلاف المتظاهرين إلى الشوارع احتجاجا على الفساد.", "خرج", "PROTEST"),
    ("واحتشد المتظاهرون أمام مقر الحكومة في بغداد.", "احتشد", "PROTEST"),
    ("وطردت السلطات الإسرائيلية العائلات الفلسطينية من منازلها.", "طردت", "COERCE"),
    ("ووصلت مساعدات سعودية إلى اللاجئين السوريين في الأردن.", "مساعدات", "AID"),
])
def test_the_event_sense_stays(coder, text, word, kind):
    assert triggered(coder, text, word, kind)
