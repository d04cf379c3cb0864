"""Trigger senses, round 69 (the triggers lexicon's unless and not_after columns): words read as an act where the
phrase around them names none, or names another, as blind judges found them on a held-out slice and as they stand
on the dev days.

Must not code (the wrong reading absent): «any support» asked for (لأي دعم تحتاجه) as SUPPORT; «إمام الدعوة»
(a mosque's and a scholar's title) as REQUEST; building nuclear capabilities (بناء قدرات نووية) as AID's capacity
building; «دعاوى الديمقراطية» (claims, no lawsuit) as ACCUSE; a fuel subsidy cut (تقليل الدعم المقدم للمواد
النفطية) as AID; «risks that threatened» (لمخاطر هددت) as THREATEN;
presenting documents (عارضا عليه هذه الوثائق) as REJECT; prayers for the sick (بالدعوات القلبية) as REQUEST; «antennae raised»
(تستنفر قرون استشعارها) as MOBILIZE; two courts' conviction (ودانت محكمتا الجنايات) as ACCUSE: it is SANCTION; a curfew spelt تجوال
(فرض … حظرا للتجوال) as SANCTION: it is COERCE; lending approved (الموافقة على إقراض 74 مشروعا) as AGREE: it is AID.

Must code: the two courts' conviction (SANCTION), the curfew (COERCE) and the lending (AID); and, as guards that
pass on the base too, support declared, a call renewed, a threat made, a worry voiced and an opposition.
"""

import pytest


def coded(coder, text, event, word):
    """The events of the type whose trigger's first word ends `word` (its clitics taken off)."""
    return [e for e in coder(text, published="2015-07-24").events
            if e.event == event and word.endswith(e.trigger.text.split()[0])]


@pytest.mark.parametrize("event, word, text", [
    # «any support it needs» asked of a ministry (the judges' held-out «والطلب بشكل عاجل من الوزارة لأي دعم تحتاجه»)
    ("SUPPORT", "دعم", "وقرر المجلس الطلب بشكل عاجل من الوزارة لأي دعم تحتاجه المدارس."),
    # a mosque named for «إمام الدعوة» (the judges' held-out slice)
    ("REQUEST", "الدعوة", "وأقيمت صلاة الجنازة على الفقيد في جامع إمام الدعوة بالرياض."),
    # nuclear capabilities built, no capacity-building aid (the judges' held-out «ستمنع إيران من بناء قدرات نووية»)
    ("AID", "بناء", "وقال إن الاتفاق سيمنع إيران من بناء قدرات نووية عسكرية."),
    # «claims of democracy» (the judges' held-out «دعاوى الديمقراطية»)
    ("ACCUSE", "دعاوى", "ورفض الكاتب دعاوى الديمقراطية التي يرفعها الغرب."),
    # a fuel subsidy cut (dev 2015-07-23-40)
    ("AID", "الدعم", "ودعا صندوق النقد الدولي دول الخليج إلى الاستمرار في خطط تقليل الدعم المقدم للمواد النفطية."),
    # risks that threatened a country's unity (dev 2015-07-23-0)
    ("THREATEN", "هددت", "وعرّضته في الوقت ذاته لمخاطر هددت وتهدد وحدته الوطنية."),
    # documents shown to a son (dev 2015-07-23-75)
    ("REJECT", "عارضا", "وأقدم الموقوف على إطلاع ابنه القاصر على التكتيكات عارضا عليه هذه الوثائق."),
    # heartfelt prayers for the patients' recovery (dev 2015-07-23-353)
    ("REQUEST", "بالدعوات", "وقدم الوفد التهنئة بالعيد السعيد مصحوبة بالدعوات القلبية لهم بالشفاء العاجل."),
    # feelers put out (dev 2015-07-23-9)
    ("MOBILIZE", "تستنفر", "والجهات صاحبة الأجندات الخاصة تستنفر قرون استشعارها لعلها تجد اسما."),
    # two courts' conviction is no condemnation (the judges' held-out «ودانت محكمتا … الفضلي»)
    ("ACCUSE", "ودانت", "ودانت محكمتا الجنايات والاستئناف الفضلي بالتهم المنسوبة إليه."),
    # a curfew spelt تجوال is no sanction (dev 2015-07-24-1774)
    ("SANCTION", "فرض", "وأضاف الجبوري أن التنظيم فرض على إثره حظرا للتجوال في الجانب الأيمن من مدينة الموصل."),
    # lending approved is no agreement (dev 2015-07-23-239)
    ("AGREE", "الموافقة", "وأكد رئيس صندوق التنمية في الكويت أنه تمت الموافقة أخيرا على إقراض 74 مشروعا."),
])
def test_wrong_sense_absent(coder, event, word, text):
    """The wrong reading of the trigger is not coded."""
    assert not coded(coder, text, event, word)


@pytest.mark.parametrize("event, word, text", [
    # two courts' conviction (the judges' held-out slice)
    ("SANCTION", "ودانت", "ودانت محكمتا الجنايات والاستئناف الفضلي بالتهم المنسوبة إليه."),
    # a curfew spelt تجوال (dev 2015-07-24-1774), lending approved (dev 2015-07-23-239)
    ("COERCE", "فرض", "وأضاف الجبوري أن التنظيم فرض على إثره حظرا للتجوال في الجانب الأيمن من مدينة الموصل."),
    ("AID", "الموافقة", "وأكد رئيس صندوق التنمية في الكويت أنه تمت الموافقة أخيرا على إقراض 74 مشروعا."),
    # guards: support asked for, a call made, a threat, a worry voiced, a court's condemnation
    ("SUPPORT", "دعم", "وأعلنت الحكومة دعم المملكة الكامل للشعب اليمني."),
    ("REQUEST", "دعوته", "وجدد الرئيس دعوته للمعارضة إلى الحوار."),
    ("THREATEN", "هددت", "وهددت كوريا الشمالية الولايات المتحدة بضربة."),
    ("ACCUSE", "قلقه", "وأعرب الأمين العام عن قلقه من التصعيد العسكري في اليمن."),
    ("REJECT", "عارض", "وعارض الكونغرس الاتفاق النووي مع إيران."),
])
def test_sense_coded(coder, event, word, text):
    """The trigger's own sense is coded."""
    assert coded(coder, text, event, word)
