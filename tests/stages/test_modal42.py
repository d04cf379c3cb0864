"""Flags of round 42: an act a speaker does not rule out (لا يستبعد، لم يستبعد) is only possible, hypothetical, and
the «لا» of that phrase negates nothing."""

from __future__ import annotations

import pytest

PUBLISHED = "2015-08-10"


def _flags(coder, text, event):
    """(negated, future, hypothetical) of the first event of type `event` that the coder finds in `text`."""
    art = coder(text, published=PUBLISHED)
    ev = next(e for e in art.events if e.event == event)
    return ev.negated, ev.future, ev.hypothetical


@pytest.mark.parametrize("text, event", [
    ("مشيرا إلى أنه لا يستبعد أن تتم مناقشة المشروع الفرنسي في مجلس الأمن الشهر المقبل.", "CONSULT"),
    ("وقال إن الحكومة لا تستبعد فرض عقوبات على الشركات.", "SANCTION"),
    ("ولم يستبعد المسؤول أن تشن القوات هجوما على المدينة.", "ASSAULT"),
])
def test_not_ruled_out_is_possible(coder, text, event):
    negated, _, hypothetical = _flags(coder, text, event)
    assert hypothetical and not negated
