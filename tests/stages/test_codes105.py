"""Round 105 (codes105): codes of parties the coder finds, from the judged slices 2015-07-22 #400–799 and 2015-07-31
#1360–1759: in a story of several states, the civilians and bodies an attack, arrest or sentence hits or holds in a
place its own clause names, and the police or courts who arrest or sentence there, are that place's (not tourists,
expatriates or pilgrims); a company, the opposition or a party of a one-country story is that country's; a rebel
group called armed after its name stays rebels; Sarkozy in 2015 leads a party, no government."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

_parties = parties_reader(_DATE)
_actors = parties_reader("2015-07-31", "actor")

_BAQUBA = ("أفادت مصادر أمنية عراقية أمس بمقتل 24 مدنيا وإصابة 37 آخرين في مدينة بعقوبة (57 كم شمال شرقي بغداد). "
           "وقالت المصادر إن عبوة ناسفة انفجرت في حي اليرموك الثانية غربي بعقوبة ما أدى إلى مقتل ستة مدنيين وإصابة 11 "
           "آخرين. من ناحيتها، أعلنت قوات البيشمركة الكردية أمس أنها تمكنت من قتل أبو قتادة المغربي و21 مسلحا آخرين "
           "من تنظيم (داعش) في معارك متفرقة. وزار وزير الخارجية الأمريكي بغداد الأسبوع الماضي.")


def test_civilians_killed_in_a_named_town_are_its_land_s(nlp):
    """«بمقتل 24 مدنيا … في مدينة بعقوبة» (2015-07-22 #734) of a story naming Iraq, the Kurds, Morocco and the US:
    the civilians are IRQ/CVL, so are those of the bomb «في حي اليرموك … غربي بعقوبة»."""
    parties = _parties(nlp, _BAQUBA, "ASSAULT")
    assert ("IRQ", "CVL", "مدنيا") in parties, parties
    assert ("IRQ", "CVL", "مدنيين") in parties, parties


_SOUSSE = ("ليس من المستغرب أن يكون سيف الدين الرزوقي - منفذ الهجوم على السياح في سوسة، تونس، - قد تلقى تدريبه في "
           "معسكر في ليبيا. وقال مسؤول ليبي إن المعسكرات تنتشر في غرب البلاد. وأعلنت الحكومة البريطانية أن معظم "
           "الضحايا من مواطنيها.")


def test_tourists_hit_in_a_town_are_not_its_land_s(nlp):
    """«منفذ الهجوم على السياح في سوسة» (2015-07-22 #530): tourists are in a land not their own; no TUN/CVL."""
    parties = _parties(nlp, _SOUSSE, "ASSAULT")
    assert not any(code == "TUN" for code, _, _ in parties), parties


_FOUA = ("وأفاد المرصد السوري لحقوق الإنسان أمس عن مقتل سبعة أشخاص في أكثر من 300 قذيفة محلية الصنع صاروخية "
         "ومدفعية سقطت على بلدتي الفوعة وكفريا في محافظة ادلب في شمال غرب البلاد. وقالت إيران إنها تدعم الحكومة. "
         "وأعلنت الولايات المتحدة أن طائراتها قصفت مواقع لتنظيم داعش في العراق.")


def test_persons_killed_by_shells_on_towns_are_their_land_s(nlp):
    """«مقتل سبعة أشخاص في … قذيفة … سقطت على بلدتي الفوعة وكفريا في محافظة ادلب» (2015-07-22 #536, #682): SYR/CVL."""
    assert ("SYR", "CVL", "أشخاص") in _parties(nlp, _FOUA, "ASSAULT")


_QAEDA = ("وكان تنظيم القاعدة في اليمن أقر في منتصف يونيو بمقتل زعيمه في اليمن ناصر الوحيشي في غارة لطائرة أمريكية "
          "من دون طيار. وقتل مسؤولان آخران من التنظيم في اليمن في أبريل. وقالت السعودية إن التنظيم يهدد المنطقة.")


def test_officials_of_a_group_killed_in_a_land_are_not_its_government(nlp):
    """«وقتل مسؤولان آخران من التنظيم في اليمن» (2015-07-31 #2044): officials of a group, no YEM/GOV: an official, a
    force or a party hit in a place may be any land's or a group's."""
    parties = _parties(nlp, _QAEDA, "ASSAULT")
    assert not any(code == "YEM" and sector == "GOV" for code, sector, _ in parties), parties


_OMAN = ("ونقلت الطفلة السعودية زينب إلى المستشفى في صلالة بعد إصابتها بطلق ناري. وعبر والدها عن شكره لسفارة المملكة "
         "في سلطنة عمان وللسفير السعودي عيد الثقفي الذي تابع الحالة الصحية اولا بأول، مثمنا الجهود التي بذلتها كافة "
         "الاجهزة الحكومية في سلطنة عمان، وكذلك قيام الجهات الامنية بمتابعة الملف والقبض على الشخص المتسبب في اطلاق "
         "النار. وكانت الأسرة قد سافرت من الرياض إلى عمان لقضاء إجازة العيد.")


def test_security_bodies_arresting_in_a_land_are_its_police(nlp):
    """«قيام الجهات الامنية … بالقبض على الشخص المتسبب» after «في سلطنة عمان» of a Saudi paper's story (2015-07-31
    #1681): the arresters are OMN/COP, not a land-less police."""
    assert ("OMN", "COP", "الجهات الامنية") in _actors(nlp, _OMAN, "COERCE")


_PETROBRAS = ("أزيح النقاب عن المزيد من تفاصيل فضيحة الفساد التي تحيط بشركة الطاقة البرازيلية العملاقة \"بتروبراس\"، "
              "حيث يعتزم مسؤولون في وزارة العدل توجيه الاتهام إلى رئيس شركة البناء الدولية العملاقة \"أودبريشت\"، وفقا "
              "لتقرير إخباري نشر الاثنين الماضي. واعتقل أودبريشت يونيو الماضي علاوة على عدد من كبار المسؤولين في شركته. "
              "وتعد بتروبراس شركة النفط البرازيلية شبه حكومية، في قلب الفضيحة.")


def test_company_head_of_a_one_country_story_is_its_business(nlp):
    """«توجيه الاتهام إلى رئيس شركة البناء» of a Brazilian story (2015-07-22 #788): BRA/BUS, as its officials are
    BRA/GOV."""
    parties = _parties(nlp, _PETROBRAS, "ACCUSE")
    assert any(code == "BRA" and sector == "BUS" for code, sector, _ in parties), parties


_HOUTHI = ("وكان تنسيقي المقاومة الشعبية اتهم في بيان أصدره جماعة الحوثيين المسلحة والعناصر الموالية لصالح باستهداف "
           "مكتب الاتصالات بقذائف الدبابة المتمركزة في منطقة ثعبات.")


def test_armed_group_of_named_rebels_is_rebels(nlp):
    """«جماعة الحوثيين المسلحة» (2015-07-22 #678): «armed» said of the Houthis' group after its name; the group is
    YEM/REB as the Houthis are, no unnamed armed men (UAF)."""
    parties = _parties(nlp, _HOUTHI, "ACCUSE")
    assert ("YEM", "REB", "جماعة الحوثيين المسلحة") in parties, parties


def test_sarkozy_in_2015_leads_a_party(nlp):
    """«نرحب بساركوزي» (2015-07-22 #769): in 2015 Sarkozy heads Les Républicains, FRA/PTY, no longer a government's."""
    text = "وقال محسن مرزوق نحن نرحب بساركوزي وكل من ينوي زيارة تونس."
    parties = _parties(nlp, text, "SUPPORT")
    assert ("FRA", "PTY", "ساركوزي") in parties, parties


_FIAT = ("أعلنت السلطات الأمريكية يوم الأحد فرض غرامة على شركة صناعة السيارات \"فيات كرايسلر\" تبلغ 105 ملايين دولار "
         "وذلك لانتهاكها شروط السلامة. وقالت الوزارة إن الشركة ستدفع الغرامة. وأضافت أن الشركة وافقت على شراء 500 ألف "
         "سيارة من مالكيها.")


def test_company_named_in_quotes_keeps_no_land(nlp):
    """«فرض غرامة على شركة صناعة السيارات "فيات كرايسلر"» (2015-07-27 #205): a company named in quotes may be any
    land's; no USA/BUS from the US story."""
    parties = _parties(nlp, _FIAT, "SANCTION")
    assert parties and not any(code == "USA" and sector == "BUS" for code, sector, _ in parties), parties


_ISTANBUL = ("وقالت وكالة الأناضول إن الشرطة التركية اعتقلت عشرات الأشخاص. وأعلنت الحكومة الأمريكية دعمها لتركيا. "
             "واستخدم الأمن القنابل المسيلة للدموع لتفريق المتظاهرين الذين احتجوا على العمليات العسكرية التي يقوم بها "
             "الجيش التركي ضد مسلحي حزب العمال الكردستاني في شمال العراق.")


def test_place_in_a_relative_clause_is_not_the_act_s(nlp):
    """«لتفريق المتظاهرين الذين احتجوا على العمليات … في شمال العراق» (2015-07-27 #922): Iraq is where the operations
    are, not where the police dispersed the protest; no IRQ/COP."""
    actors = _actors(nlp, _ISTANBUL, "COERCE")
    assert not any(code == "IRQ" for code, _, _ in actors), actors


_EXECUTION = ("بفضل من الله تم القبض على المدعو : قاسم محمد الهلال – سوري الجنسية – إثر قيامه بتهريب كمية كبيرة من "
              "حبوب الإمفيتامين المحظورة، وأسفر التحقيق معه عن اتهامه بما نسب إليه.\nوقد تم تنفيذ حكم القتل في الجاني : "
              "قاسم محمد الهلال – سوري الجنسية – اليوم الخميس الموافق 14 / 10 / 1436هـ في منطقة الرياض، بمحافظة "
              "حريملاء.\nووزارة الداخلية إذ تعلن ذلك لتؤكد للعموم حرص حكومة خادم الحرمين الشريفين – حفظه الله – على "
              "محاربة المخدرات بأنواعها، لما تسببه من أضرار جسيمة على الفرد والمجتمع، وإيقاع أشد العقوبات على "
              "مرتكبيها، مستمدة منهجها من شرع الله القويم، وهي تحذر في الوقت نفسه كل من يقدم على ذلك بأن العقاب الشرعي "
              "سيكون مصيره.")


def test_a_person_s_nationality_names_no_other_state(nlp):
    """«قاسم محمد الهلال سوري الجنسية» executed in a Saudi story (2015-07-31 #1457, #1645, #1813): the nationality is the
    culprit's, no other state the story names, so the story's land is Saudi Arabia and «وزارة الداخلية» that warns is
    SAU/GOV."""
    actors = _actors(nlp, _EXECUTION, "THREATEN")
    assert ("SAU", "GOV", "وزارة الداخلية") in actors, actors
