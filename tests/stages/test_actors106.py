"""Round 106 (actors106): actors from the judged dev slice 2015-07-22 #400–799: a time told as a part of a day in
في … من («في وقت متأخر من مساء الاثنين») between a verb's subject and its object leaves the verb active; the
subject before it is the actor, not a party the act befell; and from 2015-07-31 #1360–1759: a feminine or plural
perfect verb followed by its own preposition («كما سيطرت على») is no passive, and goes on from the sentence's
subject."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the actors (or recipients) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE, side="actor")

_IBB = ("وفي مدينة اب وسط اليمن قالت مصادر في المقاومة ان مسلحين من المقاومة الشعبية بالمحافظة استهدفوا في وقت "
        "متأخر من مساء الاثنين تعزيزات حوثية شمال مدينة القاعدة.")


def test_part_of_day_between_subject_and_object_keeps_the_subject_actor(nlp):
    """«ان مسلحين من المقاومة الشعبية بالمحافظة استهدفوا في وقت متأخر من مساء الاثنين تعزيزات حوثية» (2015-07-22
    #678): the time phrase in في … من stands where an object may follow; the fighters did the targeting."""
    actors = _parties(nlp, _IBB, "ASSAULT")
    recipients = _parties(nlp, _IBB, "ASSAULT", "recipient")
    assert any(t == "مسلحين" for _, _, t in actors), actors
    assert not any(t == "مسلحين" for _, _, t in recipients), recipients


def test_part_of_day_after_a_verb_first_subject(nlp):
    """The same shape after a verb that opens the sentence: «وقصفت المقاومة الشعبية في ساعة متأخرة من الليل
    مواقع حوثية» — the Resistance shelled, it was not shelled."""
    text = "وقصفت المقاومة الشعبية في ساعة متأخرة من الليل مواقع حوثية."
    assert any(t == "المقاومة الشعبية" for _, _, t in _parties(nlp, text, "ASSAULT")), _parties(nlp, text, "ASSAULT")
    assert not any(t == "المقاومة الشعبية" for _, _, t in _parties(nlp, text, "ASSAULT", "recipient"))



_HAWTA = ("وكانت المقاومة قد تقدمت في وقت سابق نحو منطقة المحلة والجلاجل القريبة من مدينة الحوطة عاصمة لحج، كما سيطرت "
          "على جبل الزيتون ومثلث العند، وقد خلفت الاشتباكات قتلى وجرحى من صفوف ميليشيات الحوثي وصالح.")


def test_feminine_verb_with_its_preposition_goes_on_from_the_subject(nlp):
    """«وكانت المقاومة قد تقدمت …، كما سيطرت على جبل الزيتون» (2015-07-31 #1537): the passive of سيطر على is
    impersonal (سُيطر على); the feminine verb is active and its subject is the Resistance told before."""
    actors = _parties(nlp, _HAWTA, "COERCE")
    assert any(t == "المقاومة" for _, _, t in actors), actors


def test_verb_with_its_preposition_after_a_non_event_verb(nlp):
    """«وتقدمت المقاومة الشعبية نحو منطقة المحلة، وسيطرت على جبل الزيتون»: the same after a verb joined by و."""
    text = "وتقدمت المقاومة الشعبية نحو منطقة المحلة، وسيطرت على جبل الزيتون."
    assert any(t == "المقاومة الشعبية" for _, _, t in _parties(nlp, text, "COERCE")), _parties(nlp, text, "COERCE")
