"""Mend of round 109 (n109, m109): the reviewer's probes of what the rounds' rules reached past their aim — «أطاح بـ»
read as an arrest of a minister, a network of power or a ruling movement, a state in scare quotes read as a paper's
name, a meeting dropped for a hospital or an emergency named in its subject, a website's blocking read past
information withheld, and the definite «الناجم عن» between two acts."""

from stage_coding import kept_types, parties_reader

_DATE = "2015-07-22"

_parties = parties_reader(_DATE, "actor", ("code", "sector", "text"))


def _kinds(nlp, text):
    """(type, trigger text) of the events the whole pipeline codes for `text`."""
    return kept_types(nlp, text, _DATE)


def test_toppling_a_power_network_a_minister_or_a_ruling_movement_is_no_arrest(nlp):
    """«أطاح بـ» with a word of suspects only: a storm, a reshuffle, corruption and a coup arrest no one."""
    for text in ("وأطاحت العاصفة بشبكة الكهرباء في المدينة وقطعت التيار عن آلاف المنازل.",
                 "وأطاح رئيس الوزراء بأحد الوزراء في التعديل الوزاري الأخير.",
                 "وقد يطيح الفساد بأحد الوزراء في الحكومة الجديدة.",
                 "وأطاح الجيش المصري بتنظيم الإخوان من الحكم عام 2013."):
        assert not any(k == "COERCE" for k, _ in _kinds(nlp, text)), text


def test_protests_toppling_a_minister_stay_a_protest(nlp):
    """«وأطاحت الاحتجاجات بأحد أبرز وزراء الحكومة العراقية»: the protests, no arrest."""
    kinds = _kinds(nlp, "وأطاحت الاحتجاجات بأحد أبرز وزراء الحكومة العراقية.")
    assert any(k == "PROTEST" for k, _ in kinds) and not any(k == "COERCE" for k, _ in kinds), kinds


def test_a_state_in_scare_quotes_is_no_paper(nlp):
    """«رفضه أي حوار مع "إسرائيل"»، «مستعدة للحوار مع "إيران"»: talks with a state, no interview given to a paper."""
    for text in ("وجدد الحزب رفضه أي حوار مع \"إسرائيل\" قبل انسحابها من الأراضي المحتلة.",
                 "وقال المتحدث إن الحركة مستعدة للحوار مع \"إيران\" بشأن الملف اليمني."):
        assert any(k == "CONSULT" for k, _ in _kinds(nlp, text)), text


def test_an_emergency_committee_or_hospital_directors_meeting_is_a_meeting(nlp):
    """A hospital or an emergency in the subject of «اجتمع» is no lodging that received anyone."""
    for text in ("واجتمعت لجنة الطوارئ الحكومية برئاسة رئيس الوزراء لبحث تداعيات السيول.",
                 "واجتمع مديرو المستشفيات الحكومية مع الوزير لبحث نقص الأدوية."):
        assert any(k == "CONSULT" for k, _ in _kinds(nlp, text)), text


def test_information_withheld_about_a_blast_site_is_no_censorship(nlp):
    """«رفضت الشرطة حجب المعلومات عن موقع الانفجار»: the site is where the blast was, no website blocked."""
    text = "ورفضت الشرطة حجب المعلومات عن موقع الانفجار أمام الصحفيين."
    assert not any(k == "COERCE" for k, _ in _kinds(nlp, text))


def test_an_attack_the_blast_resulted_from_after_the_definite_participle_keeps_its_doer(nlp):
    """«الانفجار الناجم عن قصف مليشيات الحوثي»: two acts, the shelling by the Houthi militias told."""
    text = ("وقالت مصادر محلية إن الانفجار الناجم عن قصف مليشيات الحوثي لمنشآت سد الجبلين أدى إلى احتراق مخازن "
            "النفط.")
    assert ("YEM", "REB", "مليشيات الحوثي") in _parties(nlp, text, "ASSAULT")
