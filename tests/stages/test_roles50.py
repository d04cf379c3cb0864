"""Actors and recipients (round 50): the speaker is the subject of a verb after «إنه + verb of will + أن»; a genitive
inside a prepositional phrase is no subject of the و verb after it, which goes on from the subject of the light verb
that opens the sentence; the party in ل right after an appeal or request noun is the one called on; the party past
«مع + two nouns in construct» is whom the act is done with."""

import pytest


def _events(nlp, text, published="2015-07-25"):
    """(event, trigger, actor codes, recipient codes) of every event of `text`."""
    return [(e.event, e.trigger.text, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in nlp(text, published=published).events]


def _by_trigger(nlp, text, trigger):
    """The (event, trigger, actor codes, recipient codes) of the event of `text` whose trigger is `trigger`."""
    return next(e for e in _events(nlp, text) if e[1] == trigger)


@pytest.mark.parametrize("text, trigger, actor", [
    ("وقال كيري الشهر الماضي انه يعتزم أن يناقش مع لافروف سبل محاربة التنظيم المتطرف والدور الذي يمكن أن تلعبه "
     "ايران.", "يناقش", "USA"),
    ("وقال وزير الخارجية الأمريكي إنه يريد أن يزور مصر الشهر المقبل.", "يزور", "USA"),
])
def test_the_speaker_does_what_he_intends(nlp, text, trigger, actor):
    """«قال X إنه يعتزم أن يناقش»: the verb after the أن of a verb of will has the speaker for its subject."""
    assert _by_trigger(nlp, text, trigger)[2] == [actor]


def test_a_genitive_in_a_prepositional_phrase_is_no_subject_of_the_next_verb(nlp):
    """«وشنت تركيا … على أهداف الدولة الإسلامية … وتعهدت»: Turkey pledged, not the Islamic State."""
    text = ("وشنت تركيا أولى هجماتها الجوية على أهداف الدولة الإسلامية في سوريا في الساعات الأولى من صباح أمس الجمعة "
            "وتعهدت باتخاذ إجراء أكثر حزما ضد الجهاديين والمسلحين الأكراد.")
    pledge = _by_trigger(nlp, text, "تعهدت")
    assert pledge[2] == ["TUR"] and "IMG" not in pledge[2]


@pytest.mark.parametrize("text, trigger, recipient", [
    ("من جهة أخري، نفى المتحدث باسم الرئاسة الروسية تقارير صحافية يونانية ذكرت أن أثينا تقدمت بطلب لموسكو للحصول "
     "على مساعدة بقيمة 10 مليارات دولار.", "طلب", "RUS"),
    ("ووجه الرئيس اليمني نداءً لخادم الحرمين الشريفين الملك سلمان بن عبدالعزيز بأن يدعم الحكومة الشرعية.",
     "نداءً", "SAU"),
])
def test_the_party_in_lam_after_an_appeal_is_called_on(nlp, text, trigger, recipient):
    """«تقدمت أثينا بطلب لموسكو»: Moscow is asked, by the light verb's subject."""
    assert recipient in _by_trigger(nlp, text, trigger)[3]


def test_the_party_past_two_nouns_after_ma3a_is_the_partner(nlp):
    """«يتفاوض كاميرون مع قادة دول الاتحاد الأوروبي»: the EU is whom Cameron negotiates with."""
    text = "ويتفاوض كاميرون مع قادة دول الاتحاد الأوروبي بشأن تغيير شروط عضوية بريطانيا في الاتحاد قبل إجراء الاستفتاء."
    talks = _by_trigger(nlp, text, "يتفاوض")
    assert talks[2] == ["GBR"] and talks[3] == ["IGO"]


def test_a_noun_with_wa_and_its_pronoun_is_no_act_of_the_phrase_before(nlp):
    """«للوقوف إلى جانب الحكومة الشرعية في اليمن ودعمها»: the government is supported, it supports no one."""
    text = ("واستشهد الجندي أثناء تأديته واجبه الوطني ضمن القوات المشاركة في عملية إعادة الأمل للتحالف العربي الذي "
            "تقوده المملكة للوقوف إلى جانب الحكومة الشرعية في اليمن ودعمها.")
    support = _by_trigger(nlp, text, "دعمها")
    assert "YEM" not in support[2]


@pytest.mark.parametrize("text", [
    "وتوجه الرئيس الأمريكي باراك أوباما إلى نيروبي، حيث التقى الرئيس الكيني.",
    "وكان وزير الخارجية السعودي في باريس، كما التقى الرئيس الفرنسي.",
])
def test_the_lone_phrase_after_a_meeting_verb_is_the_one_met(nlp, text):
    """«حيث التقى الرئيس الكيني»: the one phrase after a verb of meeting past حيث/كما is the one met, no subject."""
    meeting = _by_trigger(nlp, text, "التقى")
    assert meeting[3] and not set(meeting[2]) & set(meeting[3])


@pytest.mark.parametrize("text, actor", [
    ("عقد وزير الثقافة والإعلام د. عادل بن زيد الطريفي في مكتبه بجدة اجتماعاً مع وكلاء الوزارة ومديري الإدارات.",
     ["SAU"]),
    ("وعقد كيري ومونيز وليو، اجتماعات مغلقة للمشرعين خلال الأسبوع الحالي.", ["USA"]),
    ("عقد وزير الخارجية الأمريكي جون كيري ووزير الخارجية الروسي سيرغي لافروف في الدوحة اجتماعاً مع وزير الخارجية "
     "السعودي.", ["USA", "RUS"]),
])
def test_a_long_subject_of_aqada_holds_the_meeting(nlp, text, actor):
    """«عقد [a long titled name, or joined names] في مكتبه بجدة اجتماعاً»: عقد opening the clause is the light verb,
    the phrase right after it its subject, however far the meeting noun stands."""
    meeting = next(e for e in _events(nlp, text) if e[0] == "CONSULT")
    assert meeting[2][:len(actor)] == actor


def test_the_place_of_the_act_between_commas_ends_no_clause(nlp):
    """«عقد رئيس الوزراء العراقي حيدر العبادي، في مكتبه ببغداد، اجتماعاً»: the place set off by commas is no clause
    break between the light verb's subject and the meeting noun."""
    text = "عقد رئيس الوزراء العراقي حيدر العبادي، في مكتبه ببغداد، اجتماعاً مع قادة الحشد الشعبي."
    assert _by_trigger(nlp, text, "اجتماعاً")[2] == ["IRQ"]


def test_a_message_sent_ila_someone_is_addressed_to_him(nlp):
    """«وبعث خادم الحرمين الشريفين برقية تهنئة إلى الرئيس المصري»: the one congratulated is the party after إلى."""
    text = "وبعث خادم الحرمين الشريفين برقية تهنئة إلى الرئيس المصري عبدالفتاح السيسي."
    congratulation = _by_trigger(nlp, text, "تهنئة")
    assert congratulation[2] == ["SAU"] and congratulation[3] == ["EGY"]
