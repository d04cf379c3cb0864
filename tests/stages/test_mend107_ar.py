"""Round 108 (mend107_ar): mends of the round-107 actor and recipient rules, on the reviewer's probes: a bare «تحت
سيطرة X» names who holds a place now, not who lost it (only «كانت تحت سيطرة X» does); a refusal's party is found
when nothing follows it (a headline with no full stop); a name opening with و (واشنطن) is no conjunct; the
counterparts read in one list (statement_cues counterpart: نظيريه too) and past a subject told after the verb."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


def _texts(nlp, text, kind, side="recipient"):
    """The texts of the recipients (or actors: `side`) of the events of `kind`."""
    return [t for _, _, t in _parties(nlp, text, kind, side)]


def test_a_place_now_under_a_partys_control_is_not_taken_from_it(nlp):
    """«لتصبح المنطقة كلها تحت سيطرة جيش الفتح»: the seizers' own side holds the place now; a bare «تحت سيطرة»
    names the holder, no loser (only «كانت تحت سيطرة X» does)."""
    text = "سيطر مسلحو المعارضة على بلدة كفرنبل لتصبح المنطقة كلها تحت سيطرة جيش الفتح."
    assert "جيش الفتح" not in _texts(nlp, text, "COERCE")


def test_goods_seized_in_areas_a_party_holds_are_not_taken_from_it(nlp):
    """«استولى الحوثيون على شاحنات مساعدات في مناطق تحت سيطرة الحكومة اليمنية»: the areas are where the trucks were
    taken, under the government's control; the trucks were not the government's by that."""
    text = "واستولى الحوثيون على شاحنات مساعدات في مناطق تحت سيطرة الحكومة اليمنية."
    assert "الحكومة اليمنية" not in _texts(nlp, text, "COERCE")


def test_a_refusals_party_at_the_end_of_a_headline(nlp):
    """«رفضت إيران الاعتراف بإسرائيل» with no full stop: the party in the verbal noun's بـ ends the text and is
    still whom the refusal is against."""
    assert "إسرائيل" in _texts(nlp, "رفضت إيران الاعتراف بإسرائيل", "REJECT")


def test_a_name_opening_with_waw_is_the_object_of_the_prepositions_noun(nlp):
    """«اعترض على تجديد واشنطن للعقوبات»: the و of واشنطن is part of the name, no conjunction; Washington is the
    owner of the renewal objected to, as Moscow is in «تجديد موسكو للعقوبات», not the one objecting."""
    text = "وكان مجلس النواب اعترض على تجديد واشنطن للعقوبات."
    assert "واشنطن" in _texts(nlp, text, "REJECT")
    assert "واشنطن" not in _texts(nlp, text, "REJECT", "actor")


def test_counterparts_in_the_dual_are_read_from_the_one_list(nlp):
    """«وسيلتقي نظيريه من السعودية والأردن»: نظيريه, a counterpart word of statement_cues.tsv that the separate
    events list lacked, brings in the side met in من."""
    texts = _texts(nlp, "وسيلتقي نظيريه من السعودية والأردن في القاهرة.", "CONSULT")
    assert any(t.endswith("السعودية") for t in texts) and "الأردن" in texts  # (نظيريه من السعودية: phrases)


def test_counterparts_past_a_subject_told_after_the_verb(nlp):
    """«التقى وزير الخارجية الأمريكي نظراءه من دول مجلس التعاون الخليجي»: past the subject right after the verb,
    the counterparts' side is the one met."""
    text = "التقى وزير الخارجية الأمريكي نظراءه من دول مجلس التعاون الخليجي."
    assert any("مجلس التعاون" in t for t in _texts(nlp, text, "CONSULT"))
