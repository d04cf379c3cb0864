"""Mend of round 109 (review109_ar): a speaker's participle ends a killing or abducting verb's clause only with what
it says after it (أن، إلى، على), so an object that merely starts like one (مضيفة طيران، مضيفا) keeps the verb active;
an indefinite member noun right after a verb keeps its بـ phrase for the verb when no object follows it («ندد ناشط
بالشرطة بعد …»); and the على of duty that opens a clause («أن على هذه الميليشيات الانسحاب») governs no noun past the
demonstrative."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


def test_flight_attendant_abducted_is_an_object_not_a_participle(nlp):
    """«اختطف مسلحون مضيفة طيران في بنغازي»: «مضيفة» is the flight attendant taken, no «adding» of the speaker; the
    gunmen abduct."""
    text = "اختطف مسلحون مضيفة طيران في بنغازي."
    assert any(t == "مسلحون" for _, _, t in _parties(nlp, text, "ASSAULT", "actor"))
    assert not any(t == "مسلحون" for _, _, t in _parties(nlp, text, "ASSAULT"))


def test_host_arrested_by_the_police_keeps_the_police_acting(nlp):
    """«اعتقلت الشرطة مضيفا في فندق بالعاصمة»: the police arrest; «مضيفا» (a host) is the object, not «adding»."""
    text = "اعتقلت الشرطة مضيفا في فندق بالعاصمة."
    assert ("COP", "الشرطة") in [(s, t) for _, s, t in _parties(nlp, text, "COERCE", "actor")]
    assert not any(t == "الشرطة" for _, _, t in _parties(nlp, text, "COERCE"))


def test_activist_denouncing_the_police_keeps_the_police_as_target(nlp):
    """«ندد ناشط بالشرطة بعد اعتقال المتظاهرين»: the بـ phrase is what the activist denounces, not his body."""
    text = "ندد ناشط بالشرطة بعد اعتقال المتظاهرين."
    assert ("COP", "الشرطة") in [(s, t) for _, s, t in _parties(nlp, text, "ACCUSE")]
    assert all("بالشرطة" not in t for _, _, t in _parties(nlp, text, "ACCUSE", "actor"))


def test_duty_on_militias_to_withdraw_keeps_them_the_actor(nlp):
    """«وأكد الوزير أن على هذه الميليشيات الانسحاب من المدن»: «على» + subject says who must withdraw, no
    preposition of the noun past the demonstrative."""
    text = "وأكد الوزير أن على هذه الميليشيات الانسحاب من المدن."
    assert any(t == "الميليشيات" for _, _, t in _parties(nlp, text, "RETREAT", "actor"))

