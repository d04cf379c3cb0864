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


@pytest.mark.parametrize("text, event", [
    ("ومن المتوقع أن تشهد محافظة شبوة في شرق أبين، المرحلة المقبلة من القتال إذ إنها باتت المعقل الأخير للحوثيين.",
     "ASSAULT"),
    ("وعلى الرغم من عدم وضوح موعد الجولة المقبلة من المفاوضات، رجح بعض الوزراء عقدها قريبا.", "CONSULT"),
])
def test_next_round_of_is_still_to_come(coder, text, event):
    assert _flags(coder, text, event)[1]


def test_not_understanding_threats_leaves_them_made(coder):
    text = "وأعرب النائب في تصريحات لصحيفة ألمانية عن عدم تفهمه لتهديدات كاودر."
    assert not _flags(coder, text, "THREATEN")[0]


@pytest.mark.parametrize("text, event", [
    ("وتضررت الشركات لعدم رفع العقوبات عن إيران.", "RETREAT"),
    ("لكن موسكو انتقدت الولايات المتحدة لعدم قيامها بالتنسيق مع سوريا.", "COOPERATE"),
])
def test_lack_of_the_act_itself_stays_negated(coder, text, event):
    assert _flags(coder, text, event)[0]


@pytest.mark.parametrize("text, event", [
    ("ومن المقرر أن تبدأ المفاوضات في جنيف.", "CONSULT"),
    ("ومن المرجح أن تجري المشاورات في نيويورك قبل انعقاد الجمعية العامة.", "CONSULT"),
    ("وذكرت الصحيفة أنه من المرجح أن توافق الحكومة اليونانية على مسودة مشروع الإصلاحات.", "AGREE"),
])
def test_expected_or_likely_act_is_still_to_come(coder, text, event):
    assert _flags(coder, text, event)[1]


def test_what_was_set_is_no_act_to_come(coder):
    assert not _flags(coder, "كما أنه كان من المقرر أن يعقد الاجتماع في الرياض.", "CONSULT")[1]
