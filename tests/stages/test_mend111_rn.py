"""Round 111 mend (mend111_rn): where the r111 and n111 rules over-reached, from the review's probes: a wound right
after «نفسه» or a feeling after وسط read as a feeling that befell (befallen_feeling); a feminine plural body right after
a feminine verb of appeal read as the one asked, not its subject (المنظمات الحقوقية); another state's citizens or the
public warned by an army read as an advisory (own_people_warned), and a title with no period after «لرعاياها»; the
victims of a condemned killing read as the one condemned; the media asked by طالب read as a student's field."""

from stage_coding import kept_types, parties_reader

_DATE = "2015-07-22"

_parties = parties_reader(_DATE)


def _types(nlp, text):
    """The event types the whole pipeline keeps for `text`."""
    return [t for t, _ in kept_types(nlp, text, _DATE)]


def test_wound_after_the_same_day_stays(nlp):
    """«وفي اليوم نفسه أصيبت امرأة برصاص قناص في تعز»: نفسه is no worry before the verb; the wound stays."""
    assert "ASSAULT" in _types(nlp, "وفي اليوم نفسه أصيبت امرأة برصاص قناص في تعز.")


def test_wound_amid_panic_stays(nlp):
    """«وسط الذعر أصيب عشرون شخصا بجروح في الانفجار»: panic after وسط is the scene, no subject: a wound."""
    assert "ASSAULT" in _types(nlp, "وسط الذعر أصيب عشرون شخصا بجروح في الانفجار.")


def test_rights_organisations_after_a_feminine_verb_are_its_subject(nlp):
    """«ودعت المنظمات الحقوقية السلطات المصرية إلى الإفراج»: the organisations call on the Egyptian authorities."""
    text = "ودعت المنظمات الحقوقية السلطات المصرية إلى الإفراج عن المعتقلين."
    assert any(c == "EGY" for c, _, _ in _parties(nlp, text, "REQUEST")), _parties(nlp, text, "REQUEST")
    assert any(c == "NGO" for c, _, _ in _parties(nlp, text, "REQUEST", "actor"))


def test_international_organisations_demanding_are_the_actor(nlp):
    """«وطالبت المنظمات الدولية الحكومة السورية بوقف القصف»: the Syrian government is asked, not the organisations."""
    text = "وطالبت المنظمات الدولية الحكومة السورية بوقف القصف."
    recipients = _parties(nlp, text, "REQUEST")
    assert any(c == "SYR" for c, _, _ in recipients) and not any(c == "IGO" for c, _, _ in recipients), recipients


def test_warning_to_another_states_citizens_stays(nlp):
    """«ووجهت إسرائيل تحذيرا إلى المواطنين اللبنانيين»، «ووجه الحوثيون تحذيرا للمواطنين السعوديين»: citizens of
    another state warned, a threat."""
    for text in ("ووجهت إسرائيل تحذيرا إلى المواطنين اللبنانيين بعدم الاقتراب من الحدود.",
                 "ووجه الحوثيون تحذيرا للمواطنين السعوديين في نجران."):
        assert "THREATEN" in _types(nlp, text), text


def test_army_warning_the_public_stays(nlp):
    """«ووجه الجيش الإسرائيلي تحذيرا للمواطنين في غزة بإخلاء منازلهم»: an army's warning to the public, a threat."""
    assert "THREATEN" in _types(nlp, "ووجه الجيش الإسرائيلي تحذيرا للمواطنين في غزة بإخلاء منازلهم.")


def test_advisory_to_own_nationals_in_a_title_with_no_period(nlp):
    """«وأصدرت الخارجية البريطانية تحذيرا لرعاياها» ending the text (a title): an advisory, no THREATEN."""
    assert "THREATEN" not in _types(nlp, "وأصدرت الخارجية البريطانية تحذيرا لرعاياها")


def test_victims_of_a_condemned_killing_are_not_condemned(nlp):
    """«أدان الوزير، في بيان، مقتل جنود الجيش المصري»: the soldiers are the killing's victims, not those condemned."""
    text = "أدان الوزير، في بيان، مقتل جنود الجيش المصري."
    assert not any(c == "EGY" for c, _, _ in _parties(nlp, text, "ACCUSE")), _parties(nlp, text, "ACCUSE")


def test_media_asked_is_a_demand(nlp):
    """«وطالب الإعلام بتحري الدقة»، «وتطالب الإعلام الرسمي بوقف التحريض»: the media asked, a demand."""
    for text in ("وانتقد الوزير التغطية، وطالب الإعلام بتحري الدقة في نقل الأخبار.",
                 "وتطالب الإعلام الرسمي بوقف التحريض."):
        assert "REQUEST" in _types(nlp, text), text
