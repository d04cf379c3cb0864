"""Roles36: attackers and targets around «استهدف» and the like, read off the construction they stand in."""

import pytest

PUBLISHED = "2015-08-08"


def _events(coder, text, trigger):
    return [e for e in coder(text, published=PUBLISHED).events if e.trigger.text == trigger]


@pytest.mark.parametrize("text, target", [
    ("وكانت الطائرة تشارك في ملاحقة عناصر الحوثيين التي فرت أثناء تعرضها لغارات جوية شنتها مقاتلات التحالف "
     "العربي، استهدفت مواقع المتمردين التي جددت أمس اعتداءاتها على قرى الحد الجنوبي.", "المتمردين"),
    ("فيما شن طيران التحالف 14 غارة ضد مواقع داعش في العراق، استهدفت وحدات تكتيكية ومركبات ومواقع قتالية "
     "بالقرب من ثماني مدن.", "وحدات تكتيكية"),
])
def test_strikes_told_before_a_comma_hit_what_follows_the_verb(coder, text, target):
    """The attack verb past a comma is the strikes' adjective clause: the phrase after it was hit, never the actor."""
    evs = _events(coder, text, "استهدفت")
    assert evs
    for e in evs:
        assert target not in [x.text for x in e.actor]
        assert target in [x.text for x in e.recipient]


def test_a_verb_after_a_comma_with_its_own_subject_keeps_it(coder):
    """A subject after the verb that is a craft, with an object after it, still acts (VSO)."""
    evs = _events(coder, "وقالت المصادر إن الاشتباكات تواصلت في المدينة، استهدفت طائرات التحالف مواقع الحوثيين فيها.",
                  "استهدفت")
    assert any("طائرات التحالف" in [x.text for x in e.actor] for e in evs)


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("ودعا السفير السعودي في مصر أحمد عبدالعزيز قطان إيران إلى الكف عن التدخل في شؤون الدول العربية.", "دعا",
     "السفير السعودي", "إيران"),
    ("والتقى سفير خادم الحرمين الشريفين لدى الأردن سامي الصالح وزير الخارجية الأردني.", "التقى",
     "سفير خادم الحرمين الشريفين", "وزير الخارجية الأردني"),
])
def test_the_object_past_a_post_and_an_unknown_name(coder, text, trigger, actor, target):
    """Past a title's post (في مصر) and the holder's name no lexicon has, the coded phrase is the object."""
    evs = _events(coder, text, trigger)
    assert evs
    assert all([x.text for x in e.actor] == [actor] and target in [x.text for x in e.recipient] for e in evs)


@pytest.mark.parametrize("text, actor", [
    ("وقتل جنديان في أحدث هجوم ينسب إلى متمردين من حزب العمال الكردستاني.", "متمردين من حزب العمال الكردستاني"),
    ("وقتل جنديان في آخر هجوم نسب إلى حزب العمال الكردستاني.", "حزب العمال الكردستاني"),
])
def test_a_death_in_the_latest_attack_has_its_attributed_doer(coder, text, actor):
    """«في أحدث هجوم»: a superlative between في and the attack noun keeps the noun the death's circumstance, and
    whom the attack is put down to the killing's actor."""
    evs = _events(coder, text, "قتل")
    assert evs and all(actor in [x.text for x in e.actor] for e in evs)


def test_responsibility_laid_on_someone_names_the_doer(coder):
    """«وألقيت مسؤولية الهجوم على حزب العمال»: the one the attack is laid on did it; it is no target."""
    evs = _events(coder, "وألقيت مسؤولية الهجوم على حزب العمال الذي كثف هجماته ضد قوات الأمن.", "الهجوم")
    assert evs
    for e in evs:
        assert "حزب العمال" in [x.text for x in e.actor]
        assert "حزب العمال" not in [x.text for x in e.recipient]


def test_a_first_visit_stays_a_visit(coder):
    """A superlative before a noun that is no attack («في أول زيارة لمسؤول غربي») leaves it an event of its own."""
    text = ("ووزير الاقتصاد الألماني سيغمار غابريل الذي توجه إلى طهران يوم الاثنين الماضي في أول زيارة لمسؤول غربي "
            "بارز إلى إيران منذ التوقيع على الاتفاق.")
    assert _events(coder, text, "زيارة")


@pytest.mark.parametrize("text, accused, accuser", [
    ("وقررت النيابة احالة 41 شخصا الى القضاء بتهمة الانتماء إلى جماعة إرهابية.", "شخصا", None),
    ("وذكرت الشرطة أنها اعتقلت 60 شخصا من العاصمة كاتماندو بتهمة محاولة فرض الإضراب.", "شخصا", "الشرطة"),
    ("وقامت داعش بخطف 170 سنيا واكثر من 60 مسيحيا بتهمة التخابر مع النظام.", "مسيحيا", "داعش"),
])
def test_the_one_held_on_a_charge_is_the_accused(coder, text, accused, accuser):
    """«بتهمة» right after a phrase: the phrase is charged, no accuser; the accuser is who arrested or seized it."""
    evs = _events(coder, text, "تهمة")
    assert evs
    for e in evs:
        assert accused not in [x.text for x in e.actor]
        assert accused in [x.text for x in e.recipient]
        assert [x.text for x in e.actor] == ([accuser] if accuser else [])
