"""mentions61 (round 61): parties the mention layer left uncoded or coded wrongly on the 2015-07-24 dev slice — the
Saudi cabinet of a session report that names Yemen and others often (`_council_home`); a person's title not read
back across an event noun with a preposition («أفاد الجيش الأمريكي بمقتل محسن الكندري»: no US soldier) but read
forward across an adjective and «في» («القيادي البارز في تنظيم القاعدة»); bodies the lexicons lacked (the
Khorasan group, the Mojahedin-e Khalq, the IFRC, FIFA told «الفيفا», the religious police's men told in full, the
narcotics directorate, the NSHR, a security patrol); and «دور رائد» ("a leading role") read as no major."""

from __future__ import annotations

PUBLISHED = "2015-07-24"

_CABINET = ("رأس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود الجلسة التي عقدها مجلس الوزراء بعد ظهر اليوم في "
            "قصر السلام بجدة. وأوضح وزير الثقافة والإعلام في بيانه لوكالة الأنباء السعودية أن خادم الحرمين الشريفين أطلع "
            "المجلس على نتائج اجتماعه مع الرئيس عمر حسن البشير رئيس جمهورية السودان. ونوّه مجلس الوزراء بإعلان الرياض "
            "والبيان الختامي لمؤتمر الرياض من أجل إنقاذ اليمن. واستنكر مجلس الوزراء إقدام المليشيات الحوثية على خرق "
            "الهدنة الإنسانية من خلال الاعتداءات المتكررة على حدود المملكة وداخل اليمن.")

_KANDARI = ("أفاد الجيش الأمريكي بمقتل محسن الكندري، القيادي البارز في تنظيم القاعدة، في غارة جوية أمريكية في سوريا. "
           "وقال المتحدث إن الغارة استهدفت الكندري عندما كان يتنقل بسيارة قرب البلدة. "
           "كما أوضح أن الكندري شارك في هجمات على مشاة البحرية الأمريكية في جزيرة فيلكا بالكويت.")


def test_cabinet_of_a_saudi_session_report(parties):
    """«مجلس الوزراء» of a Saudi session report naming Yemen and Sudan too is Saudi Arabia's."""
    act, rec = parties.of(_CABINET, "ACCUSE")
    assert ("مجلس الوزراء", "SAU", "GOV") in act
    assert ("المليشيات الحوثية", "YEM", "REB") in rec
    act, _ = parties.of(_CABINET, "SUPPORT")
    assert ("مجلس الوزراء", "SAU", "GOV") in act
    assert ("مجلس الوزراء", None, "GOV") not in act


def test_no_title_across_an_event_noun(parties):
    """al-Kandari, killed as the US army reports, is no US soldier: his title is the one after the comma, al-Qaeda's."""
    every = parties.every(_KANDARI)
    assert not any(text == "الكندري" and code == "USA" for text, code, _ in every)
    assert ("الكندري", "IMG", None) in every


def test_khorasan_group(parties):
    """The Khorasan group told «جماعة خراسان» is an armed group of no state."""
    _, rec = parties.of("واستهدفت غارة أمريكية معسكرا تابعا لجماعة خراسان في ريف حلب.", "ASSAULT")
    assert any(code == "IMG" for _, code, _ in rec)


def test_mojahedin_e_khalq_is_iranian_opposition(parties):
    """The People's Mojahedin told «منظمة مجاهدي خلق» is Iran's opposition, the doer, not the Iranian state."""
    act, rec = parties.of("وهاجمت منظمة مجاهدي خلق الحكومة الإيرانية.", "ASSAULT")
    assert ("منظمة مجاهدي خلق", "IRN", "OPP") in act
    assert ("الحكومة الإيرانية", "IRN", "GOV") in rec


def test_ifrc_and_fifa(parties):
    """The IFRC in full and FIFA told «الفيفا» are parties."""
    every = parties.every("ووقعت هيئة الهلال الأحمر السعودي مذكرة تفاهم مع الاتحاد الدولي لجمعيات الصليب الأحمر "
                          "والهلال الأحمر.")
    assert ("الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر", "NGO", None) in every
    act, _ = parties.of("وانتقد الفيفا الاتحاد الكويتي لكرة القدم.", "ACCUSE")
    assert ("الفيفا", "NGO", None) in act


def test_religious_police_men_told_in_full(parties):
    """«رجال هيئة الأمر بالمعروف والنهي عن المنكر» is one Saudi party, the arrester."""
    act, _ = parties.of("تمكن رجال هيئة الأمر بالمعروف والنهي عن المنكر بمركز السوق بمحافظة خميس مشيط من القبض على "
                        "سائق.", "COERCE")
    assert ("رجال هيئة الأمر بالمعروف والنهي عن المنكر", "SAU", "GOV") in act


def test_leading_role_is_no_major(parties):
    """«دور رائد» is "a leading role": no major (الرائد) as the refusal's target."""
    _, rec = parties.of("ورفضت أنقرة لعب دور رائد في العمليات العسكرية ضد التنظيم.", "REJECT")
    assert not any(text == "رائد" for text, _, _ in rec)


def test_saudi_bodies_the_lexicons_lacked(parties):
    """The Saudi narcotics directorate and the National Society for Human Rights are Saudi parties, and a security
    patrol is police, no army."""
    act, _ = parties.of("وقبضت المديرية العامة لمكافحة المخدرات على مهربين.", "COERCE")
    assert ("المديرية العامة لمكافحة المخدرات", "SAU", "COP") in act
    act, _ = parties.of("وانتقدت هيئة حقوق الإنسان والجمعية الوطنية لحقوق الإنسان القرار.", "ACCUSE")
    assert ("الجمعية الوطنية لحقوق الإنسان", "SAU", "NGO") in act
    act, _ = parties.of("واعتقلت دورية أمنية شخصين.", "COERCE")
    assert ("دورية أمنية", None, "COP") in act
