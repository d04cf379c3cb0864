"""Round 93: parties the judges of 2015-07-27 found in the wrong role, read from agreement and from where a phrase
stands. A masculine verb before a plural in ات in construct has it for its object («وطالب قوات التحالف
بالاستمرار»: the coalition is asked, not asking), unless the verb carries its own object («احتجزتهم قوات المقاومة»);
a feminine verb before a masculine office or person has it for its object («القوى الجنوبية اعتقلت القائد العسكري»:
the commander was arrested); the genitive in a preposition opening the sentence is no subject («وفي ردود الفعل
الفلسطينية دعا الشيخ محمد حسين»: the mufti calls); and whom the actor is loyal to is no recipient («المنطقة العسكرية
الثالثة الموالية للرئيس عبد ربه منصور هادي مواقع الحوثيين»: the Houthis were shelled, not Hadi). A verb that takes no
object spelled with a pronoun is the verbal noun, done by the subject of the verb of saying before it («أعلنت
المقاومة الشعبية سيطرتها على عدد من مواقع الحوثيين»: the resistance took the sites). A when set off by two commas
between a light verb and its event noun keeps the verb's subject («نفذت المقاومة الشعبية في إقليم آزال، في وقت متأخر
أول من أمس، هجوما»). A verbal noun with a pronoun before a home with its owner's pronoun is done by the one named
before it («برصاص الجيش الإسرائيلي بعد اقتحامه منزله»: the army stormed the house)."""

PUBLISHED = "2015-07-27"  # the day the parties fixture (conftest) publishes the texts on

COALITION = ("وأكد القميشي أن قوات التحالف تقوم بدور فعال وناجح لاستعادة اليمن، وطالب قوات التحالف بالاستمرار في "
             "توجيه الضربات العسكرية لدعم المقاومة.")
HELD = ("وقالت مصادر في الضالع ان عدد الأسرى من المتمردين بلغ 120، احتجزتهم قوات المقاومة في منطقة الأزارق "
        "بالضالع.")
COMMANDER = "وقالت حركة المقاومة إن القوى الجنوبية اعتقلت القائد العسكري عبدالخالق الحوثي."
MUFTI = ("وفي ردود الفعل الفلسطينية دعا الشيخ محمد حسين، المفتي العام للقدس والديار الفلسطينية، إلى محاكمة سلطات "
         "الاحتلال دوليا على جرائمها.")
LOYAL = ("وأوضحت المصادر، أن الطرفين استخدما الأسلحة الثقيلة والمتوسطة، كما قصفت المنطقة العسكرية الثالثة الموالية "
         "للرئيس عبد ربه منصور هادي مواقع الحوثيين وقوات صالح بالمدفعية.")

CONTROL = "يأتي ذلك فيما أعلنت المقاومة الشعبية سيطرتها على عدد من مواقع الحوثيين شمالي المدينة."

RAID = ("وفي صنعاء، نفذت المقاومة الشعبية في إقليم آزال، في وقت متأخر أول من أمس، هجوما استهدف نقطة تابعة لميليشيات "
        "الانقلابيين، في جولة كنتاكي وسط العاصمة.")

HOME = ("وذكرت المصادر أن الشاب البالغ (20 عاما) قضى برصاص الجيش الإسرائيلي بعد اقتحامه منزله لاعتقاله ومحاولته "
        "الهرب.")


def _texts(parties):
    """The texts of a list of (text, code, sector) parties."""
    return [p[0] for p in parties]


def test_a_plural_in_construct_after_a_masculine_verb_is_its_object(parties):
    """«وطالب قوات التحالف بالاستمرار»: the coalition forces are asked (recipient), never the ones asking; but
    «احتجزتهم قوات المقاومة»: the resistance forces held them, the actor."""
    actor, recipient = parties.of(COALITION, "REQUEST")
    assert all("التحالف" not in a for a in _texts(actor))
    assert any("قوات التحالف" in r for r in _texts(recipient))
    actor, _ = parties.of(HELD, "COERCE")  # «احتجزتهم قوات المقاومة»: a verb with its object attached keeps its subject
    assert any("قوات المقاومة" in a for a in _texts(actor))


def test_a_masculine_office_after_a_feminine_verb_is_its_object(parties):
    """«القوى الجنوبية اعتقلت القائد العسكري»: the commander is the one arrested, not the actor."""
    actor, recipient = parties.of(COMMANDER, "COERCE")
    assert all("القائد" not in a for a in _texts(actor))
    assert any("القائد العسكري" in r for r in _texts(recipient))


def test_the_genitive_in_an_opening_preposition_is_no_subject(parties):
    """«وفي ردود الفعل الفلسطينية دعا الشيخ محمد حسين»: the mufti calls (actor); «الفعل الفلسطينية» is no party."""
    actor, recipient = parties.of(MUFTI, "REQUEST")
    assert any("الشيخ محمد حسين" in a for a in _texts(actor))
    assert all("الفعل" not in p for p in _texts(actor + recipient))
    assert all("محمد حسين" not in r for r in _texts(recipient))


def test_whom_the_actor_is_loyal_to_is_no_recipient(parties):
    """«المنطقة العسكرية الثالثة الموالية للرئيس … هادي مواقع الحوثيين وقوات صالح»: the Houthis and Saleh's forces
    were shelled; Hadi is no recipient."""
    actor, recipient = parties.of(LOYAL, "ASSAULT")
    assert any("المنطقة العسكرية" in a for a in _texts(actor))
    assert all("هادي" not in r for r in _texts(recipient))
    assert any("الحوثيين" in r for r in _texts(recipient))


def test_a_control_noun_after_the_one_announcing_it_is_theirs(parties):
    """«أعلنت المقاومة الشعبية سيطرتها على عدد من مواقع الحوثيين»: the resistance took control (actor), the Houthis
    lost it (recipient)."""
    actor, recipient = parties.of(CONTROL, "COERCE")
    assert any("المقاومة الشعبية" in a for a in _texts(actor))
    assert any("الحوثيين" in r for r in _texts(recipient))


def test_a_when_between_commas_keeps_the_light_verbs_subject(parties):
    """«نفذت المقاومة الشعبية في إقليم آزال، في وقت متأخر أول من أمس، هجوما»: the resistance attacked (actor)."""
    actor, recipient = parties.of(RAID, "ASSAULT")
    assert any("المقاومة الشعبية" in a for a in _texts(actor))
    assert any("الانقلابيين" in r for r in _texts(recipient))


def test_a_storming_of_a_home_is_done_by_the_one_named_before(parties):
    """«برصاص الجيش الإسرائيلي بعد اقتحامه منزله»: the army stormed (actor), no recipient «الجيش»."""
    actor, recipient = parties.of(HOME, "COERCE")
    assert any("الجيش الإسرائيلي" in a for a in _texts(actor))
    assert all("الجيش" not in r for r in _texts(recipient))
