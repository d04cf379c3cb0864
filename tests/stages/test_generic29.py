"""Material that is no event (generic29): an act asked about in a wh-question of an interview or a column («- ماذا تم
بشأن تعاونكم مع الجهات المعنية؟»، «لماذا لم يغتالوا أحدا؟»), a kind of weapon named by a plural («لم يعد مجرد سيارات
مفخخة أو أحزمة ناسفة»); real acts told beside such words stay."""

from hadath.article import Article

# the rules read the sentences of a story: two plain sentences follow each one
TAIL = " وقال مسؤول محلي إن الوضع في المنطقة هادئ حاليا. وأضاف أن الأهالي عادوا إلى منازلهم."


def coded(nlp, text, tail=TAIL, published="2015-07-22"):
    """The (type, trigger) pairs the full pipeline codes in the first sentence of a text that opens with this one."""
    art = nlp(Article(text=text + tail, published=published))
    return [(e.event, e.trigger.text) for e in art.events if e.sentence == 0]


def test_cooperation_asked_about_is_no_event(nlp):
    text = ("- ماذا تم بشأن تعاونكم مع الجهات المعنية في سبيل المحافظة على مكونات البيئة الطبيعية كوزارة الداخلية، "
            "ومحاكمة ومقاضاة مَن أقدموا على تخريب وتدمير البيئة ومخالفة الأنظمة؟")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "COOPERATE"], found


def test_a_complaint_asked_about_is_no_event(nlp):
    text = "- لماذا تشتكي من أزمة السكن، ومن ارتفاع الإيجارات في حين تساعد على استمرار الأزمة؟"
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "ACCUSE"], found


def test_a_negated_attack_asked_about_is_no_event(nlp):
    text = "لماذا لم يغتالوا أحدا أو يسمموا بئرا؟"
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "ASSAULT"], found


def test_an_attack_a_question_presupposes_stays(nlp):
    text = "لماذا قتلت قوات الأمن ثلاثة متظاهرين في ميدان التحرير أمس؟"
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "ASSAULT"], found


def test_an_act_told_before_a_question_stays(nlp):
    text = "وزار وزير الخارجية الأمريكي جون كيري الرياض أمس، فماذا بعد الاتفاق؟"
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "CONSULT"], found


def test_a_kind_of_weapon_is_no_attack(nlp):
    text = "فهذا الإرهاب، بتشكله الحالي، لم يعد مجرد سيارات مفخخة أو أحزمة ناسفة."
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "ASSAULT"], found


def test_belts_strapped_on_are_no_attack(nlp):
    text = ("ووفق صحيفة ديلي ميل، فإن مجموعة من مسلحي داعش في مدينة الفلوجة العراقية، قاموا بربط أحزمة ناسفة حول "
            "الدجاج.")
    found = coded(nlp, text)
    assert ("ASSAULT", "ناسفة") not in found, found


def test_a_car_bomb_that_struck_stays(nlp):
    text = "وقتل خمسة أشخاص أمس في انفجار سيارة مفخخة استهدفت مركزا للشرطة في بعقوبة."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "ASSAULT"], found


POEM = ("كتبت لك الليلة رسالة طويلة..\nاعدم الحرف..\nوسكت القلم..\nوغابت الكلمة عن الدفتر..\nأعدموا الثورة..\n"
        "وبقي الصمت وحده في الغرفة..\nوانتفض العرب..\nومضى الليل ولم يعد أحد..")


def test_lines_of_a_prose_poem_tell_no_attack(nlp):
    art = nlp(Article(text=POEM, published="2015-08-07"))
    found = [(e.event, e.trigger.text) for e in art.events]
    assert not [t for t in found if t[0] in ("ASSAULT", "PROTEST")], found


def test_a_column_in_lines_keeps_no_appeal(nlp):
    text = POEM.replace("وسكت القلم..", "وطالبت الأمم المتحدة الحوثيين بالانسحاب من المدن التي احتلوها..")
    art = nlp(Article(text=text, published="2015-08-07"))
    found = [(e.event, e.trigger.text) for e in art.events]
    assert not [t for t in found if t[0] == "REQUEST"], found


def test_an_attack_of_a_news_story_ending_in_an_ellipsis_stays(nlp):
    text = ("هاجم مسلحون مركزا للشرطة في مدينة العريش أمس.. وقال مصدر أمني إن المهاجمين فروا. "
            "وأضاف أن قوات الأمن طوقت المنطقة. وتابع أن التحقيقات جارية. وأكد أن الوضع هادئ. "
            "وأشار إلى أن المركز أعيد فتحه.")
    art = nlp(Article(text=text, published="2015-08-07"))
    found = [(e.event, e.trigger.text) for e in art.events]
    assert [t for t in found if t[0] == "ASSAULT"], found


def test_a_battlefield_named_is_no_attack(nlp):
    text = ("وأعلنت خلية الإعلام الحربي موجزا لعمليات القوات الأمنية العراقية، في جميع مناطق القتال ضد تنظيم داعش "
            "الإرهابي، بحزام بغداد وصلاح الدين والأنبار.")
    found = coded(nlp, text)
    assert ("ASSAULT", "القتال") not in found, found


def test_volunteers_sent_to_the_fighting_zones_are_no_attack(nlp):
    text = "وبينت الداخلية أن الخلية جندت متطوعين للذهاب إلى مناطق القتال في سوريا والعراق."
    found = coded(nlp, text)
    assert ("ASSAULT", "القتال") not in found, found


def test_a_killing_at_the_front_stays(nlp):
    text = "وقتل جنديان سعوديان أمس في اشتباك مع الحوثيين على جبهة القتال في جازان."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "ASSAULT"], found


def test_any_cooperation_refused_is_no_cooperation(nlp):
    text = "لكن، رفضت الخارجية الأميركية أي تعاون مع نظام الرئيس بشار الأسد ضد «داعش»."
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "COOPERATE"], found
    assert [t for t in found if t[0] == "REJECT"], found


def test_any_concessions_are_no_concession(nlp):
    text = ("وأوضحت الصحيفة أن النص الفارسي يختار الكلمات بعناية، متجنبا الكلمات التي قد تعطي الانطباع بأن الجمهورية "
            "الإسلامية قد قدمت أي تنازلات.")
    found = coded(nlp, text)
    assert not [t for t in found if t[0] == "CONCEDE"], found


def test_cooperation_told_stays(nlp):
    text = "واتفقت الأردن والسعودية أمس على تعاون أمني في مكافحة الإرهاب."
    found = coded(nlp, text)
    assert [t for t in found if t[0] in ("COOPERATE", "AGREE")], found


def test_such_attacks_are_no_attack(nlp):
    text = "وهدد المجلس بالفعل بعواقب لمثل هذه الهجمات قد تشمل فرض عقوبات."
    found = coded(nlp, text)
    assert ("ASSAULT", "الهجمات") not in found, found


def test_these_attacks_told_stay(nlp):
    text = "وأسفرت هذه الهجمات التي شنها التنظيم على القرية أمس عن مقتل خمسة مدنيين."
    found = coded(nlp, text)
    assert [t for t in found if t[0] == "ASSAULT"], found
