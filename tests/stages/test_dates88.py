"""Round 88 date fixes (sentences of the dev day 2015-07-27): a full date after an old event's name («أحد شباب
ثورة 11 فبراير (شباط) 2011») dates no act its sentence tells; the act after a charge word «اتهامات» («ويواجهون
اتهامات بقتل صبي») was done before the report's day; a past habit told with كان and an imperfect verb («كانت نقطة
انطلاق يشن منها التنظيم هجماته») is background; an act told «في بداية الحرب» is background, not the lead's day; and an act
noun in a phrase that بعد heads after the main clause («…، بعد عملية تحريرها … بدعم وتنسيق قوات التحالف») was done
before, not a span of time after بعد («بعد أقل من ربع ساعة من مصرع»)."""

from hadath.article import Article

_MONDAY = "2015-07-27"


def _events(nlp, text, word, published=_MONDAY):
    """The events of `text` published on `published` whose trigger starts with `word`."""
    return [e for e in nlp(Article(text=text, id="t", published=published)).events if e.trigger.text.startswith(word)]


_HODEIDAH = ("وأضاف: «قام المسلحون الحوثيون باختطاف الناشط الإعلامي بالحراك التهامي سمير المنذي في مقهى هاواي في "
             "كورنيش الحديدة لأنه من الناشطين وأحد شباب ثورة 11 فبراير (شباط) 2011، وقد تلقى تهديدا بالاختطاف في "
             "اليوم السابق من رقم مجهول قبيل اختطافه بيوم واحد»، كما قامت الميلشيا باعتقال البائعين المتجولين من سوق "
             "حي باب مشرف.")


def test_revolution_date_dates_no_act(nlp):
    """«أحد شباب ثورة 11 فبراير (شباط) 2011 … كما قامت الميلشيا باعتقال البائعين»: neither the threat nor the
    arrest took place on 11 February 2011."""
    for word in ("تهديدا", "اعتقال"):
        found = _events(nlp, _HODEIDAH, word)
        assert found, word
        assert not any((e.date or "").startswith("2011") for e in found), word


def test_act_charged_with_ittihamat_is_background(nlp):
    """«قالت الشرطة النيبالية أمس الأحد إن خمسة نيباليين ألقي القبض عليهم ويواجهون اتهامات بقتل صبي»: the
    killing came before Sunday's report; the arrest keeps Sunday."""
    text = ("قالت الشرطة النيبالية أمس الأحد إن خمسة نيباليين ألقي القبض عليهم ويواجهون اتهامات بقتل صبي عمره عشر "
            "سنوات في جنوب غرب نيبال في حادث تقديم قرابين بشرية.")
    killed = _events(nlp, text, "قتل")
    assert killed and all(e.date_source == "before_published" and e.date is None for e in killed)
    assert not any(e.date == "2015-07-26" for e in killed)
    assert any(e.date == "2015-07-26" for e in _events(nlp, text, "ألقي"))


def test_past_habit_with_kana_is_background(nlp):
    """«أن البلدة الواقعة قرب نهر الفرات كانت نقطة انطلاق يشن منها التنظيم هجماته على مدينة كوباني»: the attacks
    used to be launched from there, not on the publication day; not so after سواء كان (either case)."""
    text = ("وأضاف المرصد أن البلدة الواقعة قرب نهر الفرات كانت نقطة انطلاق يشن منها التنظيم هجماته على مدينة "
            "كوباني التي يسيطر عليها الاكراد وتقع الى الشمال على الحدود مع تركيا.")
    attacks = _events(nlp, text, "هجمات")
    assert attacks and all(e.date_source == "before_published" for e in attacks)
    assert not any(e.date == _MONDAY for e in attacks)
    # «سواء كان ناشطا أو سياسيا أو مواطنا يؤيد شرعية الرئيس»: either case, no past habit (the date stays)
    either = ("كما أنها التهمة التي توجه لكل من يعارضهم سواء كان ناشطا أو سياسيا أو مواطنا يؤيد شرعية الرئيس "
              "اليمني عبد ربه منصور هادي.")
    assert not any(e.date_source == "before_published" for e in _events(nlp, either, "يؤيد", "2015-08-03"))


def test_act_at_the_war_start_is_background(nlp):
    """«وكان مقاتلون من الحوثيين … قد استولوا على عدن في بداية الحرب»: not the lead's day (Sunday)."""
    text = ("سيطر الجيش على قاعدة العند أمس الأحد.\nوكان مقاتلون من الحوثيين ووحدات من الجيش موالية للرئيس السابق "
            "علي عبدالله صالح قد استولوا على عدن في بداية الحرب، ما دفع هادي للانتقال إلى السعودية.")
    seized = _events(nlp, text, "استولوا")
    assert seized and all(e.date_source == "before_published" for e in seized)
    assert not any(e.date == "2015-07-26" for e in seized)


def test_act_in_an_after_phrase_is_background(nlp):
    """«وتعتبر تلك الزيارة هي الأولى للمنسق …، بعد عملية تحريرها … من قبل المقاومة الشعبية بدعم وتنسيق قوات
    التحالف»: the coordination in freeing Aden came before, not on the publication day nor the lead's day."""
    text = ("وصل المنسق الإنساني الأممي إلى عدن أمس.\nوتعتبر تلك الزيارة هي الأولى للمنسق الإنساني الأممي إلى مدينة "
            "عدن، بعد عملية تحريرها من المتمردين الحوثيين والقوات الموالية للرئيس اليمني المخلوغ علي عبد الله صالح، "
            "من قبل المقاومة الشعبية بدعم وتنسيق قوات التحالف.")
    joint = _events(nlp, text, "تنسيق")
    assert joint and all(e.date_source == "before_published" for e in joint)
    assert not any(e.date in ("2015-07-26", _MONDAY) for e in joint)
