"""Mend of rm116 (review116_rm): a party's supporters by its pronoun take their owner from one phrase that the pronoun
agrees with (not the police that arrest them, nor a code from one phrase and a sector from another); a resident or a
violator with the article right after a definite word it agrees with is that word's adjective, no party."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


def _texts(rows):
    """The texts of (code, sector, text) rows."""
    return [t for _, _, t in rows]


def test_the_police_are_not_the_owner_of_the_supporters_they_arrest(nlp):
    """«اعتقلت الشرطة التركية مؤيديه»، «قتلت قوات النظام السوري عشرة من أنصارهم»: a «ه»/«هم» resumes no phrase
    in ة or ات before it; the supporters are not the police's or the forces' own."""
    arrest = "اعتقلت الشرطة التركية مؤيديه بعد أن دعا غولن إلى الإضراب."
    killing = "قتلت قوات النظام السوري عشرة من أنصارهم في حلب."
    attack = "هاجمت الشرطة أنصاره واعتقلت العشرات منهم."
    assert not any(s == "COP" for _, s, _ in _parties(nlp, arrest, "COERCE")), _parties(nlp, arrest, "COERCE")
    assert not any(s == "MIL" for _, s, _ in _parties(nlp, killing, "ASSAULT")), _parties(nlp, killing, "ASSAULT")
    assert not any(s == "COP" for _, s, _ in _parties(nlp, attack, "ASSAULT")), _parties(nlp, attack, "ASSAULT")
    # (a feminine owner with «ها», and a masculine one with «ه»، «هم», keep their supporters)
    hamas = "دعت حركة حماس أنصارها إلى التظاهر في غزة."
    houthis = "وقالت وزارة الداخلية السعودية إن الحوثيين دعوا أنصارهم إلى القتال."
    assert ("PSE", "REB", "أنصارها") in _parties(nlp, hamas, "REQUEST"), _parties(nlp, hamas, "REQUEST")
    assert ("YEM", "REB", "أنصارهم") in _parties(nlp, houthis, "REQUEST"), _parties(nlp, houthis, "REQUEST")


def test_the_supporters_code_and_sector_are_of_one_owner(nlp):
    """«قال الرئيس الأمريكي باراك أوباما إن التنظيم الإرهابي دعا أنصاره»: the group's supporters, not American."""
    text = "قال الرئيس الأمريكي باراك أوباما إن التنظيم الإرهابي دعا أنصاره إلى شن هجمات."
    rows = _parties(nlp, text, "REQUEST")
    assert (None, "UAF", "أنصاره") in rows and not any(c == "USA" for c, _, _ in rows), rows


def test_a_resident_after_a_definite_noun_is_its_adjective(nlp):
    """«المنسق المقيم للأمم المتحدة»، «السفير الأمريكي المقيم»، «القرار المخالف للدستور»: an adjective, no
    party; «الشاب المقيم» killed stays the victim, the unknown gunmen the actor."""
    coordinator = "التقى وزير الخارجية اليمني المنسق المقيم للأمم المتحدة في صنعاء."
    ambassador = "استقبل الأمير السفير الأمريكي المقيم في الرياض."
    decision = "انتقد الوزير القرار المخالف للدستور الذي أصدره البرلمان."
    killed = "قتل الشاب المقيم في حي الملز برصاص مجهولين."
    rows = _parties(nlp, coordinator, "CONSULT")
    assert "IGO" in [c for c, _, _ in rows] and "المقيم" not in _texts(rows), rows
    assert ("USA", "GOV") in [(c, s) for c, s, _ in _parties(nlp, ambassador, "CONSULT")], \
        _parties(nlp, ambassador, "CONSULT")
    assert not any("المخالف" in t for t in _texts(_parties(nlp, decision, "ACCUSE"))), _parties(nlp, decision, "ACCUSE")
    assert "المقيم" not in _texts(_parties(nlp, killed, "ASSAULT", "actor")), _parties(nlp, killed, "ASSAULT", "actor")
    # (after a word it does not agree with, the violators are whom the police took)
    taken = "ألقت الشرطة القبض على عدد من المقيمين المخالفين في جدة."
    assert "المقيمين" in _texts(_parties(nlp, taken, "COERCE")), _parties(nlp, taken, "COERCE")
