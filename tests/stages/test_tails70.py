"""Trigger tails and not_after, round 70: a tail word the trigger rows write only with ة/ات (مساعدات، مساعدة) is not
met by its bare form, another word («قدم مساعد الزويهري رئيس الأهلي شكره»: a man named Musaed, no aid); a trigger
opening a later quoted item of a list is read against the list's head («ويواجه تهم «التجسس»، و«التعاون مع حكومات
معادية»»: a charge, no cooperation) (dev days 2015-07-25 and 2015-07-23)."""

from stage_coding import events_coded


def _events(nlp, text, event):
    """The coded events of one type in a text."""
    return [e for e in events_coded(nlp, text, "2015-07-25") if e.event == event]


def test_a_man_named_musaed_gives_no_aid(nlp):
    """«وقد قدم مساعد الزويهري رئيس الأهلي شكره»: «مساعد» is the new president's name, not the aid of «قدم مساعدات»."""
    text = "وقد قدم مساعد الزويهري رئيس الأهلي شكره لكل الأهلاويين على الثقة التي منحوه إياها."
    assert not _events(nlp, text, "AID")
    assert _events(nlp, "وقدمت المملكة مساعدات إنسانية عاجلة إلى اليمن.", "AID")  # the tail with its ending


def test_a_later_quoted_charge_is_no_cooperation(nlp):
    """«ويواجه تهم «التجسس»، و«جمع معلومات سرية»، و«التعاون مع حكومات معادية»»: the third charge of the list is
    read against its head تهم, as the first would be: no COOPERATE."""
    text = ("وهو موقوف في سجن أيوين شمال طهران، ويواجه تهم «التجسس»، و«جمع معلومات سرية»، و«التعاون مع حكومات "
            "معادية»، و«الدعاية ضد النظام».")
    assert not _events(nlp, text, "COOPERATE")
    assert _events(nlp, text, "ACCUSE")
    # a list with no charge at its head keeps its cooperation
    assert _events(nlp, "ودعا الوزير إلى «الحوار»، و«التعاون مع الأردن» في مواجهة الإرهاب.", "COOPERATE")

