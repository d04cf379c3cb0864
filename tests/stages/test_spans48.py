"""Parties in full: a title with its state in بـ and the name of its holder (وزير الخارجية بجمهورية مصر العربية سامح
شكري), a rank before a full name with its father's name and family name (اللواء خالد بن عبدالمحسن العويس), a national
association that is no parliament (الجمعية الوطنية للمتقاعدين), and field commanders of a named group."""

from event_lookup import actor_texts as _actors
from event_lookup import event_by_trigger as _event


def test_a_title_with_its_state_in_ba_and_its_holders_name_is_one_recipient(nlp):
    text = ("استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز في قصر السلام اليوم معالي وزير الخارجية "
            "بجمهورية مصر العربية سامح شكري والوفد المرافق له.")
    ev = _event(nlp, text, "استقبل")
    assert [(r.text, r.code, r.sector) for r in ev.recipient] == [
        ("وزير الخارجية بجمهورية مصر العربية سامح شكري", "EGY", "GOV")]


def test_a_state_in_ba_with_no_name_after_it_stays_the_verbs_object(nlp):
    text = "أشاد وزير الخارجية بالمملكة العربية السعودية."
    ev = _event(nlp, text, "أشاد")
    assert [a.text for a in ev.actor] == ["وزير الخارجية"] and [a.code for a in ev.actor] != ["SAU"]


def test_a_rank_before_a_full_name_with_nasab_and_family_name_takes_the_name(nlp):
    text = ("وقال إن مدير معهد الجوازات اللواء خالد بن عبدالمحسن العويس زار مقر لجنة تصحيح أوضاع الأشقاء اليمنيين "
            "بجوازات جازان.")
    assert _actors(nlp, text, "زار") == ["اللواء خالد بن عبدالمحسن العويس"]


def test_the_national_retirees_association_is_civil_not_a_parliament(nlp):
    text = "تعقد الجمعية الوطنية للمتقاعدين اجتماعاً غير عادي في مركز الملك سلمان الاجتماعي بالرياض."
    ev = _event(nlp, text, "اجتماعاً")
    assert [(a.text, a.code, a.sector) for a in ev.actor] == [("الجمعية الوطنية للمتقاعدين", "SAU", "CVL")]


def test_field_commanders_of_the_houthis_are_houthi_rebels(nlp):
    text = "واعتقلت المقاومة القيادات الميدانية الحوثية في عدن."
    ev = _event(nlp, text, "اعتقلت")
    assert [(r.text, r.code, r.sector) for r in ev.recipient] == [("القيادات الميدانية الحوثية", "YEM", "REB")]


def test_the_dhkpc_by_its_arabic_name_is_no_people_that_attacks(nlp):
    text = "والناشطة عضو في الجبهة الثورية لتحرير الشعب وهي مجموعة ماركسية تقف وراء عدة هجمات في تركيا."
    assert "الشعب" not in _actors(nlp, text, "هجمات")


def test_a_maldivian_party_is_of_the_maldives(nlp):
    text = "وقالت إيفا عبدالله عضو المجلس التشريعي عن الحزب المالديفي الديمقراطي والتي صوتت ضد التشريع."
    ev = _event(nlp, text, "صوتت ضد")
    assert [a.code for a in ev.actor] == ["MDV"]


def test_a_second_nationality_of_one_plural_is_no_second_party(nlp):
    text = "استنكر دبلوماسيون عرب ومصريون مزاعم نوري المالكي نائب الرئيس العراقي ضد المملكة."
    ev = _event(nlp, text, "استنكر")
    assert [a.text for a in ev.actor] == ["دبلوماسيون عرب ومصريون"]
    assert "مصريون" not in [r.text for r in ev.recipient]
