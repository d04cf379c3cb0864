"""Round 97 (flags97): a perfect verb with its object pronoun right after a bare conditional إن and before its
definite subject is only supposed (يختفي خلفه ليفرّ إن داهمه السواد والبرد: if gloom comes over him), while إن after
a verb of saying is the complementizer and codes a real act (sentences of the dev day 2015-07-27)."""

from __future__ import annotations

from stage_coding import kept_flags

_DATE = "2015-07-27"


def test_perfect_after_conditional_in_is_supposed(coder):
    """«ليفرّ إن داهمه السواد والبرد والحر»: the raid of gloom is a case supposed, not an act."""
    evs = kept_flags(coder, "وكأن قلق تعالق مصلحة الحركة والسكون لا يريد مفارقته، يختفي خلفه ليفرّ إن داهمه "
                          "السواد والبرد والحر، \"سعال\" حركة - المساء \"سكون\".", _DATE)
    assert ("COERCE", "داهمه", False, False, True) in evs
    assert ("COERCE", "داهمه", False, False, False) not in evs
    # after a verb of saying (past its subject) إن is «that»: the storming told stays a real act
    evs = kept_flags(coder, "وقال المصدر إن اقتحمها الجيش فجر اليوم بعد معارك عنيفة مع المسلحين.", _DATE)
    assert all(not hyp for (_, trig, _, _, hyp) in evs if trig == "اقتحمها")
