"""Trigger senses, round 66 (the triggers lexicon's unless and not_after columns): a word that is no act coded as one,
as blind judges found them on the dev days.

Must not code (the wrong reading absent): the name Fajr as a subject after كان (وكان فجر قاد منتخب سوريا) and a
crisis's «new eruption» (وفي تفجر جديد للخلافات) as ASSAULT; the UN support mission named before its concern
(أعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها) and «a spacious haven» (موئلا رحبا) as SUPPORT; a press interview
(في لقاء مع قناة العربية، في حوار لـ«عكاظ»، حواره مع جريدة «السفير»، حوارا خاصا مع السفير) as CONSULT.

Must code, as guards that pass on the base too: the concern the mission expresses (ACCUSE), the clash after the
eruption (ASSAULT), a suicide bomber who blew himself up (ASSAULT), support expressed (SUPPORT), a meeting
and a frank dialogue with a counterpart (CONSULT).
"""

import pytest


def types(coder, text):
    """The event types the coder gives for `text`."""
    return [e.event for e in coder(text, published="2015-07-24").events]


@pytest.mark.parametrize("event, word, text", [
    # the name Fajr, the subject of a past verb after كان
    ("ASSAULT", "فجر", "وكان فجر قاد منتخب سوريا للفوز على أفغانستان 6-صفر في الجولة الأولى لمنافسات المجموعة الآسيوية."),
    # a new eruption of disputes
    ("ASSAULT", "تفجر", "وفي تفجر جديد للخلافات بين الحوثيين وفلول الرئيس المخلوع، أدى اشتباك مسلح إلى مصرع قائد حوثي."),
    # the UN support mission's name
    ("SUPPORT", "أعربت", "أعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها إزاء تجدد الاشتباكات في جنوب ليبيا."),
    # a press interview
    ("CONSULT", "حوار", "وقال في حوار لـ«عكاظ» إن بلاده جهزت مذكرة تفاهم تنتظر التوقيع من قبل وزير الخارجية عادل الجبير."),
    ("CONSULT", "حواره", "وانتقد النظام المصري بعض آراء الأستاذ محمد حسنين هيكل في حواره مع جريدة «السفير» اللبنانية."),
    ("CONSULT", "حواراً", "وأجرت الصحيفة حواراً خاصا مع السفير اليمني القنصل العام في المملكة علي العياشي."),
    # «a spacious haven»
    ("SUPPORT", "رحباً", "لقد تشرفنا بلقاء الشيخ صالح ووجدنا فيه أخاً عزيزاً وموئلاً رحباً ومصدراً للالهام."),
    ("CONSULT", "لقاء", "وقال وزير الخارجية اليمني في لقاء مع قناة العربية إن الحوثيين لن يعودوا إلى عدن."),
])
def test_wrong_sense_not_coded(coder, event, word, text):
    """The word read in another sense gives no event of that type."""
    assert [e for e in coder(text, published="2015-07-24").events
            if e.event == event and e.trigger.text == word] == []


@pytest.mark.parametrize("event, text", [
    ("ACCUSE", "أعربت بعثة الأمم المتحدة للدعم في ليبيا عن قلقها إزاء تجدد الاشتباكات في جنوب ليبيا."),
    ("ASSAULT", "وفي تفجر جديد للخلافات بين الحوثيين وفلول الرئيس المخلوع، أدى اشتباك مسلح إلى مصرع قائد حوثي."),
    ("ASSAULT", "وكان انتحاري فجر نفسه خلال صلاة الجمعة في مسجد الإمام الصادق بمدينة الكويت."),
    ("SUPPORT", "وأعربت سورية عن دعمها لجهود التصدي للإرهاب."),
    ("CONSULT", "وقال كيري بعد حوار «صريح» مع نظيره المصري سامح شكري، إن هناك توافقا."),
    ("CONSULT", "وبحث وزير الخارجية خلال لقاء مع نظيره الأردني العلاقات الثنائية."),
])
def test_political_sense_still_coded(coder, event, text):
    """The political sense beside them still codes."""
    assert event in types(coder, text)
