"""Lebanon's figures by rank and bloc (lexicon_src/actors.tsv): «العماد عون» and «الجنرال عون» are Michel Aoun, a
party leader until his presidency (2016-10-31) and the president after it; «العماد عون» alone is, from 2017-03-08,
Joseph Aoun, the army's commander (president from 2025-01-09), while «الجنرال عون» stays Michel Aoun to the end of
his term; the parliamentary blocs are Lebanon's legislators."""

from __future__ import annotations

import pytest


def _parties(nlp, text, date):
    return [(e.event, [(x.code, x.sector, x.name) for x in e.actor], [(x.code, x.sector, x.name) for x in e.recipient])
            for e in nlp(text, published=date).events]


def test_the_general_called_on_is_michel_aoun(nlp):
    # a Saudi daily, 2015-08-11
    got = _parties(nlp, "عضو كتلة المستقبل النائب أحمد فتفت دعا العماد عون إلى عدم حشر نفسه في الزاوية والتوجه إلى "
                        "مجلس النواب لانتخاب رئيس للجمهورية.", "2015-08-11")
    assert [g for g in got if g[0] == "REQUEST" and g[2] == [("LBN", "PTY", "Michel Aoun")]], got


@pytest.mark.parametrize("date, sector, name", [
    pytest.param("2015-08-11", "PTY", "Michel Aoun", id="party_leader"),
    pytest.param("2016-12-01", "GOV", "Michel Aoun", id="president"),
    pytest.param("2019-05-05", "MIL", "Joseph Aoun", id="army_commander"),
])
def test_the_general_by_date(nlp, date, sector, name):
    got = _parties(nlp, "واستقبل العماد عون وفدا من السفارة الأميركية.", date)
    assert [g for g in got if g[0] == "CONSULT" and g[1] == [("LBN", sector, name)]], got


def test_the_general_by_title_and_name(nlp):
    got = _parties(nlp, "انتقد الجنرال عون رئيس الحكومة.", "2015-07-24")
    assert [g for g in got if g[0] == "ACCUSE" and g[1] == [("LBN", "PTY", "Michel Aoun")]], got


def test_the_army_commander_keeps_his_title_chain(nlp):
    """«قائد الجيش العماد جان قهوجي»: the rank between office and name stays inside the one subject."""
    got = _parties(nlp, "استقبل قائد الجيش العماد جان قهوجي السفير البريطاني.", "2015-08-11")
    assert [g for g in got if g[1] == [("LBN", "MIL", "Jean Kahwagi")] and g[2] and g[2][0][0] == "GBR"], got


@pytest.mark.parametrize("text", ["وانتقد تكتل التغيير والإصلاح الحكومة.", "وانتقدت كتلة الوفاء للمقاومة الحكومة.",
                                  "وانتقدت كتلة المستقبل الحكومة."])
def test_a_bloc_is_lebanons_legislators(nlp, text):
    got = _parties(nlp, text, "2015-08-11")
    assert [g for g in got if g[0] == "ACCUSE" and g[1] and g[1][0][:2] == ("LBN", "LEG")], got
