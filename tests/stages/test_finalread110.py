"""Final read of the thirty-second stop: the «عام» of a title right before a cooperation noun that ends an office's name
(«مدير عام التعاون الدولي») makes the noun the office's name, no act (senses.office_title), as its docstring said but
its loop never reached; the object of a verb after a title with «العام» behind its unit stays an act."""

_DATE = "2015-07-22"


def _types(nlp, text):
    """The (type, trigger) pairs the whole pipeline keeps for `text`."""
    return [(e.event, e.trigger.text) for e in nlp(text, published=_DATE).events]


def test_a_general_directors_cooperation_is_his_title(nlp):
    """«وقال مدير عام التعاون الدولي بالوزارة»: a director general of international cooperation, no cooperation."""
    assert ("COOPERATE", "التعاون") not in _types(nlp, "وقال مدير عام التعاون الدولي بالوزارة إن الاجتماع ناجح.")


def test_cooperation_stressed_by_a_director_stays(nlp):
    """«وأكد مدير الأمن العام التعاون مع الشرطة الدولية»: the cooperation is what he stressed, still an act."""
    assert ("COOPERATE", "التعاون") in _types(nlp, "وأكد مدير الأمن العام التعاون مع الشرطة الدولية.")
