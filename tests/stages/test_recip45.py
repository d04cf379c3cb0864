"""Round 45 (recip45): recipients left empty though the sentence names them (people counted past an arrest's time
and place, the genitive owner of the places an attack hit, the one two joined help nouns go to), and weapons taken
for the party an act befell."""


def _of(art, kind):
    """The events of one type in an annotated article."""
    return [e for e in art.events if e.event == kind]


def _rec(art, kind):
    """The recipients' words of each event of one type."""
    return [[r.text for r in e.recipient] for e in _of(art, kind)]


def test_people_counted_past_the_time_and_place_of_an_arrest_are_arrested(nlp):
    art = nlp("أعلن رئيس الوزراء التركي أن الشرطة التركية اعتقلت منذ الجمعة في جميع أنحاء تركيا 590 شخصا "
              "متهمين بالارتباط بتنظيم داعش.")
    arrests = _of(art, "COERCE")
    assert arrests and [a.code for a in arrests[0].actor] == ["TUR"]
    assert any("شخصا" in r.text for r in arrests[0].recipient)


def test_a_total_count_of_people_detained_is_the_recipient(nlp):
    art = nlp("وأفاد بيان صدر عن مكتب أوغلو بأنه تم توقيف عدد إجماليا بلغ 251 شخصا لانتمائهم إلى جماعات إرهابية.")
    assert ["شخصا"] in _rec(art, "COERCE")


def test_police_counted_arrests_past_adjuncts_are_not_read_as_a_passive(nlp):
    art = nlp("واعتقلت الشرطة خلال حملة في الرياض 12 مطلوبا.")
    arrests = _of(art, "COERCE")
    assert arrests and [a.text for a in arrests[0].actor] == ["الشرطة"]
    assert not any(r.text == "الشرطة" for r in arrests[0].recipient)


def test_a_count_killed_by_the_arrested_is_not_arrested(nlp):
    art = nlp("اعتقلت الشرطة المتهم بقتل 3 أشخاص.")
    assert not any(r.text == "أشخاص" for e in _of(art, "COERCE") for r in e.recipient)


def test_the_owner_of_depots_hit_by_strikes_is_the_target(nlp):
    art = nlp("شنت الطائرات غارات على مخازن أسلحة الحوثيين.")
    assert ["الحوثيين"] in _rec(art, "ASSAULT")


def test_an_indefinite_adjective_after_the_place_noun_is_no_target(nlp):
    art = nlp("وكان عبد العزيز، 24 عامًا، أطلق النار الخميس على مركزين عسكريين في مدينة تشاتانوغا: الأول مكتب "
              "للتجنيد لقوات المارينز.")
    assert ["قوات المارينز"] in _rec(art, "ASSAULT")


def test_aid_joined_to_relief_goes_to_the_people_after_both(nlp):
    art = nlp("هبطت اليوم بمطار عدن الدولي طائرة عسكرية تابعة لدولة الإمارات العربية المتحدة تحمل مساعدات إنسانية "
              "ومواد إغاثة للشعب اليمني الشقيق.")
    aid = _of(art, "AID")
    assert aid and [r.code for r in aid[0].recipient] == ["YEM"]


def test_the_artillery_fired_with_is_no_target(nlp):
    art = nlp("من جانبها ردت القوات المسلحة السعودية على مصدر النيران وبقوة عبر طائرات الأباتشي والمدفعية في المواقع "
              "المحاذية للشريط الحدودي.")
    assert not any(r.text == "المدفعية" for e in art.events for r in e.recipient)


def test_seized_tanks_are_no_recipient_their_owner_is(nlp):
    art = nlp("كما أفاد مصدر محلي بأن المقاومة الجنوبية استولت على دبابتين وعربتي همر ومدفع هاون.")
    assert not any(r.text == "دبابتين" for e in _of(art, "COERCE") for r in e.recipient)
    art = nlp("كما استولت المقاومة على أربع دبابات للمسلحين، وحاصرت معسكرا شمال قاعدة العند.")
    assert any("مسلحين" in r.text for e in _of(art, "COERCE") for r in e.recipient)
