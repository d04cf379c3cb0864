"""The doer named but not as the verb's subject: the subject of the clause a verb goes on from, the speaker behind
«وإنها/إنها تمكنت من», the other side of an exchange of fire, the force of an advance, the launcher of an operation."""

from event_lookup import actor_texts as _actors
from event_lookup import event_by_trigger as _event


def test_a_verb_past_a_comma_goes_on_from_the_subject_before_its_clause_verb(nlp):
    text = ("قالت قيادة العمليات المشتركة العراقية في بيان، إن قوات الأمن دخلت جامعة الانبار في جنوب مدينة الرمادي، "
            "واشتبكت مع مسلحي تنظيم داعش داخل حرمها.")
    assert _actors(nlp, text, "اشتبكت") == ["قوات الأمن"]


def test_a_verb_past_a_comma_goes_on_from_the_counted_subject_of_the_opening_verb(nlp):
    text = "وأوقف 4 مسلحين سيارة إسعاف، واختطفوا طاقمها المؤلف من 3 أشخاص، في قضاء تيكمان."
    assert _actors(nlp, text, "اختطفوا") == ["مسلحين"]


def test_a_verb_after_haythu_goes_on_from_the_subject_of_the_light_verb(nlp):
    text = ("قامت المقاومة الشعبية بعملية نوعية في الضالع تحديداً وسط مدينة قعطبة، حيث استهدفت عربتين عسكريتين "
            "تابعتين لميليشيات الحوثي وصالح بعبوتين ناسفتين.")
    assert _actors(nlp, text, "استهدفت") == ["المقاومة الشعبية"]


def test_a_quantity_word_is_no_opening_verb(nlp):
    text = ("وأوضحت الصحيفة السعودية أن جميع المسافرين إلى الكويت الذين تم ردهم كانوا عزاباً بدون اصطحاب عوائل، "
            "حيث سمح للمسافرين العوائل بالدخول.")
    assert _actors(nlp, text, "سمح") == []


def test_a_verb_of_another_gender_does_not_go_on_from_the_subject(nlp):
    text = "إن قوات الأمن دخلت جامعة الانبار في جنوب مدينة الرمادي، واعتقل مسلحين."
    assert "قوات الأمن" not in _actors(nlp, text, "اعتقل")


def test_the_speaker_does_the_act_after_innaha_tamakkanat_min(nlp):
    text = "وقالت الحكومة إنها تمكنت من قتل 15 مسلحا من تنظيم داعش."
    assert _actors(nlp, text, "قتل") == ["الحكومة"]


def test_the_speaker_does_the_arrest_after_innahu_najaha_fi(nlp):
    text = "وقالت الشرطة إنها نجحت في اعتقال 15 مسلحا."
    assert _actors(nlp, text, "اعتقال") == ["الشرطة"]


def test_no_speaker_for_a_help_after_innaha_ashamat_fi(nlp):
    text = "قالت القطرية إنها أسهمت في دعم صناعة الطيران الأمريكية."
    events = [e for e in nlp(text, published="2015-08-01").events if e.trigger.text == "دعم"]
    assert all(not e.actor for e in events)


def test_a_second_innaha_reaches_the_report_verb_far_before(nlp):
    text = ("قالت وزارة الداخلية في البحرين إن السلطات أحبطت محاولة لتهريب متفجرات شديدة الخطورة وأسلحة آلية وذخائر "
            "إلى داخل البلاد عبر البحر وإنها اعتقلت مواطنين اثنين مشتبها بهما.")
    assert _actors(nlp, text, "اعتقلت") == ["وزارة الداخلية"]


def test_the_other_side_of_an_exchange_of_fire_kills(nlp):
    text = "كما قتلت ناشطة من اليسار المتطرف في تبادل إطلاق نار مع الشرطة في أحد أحياء إسطنبول."
    ev = _event(nlp, text, "قتلت")
    assert [a.text for a in ev.actor] == ["الشرطة"] and [r.text for r in ev.recipient] == ["ناشطة"]


def test_the_other_side_of_an_exchange_of_fire_wounds_a_policeman(nlp):
    text = "وأصيب شرطي في تبادل لإطلاق النار مع مسلحين."
    assert _actors(nlp, text, "أصيب") == ["مسلحين"]


def test_no_exchange_side_of_the_victims_own_sector(nlp):
    text = "وأصيب شرطي في تبادل لإطلاق النار مع الشرطة."
    assert _actors(nlp, text, "أصيب") == []


def test_the_advancing_force_kills_the_other_side(nlp):
    text = ("أعلن قائد الشرطة الاتحادية الفريق رائد شاكر جودت، اليوم السبت، عن مقتل 15 عنصراً من “داعش” بينهم قناصون "
            "عرب الجنسية خلال تقدم القوات الأمنية.")
    assert _actors(nlp, text, "مقتل") == ["القوات الأمنية"]


def test_the_advancing_force_is_no_object_nor_killer_of_its_own_men(nlp):
    text = "وقتل خمسة جنود خلال تقدم القوات العراقية نحو الرمادي."
    ev = _event(nlp, text, "قتل")
    assert [a.text for a in ev.actor] == [] and "القوات العراقية" not in [r.text for r in ev.recipient]


def test_the_launcher_of_an_operation_does_what_it_targeted(nlp):
    text = "وكانت القوات التونسية قد شنت عملية صباح الخميس في مدينة سجنان استهدفت عناصر ارهابية كانت تعد لمخطط إرهابي."
    ev = _event(nlp, text, "استهدفت")
    assert [a.text for a in ev.actor] == ["القوات التونسية"] and "عناصر ارهابية" in [r.text for r in ev.recipient]


def test_craft_with_no_country_takes_the_air_force_it_is_from(nlp):
    text = "وقامت ثلاث مقاتلات إف-16 من سلاح الجو التركي بقصف ثلاثة مواقع للمتطرفين."
    ev = _event(nlp, text, "قصف")
    assert [(a.text, a.code) for a in ev.actor] == [("سلاح الجو التركي", "TUR")]


def test_an_operation_in_bi_takes_the_subject_of_its_light_verb(nlp):
    text = "قتل 15 عنصرًا من تنظيم داعش الإرهابي اليوم بعملية أمنية نفذتها القوات العراقية شرقي الرمادي."
    assert _actors(nlp, text, "قتل") == ["القوات العراقية"]


def test_an_attack_in_lam_written_apart_before_a_quoted_name(nlp):
    text = "قتل عنصران من الشرطة في هجوم لـ«حزب العمال الكردستاني» في جنوب تركيا."
    assert _actors(nlp, text, "قتل") == ["حزب العمال الكردستاني"]


def test_a_verb_describing_an_attack_noun_takes_its_actor(nlp):
    text = "وشن مسلحون من داعش هجوما في المنطقة الليلة الماضية استهدف مقاتلين من الجيش الحر."
    assert _actors(nlp, text, "استهدف") == ["مسلحون من داعش"]


def test_the_doer_after_ala_yad_and_a_count_word(nlp):
    text = "اعتقل الشاب على يد افراد من الشرطة الإسرائيلية."
    ev = _event(nlp, text, "اعتقل")
    assert [a.text for a in ev.actor] == ["الشرطة الإسرائيلية"] and [r.text for r in ev.recipient] == ["الشاب"]


def test_the_doer_after_min_qibal_and_a_count_word_is_no_target(nlp):
    text = "وخطف صحفي من قبل عناصر من داعش."
    ev = _event(nlp, text, "خطف")
    assert [a.code for a in ev.actor] == ["IMG"] and "صحفي" not in [a.text for a in ev.actor]
