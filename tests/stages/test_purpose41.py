"""Acts that are only the aim of an effort, an inquiry or a forming («يبذلان جهودهما لإلقاء القبض») are no act told,
and the report filter's small word sets read from report_cues.tsv (round 41)."""

_STORY = "قالت الصحيفة إن الوضع هادئ.\nوأضافت أن الأمن مستتب في المنطقة.\n"


def kinds(nlp, text):
    return [e.event for e in nlp(text, published="2015-08-04").events]


def test_an_arrest_an_effort_seeks_is_not_coded(nlp):
    text = _STORY + "وقالت الشرطة إن الجهاز يبذل جهوده لإلقاء القبض على أفراد المجموعة."
    assert "COERCE" not in kinds(nlp, text)


def test_a_visit_of_teams_ordered_formed_is_not_coded(nlp):
    text = _STORY + "ووجه الأمير سعود بن ثنيان بتشكيل فرق عمل لزيارة مدينة جازان الاقتصادية ميدانيا."
    assert "CONSULT" not in kinds(nlp, text)


def test_an_arrest_an_inquiry_aims_at_is_not_coded(nlp):
    text = _STORY + "وبدأت السلطات تحقيقا بهدف القبض على المنفذين."
    assert "COERCE" not in kinds(nlp, text)


def test_an_arrest_made_is_kept(nlp):
    text = _STORY + "وألقت الشرطة القبض على أفراد المجموعة."
    assert "COERCE" in kinds(nlp, text)


def test_the_report_filter_word_sets_read_from_report_cues():
    from hadath.arabic.normalize import normalize
    from hadath.stages import reports

    assert reports._cue_words("that") == frozenset(normalize(w) for w in ("أن", "إن", "بأن", "وأن"))
    assert reports._cue_words("rear") == frozenset({normalize("وراء"), normalize("خلف")})
    assert reports._cue_words("short_particle") == frozenset({normalize("في"), normalize("من"), normalize("عن")})


def test_support_to_be_mobilized_is_not_coded(nlp):
    text = _STORY + ("ويواجه إردوغان اتهامات من معارضيه بأنه أطلق الحملة العسكرية ضد حزب العمال الكردستاني لحشد تأييد "
                     "القوميين وتقويض المعارضة المؤيدة للأكراد التي ساعد أداؤها القوي خلال انتخابات يونيو/ حزيران على "
                     "حرمان حزبه من الأغلبية البرلمانية.")
    assert "SUPPORT" not in kinds(nlp, text)


def test_a_support_network_is_no_aid(nlp):
    text = _STORY + ("ونقل البيان عن نائب وزير الخزانة قوله ان \"وزارة الخزانة ستواصل استخدام ادواتها المالية القوية "
                     "لاضعاف شبكة الدعم للاسد\".")
    assert "AID" not in kinds(nlp, text)


def test_an_appeal_an_effort_answers_is_kept(nlp):
    text = _STORY + ("كما تم بحث تطورات الأوضاع في اليمن، وما يقوم به التحالف بقيادة السعودية من جهود كبيرة استجابة "
                     "لمناشدة الحكومة الشرعية للدفاع عن الشعب اليمني الشقيق.")
    assert "REQUEST" in kinds(nlp, text)
