"""agents41: parties no mention covered — a public body named by its head noun and adjective (المؤسسة العامة،
الإدارة العامة), a kin noun with its pronoun (شقيقه), a broken plural of people after a body (الأهالي), a family
name in ة or ين (الربيعة، الحصين), and an office word before a body in apposition to a name."""

from __future__ import annotations

PUBLISHED = "2015-08-04"


def test_kin_noun_with_pronoun_is_a_civilian(parties):
    _, rec = parties.of("وألقت الشرطة القبض على شقيقه الأكبر للاشتباه في القتل غير العمد.", "COERCE")
    assert ("شقيقه", None, "CVL") in rec


def test_brotherly_is_no_brother(parties):
    every = parties.every("وأكد الوزير دعم المملكة لمصر الشقيقة والشعب اليمني الشقيق.")
    assert not any("الشقيق" in text for text, _, _ in every)


def test_public_corporation_is_a_government_body(parties):
    _, rec = parties.of("أشاد أمير منطقة عسير بالجهود التي تقدمها المؤسسة العامة للتدريب التقني والمهني في المنطقة.",
                        "SUPPORT")
    assert rec and rec[0][1:] == ("SAU", "GOV")
    _, rec = parties.of("وأشاد الوزير بالجهود التي تبذلها الإدارة العامة للتعليم في المنطقة.", "SUPPORT")
    assert ("الإدارة العامة", None, "GOV") in rec
    act, _ = parties.of("وتعاونت الهيئة العامة للاستثمار مع وزارة التجارة في تنظيم المعرض.", "COOPERATE")
    assert ("الهيئة العامة", None, "GOV") in act


def test_coalition_command(parties):
    _, rec = parties.of("وأثنى مجلس الوزراء على الهدنة الإنسانية التي قررتها قيادة التحالف.", "SUPPORT")
    assert ("قيادة التحالف", "INT", "MIL") in rec


def test_people_in_broken_plural_after_a_body_is_the_one_called(parties):
    act, rec = parties.of("ودعت الحكومة المحلية الأهالي إلى الخروج منها والتوجه إلى قضاء الخالدية.", "REQUEST")
    assert [a[0] for a in act] == ["الحكومة المحلية"]
    assert ("الأهالي", None, "CVL") in rec


def test_office_before_a_body_is_the_named_officer(parties):
    act, rec = parties.of("دعا العقيد محمد السعد مدير الإدارة العامة للعلاقات والإعلام الحكومة إلى الإسراع.",
                          "REQUEST")
    assert act and act[0][0] == "العقيد محمد السعد مدير الإدارة العامة"
    assert not any(r[0] == "الإدارة العامة" for r in rec)


def test_family_name_in_ta_marbuta_after_a_full_name(coder):
    text = ("أكد وزير الصحة السابق الدكتور عبدالله الربيعة أن المملكة قدمت الكثير. "
            "وطالب الربيعة المنظمات الدولية بتكثيف جهودها.")
    evs = [e for e in coder(text, published=PUBLISHED).events if e.event == "REQUEST"]
    assert evs and [x.text for x in evs[0].actor] == ["الربيعة"]


def test_customs_men_are_a_government_body(parties):
    _, rec = parties.of("وأثنى العطوي على الجهود الكبيرة التي يبذلها رجال الجمارك السعودية في سبيل منع دخول الممنوعات.",
                        "SUPPORT")
    assert ("رجال الجمارك السعودية", "SAU", "GOV") in rec


def test_brotherly_dual_is_no_pair_of_brothers(parties):
    every = parties.every("وأكد الوزير دعم المملكة للشعبين الشقيقين وتعزيز التعاون بين البلدين الشقيقين.")
    assert not any("الشقيق" in text for text, _, _ in every)
