"""Round 88 (codes88): codes and sectors of parties the mention layer finds, from the judged dev slice 2015-07-27
#0–304: extremists storming al-Aqsa are Israeli (ISR/CVL), not rebels of no country; a deputy's construct title
takes the sector of the union it leads (EGY/CVL, no government); the Naqshbandi Army is IRQ/REB; a nisba ending a
nom de guerre («أبو عبد الله البريطاني») is no nationality, so the Islamic State fighter stays the group's; a bare
body word that no lexicon row reads («المجلس»، «المنظمة»، «اللجنة») after the long name of an IGO is that IGO; the Jordanian
government spokesman, a UN official and a volunteer team are coded as what they are."""

_DATE = "2015-07-27"


def _parties(nlp, text, kind, side="actor"):
    """(code, sector, text) of the actors (or recipients) of the events of `kind` the whole pipeline codes."""
    return [(p.code, p.sector, p.text) for e in nlp(text, published=_DATE).events if e.event == kind
            for p in getattr(e, side)]


_AQSA = ("وقالت إن ما قامت به قوات الاحتلال الغاشمة بمرافقة مغتصبين ومتطرفين لاقتحام وتدنيس المسجد الأقصى المبارك "
         "وإغلاق بواباته ،والتعدي على المصلين الموجودين في باحاته ليعدُّ انتهاكًا لحرمة المسجد الأقصى.")

_STORMERS = ("من جانبها، دانت جامعة الدول العربية بشدة اقتحام قوات جيش الاحتلال الإسرائيلي ومستوطنين ومتطرفين ووزير في "
             "الحكومة الإسرائيلية باحات المسجد الأقصى.")


def test_extremists_storming_al_aqsa_are_israeli(nlp):
    """«قوات الاحتلال … بمرافقة مغتصبين ومتطرفين لاقتحام … المسجد الأقصى» (2015-07-27 #45): ISR/CVL, not None/REB;
    extremists in a sentence without al-Aqsa get no Israeli code."""
    actors = _parties(nlp, _AQSA, "COERCE")  # (round 94: the forces the extremists escort are the doer)
    assert ("ISR", "MIL", "قوات الاحتلال") in actors
    assert (None, "REB", "متطرفين") not in actors
    stormers = _parties(nlp, _STORMERS, "COERCE")
    assert ("ISR", "CVL", "متطرفين") in stormers
    assert (None, "REB", "متطرفين") not in stormers
    elsewhere = _parties(nlp, "وهاجم المتطرفون مركزا للشرطة في شمال مالي.", "ASSAULT")
    assert not any(code == "ISR" for code, _, _ in elsewhere)  # (no al-Aqsa: no Israelis)


_UNION = ("أشاد مصطفى النفياوي، نائب رئيس الاتحاد العام للمصريين في الخارج فرع السعودية بالقرارات الجديدة المنظمة "
          "لحركة العمالة الوافدة.")


def test_deputy_of_a_diaspora_union_is_egyptian_civilian(nlp):
    """«نائب رئيس الاتحاد العام للمصريين في الخارج» (2015-07-27 #0): EGY/CVL, not None/GOV."""
    actors = _parties(nlp, _UNION, "SUPPORT")
    assert [(code, sector) for code, sector, _ in actors] == [("EGY", "CVL")]


_NAQSHBANDI = ("وتابع مموزيني: «اندلعت معارك ضارية بين تنظيم داعش وجيش النقشبنديين التابع لحزب البعث في ناحية القيارة "
               "(جنوب الموصل)، وأسفرت المواجهات عن مقتل 13 مسلحا بين الطرفين».")


def test_naqshbandi_army_is_iraqi_rebels(nlp):
    """«وجيش النقشبنديين التابع لحزب البعث» (2015-07-27 #137): IRQ/REB, not the Baath party's INT/PTY."""
    recipients = _parties(nlp, _NAQSHBANDI, "ASSAULT", "recipient")
    assert ("IRQ", "REB", "جيش النقشبنديين") in recipients
    assert not any(code == "INT" for code, _, _ in recipients)


_KUNYA = ("حالة الترقب انتهت، إحساس بالراحة»، تلك هي الكلمات التي سرد من خلالها مقاتل «داعش» الملقب بأبي عبد الله "
          "البريطاني نداءه يوم 10 مايو (أيار) على موقع التواصل «تويتر» لكل من يسعى في الغرب لأن يصبح «جهاديا».")


def test_nisba_of_a_nom_de_guerre_is_no_nationality(nlp):
    """«مقاتل «داعش» الملقب بأبي عبد الله البريطاني نداءه» (2015-07-27 #70): the Islamic State's fighter, not GBR."""
    actors = _parties(nlp, _KUNYA, "REQUEST")
    assert any(code == "IMG" for code, _, _ in actors)
    assert not any(code == "GBR" for code, _, _ in actors)


_GCC = "ورحب مجلس التعاون الخليجي بعودة السفراء إلى صنعاء. ودعا المجلس الحوثيين إلى الانسحاب من المدن."


def test_bare_council_after_the_gcc_is_the_gcc(nlp):
    """«ودعا المجلس الحوثيين» after «مجلس التعاون الخليجي»: the GCC (IGO) calls on the Houthis; «المجلس الأعلى»,
    with an adjective, is another council, and so is a bare «المجلس» of a story naming the cabinet too."""
    actors = _parties(nlp, _GCC, "REQUEST")
    assert ("IGO", None, "المجلس") in actors
    other = "ورحب مجلس التعاون الخليجي بعودة السفراء. ودعا المجلس الأعلى للقضاء الحكومة إلى الإسراع في المحاكمات."
    assert not any(code == "IGO" for code, _, _ in _parties(nlp, other, "REQUEST"))  # (another council)
    cabinet = ("قدر مجلس الوزراء بمناسبة الذكرى لقيام مجلس التعاون لدول الخليج العربية قوة ترابط دوله. وأعرب المجلس عن "
               "الشكر والتقدير لما عبر عنه الرئيس هادي.")  # (2015-07-24 #263: two councils, «المجلس» is either)
    assert not any(code == "IGO" for code, _, _ in _parties(nlp, cabinet, "SUPPORT"))


_WHO = ("وقالت منظمة الصحة العالمية إن الوباء انتشر في غرب أفريقيا. وحذرت المنظمة الحكومات من تفشي المرض مجددا.")


def test_bare_organisation_after_the_who_is_the_who(nlp):
    """«وحذرت المنظمة الحكومات» after «منظمة الصحة العالمية»: «المنظمة» is the WHO (IGO), and no
    «المنظمة الحكومات» phrase of a government."""
    found = [(m.label, m.text) for m in nlp(_WHO, published=_DATE).mentions if m.kind in ("actor", "agent")]
    assert ("IGO", "المنظمة") in found
    assert ("GOV", "المنظمة الحكومات") not in found


_AMNESTY = ("اتهمت منظمة العفو الدولية الجيش النيجيري بارتكاب جرائم حرب. وانتقدت المنظمة الحكومة النيجيرية لعدم "
            "التحقيق.")


def test_bare_organisation_after_amnesty_criticises_nigeria(nlp):
    """«وانتقدت المنظمة الحكومة النيجيرية» after «منظمة العفو الدولية»: Amnesty (NGO) criticises NGA/GOV; no
    «المنظمة الحكومة» phrase coded NGA/GOV as the actor."""
    events = [e for e in nlp(_AMNESTY, published=_DATE).events if e.trigger.text == "انتقدت"]
    assert [(p.code, p.text) for e in events for p in e.actor] == [("NGO", "المنظمة")]
    assert ("NGA", "GOV") in [(p.code, p.sector) for e in events for p in e.recipient]


_MOMANI = ("وقال الناطق الرسمي باسم الحكومة محمد المومني، إن اقتحام المسجد الأقصى انتهاك لمشاعرنا. وطالب المومني "
           "الحكومة الإسرائيلية بتحمّل مسؤولياتها.")


def test_momani_is_jordans_government(nlp):
    """«وطالب المومني الحكومة الإسرائيلية» (2015-07-27 #140): JOR/GOV, not a party of no code."""
    actors = _parties(nlp, _MOMANI, "REQUEST")
    assert ("JOR", "GOV", "المومني") in actors


def test_un_official_is_the_un(nlp):
    """«والتقى المسؤول الأممي فور وصوله فريقاً حكومياً» (2015-07-27 #55): IGO, not None/GOV."""
    text = "والتقى المسؤول الأممي فور وصوله فريقاً حكومياً ضم محافظ عدن."
    actors = _parties(nlp, text, "CONSULT")
    assert ("IGO", None, "المسؤول الأممي") in actors


def test_volunteer_ambassadors_are_no_diplomats(nlp):
    """«شارك فريق سفراء التطوع بالشراكة مع مبادرة» (2015-07-27 #28): no GOV party."""
    text = ("بهدف رسم الابتسامة على وجوه الأطفال ذوي الاحتياجات الخاصة شارك فريق سفراء التطوع بالشراكة مع مبادرة "
            "“نرسم بسمتهم” تحت شعار “فرحتنا معهم” بتقديم الهدايا للأطفال في احتفال حديقة الإرادة والذي أقامته أمانة جدة ضمن "
            "فعاليات “عيدكم عيدنا” برعاية وحضور أمين محافظة جدة الدكتور هاني بن محمد أبوراس.")
    assert not any(sector == "GOV" for e in nlp(text, published=_DATE).events for side in (e.actor, e.recipient)
                   for sector in [p.sector for p in side])
