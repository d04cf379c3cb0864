"""Round 116 (aw116): wrong parties from a passive read as active, from the judged slice 2015-07-21 #800–1799 and
#0–399: a subject before a verb of attack or arrest that a clause opener (كما، فيما، بينما) follows at once has
no object after it, so the verb is a passive (قُتلوا) and the subject is whom it befell; and «ألقي القبض», written
with ي where the active ends in ى, is a passive too."""

from stage_coding import events_ending

_DATE = "2015-07-21"


def _parties(nlp, text, event, word):
    """(actor texts, recipient texts) of each event of `event` whose trigger ends `word`."""
    return [([p.text for p in e.actor], [p.text for p in e.recipient])
            for e in events_ending(nlp, text, event, word, _DATE)]


def test_counted_subject_before_killed_then_kama_is_the_victim(nlp):
    """«إن أكثر من 27 شخصا قتلوا كما أصيب العشرات» (2015-07-21 #1619): the people were killed, not killers."""
    text = ("قال ثلاثة شهود لرويترز إن أكثر من 27 شخصا قتلوا كما أصيب العشرات في انفجار هز بلدة سروج بجنوب شرق "
            "تركيا قرب الحدود مع سوريا اليوم الاثنين.")
    parties = _parties(nlp, text, "ASSAULT", "قتلوا")
    assert parties and all("شخصا" not in actor for actor, _ in parties), parties
    assert any("شخصا" in recipient for _, recipient in parties), parties


def test_soldier_killed_too_then_kama_is_the_victim(nlp):
    """«إن جنديا أوكرانيا قتل أيضا كما أصيب أربعة آخرون» (2015-07-21 #90): the soldier was killed."""
    text = ("وقال اندريه ليسينكو، المتحدث باسم الجيش، في إفادة صحافية بالتلفزيون المحلي إن جنديا أوكرانيا قتل أيضا "
            "كما أصيب أربعة آخرون.")
    parties = _parties(nlp, text, "ASSAULT", "قتل")
    assert parties and all("جنديا أوكرانيا" not in actor for actor, _ in parties), parties
    assert any("جنديا أوكرانيا" in recipient for _, recipient in parties), parties


def test_active_killing_with_its_object_before_kama_keeps_its_actor(nlp):
    """«وقتل الجيش الجزائري 25 اسلاميا كما اعتقل عشرة آخرين»: the army after the verb is its subject still."""
    text = "وقتل الجيش الجزائري 25 اسلاميا كما اعتقل عشرة آخرين."
    parties = _parties(nlp, text, "ASSAULT", "وقتل")
    assert any("الجيش الجزائري" in actor for actor, _ in parties), parties


def test_passive_arrest_spelled_with_ya_makes_its_subject_the_one_arrested(nlp):
    """«إن خمسة نيباليين ألقي القبض عليهم» (2015-07-27): أُلقي is passive; the Nepalis are the ones arrested."""
    text = ("قالت الشرطة النيبالية أمس الأحد إن خمسة نيباليين ألقي القبض عليهم ويواجهون اتهامات بقتل صبي عمره عشر "
            "سنوات.")
    parties = _parties(nlp, text, "COERCE", "ألقي")
    assert parties and all("نيباليين" not in actor for actor, _ in parties), parties
    assert any("نيباليين" in recipient for _, recipient in parties), parties


def test_active_arrest_spelled_with_alif_maqsura_keeps_its_actor(nlp):
    """«وألقى رجال الأمن القبض على المتهم»: ألقى is active; the security men arrested."""
    text = "وألقى رجال الأمن القبض على المتهم في حي السلامة."
    parties = _parties(nlp, text, "COERCE", "وألقى")
    assert any("رجال الأمن" in actor for actor, _ in parties), parties


def test_subject_of_a_verb_of_receiving_gets_the_loan(nlp):
    """«وستتلقى أثينا قرضاً عاجلاً … لتسديد استحقاق للبنك المركزي الأوروبي» (2015-07-21 #1019, #33): Athens
    receives the loan; it lends nothing, and the bank it repays is no recipient of the loan."""
    text = ("وستتلقى أثينا قرضاً عاجلاً بقيمة 7 مليارات يورو ستستخدمه لتسديد استحقاق للبنك المركزي الأوروبي.")
    parties = _parties(nlp, text, "AID", "قرضاً")
    assert parties and all("أثينا" not in actor for actor, _ in parties), parties
    assert any("أثينا" in recipient for _, recipient in parties), parties


def test_giver_in_min_after_a_received_noun_is_the_actor(nlp):
    """«وتلقت الشرطة عدة شكاوى من سكان المدينة»: the residents complained, the police received (kept so)."""
    text = "وتلقت الشرطة عدة شكاوى من سكان المدينة."
    parties = _parties(nlp, text, "ACCUSE", "شكاوى")
    assert any("سكان" in actor and "الشرطة" in recipient for actor, recipient in parties), parties


def test_counted_subject_before_killed_then_comma_fima_is_the_victim(nlp):
    """«أن 3 حوثيين على الأقل قتلوا، فيما أصيب آخرون» (2015-07-31): past the comma «فيما» opens the next clause."""
    text = "وأوضحت مصادر يمنية في البيضاء أن 3 حوثيين على الأقل قتلوا، فيما أصيب آخرون، في هجوم للجان المقاومة."
    parties = _parties(nlp, text, "ASSAULT", "قتلوا")
    assert parties and all("حوثيين" not in actor for actor, _ in parties), parties
    assert any("حوثيين" in recipient for _, recipient in parties), parties


def test_counted_subject_before_killed_or_arrested_is_the_victim(nlp):
    """«فان 102 مسلح اسلامي قتلوا او اعتقلوا او استسلموا» (2015-07-21 #1643): «or» and a verb, no object."""
    text = "وبحسب وزارة الدفاع الجزائرية فان 102 مسلح اسلامي قتلوا او اعتقلوا او استسلموا خلال النصف الاول من العام."
    parties = _parties(nlp, text, "ASSAULT", "قتلوا")
    assert parties and all("مسلح" not in actor for actor, _ in parties), parties
