"""mentions78 (round 77, mentions): the preposition «على» is no given name «علي» — a family name after it
(«القبض على الفضلي», «الاعتداء على الجبير») still names the person the article named in full before; and Muhsin
al-Fadhli (al-Qaeda's Khorasan group leader, 2015-08-03) is known to the lexicons."""

from __future__ import annotations

PUBLISHED = "2015-08-03"

_FADHLI = ("أعلنت وزارة الدفاع الأميركية أن طائرة من دون طيار قتلت في سوريا محسن الفضلي، قائد «تنظيم خراسان في "
           "سوريا». وأعلنت وزارة الخارجية الأميركية رصد مبلغ سبعة ملايين دولار مكافأة لمن يقدم معلومات تساعد في "
           "القبض على الفضلي أو قتله.")


def test_family_name_after_the_preposition_ala(parties):
    """«القبض على الفضلي»: «على» is the preposition, so al-Fadhli, named in full before, is the one to be caught."""
    _, rec = parties.of(_FADHLI, "COERCE")
    assert ("الفضلي", "IMG", None) in rec
    assert not any(code == "SYR" for _, code, _ in rec)


def test_fadhli_is_an_armed_group_figure(parties):
    """The drone killed «محسن الفضلي», the Khorasan group's leader: an IMG party, not a Syrian one."""
    _, rec = parties.of(_FADHLI, "ASSAULT")
    assert ("محسن الفضلي", "IMG", None) in rec


def test_known_surname_after_an_attack_on(parties):
    """«الاعتداء على الجبير»: the attack's target is al-Jubeir, named in full before; «على» is no given name."""
    _, rec = parties.of("التقى وزير الخارجية عادل الجبير نظيره الروسي. وأدان المجلس الاعتداء على الجبير في واشنطن.",
                        "ASSAULT")
    assert ("الجبير", "SAU", "GOV") in rec
