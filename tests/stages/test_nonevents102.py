"""Round 102 (non-events): words of another sense or of no political matter that the coder read as acts, from the
judged dev slice 2015-07-31 #967–1364: a foot, a department, a motive, telephone services, a
programme's name, a weather notice, seabirds, patients declining an ambulance and a problem that affects people."""

_DATE = "2015-07-31"


def _kinds(nlp, text):
    """(type, trigger text) of the events the whole pipeline codes for `text`."""
    return [(e.event, e.trigger.text) for e in nlp(text, published=_DATE).events]


def test_right_foot_is_no_aid(nlp):
    """«في وتر قدمه اليمنى» (#978): his right foot, no «قدم» (he gave) of training."""
    text = ("خضع حارس الفتح علي المزيدي لعلاج مكثف بعد شعوره بألم في وتر قدمه اليمنى؛ ليغيب عن تدريبات فريقه الذي "
            "يعسكر في تونس تحضيرا لانطلاقة الدوري.")
    assert ("AID", "قدمه") not in _kinds(nlp, text)


def test_aid_given_still_coded(nlp):
    """Control: «قدمت السعودية مساعدات إلى اليمن» is aid."""
    assert any(k == "AID" for k, _ in _kinds(nlp, "قدمت السعودية مساعدات إنسانية إلى اليمن."))


_SECTION = ("وأشار الأمين العام إلى أن العمل التطوعي مهم. من جهته قال د. معلوي الشهراني - رئيس قسم اللقاءات بجامعة "
            "نايف العربية للعلوم الأمنية -: لقد أنعم الله عز وجل على المملكة. وأضاف أن المتطوعين كثر.")


def test_meetings_section_of_a_university_is_no_meeting(nlp):
    """«رئيس قسم اللقاءات» (#1206): a department named by its work, as «وحدة الدعم», no meeting."""
    assert not any(k == "CONSULT" for k, _ in _kinds(nlp, _SECTION))


def test_meeting_held_still_coded(nlp):
    """Control: a meeting of two ministers stays."""
    text = "وعقد وزير الخارجية السعودي عادل الجبير لقاء مع نظيره الأمريكي جون كيري في الدوحة. وبحثا الوضع في اليمن."
    assert any(k == "CONSULT" for k, _ in _kinds(nlp, text))


def test_humane_motive_is_no_defence(nlp):
    """«هو دافع إنساني» (#1206): a motive, no «دافع» (he defended)."""
    text = "لان دافعية العمل التطوعي هو دافع إنساني ويجب احترامه من قبل الجهات المستفيدة."
    assert not any(k == "SUPPORT" for k, _ in _kinds(nlp, text))


def test_telephone_services_are_no_call(nlp):
    """«لإيصال الخدمات الهاتفية» (#1165): telephone services, no phone call."""
    text = ("وتشارك شركة الاتصالات السعودية في المشروع بتنفيذ مشروع آخر لتطوير البنى التحتية لشبكة الاتصالات لإيصال "
            "الخدمات الهاتفية لكافة الورش والمواقع والمحلات بها.")
    assert not any(k == "CONSULT" for k, _ in _kinds(nlp, text))


def test_programme_name_in_quotes_is_no_accusation(nlp):
    """«تنفيذ برنامج "شقيقي صحتك تهمنا"» (#1067): the programme's name («it concerns us»), no charges."""
    text = ("تواصل العيادات التخصصية السعودية العاملة في مخيم الزعتري تنفيذ برنامج \"شقيقي صحتك تهمنا\" لإعطاء "
            "اللقاحات والتطعيمات لسكان المخيم من الأشقاء اللاجئين السوريين.")
    assert not any(k == "ACCUSE" for k, _ in _kinds(nlp, text))


def test_quoted_charges_after_a_statement_still_coded(nlp):
    """Control: a quotation opened after a verb of saying is no programme's name."""
    text = "وقال الوزير \"نتهم الحوثيين بقصف المدنيين في تعز\" في مؤتمر صحفي."
    assert any(k == "ACCUSE" for k, _ in _kinds(nlp, text))


_WEATHER = ("حذرت الرئاسة العامة للأرصاد وحماية البيئة بعدم التعرض المباشر لأشعة الشمس، خاصة خلال فترة الظهيرة، "
            "ودعت في تقرير لها إلى أخذ الحيطة والحذر. ويأتي تحذير الأرصاد لتأثر معظم مناطق المملكة عدا المصايف "
            "بارتفاع شديد في درجات الحرارة. وكانت توقعات سابقة للرئاسة أشارت إلى ذلك.")


def test_heat_advisory_is_no_request_nor_threat(nlp):
    """A heat-wave advisory (#983, #1042): a call to take care and the weather service's warning, no political
    request or threat."""
    kinds = _kinds(nlp, _WEATHER)
    assert not any(k in ("REQUEST", "THREATEN") for k, _ in kinds), kinds


def test_call_to_restraint_still_coded(nlp):
    """Control: a call to a coded party is a request, whatever it asks."""
    text = "ودعا الأمين العام للأمم المتحدة الحوثيين إلى وقف إطلاق النار والعودة إلى المفاوضات."
    assert any(k == "REQUEST" for k, _ in _kinds(nlp, text))


def test_seagull_attacks_are_no_assault(nlp):
    """«خوفاً من هجمات هذه الطيور» (#1218): seabirds at a beach."""
    text = ("وقالت المنقذتان بيكا وآش وهما تتناولان طعامها تحت مظلة خفيفة خوفاً من هجمات هذه الطيور أنهما تشهدان "
            "إصابات وهجمات متزايدة على الشاطئ المتسبب الأول والأخير فيها طيور النورس.")
    assert not any(k == "ASSAULT" for k, _ in _kinds(nlp, text))


def test_injured_declining_transport_is_no_rejection(nlp):
    """«فيما رفض الاثنان الآخران النقل» (#986, #1070): the injured declined the ambulance."""
    text = ("وتمكن أفراد الدفاع المدني من إنقاذ المحتجزين الثلاثة، فيما رفض الاثنان الآخران النقل لعدم حاجتهم لذلك، "
            "وعلى الفور تم نقل الحالة الوحيدة لمستشفى بلجرشي العام.")
    assert not any(k == "REJECT" for k, _ in _kinds(nlp, text))


def test_problem_affecting_people_is_no_assault(nlp):
    """«هذه المشكلة تصيب 3% من الناس» (#992): a medical problem's share of people."""
    assert not any(k == "ASSAULT" for k, _ in _kinds(nlp, "ويعتقد أن هذه المشكلة تصيب 3% من الناس."))


_BOOKS = ("وأضافت أن المتهمين الذين تم ضبطهم هم على النحو التالي: فهد حمد مواليد 1990 وقد عثر في منزله على كتب "
          "تكفيرية تحث على القتال والإرهاب بالإضافة إلى علم تنظيم (داعش) الإرهابي.")


def test_books_urging_fighting_are_no_request_nor_fighting(nlp):
    """«كتب تكفيرية تحث على القتال» (#1056, #1297, #540): seized books, what they urge is their content."""
    kinds = _kinds(nlp, _BOOKS)
    assert not any(k in ("REQUEST", "ASSAULT") for k, _ in kinds), kinds


def test_he_wrote_demanding_still_coded(nlp):
    """Control: «وكتب الوزير يطالب»: كتب is a verb there, and the demand stays."""
    assert any(k == "REQUEST" for k, _ in _kinds(nlp, "وكتب الوزير يطالب الحكومة بالإفراج عن المعتقلين."))


def test_closure_of_a_volcano_area_is_no_sanction(nlp):
    """«فرضت حظرا على الدخول الى منطقة بركان» (#1256): an area closed for safety after an eruption."""
    text = ("وقالت حكومة الجزيرة -وهي جزء من فرنسا- إنها فرضت حظرا على الدخول الى منطقة بركان بيتو ديلا فورنيز حتى "
            "بطائرات الهليكوبتر بعد الثوران الذي حدث صباح اليوم.")
    assert not any(k in ("SANCTION", "COERCE") for k, _ in _kinds(nlp, text))


def test_study_sample_is_no_attack(nlp):
    """«واستهدفت الدارسة 110 كليات» (#1276, misspelt الدراسة): a survey's sample."""
    text = "واستهدفت الدارسة 110 كليات صحية حكومية وأهلية بالمملكة في مجال الطب والصيدلة."
    assert not any(k == "ASSAULT" for k, _ in _kinds(nlp, text))


def test_programme_that_lets_staff_in_is_no_access(nlp):
    """«من خلال برنامج يسمح بدخول الموظفين» (#1210): a clause describing a proposed programme, no yielding."""
    text = ("معتبراً أنّ الجمعية هي الأولى بإيجاد آلية تستقطب كل المتقاعدين، من خلال برنامج يسمح بدخول الموظفين من "
            "المؤسسات والشركات الراعية بالإفادة من خبرات المتقاعدين.")
    assert not any(k == "RETREAT" for k, _ in _kinds(nlp, text))


def test_entry_allowed_by_a_state_still_coded(nlp):
    """Control: «وسمحت السلطات الإسرائيلية بدخول شاحنات» is access yielded by a state."""
    text = "وسمحت السلطات الإسرائيلية بدخول شاحنات المساعدات إلى قطاع غزة."
    assert any(k == "RETREAT" for k, _ in _kinds(nlp, text))


def test_relief_taken_in_at_a_port_is_no_visit(nlp):
    """«وقد استقبلوا عدداً من الإغاثات على مستوى الموانئ» (#1091): relief shipments received, no visit."""
    text = ("وأشار إلى أن الحياة عادت طبيعية داخل عدن، منها الميناء ومطار عدن، وقد استقبلوا عدداً من الإغاثات على "
            "مستوى الموانئ ومستوى المطار.")
    assert not any(k == "CONSULT" for k, _ in _kinds(nlp, text))


def test_accused_of_helping_is_no_aid(nlp):
    """«مواطنين اثنين متهمين بمساعدة سائح أمريكي في قتل أسد» (#1217): complicity charged, as «بتهمة دعم», no aid."""
    text = ("أفرجت السلطات في زيمبابوي عن مواطنين اثنين متهمين بمساعدة سائح أمريكي في قتل أسد يرتدي طوق تتبع بكفالة "
            "ألف دولار عن كل منهما، حسبما قال محاميهما. وكان الأسد سيسيل معروفا. وأثار قتله غضبا واسعا.")
    assert not any(k == "AID" for k, _ in _kinds(nlp, text))


def test_charges_brought_against_the_accused_still_coded(nlp):
    """Control: «ووجهت إلى المتهمين تهم» (2015-07-31 #594): charges brought, an accusation."""
    text = ("وأصدرت محكمة في طرابلس حكما بإعدام سيف الإسلام القذافي. ووجهت إلى المتهمين تهم تتراوح بين استخدام القوة "
            "المفرطة ضد متظاهرين غير مسلحين فضلا عن الفساد. ورفضت فصائل الزنتان تسليمه.")
    assert any(k == "ACCUSE" for k, _ in _kinds(nlp, text))
