"""Round 103 (non-events): shapes of Arabic that the coder read as acts, from the judged dev slice 2015-07-31
#1765–2215: a prayer for the dead, a preacher's exhortation in a sermon's report, people rescued or trapped in a
fire or on a mountain pass, a car's breakdown and a fright that «befall» someone."""

from stage_coding import kept_types

_DATE = "2015-07-31"


def _kinds(nlp, text):
    """(type, trigger text) of the events the whole pipeline codes for `text`."""
    return kept_types(nlp, text, _DATE)


_FUNERAL = ("شيعت جموع غفيرة من أهالي المدينة المنورة والمسؤولين الشهيد سامي الحربي، عقب صلاة العشاء في المسجد النبوي "
            "البارحة، حيث ووري جثمانه بقيع الغرقد وسط دعوات المصلين والمشيعين له بالرحمة والمغفرة.")


def test_mourners_prayers_for_mercy_are_no_request(nlp):
    """«وسط دعوات المصلين والمشيعين له بالرحمة والمغفرة» (#1843): the mourners' prayers, no appeal."""
    assert not any(k == "REQUEST" for k, _ in _kinds(nlp, _FUNERAL))


def test_prince_prayer_for_forgiveness_is_no_request(nlp):
    """«ودعا سموه الكريم له بالمغفرة والرحمة» (#2100): a prayer for the dead, told after a condolence call."""
    text = ("وكان قد تلقى اللواء متقاعد الشريف أحمد بن سلطان الفعر، اتصالاً هاتفيًا من الأمير خالد الفيصل أمير منطقة "
            "مكة المكرمة، للمواساة في أخيه الشريف منصور بن سلطان الفعر. ودعا سموه الكريم له بالمغفرة والرحمة وتعازيه "
            "لإخوان الفقيد وأبنائه، فيما شكر الشريف أحمد الفعر هذه اللفتة الكريمة من سموه الكريم.")
    assert ("REQUEST", "دعا") not in _kinds(nlp, text)


def test_call_for_a_ceasefire_still_a_request(nlp):
    """Control: an appeal to a state stays."""
    text = "ودعا الأمين العام للأمم المتحدة الحكومة اليمنية إلى الالتزام بالهدنة الإنسانية."
    assert any(k == "REQUEST" for k, _ in _kinds(nlp, text))


_SERMON = ("أوضح سماحة مفتي عام المملكة الشيخ عبدالعزيز بن عبدالله آل الشيخ، أن الإسلام حريص على إقامة مجتمع فاضل "
           "يحافظ على المصالح العامة للأمة، وفي مقابل ذلك دعا الى الابتعاد عن كل ما يذهب بها فحرم الشرك. "
           "وبين سماحته في خطبة الجمعة اليوم بجامع الإمام تركي بن عبدالله بالرياض، أن الإسلام حرم قتل النفس. "
           "وشدد سماحته على أن يقيم المسلم الصلاة.")


def test_sermon_named_in_second_sentence_drops_its_words(nlp):
    """«وبين سماحته في خطبة الجمعة اليوم» in the second sentence (#1798, #2192): «دعا الى الابتعاد» is the sermon's
    word about Islam, no appeal."""
    assert not any(k == "REQUEST" for k, _ in _kinds(nlp, _SERMON))


_EXHORT = ("عدّ إمام وخطيب المسجد الحرام الشيخ الدكتور عبدالرحمن السديس أن الشباب في الأمة كنزها الثمين. "
           "وبين في خطبة الجمعة التي ألقاها اليوم في المسجد الحرام أن الإسلام أولى الشباب كامل العناية. "
           "وطالب الشيخ عبدالرحمن السديس شباب الأمة بالتمسك بقيم الدين وعدم الاغترار بالثقافات المستوردة.")


def test_preacher_exhorting_youth_is_no_request(nlp):
    """«وطالب إمام وخطيب المسجد الحرام شباب الأمة بالتمسك بقيم الدين» (#1794): a sermon's exhortation (the
    preacher SAU/REL, the young of no code)."""
    assert not any(k == "REQUEST" for k, _ in _kinds(nlp, _EXHORT))


def test_preacher_appeal_to_a_state_stays(nlp):
    """Control: in the same sermon, an appeal to a coded party (the United Nations) stays."""
    text = _EXHORT + " كما طالب السديس الأمم المتحدة بوقف انتهاكات الاحتلال في المسجد الأقصى."
    assert any(k == "REQUEST" for k, _ in _kinds(nlp, text))


_FIRE = ("أنقذت فرق الدفاع المدني بعرعر 7 أشخاص احتجزوا داخل شقة سكنية بحي بدنه، إثر نشوب حريق. "
         "وقال الناطق الإعلامي إن الفرق باشرت الحريق وتمت السيطرة عليه. ولم تسجل أي إصابات.")


def test_people_rescued_from_a_fire_are_no_aid_nor_arrest(nlp):
    """«أنقذت فرق الدفاع المدني بعرعر 7 أشخاص احتجزوا داخل شقة» (#1966): a rescue from a fire, people trapped."""
    kinds = _kinds(nlp, _FIRE)
    assert not any(k in ("AID", "COERCE") for k, _ in kinds), kinds


def test_people_trapped_in_a_fire_told_alone_are_not_detained(nlp):
    """The same lead told alone (#1966): the people trapped are no detention; the rescue of a lone sentence is coded
    as it reads (AID, as «وأنقذت فرق الدفاع المدني عشرة أشخاص من الغرق»)."""
    kinds = _kinds(nlp, _FIRE.split(". ")[0] + ".")
    assert not any(k == "COERCE" for k, _ in kinds), kinds


def test_people_trapped_on_a_mountain_pass_are_not_detained(nlp):
    """«حررت فرق الهلال الأحمر والدفاع المدني 3 أشخاص احتجزوا بعقبة الأبناء» (#2025)."""
    text = ("حررت فرق الهلال الأحمر والدفاع المدني 3 أشخاص احتجزوا بعقبة الأبناء بمحافظة بلجرشي. "
            "وتم نقل المصابين إلى المستشفى. وأوضح المتحدث أن البلاغ ورد مساء أمس.")
    assert not any(k == "COERCE" for k, _ in _kinds(nlp, text))


def test_hostages_rescued_by_troops_still_aid(nlp):
    """Control: a story of an attack (no disaster) keeps its rescue of hostages."""
    text = ("أنقذت القوات العراقية 20 رهينة احتجزهم مسلحون من تنظيم داعش في الرمادي. "
            "وقال المتحدث إن المسلحين أطلقوا النار على القوات. وقتل ثلاثة من المسلحين.")
    assert any(k in ("AID", "ASSAULT") for k, _ in _kinds(nlp, text))


def test_car_breakdown_is_no_assault(nlp):
    """«أو أن سيارتك أصابها العطب» (#1866): a breakdown, no attack."""
    text = "لو هممت بإدخال سيارتك إلى ورشة أو أن سيارتك أصابها العطب، فستجد نفسك تقف أمام شركات تأجير السيارات."
    assert not any(k == "ASSAULT" for k, _ in _kinds(nlp, text))


def test_fright_is_no_assault(nlp):
    """«لكن أصابهما الفزع» (#1937): they got scared."""
    text = "وكان الاثنان يعتزمان أيضا قتل أبيهما، وذلك الرجل القريب، لكن أصابهما الفزع."
    assert ("ASSAULT", "أصابهما") not in _kinds(nlp, text)


def test_preacher_demand_for_jobs_stays(nlp):
    """Control (#2206): «طالب إمام وخطيب المسجد الحرام … السديس؛ بتهيئة الفرص الوظيفية للشباب» names no faithful
    exhorted: a public demand, kept; his warning in the sermon («وحذّر السديس … من أجيال») goes."""
    text = ("عبدالحكيم شار- سبق- الرياض: طالب إمام وخطيب المسجد الحرام بمكة المكرّمة الرئيس العام لشؤون المسجد الحرام "
            "والمسجد النبوي الشيخ الدكتور عبدالرحمن بن عبدالعزيز السديس؛ بتهيئة الفرص الوظيفية للشباب وتثقيفهم بأحكام "
            "الحدود الشرعية وشغل فراغهم بالبرامج النافعة. وحذّر \"السديس\"؛ في خطبة الجمعة التي ألقاها، اليوم، في "
            "المسجد الحرام بمكة المكرّمة، من أجيال من الشباب لا تتمتع بحصانة حقيقية فاعلة.")
    kinds = _kinds(nlp, text)
    assert ("REQUEST", "طالب") in kinds and not any(k == "THREATEN" for k, _ in kinds), kinds


def test_ban_in_a_drought_story_still_coded(nlp):
    """Control (#1219, judged right): a ban told with no actor in a story of a drought is still a restriction."""
    text = ("تعاني الصين من جفاف وشح في المياه بسبب قلة الأمطار. وفي بعض أجزاء من خبي -ثالث أكبر إقليم منتج للقمح- "
            "حُظر على المزارعين زراعة القمح بهدف الحفاظ على المياه الجوفية. وتراجع إنتاج القمح هذا العام.")
    assert any(k == "COERCE" for k, _ in _kinds(nlp, text))


_CLEARANCE = ("وأشارت \"الهيئة\" إلى أن على البعثة تقديم طلب الفسح إلى مكتب الهيئة العامة للغذاء والدواء بالمنفذ الجمركي. "
              "وطلبت الهيئة أن يُرفق بالطلب، تعهّد بقصْر استخدام الأدوية واللوازم الطبية على أفراد البعثة فقط وعلى "
              "مسؤوليتهم، وعدم بيعها أو التصرف فيها بأي وسيلة كانت. وتصل البعثات إلى المملكة خلال الأسابيع المقبلة.")


def test_paperwork_for_a_clearance_is_no_request_nor_pledge(nlp):
    """«تقديم طلب الفسح»، «وطلبت الهيئة أن يُرفق بالطلب، تعهّد بقصْر استخدام الأدوية» (#1875, #2136): an application
    for clearance and the undertaking to attach to it, a drug agency's paperwork for hajj missions."""
    kinds = _kinds(nlp, _CLEARANCE)
    assert not any(k in ("REQUEST", "AGREE") for k, _ in kinds), kinds


def test_pledge_to_a_state_still_coded(nlp):
    """Control: a state's undertaking to another stays."""
    text = "وتعهدت الولايات المتحدة بتقديم مساعدات عسكرية إضافية للعراق في حربه ضد تنظيم داعش."
    assert any(k in ("AGREE", "AID") for k, _ in _kinds(nlp, text))


def test_assistant_director_is_no_aid(nlp):
    """«وأشارت المساعدة للشؤون التعليمية آمنة الغامدي» (#1955): a job title, no aid."""
    text = ("وأشارت المساعدة للشؤون التعليمية آمنة الغامدي، إلى أن وزارة التعليم حددت العام الدراسي المقبل بدايةً "
            "لتطبيق الزي المدرسي الجديد.")
    assert not any(k == "AID" for k, _ in _kinds(nlp, text))


def test_required_intervention_is_no_request(nlp):
    """«وهو ما تطلّب تدخل الجهات الأمنية» (#2104): «required», written with a shadda on its ل, no request."""
    text = ("وحاولت المرأة إثارة الفوضى داخل مقر الشركة من خلال تكسير السيارات، وهو ما تطلّب تدخل الجهات الأمنية؛ "
            "حيث تعاملت دوريات الأمن مع الحالة.")
    assert ("REQUEST", "تطلّب") not in _kinds(nlp, text)


def test_let_us_is_no_request(nlp):
    """«وعليه دعونا نطرح التساؤلات» (#2152): «let us ask», the writer's turn of speech."""
    text = ("وعليه دعونا نطرح التساؤلات على نحو من الشفافية والصدق: من يتحمل تبعات قضية إنسانية وعائلية كهذه قبل كل "
            "شيء؟")
    assert not any(k == "REQUEST" for k, _ in _kinds(nlp, text))


def test_we_called_for_dialogue_still_a_request(nlp):
    """Control: «دعونا الحكومة إلى الحوار» (we called the government) is a call."""
    text = "وقال رئيس الحزب: دعونا الحكومة اليمنية إلى الحوار مع المعارضة."
    assert any(k == "REQUEST" for k, _ in _kinds(nlp, text))


def test_umrah_trip_for_counted_pilgrims_is_no_visit(nlp):
    """«ونجح المخيم في تنظيم رحلة عمرة لـ450 معتمرا لزيارة مكة المكرمة» (#1936): pilgrims counted in the accusative
    visiting Mecca, no meeting."""
    text = ("وأوضح رئيس المكتب التعاوني أن المخيم قدم 463 محاضرة توعوية، ونجح المخيم في تنظيم رحلة عمرة لـ450 معتمرا "
            "لزيارة مكة المكرمة، وتم تنظيم 171 مسابقة ثقافية. وشكر العاملين في المخيم. وأكد استمرار البرامج.")
    assert not any(k == "CONSULT" for k, _ in _kinds(nlp, text))


_ESSAY = ("ولد الشدياق في لبنان وتنقل بين العواصم. درس في الأزهر، وبعده طلب كثيرون مهاراته. "
          "وبقدر ما تسمح لي قراءتي المتواضعة في هذه الأبواب، لست أعرف ثريًا من أثرياء العربية في مثل ثرائه من المعاصرين.")


def test_essay_whose_writer_says_i_know_is_a_column(nlp):
    """«لست أعرف ثريًا من أثرياء العربية في مثل ثرائه» (2015-07-31 #253): the writer speaks in the first person
    («أعرف»، «لست», round 103 `writer` words), so «طلب كثيرون مهاراته» is an essay's history, no request."""
    assert not any(k == "REQUEST" for k, _ in _kinds(nlp, _ESSAY))


def test_arsonist_arrested_in_a_fire_story_still_coded(nlp):
    """Control (2015-07-27 #835): «واعتقل الرجل الذي أشعل الحريق» in a story of a fire is an arrest (اعتقل tells
    no one stuck)."""
    text = ("اندلع حريق كبير في غابة قرب المدينة وأتى على مئات الهكتارات. وعملت فرق الإطفاء طوال الليل على إخماده. "
            "واعتقل الرجل الذي أشعل الحريق لقيامه «بإثارة الفوضى».")
    assert any(k == "COERCE" for k, _ in _kinds(nlp, text))
