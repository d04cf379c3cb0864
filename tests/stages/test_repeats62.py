"""Round 62, repeats: one act told twice is coded once — a protest and its «احتجاجاً على» purpose noun, the dead and
the wounded told as others after «فيما», a strike told again by the noun of its verb's subject, an ambush whose toll
tells the lead's killing again with its count, and a headline told again by the body right after it; and a current
visit («زيارته الحالية») is not a past visit told again."""


def _events(nlp, text, published="2015-07-24"):
    """(type, trigger, actor texts, recipient texts, date) of every event of `text`."""
    return [(e.event, e.trigger.text, [m.text for m in e.actor], [m.text for m in e.recipient], e.date)
            for e in nlp(text, published=published).events]


def test_a_protest_and_its_purpose_noun_are_one_protest(nlp):
    """«وتظاهر آلاف الطلاب أمام مقر الحكومة في عمّان احتجاجاً على رفع أسعار الوقود»: one protest, the students'."""
    text = ("وتظاهر آلاف الطلاب أمام مقر الحكومة في عمّان احتجاجاً على رفع أسعار الوقود، مطالبين الحكومة بالتراجع عن "
            "القرار.")
    protests = [e for e in _events(nlp, text) if e[0] == "PROTEST"]
    assert len(protests) == 1
    assert protests[0][1] == "تظاهر" and protests[0][2] == ["الطلاب"]
    assert not any(e[1] == "احتجاجاً" for e in protests)


def test_the_wounded_told_as_others_after_fima_are_the_same_blast(nlp):
    """«قُتل أربعة من عناصر القوات المسلحة المصرية بينهم ضابط فيما أصيب ثلاثة آخرون اليوم، إثر انفجار عبوة ناسفة»:
    one assault, the dead soldiers its victims; no second event for the wounded."""
    text = ("قُتل أربعة من عناصر القوات المسلحة المصرية بينهم ضابط فيما أصيب ثلاثة آخرون اليوم، إثر انفجار عبوة ناسفة "
            "بمحافظة شمال سيناء.")
    assaults = [e for e in _events(nlp, text) if e[0] == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0][1] == "قُتل"
    assert not any(e[1] == "أصيب" for e in assaults)


def test_a_strike_told_again_by_the_noun_of_its_subject_is_one_strike(nlp):
    """«غارة جوية أمريكية في أفغانستان قتلت قيادياً … وذكر أن الغارة استهدفت أبا خليل السوداني»: one strike by the
    United States, the man killed (named in full, a person with no state's code) its recipient; «الغارة» no strike of
    its own."""
    text = ("أعلن الجيش الأمريكي أمس الجمعة أن غارة جوية أمريكية في أفغانستان قتلت قيادياً ميدانياً كبيراً بتنظيم "
            "القاعدة، وذكر أن الغارة استهدفت أبا خليل السوداني، وأنه قُتل في ضربة وقعت في 11 يوليو/ تموز في منطقة "
            "برمال بإقليم بكتيكا الأفغاني.")
    assaults = [e for e in _events(nlp, text, published="2015-07-25") if e[0] == "ASSAULT"]
    assert not any(e[1] == "الغارة" for e in assaults)
    killing = [e for e in assaults if e[1] == "قتلت"]
    assert len(killing) == 1 and killing[0][2] == ["أمريكية"] and killing[0][3] == ["أبا خليل السوداني"]


def test_an_ambush_whose_toll_tells_the_leads_killing_again_is_one_act(nlp):
    """«بمقتل ثمانية مسلحين حوثيين في كمين نصبته المقاومة الشعبية» … «نصبت كمينا مسلحا … ما أسفر عن مقتل 8
    حوثيين»: the body tells the lead's ambush again by its toll; one assault, not two."""
    text = ("وأفادت مصادر محلية بمقتل ثمانية مسلحين حوثيين في كمين نصبته المقاومة الشعبية بمدينة رداع بمحافظة البيضاء "
            "وسط اليمن.\n"
            "وقالت إن المقاومة الشعبية نصبت كمينا مسلحا استهدف دورية عسكرية تابعة للحوثيين في جبل الثعالب بقيفة رداع، "
            "ما أسفر عن مقتل 8 حوثيين.")
    assaults = [e for e in _events(nlp, text, published="2015-07-25") if e[0] == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0][2] == ["المقاومة الشعبية"]
    assert not any(e[1] == "كمينا" for e in assaults)


def test_a_headline_told_again_by_the_body_is_the_bodys_arrest(nlp):
    """«* شرطة تايوان تعتقل طلابًا …» then «… أن الشرطة اعتقلت أمس طلابا»: one arrest, the body's, dated the day
    before, its police («الشرطة», its evidence in the body's sentence) coded Taiwan's from the headline."""
    text = ("* شرطة تايوان تعتقل طلابًا اقتحموا مقر وزارة التعليم\n"
            "* تايبيه - «الشرق الأوسط»: ذكرت وكالة الأنباء المركزية التايوانية، أن الشرطة اعتقلت أمس طلابا كانوا "
            "يتظاهرون ضد التغييرات في المناهج الدراسية بالمدارس، بعد أن اقتحموا مكتب وزير التعليم.")
    arrests = [e for e in _events(nlp, text, published="2015-07-25") if e[0] == "COERCE" and e[1] != "اقتحموا"]
    assert len(arrests) == 1
    assert arrests[0][1] == "اعتقلت" and arrests[0][2] == ["الشرطة"] and arrests[0][4] == "2015-07-24"
    arrest = next(e for e in nlp(text, published="2015-07-25").events if e.trigger.text == "اعتقلت")
    assert [(m.code, m.sector) for m in arrest.actor] == [("TWN", "COP")]


def test_a_current_visit_is_not_an_undated_past_visit_told_again(nlp):
    """«في المرة الأولى التي زار الرئيس الأميركي باراك أوباما فيها كينيا» … «وتعد زيارته الحالية إلى كينيا»: two
    visits, the current one kept."""
    text = ("في المرة الأولى التي زار الرئيس الأميركي باراك أوباما فيها كينيا، موطن والده، كان يأمل في أن يشغل «حيزا "
            "كبيرا من الفراغ» يشعر به في داخله.\n"
            "وتعد زيارته الحالية إلى كينيا، والمتبوعة بزيارة أخرى إلى إثيوبيا، هي الزيارة الرابعة إلى جنوب الصحراء "
            "الأفريقية كرئيس دولة.")
    visits = [e for e in _events(nlp, text) if e[0] == "CONSULT"]
    assert any(e[1] == "زار" for e in visits)
    assert any(e[1] == "زيارته" and e[3] == ["كينيا"] for e in visits)


def test_a_meeting_told_again_with_the_side_it_lacked_is_one_meeting(nlp):
    """«كما التقت موغيريني … بالرئيس القبرصي» told first without its host read, then «وقالت موغيريني خلال لقائها
    بالرئيس القبرصي»: one meeting, Mogherini's with the Cypriot president."""
    text = ("رحبت الممثلة العليا للاتحاد الأوروبي فيديريكا موغيريني بالتقدم في المحادثات.\n"
            "كما التقت موغيريني في القصر الرئاسي في نيقوسيا.\n"
            "وقالت موغيريني خلال لقائها بالرئيس القبرصي إن المحادثات جيدة.")
    meetings = [e for e in _events(nlp, text) if e[0] == "CONSULT" and e[1] in ("التقت", "لقائها")]
    assert len(meetings) == 1 and meetings[0][1] == "التقت" and meetings[0][3] == ["الرئيس القبرصي"]


def test_raids_told_again_in_detail_by_a_verb_are_the_same_raids(nlp):
    """«نفذت الشرطة التركية مداهمات في 13 ولاية» … «وقالت إن قوات الأمن داهمت اكثر من 100 موقع»: the raids told
    again in detail, one event, the Turkish police's."""
    text = ("نفذت الشرطة التركية مداهمات في 13 ولاية واعتقلت 297 شخصا.\n"
            "وقالت إن قوات الأمن داهمت اكثر من 100 موقع.")
    raids = [e for e in _events(nlp, text, published="2015-07-25") if e[0] == "COERCE" and e[1] in ("مداهمات", "داهمت")]
    assert len(raids) == 1 and raids[0][1] == "مداهمات" and raids[0][2] == ["الشرطة التركية"]


def test_the_wounded_told_again_in_a_relative_clause_are_the_attacks_victims(nlp):
    """«قتل شرطي تركي وأصيب آخر بالرصاص اليوم في هجوم نفذه ملثمون» … «ونقل الشرطيان اللذان أصيبا بجروح خطيرة»: the
    relative clause tells the victims of the attack again, no assault of its own."""
    text = (" قتل شرطي تركي وأصيب آخر بالرصاص اليوم في هجوم نفذه ملثمون في أحد أحياء دياربكر كبرى مدن جنوب شرق "
            "تركيا.\n"
            " وأفادت مصادر في الشرطة التركية أن مجموعة مسلحين فتحت النار على الشرطيين اللذين استدعيا بعد وقوع حادث سير "
            "في حي شهيدلك ذو الغالبية الكردية.\n"
            " ونقل الشرطيان اللذان أصيبا بجروح خطيرة إلى أحد مستشفيات المدينة حيث توفي أحدهما متاثرا بإصابته.")
    assaults = [e for e in _events(nlp, text) if e[0] == "ASSAULT"]
    assert not any(e[1] == "أصيبا" for e in assaults)
    assert any(e[1] == "قتل" and e[2] == ["ملثمون"] for e in assaults)
