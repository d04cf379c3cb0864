"""Round 62: actors and recipients — a broken plural of people carried to a later plural verb, light verbs of relative
clauses with their pronoun (تفرضه، تقدمه), a verbal noun whose pronoun is the subject of a verb of saying or of
informing, a weapon hit as its owner's loss, the one met past the subject's relative clause, people counted
before what they blew up, the accused past an accuser no lexicon names, and the genitive of «بقيادة» (no target)."""

from tests.event_lookup import event_by_trigger


def _texts(parties):
    """The texts of an event's actors or recipients."""
    return [p.text for p in parties]


def test_broken_plural_subject_carries_to_plural_verb(nlp):
    """«تمكن قراصنة من اختراق موقع …، وهددوا الموقع»: the hackers (a broken plural) threaten."""
    text = ("تمكن قراصنة من اختراق موقع جنسي شهير يزوره الملايين، وحصلوا على كل بياناته، وهددوا الموقع بنشر "
            "أسمائهم.")
    e = event_by_trigger(nlp, text, "هددوا", published="2015-07-24")
    assert _texts(e.actor) == ["قراصنة"]


def test_siege_imposed_by_relative_light_verb(nlp):
    """«الحصار المطبق الذي تفرضه جماعة الحوثي المسلحة على تعز»: the Houthis besiege Taiz."""
    text = ("وقد كشف الزنداني أنه أقام في تعز لمدة 3 أشهر حتى تمكن من الخروج والوصول إلى السعودية رغم الحصار المطبق "
            "الذي تفرضه جماعة الحوثي المسلحة على تعز .")
    e = event_by_trigger(nlp, text, "الحصار", published="2015-07-24")
    assert _texts(e.actor) == ["جماعة الحوثي المسلحة"]
    assert "تعز" in _texts(e.recipient)


def test_support_given_by_relative_light_verb(nlp):
    """«الدعم الثابت الذي تقدمه طهران لدمشق»: Tehran supports Damascus, not the other way."""
    text = ("قال وزير الخارجية السوري وليد المعلم إن الاتفاق النووي بين إيران والدول الست لن يؤثر على الدعم الثابت "
            "الذي تقدمه طهران لدمشق.")
    e = event_by_trigger(nlp, text, "الدعم")
    assert _texts(e.actor) == ["طهران"]
    assert _texts(e.recipient) == ["دمشق"]


def test_rejection_after_subject_of_saying_is_the_subject_s(nlp):
    """«أكد الأزهر رفضه للتدخل الإيراني»: al-Azhar rejects; Iran is what is rejected, not the rejecter."""
    e = event_by_trigger(nlp, "وأكد الأزهر رفضه للتدخل الإيراني في شؤون البحرين.", "رفضه")
    assert _texts(e.actor) == ["الأزهر"]
    assert "الإيراني" not in _texts(e.actor)


def test_informer_owns_the_verbal_noun(nlp):
    """«أن أنقرة أبلغت واشنطن موافقتها»: Ankara agrees, Washington is told (not the one agreeing)."""
    text = ("وكشفت مصادر تركية رسمية لـ«الشرق الأوسط»، أن أنقرة أبلغت واشنطن موافقتها على تسليح طائرات «الدرون» من "
            "دون طيار، الموجودة في قاعدة أنجرليك في جنوب تركيا.")
    e = event_by_trigger(nlp, text, "موافقتها", published="2015-07-24")
    assert _texts(e.actor) == ["أنقرة"]
    assert _texts(e.recipient) == ["واشنطن"]


def test_weapon_destroyed_is_no_attacker(nlp):
    """«تدمير دبابة لقوات النظام»: the tank is hit, the regime forces lose it; the tank attacks no one."""
    e = event_by_trigger(nlp, "وأعلنت المقاومة تدمير دبابة لقوات النظام في درعا.", "تدمير")
    assert "دبابة" not in _texts(e.actor)
    assert _texts(e.recipient) == ["قوات النظام"]


def test_meeting_object_past_the_subject_s_relative_clause(nlp):
    """«يلتقي كارتر الذي وصل إلى بغداد اليوم رئيس الوزراء حيدر العبادي»: Carter meets Abadi."""
    e = event_by_trigger(nlp, "ويلتقي كارتر الذي وصل إلى بغداد اليوم رئيس الوزراء حيدر العبادي.", "يلتقي")
    assert _texts(e.actor) == ["كارتر"]
    assert _texts(e.recipient) == ["رئيس الوزراء حيدر العبادي"]


def test_counted_bombers_before_their_devices_are_the_attackers(nlp):
    """«فجر أربعة انتحاريين أجهزة ناسفة»: the four bombers set off the devices; they are no victims (while «وقتل
    أربعة جنود أتراك في الهجوم», a death told with a count, stays passive: the soldiers died)."""
    e = event_by_trigger(nlp, "وفجر أربعة انتحاريين أجهزة ناسفة في سوق شعبي.", "فجر")
    assert _texts(e.actor) == ["انتحاريين"]
    assert "انتحاريين" not in _texts(e.recipient)
    e = event_by_trigger(nlp, "وقتل أربعة جنود أتراك في الهجوم.", "قتل")
    assert not e.actor and _texts(e.recipient) == ["جنود أتراك"]



def test_accused_past_an_indefinite_subject_is_no_accuser(nlp):
    """«اتهمت منظمة دولية قوات جيش جنوب السودان بارتكاب»: South Sudan's forces are accused, not the accusers."""
    e = event_by_trigger(nlp, "واتهمت منظمة دولية قوات جيش جنوب السودان بارتكاب جرائم حرب.", "اتهمت")
    assert "قوات جيش جنوب السودان" not in _texts(e.actor)
    assert _texts(e.recipient) == ["قوات جيش جنوب السودان"]


def test_genitive_of_led_by_is_no_target(nlp):
    """«قصف طيران التحالف العربي بقيادة السعودية تعزيزات للحوثيين»: the Houthis are hit, not Saudi Arabia."""
    e = event_by_trigger(nlp, "وقصف طيران التحالف العربي بقيادة السعودية تعزيزات للحوثيين في مأرب.", "قصف")
    assert "السعودية" not in _texts(e.recipient)
    assert _texts(e.recipient) == ["للحوثيين"]
