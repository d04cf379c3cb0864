"""Round 109 (actors109): actors from the judged slice 2015-07-22 #800–1599: a speaker's participle after a killing
verb leaves no room for an object, so the counted subject before the verb is killed, not the killer; a member noun
with its body in بـ takes the body's code; a person named after an office phrase and a nationality is named later by
his family name alone, with the office's code and sector."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


_REBELS = "وأضافت أن 17 متمردا قتلوا مشيرة إلى سقوط أحد عشر قتيلا في صفوف القوات الموالية لهادي."


def test_counted_subject_before_a_participle_of_saying_is_killed(nlp):
    """«إن 17 متمردا قتلوا مشيرة إلى …» (2015-07-22 #850): the participle goes on the statement; the verb has no
    object, it is a passive: the rebels are who was killed, no actor."""
    actors = _parties(nlp, _REBELS, "ASSAULT", "actor")
    recipients = _parties(nlp, _REBELS, "ASSAULT")
    assert not any(t == "متمردا" for _, _, t in actors), actors
    assert any(t == "متمردا" for _, _, t in recipients), recipients


def test_masculine_participle_in_alif_is_no_manner_word(nlp):
    """«إن 12 مسلحا قتلوا مؤكدا أن …»: «مؤكدا» is the speaker's, not a manner of killing (قتل حرقا)."""
    text = "وقال المتحدث إن 12 مسلحا قتلوا مؤكدا أن العملية مستمرة."
    assert not _parties(nlp, text, "ASSAULT", "actor")
    assert any(t == "مسلحا" for _, _, t in _parties(nlp, text, "ASSAULT"))


def test_leader_with_his_group_in_bi_and_a_name_is_its_member(nlp):
    """«أثنى القيادي بالمقاومة الشعبية سالم سمران على دور التحالف العربي» (2015-07-22 #987): the leader of the
    resistance praises; the group in بـ is his, not the thing praised."""
    text = ("من جانبه، أثنى القيادي بالمقاومة الشعبية سالم سمران على دور التحالف العربي بقيادة المملكة العربية "
            "السعودية، في مساندة المقاومة الشعبية ضد الميليشيات الحوثية.")
    actors = _parties(nlp, text, "SUPPORT", "actor")
    assert ("YEM", "REB") in [(c, s) for c, s, _ in actors], actors


def test_indefinite_official_with_his_body_in_bi(nlp):
    """«وأدان مسؤول بوزارة الخارجية الهجوم»: an indefinite official and the body in بـ are one phrase."""
    text = "وأدان مسؤول بالخارجية الأمريكية الهجوم على السفارة."
    actors = _parties(nlp, text, "ACCUSE", "actor")
    assert any("بالخارجية" in t for _, _, t in actors), actors


_CHAMBERS = ("ووصف رئيس الغرفتين التجارية والصناعية الالمانية ايرك شفيتزر الذي يرافق غابريال، الزيارة بانها "
             "\"اشارة مشجعة\" للشركات. ودعا شفيتزر الى منح الشركات الالمانية حماية قانونية لاستثماراتها المستقبلية "
             "في ايران.")


def test_family_name_after_an_office_and_nationality_is_carried(nlp):
    """«رئيس الغرفتين التجارية والصناعية الالمانية ايرك شفيتزر» … «ودعا شفيتزر» (2015-07-22 #984): the family name
    alone names the German office holder."""
    actors = _parties(nlp, _CHAMBERS, "REQUEST", "actor")
    assert ("DEU", "شفيتزر") in [(c, t) for c, _, t in actors], actors


def test_family_name_subject_before_a_definite_object(nlp):
    """«رئيس الوزراء الجزائري عبد المالك سلال» … «وانتقد سلال المعارضة»: subject and object after the verb."""
    text = "قال رئيس الوزراء الجزائري عبد المالك سلال إن الحكومة مستعدة. وانتقد سلال المعارضة بشدة."
    actors = _parties(nlp, text, "ACCUSE", "actor")
    assert ("DZA", "GOV", "سلال") in actors, actors


def test_feminine_dual_nationality_names_the_state(nlp):
    """«مروحيتين اميركيتين هاجمتا حاجزاً للجيش الافغاني» (2015-07-22 #1182): the feminine dual of a nisba
    (ـيتين، ـيتان) is the nationality's, the helicopters the US military's."""
    text = "وقال إن \"مروحيتين اميركيتين هاجمتا حاجزاً للجيش الافغاني\"."
    actors = _parties(nlp, text, "ASSAULT", "actor")
    assert ("USA", "MIL") in [(c, s) for c, s, _ in actors], actors


def test_interior_ministry_named_by_its_nationality(nlp):
    """«وأعلنت الداخلية السعودية القبض على …»: «الداخلية» with a nationality is that state's interior ministry
    (not_entities.tsv, a nation's noun as «الخارجية التونسية»)."""
    text = "وأعلنت الداخلية السعودية القبض على 431 شخصا."
    actors = _parties(nlp, text, "COERCE", "actor")
    assert ("SAU", "GOV") in [(c, s) for c, s, _ in actors], actors
