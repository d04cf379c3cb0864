"""A verb of blame or appeal that opens the relative clause of an owned speech («تصريحات ترامب التي انتقد فيها …»،
«في كلمته التي …»، «رسالة وجهها الأمين العام، دعا فيها …») is the speech's owner's act, and the phrase after
«فيها» is its object, not its subject (events._speech_relatives)."""

from __future__ import annotations

import pytest

_DATE = "2015-08-11"


def _parties(nlp, text, kind):
    return [([x.text for x in e.actor], [x.text for x in e.recipient])
            for e in nlp(text, published=_DATE).events if e.event == kind]


@pytest.mark.parametrize("text, kind, actor, recipient", [
    pytest.param("وجاءت تصريحات ترامب التي انتقد فيها جون ماكين بعد أيام من إعلان ترشحه.", "ACCUSE",
                 "ترامب", "جون ماكين", id="owner_in_construct"),
    pytest.param("وأثارت تصريحات وزير الخارجية السعودي التي اتهم فيها إيران بدعم الإرهاب ردود فعل واسعة.", "ACCUSE",
                 "وزير الخارجية السعودي", "إيران", id="titled_owner"),
    pytest.param("وقال الرئيس الإيراني في كلمته التي انتقد فيها الولايات المتحدة إن الاتفاق لن يغير سياسة بلاده.",
                 "ACCUSE", "الرئيس الإيراني", "الولايات المتحدة", id="owner_by_pronoun_is_the_speaker"),
    pytest.param("وفي رسالة وجهها الأمين العام للأمم المتحدة، دعا فيها الأطراف اليمنية إلى الحوار.", "REQUEST",
                 "الأمين العام للأمم المتحدة", "الأطراف اليمنية", id="issuer_of_the_text"),
])
def test_the_speech_owner_acts_on_the_phrase_after_fiha(nlp, text, kind, actor, recipient):
    got = _parties(nlp, text, kind)
    assert got == [([actor], [recipient])], got


@pytest.mark.parametrize("text, kind, actor", [
    # (a noun with no owner: the subject may follow «فيها»)
    pytest.param("وفي الرسالة التي طالب فيها وزير الخارجية اليمني مجلس الأمن بالتدخل.", "REQUEST",
                 "وزير الخارجية اليمني", id="no_owner"),
    # (a time noun, no speech: «في الوقت الذي أكد فيه المتحدث …»)
    pytest.param("ففي الوقت الذي أكد فيه المتحدث باسم الخارجية الأمريكية دعم بلاده للحكومة اليمنية، انتقد الكونغرس "
                 "القرار.", "ACCUSE", "الكونغرس", id="time_noun"),
    # (a text received, not issued: its receiver is no author)
    pytest.param("وفي رسالة تلقاها الرئيس اليمني، دعا فيها الأمين العام الأطراف إلى الحوار.", "REQUEST",
                 "الأمين العام", id="received_text"),
])
def test_the_subject_after_fiha_stays(nlp, text, kind, actor):
    got = _parties(nlp, text, kind)
    assert got and got[0][0] == [actor], got


def test_a_call_from_someone_is_his_speech(nlp):
    """«تلقى الأمير اتصالا هاتفيا من وزير الداخلية الكويتي أدان فيه التفجير»: the caller condemns."""
    got = _parties(nlp, "تلقى الأمير محمد بن نايف اتصالا هاتفيا من وزير الداخلية الكويتي أدان فيه التفجير.", "ACCUSE")
    assert got and got[0][0] == ["وزير الداخلية الكويتي"], got


def test_a_speech_owned_past_a_clause_told_is_not_the_reporters(nlp):
    """«وقال الوزير إن الرئيس ألقى كلمته التي …»: the speech is the president's, never the minister's."""
    got = _parties(nlp, "وقال الوزير إن الرئيس ألقى كلمته التي انتقد فيها الولايات المتحدة.", "ACCUSE")
    assert got and all(a != ["الوزير"] for a, _ in got), got


@pytest.mark.parametrize("text, kind, actor", [
    pytest.param("وقالت الحكومة اليمنية إن الحوثيين قصفوا عدن، وطالبت المجتمع الدولي بالتدخل.", "REQUEST",
                 "الحكومة اليمنية", id="a_demand_after_the_reported_clause"),
    pytest.param("وأكدت الوزارة في بيان أن المليشيات الحوثية قصفت الأحياء السكنية في تعز، وتعهدت بملاحقة المسؤولين.",
                 "AGREE", "الوزارة", id="a_pledge_not_its_complements_object"),
    pytest.param("قال وزير الخارجية الأمريكي جون كيري إن مصر دفعت ثمنا باهظا لمكافحة التطرف، وأدان اغتيال النائب "
                 "العام.", "ACCUSE", "وزير الخارجية الأمريكي جون كيري", id="a_condemnation_with_no_actor"),
])
def test_the_speaker_goes_on_past_the_reported_clause(nlp, text, kind, actor):
    """«وقالت الحكومة إن …، وطالبت …»: the verb of the speaker's person past the reported clause is the speaker's
    (events._speaker_goes_on)."""
    got = _parties(nlp, text, kind)
    assert got and got[0][0] == [actor], got


def test_a_verb_of_the_reported_subjects_person_is_left(nlp):
    """«وقال الرئيس إن الحوثيين قصفوا عدن، وطالبوا …»: a plural verb agrees with the reported subject, not the
    president's verb of saying; the rule leaves it."""
    got = _parties(nlp, "وقال الرئيس اليمني إن الحوثيين قصفوا عدن، وطالبوا بانسحاب القوات.", "REQUEST")
    assert all(a != ["الرئيس اليمني"] for a, _ in got), got


@pytest.mark.parametrize("text, kind, actor", [
    # a doer of the reported clause that agrees with the verb may go on: kept
    pytest.param("وقال المرصد السوري إن تنظيم داعش سيطر على مدينة تدمر، وهدد بإعدام السكان.", "THREATEN",
                 "تنظيم داعش", id="the_reported_subject_goes_on"),
    # a subject after an adverb in بـ is the verb's own
    pytest.param("وقال الرئيس اليمني إن الحوثيين قصفوا عدن، وأدان بشدة رئيس الوزراء الهجوم.", "ACCUSE",
                 "رئيس الوزراء", id="a_subject_past_an_adverb"),
    # a plural of people as speaker takes a plural verb after it
    pytest.param("وقال المحتجون إن الشرطة اعتقلت زملاءهم، وطالبوا بالإفراج عنهم.", "REQUEST", "المحتجون",
                 id="a_plural_speaker"),
])
def test_the_speaker_and_the_reported_doer(nlp, text, kind, actor):
    got = _parties(nlp, text, kind)
    assert got and got[0][0] == [actor], got
