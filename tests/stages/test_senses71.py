"""Round 71 word senses (triggers.tsv unless / not_after): an explosive already told going off by chance, a film
character «exploding», the name Ed (إيد) spelt like the verb of backing, a ban on a consumer thing, fighting
refused and planes received are no events (must not code); the attack, the backing, the ban and the welcome told
beside them stay (must code).

Checked on the coder without the report filter: these are the lexicon's candidates, before the filter weighs them.
"""

import pytest


def coded(coder, text, event, word):
    """Whether an event of type `event` is coded whose trigger's first word ends the given word (clitics off)."""
    return any(e.event == event and word.endswith(e.trigger.text.split()[0])
               for e in coder(text, published="2015-07-24").events)


@pytest.mark.parametrize("text,event,word", [
    ("وأوضح شاهد عيان أن مواطنا قام بحمل مقذوف لم ينفجر من الأرض، إلا أن والده أخذه من يده وقام برميه، "
     "فانفجر المقذوف وأصاب أحد المواطنين.", "ASSAULT", "فانفجر"),
    ("وكانت مواقع التواصل الاجتماعي قد ضجت بالحديث عن هذا الفيلم، الذي انفجرت الشخصية النسائية فيه غضبا.",
     "ASSAULT", "انفجرت"),
    ("وقال إيد مليباند، زعيم حزب العمال السابق، إن الحزب يحتاج إلى التغيير.", "SUPPORT", "إيد"),
    ("فبعدما قام أحد الأشخاص باستخدام عصا السيلفي خلال ركوب إحدى الألعاب في ديزني لاند في كاليفورنيا، تم حظر "
     "الأداة أيضاً هناك وقالوا مجددا إنها تشكل تهديدا أمنياً.", "COERCE", "حظر"),
    ("وأفاد التقرير بانشقاق عدد من الضباط الرافضين للقتال في صفوف الجيش.", "ASSAULT", "للقتال"),
])
def test_another_sense_codes_no_event(coder, text, event, word):
    """The trigger word read in another sense gives no event of its type."""
    assert not coded(coder, text, event, word)


@pytest.mark.parametrize("text,event,word", [
    ("وانفجرت سيارة مفخخة في سوق شعبية بمنطقة البياع.", "ASSAULT", "وانفجرت"),
    ("وأيد الرئيس الأمريكي الاتفاق النووي مع إيران.", "SUPPORT", "وأيد"),
    ("وحظرت السلطات التركية نشر صور الهجوم.", "COERCE", "وحظرت"),
    ("واستقبل خادم الحرمين الشريفين وزير الدفاع الأمريكي.", "CONSULT", "واستقبل"),
    ("واندلع قتال عنيف بين الجيش والمسلحين في المدينة.", "ASSAULT", "قتال"),
])
def test_the_event_sense_stays(coder, text, event, word):
    """The same trigger word in its event sense still codes its event."""
    assert coded(coder, text, event, word)
