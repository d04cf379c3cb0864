"""Round 107 (codes107): codes of parties the mention layer finds, from the judged slice 2015-07-22 #0–399: a bare
plural of protesters in a story one country leads is its people as much as a definite one («وسد محتجون … الطرقات»
of a Sudan story: SDN/CVL); an arrest by a state's government, police or court, or a sentence by its court, is done
at that body's home, so a place abroad in its clause gives its held or sentenced no country (an Austrian court's
convicts are not Syria's); the Secretary-General's special envoy is the UN's (IGO), not a government's."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


_SUDAN = ("ابتكر الخيال الشعبي السوداني حيلاً جديدة لمواجهة الأزمات المتلاحقة التي تعيشها - وعاشتها - البلاد خلال شهر "
          "رمضان الماضي والأشهر السابقة له وإبان عيد الفطر، فالعاصمة الخرطوم شهدت أزمات خانقة في مياه الشرب والإمداد "
          "الكهربائي والنظافة. من بين الابتكارات: نقل مواطنين القمامة إلى مقار اللجان الشعبية، وهي لجان تابعة للحزب "
          "الحاكم وكدسوها هناك، وسد محتجون على قطوعات مياه الشرب الطرقات بأواني المياه الفارغة، ولجأ مواطنون إلى "
          "مكاتب إدارات الكهرباء في الأحياء للتمتع بما هو موفر بها من تكييف هواء، احتجاجًا على البرمجة القاسية التي "
          "فرضتها إدارة الكهرباء والناس صيام في صيف قائظ. وقال الرئيس عمر البشير إن الحكومة تعمل على حل الأزمة في "
          "السودان. وتدخلت الشرطة لتفريق المتظاهرين مستخدمة الغاز المسيل للدموع والهراوات.")


def test_bare_protesters_of_a_story_one_country_leads_are_its_people(nlp):
    """«وسد محتجون على قطوعات مياه الشرب الطرقات» (2015-07-22 #89): the protesters of a Sudan story are SDN/CVL,
    written bare as much as with the article."""
    actors = _parties(nlp, _SUDAN, "PROTEST", "actor")
    assert ("SDN", "CVL", "محتجون") in actors, actors


_AUSTRIA = ("في أحدث وأقسى حكم تصدره المحاكم النمساوية في قضايا ذات صلة بتنظيم \"داعش\"، قضت محكمة في النمسا "
            "بالسجن خمس سنوات على شيشاني لادانته بالارهاب عقب سفره الى سوريا عام 2013. "
            "من جانبه، قال متحدث باسم المحكمة في بلدة كريمس النمساوية ان الادعاء والشيشاني سيستأنفان الحكم. "
            "وفي يونيو (حزيران) أصدرت محكمة نمساوية أحكاما بالسجن على عشرة اشخاص لمدد تصل الى ثلاث سنوات "
            "لمحاولتهم الاتصال بمتطرفين في سوريا.")


def test_convicts_of_a_foreign_court_are_not_of_the_place_of_their_deed(nlp):
    """«أصدرت محكمة نمساوية أحكاما بالسجن على عشرة اشخاص … لمحاولتهم الاتصال بمتطرفين في سوريا» (2015-07-22 #121):
    the ten were tried in Austria; Syria is where the extremists were, not their country."""
    recipients = _parties(nlp, _AUSTRIA, "SANCTION")
    assert any(t == "اشخاص" for _, _, t in recipients), recipients
    assert not any(code == "SYR" for code, _, _ in recipients), recipients


_MELILLA = ("اعلنت وزارة الداخلية الاسبانية توقيف رجل يشتبه بتجنيده عناصر ولا سيما نساء لحساب تنظيم داعش ليل "
            "الثلاثاء الاربعاء في جيب مليلية في المغرب. وتندرج العملية التي نفذتها الشرطة الاسبانية والمديرية العامة "
            "لمراقبة التراب الوطني المغربية في سياق تحقيق واسع النطاق حول شبكات تجنيد نساء وفتيات. "
            "واوضحت الشرطة الاسبانية ان الموقوف اسباني في ال29 من العمر متحدر من مليلية.")


def test_man_a_foreign_ministry_arrests_is_not_of_the_place(nlp):
    """«اعلنت وزارة الداخلية الاسبانية توقيف رجل … في جيب مليلية في المغرب» (2015-07-22 #279): the man the Spanish
    ministry holds is a Spaniard, no Moroccan."""
    recipients = _parties(nlp, _MELILLA, "COERCE")
    assert any(t == "رجل" for _, _, t in recipients), recipients
    assert not any(code == "MAR" for code, _, _ in recipients), recipients


def test_sanctions_of_a_government_abroad_keep_the_place_country():
    """A government's sanctions are laid on foreigners abroad: «عقوبات على … رجل أعمال في لبنان» (2015-07-22 #1850)
    keeps its Lebanese businessman (the place rule still reads the place)."""
    from types import SimpleNamespace
    from hadath.stages.places import _judged_at_home
    gov = SimpleNamespace(code="USA", sector="GOV")
    court = SimpleNamespace(code="AUT", sector="JUD")
    assert not _judged_at_home(SimpleNamespace(event="SANCTION", actor=(gov,)), "LBN")
    assert _judged_at_home(SimpleNamespace(event="SANCTION", actor=(court,)), "SYR")
    assert _judged_at_home(SimpleNamespace(event="COERCE", actor=(gov,)), "MAR")


_ENVOY = ("وأشاد سلال بقوة بالجهود التي يبذلها المبعوث الخاص للأمين العام للأمم المتحدة إلى ليبيا برناردينو ليون "
          "قصد التوصل إلى حل للأزمة التي يعيشها هذا البلد.")


def test_special_envoy_of_the_secretary_general_is_the_uns(nlp):
    """«المبعوث الخاص للأمين العام للأمم المتحدة» (2015-07-22 #99): the UN's envoy, IGO, not a bare GOV."""
    recipients = _parties(nlp, _ENVOY, "SUPPORT")
    assert recipients and all(code == "IGO" for code, _, _ in recipients), recipients


_IRAQ = ("قالت مصادر بالشرطة ومسعفون، إن تفجيرات في أنحاء العراق أدت الى مقتل 32 شخصا على الاقل. "
         "وفي الهجوم الاكثر دموية انفجرت سيارة ملغومة في حي بغداد الجديدة شمال شرق العاصمة، ما تسبب في مقتل 16 شخصا "
         "واصابة 48 شخصا. وتفقد السكان صباح اليوم الاربعاء موقع التفجير حيث دمرت متاجر ومبان. "
         "وقتل ثمانية أشخاص آخرين وأصيب 16 عندما انفجرت سيارة ملغومة في شارع تجاري مزدحم في بلدة مندلي على بعد نحو "
         "100 كيلومتر الى الشمال الشرقي من العاصمة.")


def test_persons_killed_in_a_one_land_story_are_its(nlp):
    """«تفجيرات في أنحاء العراق أدت الى مقتل 32 شخصا»، «وقتل ثمانية أشخاص آخرين» (2015-07-22 #114): whom the blasts
    of a story told in Iraq alone kill are Iraq's, the persons of no sector (شخصا) as much as the civilians."""
    recipients = _parties(nlp, _IRAQ, "ASSAULT")
    assert ("IRQ", None, "شخصا") in recipients or ("IRQ", "", "شخصا") in recipients, recipients
    assert ("IRQ", "CVL", "أشخاص") in recipients, recipients


_RUBIO = ("وأعلن ماركو روبيو ترشحه لانتخابات الرئاسة الأميركية. وروبيو ابن مهاجرين كوبيين، "
          "يتقن الاسبانية والانجليزية ويدافع عن التزام اكبر للولايات المتحدة في العالم.")


def test_language_mastered_is_no_party(nlp):
    """«يتقن الاسبانية والانجليزية ويدافع عن …» (2015-07-22 #1847, #71): Spanish and English are languages Rubio
    speaks; no Spanish or British party."""
    parties = [(p.code, p.text) for e in nlp(_RUBIO, published=_DATE).events for p in (*e.actor, *e.recipient)]
    assert not any(code in ("ESP", "GBR") for code, _ in parties), parties


_EDITOR = ("كما طالب نائب رئيس تحرير جريدة \"الشروق\" اليومية، نور الدين بالطيب، الحزب الحاكم في تونس الذي يستضيف "
           "الرئيس الفرنسي السابق، بإصدار بيان توضيحي حول تصريحات ساركوزي.")


def test_deputy_editor_in_chief_is_media(nlp):
    """«نائب رئيس تحرير جريدة "الشروق"» (2015-07-22 #1740): a journalist (MED), not a vice-president (GOV)."""
    actors = _parties(nlp, _EDITOR, "REQUEST", "actor")
    assert any(s == "MED" for _, s, _ in actors), actors
    assert not any(s == "GOV" for _, s, _ in actors), actors


_ANBAR = ("لقي 28 شخصاً من عناصر تنظيم \"داعش\" الإرهابي مصرعهم في حوادث أمنية متفرقة غربي العراق. "
          "وقال مصدر أمني في محافظة الأنبار إن القتلى سقطوا في قصف على مواقعهم في الرمادي. "
          "وأضاف أن القوات العراقية تواصل عملياتها في المحافظة.")


def test_persons_told_of_a_group_by_min_are_not_the_lands(nlp):
    """«لقي 28 شخصاً من عناصر تنظيم داعش مصرعهم … غربي العراق» (2015-07-27 #1045): the group's members, no Iraqi
    persons."""
    recipients = _parties(nlp, _ANBAR, "ASSAULT")
    assert not any(code == "IRQ" and t.startswith("شخص") for code, _, t in recipients), recipients
