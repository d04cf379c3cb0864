"""Round 62, the topic stage's non-events (stages/topics.py) and a few trigger senses (triggers.tsv).

Tested here, on sentences of the dev days: a congratulation cable on a national anniversary («برقية تهنئة … بمناسبة
ذكرى إعلان الجمهورية») is courtesy, no SUPPORT; a crowd gathered «للاحتفال» is no demonstration, while one gathered
«للتنديد» stays; ambulance teams called out at a bus accident are no mobilisation, while an army's alert stays; a
grip held («أحكمت المقاومة قبضتها على») is no arrest, while «قبضت فرق الأمن على» stays; a condemnation of any act
of a kind («ندين الإرهاب أينما كان») and threats a country faces («ما تتعرض له من تهديد»، «نحو هذا التهديد») tell
no act; drills by «تمرينات» show no attack; and «محط تجمهر الكثير» is no gathering."""

from __future__ import annotations

from hadath.article import Article

LEAD = "قالت مصادر رسمية اليوم إن الحكومة عقدت اجتماعها الأسبوعي. "
TAIL = " وناقش المجلس عددا من الموضوعات المدرجة على جدول أعماله."


def coded(coder, text, date="2015-07-24"):
    """The (type, trigger) pairs the pipeline codes for `text`."""
    art = coder(Article(text=text, published=date))
    return [(e.event, e.trigger.text) for e in art.events]


def story(sentence):
    """The sentence told as the middle of a story of three sentences (the rules of a story apply)."""
    return LEAD + sentence + TAIL


def test_a_cable_on_a_national_anniversary_is_courtesy(coder):
    """«برقية تهنئة لفخامة الرئيس … بمناسبة ذكرى إعلان الجمهورية لبلاده»: no SUPPORT."""
    text = ("بعث خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود برقية تهنئة لفخامة الرئيس الباجي قايد "
            "السبسي رئيس الجمهورية التونسية بمناسبة ذكرى إعلان الجمهورية لبلاده.")
    assert not [e for e in coded(coder, text) if e[0] == "SUPPORT"], coded(coder, text)


def test_a_cable_received_on_this_occasion_is_courtesy_but_what_it_stresses_stays(coder):
    """«وبهذه المناسبة، تلقى الرئيس المصري … برقية تهنئة من نظيره الجزائري، أكد فيها ضرورة تكريس التشاور»: no
    SUPPORT by «تهنئة»; the consultation it calls for is still read."""
    text = ("وبهذه المناسبة، تلقى الرئيس المصري عبد الفتاح السيسي برقية تهنئة من نظيره الجزائري عبد العزيز "
            "بوتفليقة، أكد فيها ضرورة تكريس التشاور والتنسيق بين البلدين.")
    events = coded(coder, text)
    assert ("SUPPORT", "تهنئة") not in events, events
    assert any(e[0] == "CONSULT" for e in events), events


def test_a_crowd_gathered_to_celebrate_is_no_protest(coder):
    """«احتشد العشرات من أطفال القطريين والمقيمين للاحتفال بالقرنقعوه»: no PROTEST; a crowd «للتنديد» stays one."""
    text = ("احتشد العشرات من أطفال القطريين والمقيمين للاحتفال بالقرنقعوه ليل يوم الأربعاء في أماكن عديدة "
            "بأنحاء دولة قطر.")
    assert not [e for e in coded(coder, text) if e[0] == "PROTEST"], coded(coder, text)
    events = coded(coder, "احتشد آلاف المتظاهرين أمام السفارة للتنديد بالهجوم.")
    assert ("PROTEST", "احتشد") in events, events  # a crowd «للتنديد» stays


def test_ambulance_teams_called_out_at_a_bus_accident_are_no_mobilisation(coder):
    """«بوجود حادث انقلاب باص … وعلى الفور تم استنفار الفرق الإسعافية»: no MOBILIZE; an army's alert stays one."""
    text = ("وذكر المتحدث الرسمي لهيئة الهلال الأحمر بالقصيم أنه تلقت غرفة العمليات بلاغا يفيد بوجود حادث "
            "انقلاب باص على طريق القصيم، وعلى الفور تم استنفار الفرق الإسعافية.")
    assert not [e for e in coded(coder, text) if e[0] == "MOBILIZE"], coded(coder, text)
    events = coded(coder, "أعلن الجيش استنفار قواته على الحدود.")
    assert ("MOBILIZE", "استنفار") in events, events  # an army's alert stays


def test_a_grip_held_on_a_town_is_no_arrest(coder):
    """«وأحكمت المقاومة الشعبية قبضتها على مدينة عدن»: no COERCE; «وقبضت فرق الأمن التركية على» stays one."""
    events = coded(coder, "وأحكمت المقاومة الشعبية قبضتها على مدينة عدن بعد معارك عنيفة.")
    assert not [e for e in events if e[0] == "COERCE"], events
    events = coded(coder, "وقبضت فرق الأمن التركية على خالص بايانجوك المشتبه بترؤس مجموعة في إسطنبول.")
    assert any(e[0] == "COERCE" for e in events), events  # «قبضت فرق الأمن على» stays


def test_a_condemnation_of_terrorism_wherever_it_is_tells_no_act(coder):
    """«نحن بشكل عام ندين الإرهاب أينما كان ومهما كان سببه» in a story: no ACCUSE by «ندين»; the
    condemnation of one attack stays."""
    events = coded(coder, story("وقال الجبير: «نحن بشكل عام ندين الإرهاب أينما كان ومهما كان سببه»."))
    assert ("ACCUSE", "ندين") not in events, events
    events = coded(coder, story("وقال الجبير: «ندين الهجوم الإرهابي الذي استهدف مسجدا في الكويت»."))
    assert ("ACCUSE", "ندين") in events, events  # the condemnation of one attack stays


def test_threats_a_region_faces_are_no_threat_made(coder):
    """«في مواجهة ما تتعرض له من تهديد من المنظمات الإرهابية» in a story: no THREATEN."""
    events = coded(coder, story("وأكد الوزير أهمية استقرار المنطقة في مواجهة ما تتعرض له من تهديد من المنظمات "
                                "الإرهابية."))
    assert not [e for e in events if e[0] == "THREATEN"], events


def test_a_threat_pointed_back_to_is_no_threat_made(coder):
    """«أن دول مجلس التعاون تعمل كمنظومة أمنية متكاملة نحو هذا التهديد» in a story: no THREATEN."""
    events = coded(coder, story("وأشار الوزير البحريني إلى أن دول مجلس التعاون تعمل كمنظومة أمنية متكاملة نحو "
                                "هذا التهديد."))
    assert not [e for e in events if e[0] == "THREATEN"], events


def test_exercises_to_destroy_reactors_are_no_attack(coder):
    """«أجرى سلاح الجو تمرينات لتدمير مفاعلات نووية»: no ASSAULT."""
    events = coded(coder, story("وأجرى سلاح الجو الإسرائيلي تمرينات لتدمير مفاعلات نووية إيرانية."))
    assert not [e for e in events if e[0] == "ASSAULT"], events


def test_a_place_that_draws_crowds_is_no_gathering(coder):
    """«الذي كان محط تجمهر الكثير»: no PROTEST."""
    text = ("يعود مهرجان الغضا في كل إجازة اسبوعية بفعاليات متنوعة في قرية الغضا السياحية. وتحتوي القرية على "
            "العديد من الفعاليات الشعبية، أبرزها المزرعة بطرازها القديم الذي كان محط تجمهر الكثير، خاصةً الموثقين "
            "لمهنة الزراعة. ويستمر المهرجان حتى نهاية الصيف.")
    assert not [e for e in coded(coder, text) if e[0] == "PROTEST"], coded(coder, text)
