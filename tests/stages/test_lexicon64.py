"""Round 62 (lexicon64): lexicon gaps for parties and places, on dev sentences of SaudiNewsNet 2015-07-24/25 and
2015-08-03. Parties: «إدارة غسل الأموال», «الدول المرسلة للعمالة», «أطراف دولية». Places: «دولة» no
Dhule, «ميلان» the club no Milan, «القريتين» the dual no al-Qaryatayn, «مالي» "financial" no Mali, «نيكاراجوا» is
Nicaragua, and «سوسة» of a Tunisia story that names Libya is Sousse."""

from __future__ import annotations


def _parties(nlp, text, trigger, side="actor"):
    """The (text, code, sector) of the actors (or recipients) of the events of `text` whose trigger is `trigger`."""
    article = nlp(text, published="2015-07-24")
    return [(p.text, p.code, p.sector) for e in article.events if e.trigger.text == trigger
            for p in getattr(e, side)]


def _places(nlp, text):
    """The (text, GeoNames name) of the places of `text`."""
    return [(p.text, p.name) for p in nlp(text, published="2015-07-25").places]


def test_the_money_laundering_department_makes_the_arrest(nlp):
    """«إدارة غسل الأموال» is a police body (COP), the actor of the arrest."""
    text = ("وكان قد تم القبض على المتهم من قبل إدارة غسل الأموال الملحقة بمكافحة المخدرات بجدة عقب عودته من "
            "دولة أفريقية.")
    assert ("إدارة غسل الأموال", None, "COP") in _parties(nlp, text, "القبض")


def test_the_labour_sending_countries_are_the_kingdoms_partner(nlp):
    """«الدول المرسلة للعمالة» is the recipient of the kingdom's agreement."""
    text = ("و اتفقت المملكة مع الدول المرسلة للعمالة على تشكيل لجنة فنية مشتركة من ممثلين رفيعي المستوى من "
            "الطرفين لإجراء مراجعة دورية.")
    assert ("الدول المرسلة للعمالة", None, "GOV") in _parties(nlp, text, "اتفقت", "recipient")


def test_international_parties_met_by_the_houthis(nlp):
    """«أطراف دولية» is the party the Houthi leaders met."""
    text = "وقالت المصادر إن قيادات حوثية التقت فعلا بأطراف دولية، وحثتها لفعل شيء من أجل وقف إطلاق النار."
    assert [r for r in _parties(nlp, text, "التقت", "recipient") if r[0] == "أطراف دولية"]


def test_a_state_after_the_kingdom_is_no_dhule(nlp):
    """«المملكة دولة ومجتمعاً»: a state, no Dhule (India)."""
    assert ("دولة", "Dhule") not in _places(nlp, "كان في نظرهم خطوة متناغمة مع هوية المملكة دولة ومجتمعاً.")


def test_milan_the_club_is_no_city(nlp):
    """«يحل ميلان ضيفاً»: the club, no Milan the city; «مدينة ميلان» stays the city."""
    assert ("ميلان", "Milan") not in _places(
        nlp, "وتستأنف الجولة غداً الأحد حيث يتواجه الإنتر مع أودينيزي، فيما يحل ميلان ضيفاً على جنوى.")
    assert ("ميلان", "Milan") in _places(
        nlp, "وكان مدرب الفريق قد استقبل البعثة فور وصولها إلى مدينة ميلان في ايطاليا.")


def test_the_two_villages_are_no_qaryatayn(nlp):
    """«جدران القريتين»: the walls of the two villages, no al-Qaryatayn (Syria)."""
    text = ("تمتاز محافظة قلوة بمنطقة الباحة بقريتي “الخلف والخُليف” إحدى أقدم القرى الأثرية في المنطقة. وبحسب ما "
            "أظهرت نقوش جدران القريتين، فإن عمرهما يعود تاريخه إلى أوائل القرن الثالث الهجري، إلى جانب وجود مقابر "
            "عديدة بالقريتين.")
    assert not [p for p in _places(nlp, text) if p[0] == "القريتين"]


def test_a_financial_offer_is_no_mali(nlp):
    """«عرض مالي» is a financial offer, no Mali; «في مالي» and «ومالي» in a list stay Mali."""
    assert ("مالي", "Mali") not in _places(nlp, "وكشفت الصحف أن اللاعب حصل على عرض مالي قدره 5 ملايين يورو.")
    assert ("مالي", "Mali") in _places(
        nlp, "وتعد المنطقة الشمالية الصحراوية في مالي موطنًا لعدد من الجماعات.")


def test_nicaragua_in_the_egyptian_spelling(nlp):
    """«نيكاراجوا» is Nicaragua."""
    assert ("نيكاراجوا", "Nicaragua") in _places(
        nlp, "قالت الشرطة في منطقة ريتشموند إنها أنقذت امرأة من نيكاراجوا احتجزت لمدة عام تقريبا.")


def test_sousse_of_a_tunisia_story_naming_libya(nlp):
    """«في سوسة» of a Tunisia story that names Libya is Sousse, not Libya's Sūsah."""
    text = ("بدأت السلطات التونسية في بناء جدار على حدودها الجنوبية مع ليبيا، في محاولة لمنع تسلل المتطرفين من "
            "ليبيا. وكان مسلح قد قتل 38 سائحا في هجوم على فندق في سوسة.")
    places = _places(nlp, text)
    assert ("سوسة", "Sousse") in places and ("سوسة", "Sūsah") not in places
