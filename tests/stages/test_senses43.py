"""Non-events and wrong senses (round 43): a call that gives cause for a feeling («يدعو إلى القلق») is an idiom; aid
cut, suspended or stopped (تعليق المعونة، وقف المساعدات) is SANCTION, no aid; a past century's decade dates a clause as
history; an effort's aim told as done (… حيث لوحظ) stays; صادق is «ratify» only with its على; a beheading is no
withholding of a utility."""

_STORY = "قالت الصحيفة إن الوضع هادئ.\nوأضافت أن الأمن مستتب في المنطقة.\n"


def events(nlp, text):
    return nlp(text, published="2015-08-04").events


def kinds(nlp, text):
    return [e.event for e in events(nlp, text)]


# a call that gives cause for a feeling


def test_worrying_with_ila_is_no_request_nor_concern(nlp):
    found = kinds(nlp, "وقال الوزير إن الوضع في اليمن يدعو إلى القلق.")
    assert "REQUEST" not in found and "ACCUSE" not in found


def test_worrying_with_lam_is_no_concern(nlp):
    found = kinds(nlp, "وأكد المتحدث أن الأمر يدعو للقلق الشديد.")
    assert "REQUEST" not in found and "ACCUSE" not in found


def test_cause_for_indignation_in_a_story_is_no_request(nlp):
    text = _STORY + "وقال الخطيب إن «عوامل تدعو لسخط الناس أبرزها أزمة الخدمات والكهرباء»."
    assert "REQUEST" not in kinds(nlp, text)


def test_a_call_to_citizens_to_be_cautious_stays(nlp):
    assert "REQUEST" in kinds(nlp, "ودعا وزير الداخلية المواطنين إلى الحذر.")


def test_concern_expressed_stays(nlp):
    assert "ACCUSE" in kinds(nlp, "وأعرب الأمين العام للأمم المتحدة عن قلقه إزاء الوضع في اليمن.")


# aid cut is no aid


def test_aid_suspended_is_sanction_not_aid(nlp):
    found = events(nlp, "وأعلنت واشنطن تعليق المعونة العسكرية لمصر.")
    assert "AID" not in [e.event for e in found]
    sanction = [e for e in found if e.event == "SANCTION"]
    assert sanction and sanction[0].cameo == "162"
    assert "EGY" in [r.code for r in sanction[0].recipient]


def test_aid_stopped_is_sanction_with_its_parties(nlp):
    found = events(nlp, "قررت الحكومة الأمريكية وقف المساعدات إلى السلطة الفلسطينية.")
    assert "AID" not in [e.event for e in found]
    sanction = [e for e in found if e.event == "SANCTION"]
    assert sanction and [a.code for a in sanction[0].actor] == ["USA"]
    assert "PSE" in [r.code for r in sanction[0].recipient]


def test_aid_cut_threatened_is_no_aid(nlp):
    found = kinds(nlp, "هدد الكونغرس بقطع المساعدات عن باكستان.")
    assert "AID" not in found and "THREATEN" in found


def test_aid_cut_by_a_verb_is_sanction(nlp):
    found = kinds(nlp, "وقطعت الولايات المتحدة المساعدات عن باكستان.")
    assert "SANCTION" in found and "AID" not in found


def test_a_road_cut_before_aid_is_no_sanction(nlp):
    assert "SANCTION" not in kinds(nlp, "وقال إن الميليشيات تقطع الطريق أمام المساعدات الإنسانية.")


def test_aid_given_stays(nlp):
    assert "AID" in kinds(nlp, "وقدمت الولايات المتحدة مساعدات عسكرية لمصر أمس.")


# a past century's decade


def test_aid_in_the_fifties_is_history(nlp):
    text = _STORY + "وهو البرنامج الذي بدأت أولى خطواته في عقد الخمسينات من القرن الماضي بمساعدة أميركية."
    assert "AID" not in kinds(nlp, text)


def test_a_man_in_his_eighties_keeps_his_call(nlp):
    text = _STORY + ("ودعا السيستاني -وهو رجل دين في الثمانينات من العمر- العبادي أن يسعى للإصلاح بغض النظر عن الانتماء "
                     "السياسي.")
    assert "REQUEST" in kinds(nlp, text)


# an effort's aim told as done


def test_a_raid_a_formed_committee_made_stays(nlp):
    text = _STORY + ("وبالتنسيق مع فريق الرقابة الصحية تم تشكيل لجنة لمداهمة الموقع حيث لوحظ وجود كميات من المواد "
                     "الغذائية منتهية الصلاحية.")
    assert "COERCE" in kinds(nlp, text)


def test_a_force_formed_to_fight_is_still_an_aim(nlp):
    text = _STORY + "وتعكف نيجيريا وجاراتها على تشكيل قوة لقتال بوكو حرام."
    assert "ASSAULT" not in kinds(nlp, text)


# ratify only with على


def test_the_name_sadiq_is_no_ratification(nlp):
    assert "SUPPORT" not in kinds(nlp, "وصرح رئيس مكتب حماية الطفولة في البنجاب سابا صادق أن هذه المسألة كبيرة.")
    assert "SUPPORT" not in kinds(nlp, "وقال إن الرجل يدعى صادق سفيان وإنه يقيم في المنطقة.")


def test_sincere_is_no_ratification(nlp):
    assert "SUPPORT" not in kinds(nlp, "وقال إن هذا السلوك تعبير صادق عن خروج الحشد من دائرة السيطرة.")


def test_a_ratification_stays(nlp):
    assert "SUPPORT" in kinds(nlp, "وصادق البرلمان الإيراني على الاتفاق النووي أمس.")
    assert "SUPPORT" in kinds(nlp, "صادق الرئيس التونسي الباجي قائد السبسي أمس الجمعة على القانون الأساسي.")
    assert "SUPPORT" in kinds(nlp, "وهي المعاهدة التي وقعتها طهران عام 1968 وصادقت عليها عام 1970.")


# a beheading is no withholding


def test_a_beheading_is_no_withholding_of_the_internet(nlp):
    text = _STORY + (
        "هكذا يبدو «داعش» حاضرا في فرنسا؛ فبعد ياسين صالحي الذي قتل أواخر الشهر الماضي، صاحب الشركة التي كان يعمل "
        "فيها قبل أن يجز رأسه ويرفعه على سياج شركة أميركية تعمل في قطاع الغاز الصناعي ويحاول التسبب في حريق، ها هي "
        "الأجهزة الأمنية تقبض يوم الاثنين الماضي على أربعة أشخاص «الثلاثة المذكورين ورابع عمره 16 عاما أخلي سبيله "
        "لاحقا» كانوا يخططون لمهاجمة موقع عسكري وخطف قائده وقتله وقطع رأسه وتصوير العملية وبثها عبر الإنترنت على "
        "طريقة ما يقوم به")
    assert not [e for e in events(nlp, text) if e.event == "COERCE" and e.mode == "withhold"]


def test_power_cut_stays_withholding(nlp):
    assert [e for e in events(nlp, "وقطعت السلطات الكهرباء عن المدينة.") if e.mode == "withhold"]


# fresh news: names, idioms and wrong senses


def test_i_note_is_no_praise(nlp):
    assert "SUPPORT" not in kinds(nlp, "وبالمناسبة أنوه عن نجاح وزارة الصحة المصرية في مكافحة الإنفلونزا.")
    assert "SUPPORT" in kinds(nlp, "ونوه الوزير بجهود رجال الأمن في المنطقة.")


def test_a_news_site_is_no_bombing(nlp):
    assert "ASSAULT" not in kinds(nlp, "أترك لكم قراءة قصته كما قرأتها في (فجر الالكترونيه)..")


def test_a_gallery_mall_is_no_funding(nlp):
    text = "ونظمت الجمعية الحملة لمدة أسبوعين في كل من مركز المملكة التجاري والرياض جاليري مول."
    assert "AID" not in kinds(nlp, text)


def test_a_crocodile_arrests_nobody(nlp):
    assert "COERCE" not in kinds(nlp, "وقال المسؤول: «قبض التمساح على الساق اليمنى للمرأة لكنها صدت الهجوم».")


def test_a_truce_collapsed_is_no_ceasefire(nlp):
    text = "وهو أول هجوم من نوعه منذ سقوط الهدنة بين المتمردين الأكراد والجيش التركي قبل عشرة أيام."
    assert "RETREAT" not in kinds(nlp, text)


def test_an_embargo_is_sanction_not_restriction(nlp):
    found = events(nlp, "وردت روسيا بحظر صادرات معظم منتجات الغذاء الأوروبية.")
    assert [e.event for e in found] == ["SANCTION"] and found[0].actor[0].code == "RUS"


def test_storming_with_a_bomb_vehicle_is_an_assault(nlp):
    found = kinds(nlp, "وأفادت الوكالة أن انتحاريا اقتحم بجرار مفخخ صباح الأحد مركزا للدرك في شرق البلاد.")
    assert "ASSAULT" in found and "COERCE" not in found


def test_an_emergency_against_wildfires_is_no_coercion(nlp):
    text = ("اندلعت حرائق ضخمة في غابات ولاية كاليفورنيا الأميركية.\nوالجمعة، أعلن حاكم كاليفورنيا ادموند براون "
            "حالة الطوارئ واستدعي الحرس الوطني.\nوقال رجال الإطفاء إن الحرائق التهمت آلاف الهكتارات.")
    assert "COERCE" not in kinds(nlp, text)


def test_an_emergency_after_an_attack_stays(nlp):
    text = ("قتل عشرات في هجوم لمسلحين على مدينة في شمال البلاد.\nوأعلن الرئيس حالة الطوارئ في المنطقة.\n"
            "وقال إن الجيش سيلاحق المسلحين.")
    assert "COERCE" in kinds(nlp, text)


def test_sharing_a_view_is_no_agreement(nlp):
    text = "وأشاد الوزير بمشاركة الكشافة، ووافقه في الرأي السيد جيري أحد القيادات الكشفية الإيرلندية."
    assert "AGREE" not in kinds(nlp, text)
    assert "AGREE" in kinds(nlp, "ووافق مجلس الأمن في جلسته أمس على القرار.")


def test_a_step_that_shows_a_welcome_is_no_support(nlp):
    text = _STORY + ("واستقبل وزير الخارجية الروسي خالد مشعل اليوم الاثنين ووجه له الدعوة لزيارة موسكو في خطوة تنم عن "
                     "الترحيب الدبلوماسي بالحركة الفلسطينية.")
    found = kinds(nlp, text)
    assert "SUPPORT" not in found and "CONSULT" in found


def test_going_ahead_is_no_aid(nlp):
    assert "AID" not in kinds(nlp, "وأكد أن الحكومة السعودية أثبتت أنها ماضية قدما في تنويع ودعم اقتصادها.")


def test_an_assistant_post_is_no_aid(nlp):
    assert "AID" not in kinds(nlp, "وانتقلت إلى واشنطن، وعملت مساعدة للسيناتورة الديمقراطية باربرا ميكولسكي.")


def test_preaching_islam_is_no_request(nlp):
    text = "وتشارك الجمعية في قافلة طبية دعوية في رواندا للتعريف بالإسلام والدعوة إليه."
    assert "REQUEST" not in kinds(nlp, text)


def test_a_ban_to_be_lifted_is_no_embargo(nlp):
    text = ("وافقت لجنة الطاقة بمجلس الشيوخ الأمريكي، الخميس، بأغلبية طفيفة على مشروع قانون لرفع حظر عمره 40 عاما على "
            "تصدير النفط الخام.")
    assert "SANCTION" not in kinds(nlp, text)


def test_an_arms_embargo_is_sanction(nlp):
    text = "وشمل قرار مجلس الأمن حظر توريد الأسلحة والعتاد للمشمولين في القرار."
    found = kinds(nlp, text)
    assert "SANCTION" in found and "COERCE" not in found


def test_a_seat_granted_is_no_aid(nlp):
    text = ("وأصدرت مجموعة العمل المالي قرارا بالإجماع يقضي بالموافقة على منح المملكة العربية السعودية مقعد مراقب في "
            "المجموعة.")
    assert "AID" not in kinds(nlp, text)
    assert "AID" in kinds(nlp, "ووافق الاتحاد الأوروبي على منح اليونان قرضا بقيمة سبعة مليارات يورو.")


def test_a_strike_call_answered_is_the_protest(nlp):
    text = ("وقالت الشركة إن حركة المترو في العاصمة البريطانية ستتوقف عصر الأربعاء لمدة 24 ساعة تلبية لدعوة من النقابة "
            "احتجاجا على شروط تمديد العمل ليلا.")
    found = kinds(nlp, text)
    assert "REQUEST" not in found and "PROTEST" in found


def test_a_beheading_the_isis_way_is_no_road_block(nlp):
    text = _STORY + "وخططوا لمهاجمة حرس الموقع وخطف قائده والإجهاز عليه وقطع رأسه على الطريقة الداعشية ونشر الفيديو."
    assert "PROTEST" not in kinds(nlp, text)
