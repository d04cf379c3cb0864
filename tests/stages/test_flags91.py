"""Round 91 (flags91): the flags of an outcome led to (بما يفضي إليه من), of talks one is brought to (جلب … إلى
طاولة المفاوضات), of an aim that «هو» names and analysts ascribe (اعتبر محللون أن هدف العملية هو …), and of a series
of visits a future verb tells of (سلسلة زيارات … ستحاول) (sentences of the dev days 2015-07-26 and 2015-07-27)."""

from __future__ import annotations


def _flags(coder, text, published="2015-07-27"):
    """The events of a text as (type, trigger, negated, future, hypothetical)."""
    art = coder(text, published=published)
    return [(e.event, e.trigger.text, e.negated, e.future, e.hypothetical) for e in art.events]


def test_outcome_led_to_is_still_to_come(coder):
    """«بما يفضي إليه من رفعٍ للعقوبات عن إيران»: the lifting the deal leads to is still to come."""
    evs = _flags(coder, "وصولاً إلى توقيع الاتفاق النووي بين إيران والدول الغربية الخمس زائد واحد بما يفضي إليه "
                        "من رفعٍ للعقوبات عن إيران وتقوية اقتصادها وإطلاق يدها تعيث فسادًا في المنطقة.",
                 "2015-07-26")
    assert ("RETREAT", "رفعٍ للعقوبات", False, True, False) in evs
    assert ("RETREAT", "رفعٍ للعقوبات", False, False, False) not in evs


def test_talks_one_is_brought_to_are_supposed(coder):
    """«كيفية جلب النظام السوري إلى طاولة المفاوضات»: the talks are sought, only supposed."""
    evs = _flags(coder, "والآن الكرة في ملعب المجتمع الدولي الذي ينبغي عليه أن يصرف معظم جهده إلى كيفية جلب "
                        "النظام السوري إلى طاولة المفاوضات لإيجاد حل سياسي فعلي.", "2015-07-26")
    assert ("CONSULT", "المفاوضات", False, False, True) in evs
    assert ("CONSULT", "المفاوضات", False, False, False) not in evs


def test_aim_analysts_ascribe_is_supposed(coder):
    """«اعتبر محللون أن هدف العملية الحقيقي هو دحر المقاتلين الأكراد وطردهم»: an aim held by analysts, not an act
    done."""
    evs = _flags(coder, "وعلى الرغم من أن المسؤولين في الحكومة التركية أكدوا أن مثل هذا التدخل يهدف إلى منع "
                        "مقاتلي «داعش» من دخول أراضي تركيا، اعتبر محللون أن هدف العملية الحقيقي هو دحر المقاتلين "
                        "الأكراد وطردهم بعيدًا عن الحدود.")
    assert ("COERCE", "طردهم", False, False, True) in evs
    assert ("COERCE", "طردهم", False, False, False) not in evs


def test_series_of_visits_a_future_verb_tells_is_to_come(coder):
    """«وهي الأولى في سلسلة زيارات لعواصم أوروبية ستحاول البناء على اجتماعات عقدها كاميرون»: the series of visits
    is to come; the meetings Cameron held are not."""
    evs = _flags(coder, "وقالت الحكومة البريطانية إن زيارة أوزبورون لباريس، وهي الأولى في سلسلة زيارات لعواصم "
                        "أوروبية ستحاول البناء على اجتماعات عقدها كاميرون مع كل زعماء دول الاتحاد الأوروبي الـ27 "
                        "في وقت سابق من العام الجاري.")
    assert ("CONSULT", "زيارات", False, True, False) in evs
    assert ("CONSULT", "زيارات", False, False, False) not in evs
    assert ("CONSULT", "اجتماعات", False, True, False) not in evs
