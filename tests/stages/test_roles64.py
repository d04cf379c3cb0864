"""Round 64: actors and recipients — a death verb whose subject follows a pronoun in a preposition of the act (قتل
خلاله جندي: the soldier died, he killed no one), people counted in a relative clause past an arrest's own object in
على (the driver was arrested, not the women with him), and the owner in لـ of an object past a time aside set off by
commas after the subject (وقصف طيران التحالف، مساء أمس، تعزيزات للحوثيين); and two phrases kept apart: an
indefinite nationality adjective and the name or role noun after it (قتلت غارة أميركية | أبو خليل السوداني), a named
body and a party of another sector after it (منظمة مجاهدي خلق | النظام الإيراني); «بلادها» past the place of the
speaker's post (سفيرة فرنسا لدى اليمن), and a one-word family name after the opening verb before a title (واتهم الحسني
| رئيس الحكومة)."""

from tests.event_lookup import event_by_trigger


def _texts(parties):
    """The texts of an event's actors or recipients."""
    return [p.text for p in parties]


def test_death_after_pronoun_in_preposition_has_victim_not_actor(nlp):
    """«قتل خلاله جندي تركي.»: the Turkish soldier was killed; he is the recipient, not the actor."""
    e = event_by_trigger(nlp, "قتل خلاله جندي تركي.", "قتل")
    assert _texts(e.recipient) == ["جندي تركي"]
    assert _texts(e.actor) == []


def test_arrest_object_in_ala_blocks_people_counted_in_its_relative_clause(nlp):
    """«القبض على سائق اللقاءات الغرامية الذي اصطحب معه ثلاث نساء»: the women are not the ones arrested."""
    text = ("تمكن رجال هيئة الأمر بالمعروف والنهي عن المنكر بمركز السوق بمحافظة خميس مشيط من القبض على سائق "
            "اللقاءات الغرامية الذي اصطحب معه ثلاث نساء رافعًا صوت الموسيقى مدويًا في الشارع العام.")
    e = event_by_trigger(nlp, text, "القبض", published="2015-07-24")
    assert "نساء" not in _texts(e.recipient)
    assert _texts(e.actor) == ["رجال هيئة الأمر بالمعروف والنهي عن المنكر"]


def test_owner_of_object_past_time_aside_between_commas(nlp):
    """«وقصف طيران التحالف، مساء أمس، تعزيزات للحوثيين»: the Houthis' reinforcements were hit."""
    e = event_by_trigger(nlp, "وقصف طيران التحالف، مساء أمس، تعزيزات للحوثيين في تعز.", "قصف")
    assert _texts(e.actor) == ["طيران التحالف"]
    assert _texts(e.recipient) == ["للحوثيين"]


def test_indefinite_nationality_adjective_closes_before_a_name(nlp):
    """«قتلت غارة أميركية أبو خليل السوداني»: the actor is «أميركية», the name is the one killed, not the actor."""
    e = event_by_trigger(nlp, "قتلت غارة أميركية أبو خليل السوداني في سوريا.", "قتلت")
    assert _texts(e.actor) == ["أميركية"]
    assert "أبو خليل السوداني" in _texts(e.recipient)


def test_indefinite_nationality_adjective_closes_before_a_role_noun(nlp):
    """«وقتلت غارة أمريكية قياديا في القاعدة»: the leader is the one killed, no part of the actor."""
    e = event_by_trigger(nlp, "وقتلت غارة أمريكية قياديا في القاعدة.", "قتلت")
    assert _texts(e.actor) == ["أمريكية"]
    assert _texts(e.recipient) == ["قياديا في القاعدة"]


def test_party_of_another_sector_after_a_named_body_is_the_object(nlp):
    """«اتهمت منظمة مجاهدي خلق النظام الإيراني»: the opposition accuses the regime; not one party."""
    e = event_by_trigger(nlp, "اتهمت منظمة مجاهدي خلق النظام الإيراني بقمع المعارضين.", "اتهمت")
    assert _texts(e.actor) == ["منظمة مجاهدي خلق"]
    assert _texts(e.recipient) == ["النظام الإيراني"]


def test_own_country_past_the_place_of_the_post(nlp):
    """«وأكدت سفيرة فرنسا لدى اليمن دعم بلادها»: France's ambassador speaks for France; she is the supporter."""
    e = event_by_trigger(nlp, "وأكدت سفيرة فرنسا لدى اليمن دعم بلادها للحكومة الشرعية.", "دعم")
    assert _texts(e.actor) == ["سفيرة فرنسا"]


def test_family_name_after_opening_verb_before_a_title_is_the_subject(nlp):
    """«واتهم الحسني رئيس الحكومة بالفساد»: the unknown family name accuses, the head of government is accused."""
    e = event_by_trigger(nlp, "واتهم الحسني رئيس الحكومة بالفساد.", "اتهم")
    assert _texts(e.actor) == ["الحسني"]
    assert _texts(e.recipient) == ["رئيس الحكومة"]
