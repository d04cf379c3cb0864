"""Parties the lexicons lacked or coded wrongly (lexicon26): parliaments the upstream rows coded GOV are LEG
(البرلمان التركي، البرلمان الإيراني، مجلس الشعب السوري), a parliament and its committee the lexicons lacked (مجلس نواب
الشعب، لجنة الأمن القومي والسياسة الخارجية), and people and bodies named beside events (تشاك شومر، ميتش مكونيل، بشار
الجعفري، أوهورو كينياتا، محمد اليعقوبي، معهد العلوم والأمن الدولي)."""

import pytest

from hadath.article import Article

# the rules read the sentences of a story: two plain sentences follow each one
TAIL = " وقال مسؤول محلي إن الوضع في المنطقة هادئ حاليا. وأضاف أن التحقيقات ما زالت مستمرة."


def parties(nlp, text, kind):
    """(actor, recipient) of the first event of type `kind` in the first sentence: lists of (text, code, sector)."""
    art = nlp(Article(text=text + TAIL, published="2015-08-08"))
    for e in art.events:
        if e.sentence == 0 and e.event == kind:
            return ([(x.text, x.code, x.sector) for x in e.actor],
                    [(x.text, x.code, x.sector) for x in e.recipient])
    raise AssertionError(f"no {kind}: {[(e.event, e.trigger.text) for e in art.events]}")


def actors(nlp, text):
    """The actor mentions of a text: {text: (code, sector)}."""
    art = nlp(Article(text=text, published="2015-08-08"))
    return {m.text: (m.label, m.get("sector")) for m in art.mentions if m.kind == "actor"}


@pytest.mark.parametrize("text, kind, party", [
    # a parliament is a legislature, not the government (the upstream rows said GOV)
    ("يعيد الأمر إلى الأذهان رفض البرلمان التركي استخدام القوات الأمريكية للقاعدة في غزو العراق ربيع العام 2003.",
     "REJECT", ("البرلمان التركي", "TUR", "LEG")),
    ("وما زال الاتفاق بحاجة إلى موافقة الكونغرس الأميركي الذي يعارض فيه جمهوريون متشددون الرئيس باراك أوباما.",
     "AGREE", ("الكونغرس الأميركي", "USA", "LEG")),
    # Tunisia's parliament by its own name
    ("وصادق مجلس نواب الشعب يوم 25 يوليو الماضي على قانون مكافحة الإرهاب ومنع غسل الأموال.",
     "SUPPORT", ("مجلس نواب الشعب", "TUN", "LEG")),
    # a senator named after his title, not the title read as a party
    ("أثار إعلان السيناتور الديمقراطي تشاك شومر رفضه للاتفاق النووي مع إيران موقفا محرجا لإدارة الرئيس أوباما.",
     "REJECT", ("تشاك شومر", "USA", "LEG")),
    ("ورفض السناتور الجمهوري ميتش مكونيل يوم الخميس الطرح الذي قدمه الرئيس باراك أوباما للدفاع عن الاتفاق.",
     "REJECT", ("ميتش مكونيل", "USA", "LEG")),
    # a cleric
    ("ورغم استعانة الأحزاب الإسلامية بزعامة عمار الحكيم وحزب الفضيلة الإسلامية الذي يدعمه الشيخ محمد اليعقوبي، "
     "برجال دين خلال صلاة الجمعة لحث الأهالي على عدم النزول إلى الشارع فإن الأعداد فاقت مثيلاتها.",
     "SUPPORT", ("محمد اليعقوبي", "IRQ", "REL")),
    # a president by his name alone has his office's sector
    ("وقال كينياتا: ونحن نرحب برئيس الولايات المتحدة الذي غادر والده يوما ما شواطئنا.",
     "SUPPORT", ("كينياتا", "KEN", "GOV")),
])
def test_named_party_is_read_with_its_code_and_sector(nlp, text, kind, party):
    actor, recipient = parties(nlp, text, kind)
    assert any(p[1:] == party[1:] and party[0] in p[0] for p in actor + recipient), (actor, recipient)


def test_the_institute_is_the_accuser_not_the_security_forces(nlp):
    text = "واتهم معهد العلوم والأمن الدولي ومقره الولايات المتحدة، إيران بوجود تحركات مريبة في موقع بارشين."
    actor, _ = parties(nlp, text, "ACCUSE")
    assert [a[1] for a in actor] == ["NGO"], actor
    assert all(a[2] != "COP" for a in actor), actor


def test_iranian_majlis_committee_and_its_head(nlp):
    found = actors(nlp, "وأكد علاء الدين بروجردي رئيس لجنة الأمن القومي والسياسة الخارجية في البرلمان الإيراني "
                        "أن البرلمان سيناقش الاتفاق.")
    assert found.get("علاء الدين بروجردي") == ("IRN", "LEG"), found
    assert found.get("لجنة الأمن القومي والسياسة الخارجية") == ("IRN", "LEG"), found
    assert found.get("البرلمان الإيراني") == ("IRN", "LEG"), found


def test_syrian_envoy_named_after_his_title(nlp):
    actor, _ = parties(nlp, "فيما طالب مندوب سوريا بشار الجعفري باعتماد مبادئ النزاهة والشفافية في عمل لجنة التحقيق.",
                       "REQUEST")
    assert any("بشار الجعفري" in a[0] and a[1:] == ("SYR", "GOV") for a in actor), actor


@pytest.mark.parametrize("text, kind, party", [
    # an Iraqi party leader and a Moroccan royal adviser named with no title the lexicons read
    ("ورغم استعانة الأحزاب الإسلامية وخصوصا «المجلس الأعلى الإسلامي» بزعامة عمار الحكيم وحزب الفضيلة الإسلامية الذي "
     "يدعمه الشيخ محمد اليعقوبي، برجال دين خلال صلاة الجمعة لحث الأهالي على عدم النزول إلى الشارع.",
     "SUPPORT", ("عمار الحكيم", "IRQ", "PTY")),
    ("من جهة أخرى، انتقد يوسف العمراني، مكلف مهمة لدى الديوان الملكي المغربي، مجلس الأمن التابع للأمم المتحدة.",
     "ACCUSE", ("يوسف العمراني", "MAR", "GOV")),
])
def test_named_person_has_a_code(nlp, text, kind, party):
    actor, recipient = parties(nlp, text, kind)
    assert party in actor + recipient, (actor, recipient)


def test_senator_title_joins_the_name(nlp):
    found = [m for m in nlp(Article(text="ورفض السناتور الجمهوري ميتش مكونيل الطرح.", published="2015-08-08")).mentions
             if m.kind == "agent"]
    assert [(m.text, m.label) for m in found] == [("السناتور", "LEG")], found


def test_libyan_congress_head_named_before_his_title(nlp):
    actor, _ = parties(nlp, "وقال حميدان إن الإطاحة بحفتر كانت من بين الموضوعات التي بحثها نوري أبو سهمين رئيس البرلمان "
                            "السابق لدى لقائه الأسبوع الماضي في الجزائر مع المبعوث الأممي.", "CONSULT")
    assert any("نوري أبو سهمين" in a[0] and a[1:] == ("LBY", "LEG") for a in actor), actor


def test_syrian_fourth_division_is_a_party_of_the_clashes(nlp):
    actor, recipient = parties(nlp, "من جهة أخرى ألقى الطيران المروحي بعد منتصف ليل السبت- الأحد عدة براميل متفجرة على "
                                    "مناطق في مدينة الزبداني، ترافق مع استمرار الاشتباكات العنيفة بين الفرقة الرابعة وحزب "
                                    "الله اللبناني من جهة والفصائل المقاتلة ومسلحين محليين من جهة أخرى في المدينة.",
                               "ASSAULT")
    assert ("الفرقة الرابعة", "SYR", "MIL") in actor + recipient, (actor, recipient)


def test_saudi_human_rights_commission_condemns(nlp):
    actor, _ = parties(nlp, "وقال معاليه إن مجلس هيئة حقوق الإنسان يدين بشدة هذا العمل الإرهابي الجبان.", "ACCUSE")
    assert any(a[1:] == ("SAU", "GOV") and "هيئة حقوق الإنسان" in a[0] for a in actor), actor


@pytest.mark.parametrize("text, code, sector", [
    ("أعلن المؤتمر الشعبي العام رفضه للقرار.", "YEM", "PTY"),
    ("أعلن الحزب الديمقراطي الكردستاني رفضه للقرار.", "KUR", "PTY"),
    ("أعلنت سرايا السلام رفضها للقرار.", "IRQ", "REB"),
])
def test_party_or_militia_by_its_name(nlp, text, code, sector):
    found = actors(nlp, text)
    assert (code, sector) in found.values(), found
