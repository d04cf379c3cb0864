"""Round 101 (dates101): event dates, from the judged dev slice 2015-07-31 #480–959: an act named right after غداة
takes the day before the day the story gives its sentence; a time fronting the next clause after «، وفي» does not
date the act before it; the sentence right after a lead that coded no act takes the lead's one day."""

from stage_coding import all_dated, kept_dates, none_dated

_DATE = "2015-07-31"

_ALAM = ("نجحت قوات من الجيش اليمني والمقاومة الشعبية، امس، في السيطرة على مزيد من المناطق الواقعة بين مدينة عدن "
         "ومحافظة لحج. وقالت مصادر عسكرية ل\"الرياض\" إن القوات الحكومية، بدعم من مقاتلي المقاومة، سيطرت على منطقة "
         "العلم عند المدخل الشرقي لعدن، والذي يربط عدن مع ابين غداة سيطرتها على البساتين ومزارع جعولة وقرية الفلاحين.")


def test_the_act_after_ghadat_is_the_day_before_the_story_day(nlp):
    """«سيطرت على منطقة العلم … غداة سيطرتها على البساتين» (#956), the story's day «امس» (07-30): the seizure of
    al-Basatin was the day before, 07-29; al-Alam's keeps 07-30."""
    got = dict((t, d) for t, d, _, _ in kept_dates(nlp, _ALAM, "COERCE", _DATE))
    assert got.get("سيطرتها") == "2015-07-29" and got.get("سيطرت") == "2015-07-30", got


def test_a_time_fronting_the_next_clause_does_not_date_the_act_before_it(nlp):
    """«ثم يلتقي نظيره العراقي، وفي يوم الثلاثاء أشعل عملاء ملالي إيران … اضطرابات» (#812): Tuesday fronts the riots'
    clause; the meeting is not dated 07-28."""
    text = ("ضبط هذه الكمية من الأسلحة والمتفجرات والذي تم يوم السبت الماضي، أي قبل أن يبدأ وزير خارجية نظام إيران "
            "زيارته لدولتي قطر والكويت، ثم يتوجه للقاء المرجعيات الشيعية في العراق ثم يلتقي نظيره العراقي، وفي يوم "
            "الثلاثاء أشعل عملاء ملالي إيران في قرية سترة جنوب العاصمة المنامة، اضطرابات.")
    got = [x for x in kept_dates(nlp, text, "CONSULT", _DATE) if x[0] == "يلتقي"]
    assert none_dated(got, "2015-07-28"), got


_RIYADH = ("فتحت الأجهزة الأمنية بشرطة منطقة الرياض صباح أمس الخميس ملف تحقيق مع عدد من العمالة من الجنسية الآسيوية بعد "
           "قيامهم بإحراق سيارتين، لحظة مباشرة دوريات الأمن لحادث وفاة مقيم دهسا تحت عجلات باص. وأكدت مصادر لـ»الجزيرة» "
           "أن دوريات الأمن لحظة مباشرتهم حادث الدهس فوجئوا بقيام عدد من العمالة بالتجمهر وإتلاف عدد من السيارات. "
           "وأكدت مصادر عن تواجد ثلاثة قياديين يحملون رتبة لواء في مسرح الحادثة وتم القبض على عدد من العمالة كذلك تم "
           "نقل جثمان المتوفى لثلاجة الموتى.")


def test_the_sentence_after_a_wordless_lead_takes_its_day(nlp):
    """«فتحت الأجهزة الأمنية … صباح أمس الخميس ملف تحقيق» … «وتم القبض على عدد من العمالة» (#744): the lead coded
    no act; the arrest told right after it was on its day, 07-30."""
    got = kept_dates(nlp, _RIYADH, "COERCE", _DATE)
    assert all_dated(got, "2015-07-30"), got

