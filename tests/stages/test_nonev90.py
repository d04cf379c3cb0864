"""Round 90: hostings, interviews and fines that are no political event (the judges' `not_event` verdicts of
2015-07-26 and 2015-07-27): a trade, medical or school hosting («تستضيف … المؤتمر العالمي لمواجهة مرض السمنة
والسكري»، «المؤتمر العربي الدولي للألمنيوم»، «الوفد الطلابي» past the occasion reach), a scout jamboree and a family's
hospitality are no meeting (CONSULT); «في هذا الحوار:» leads a press interview, and a meeting in a film's plot or
title or in a play («الفيلم الجديد «المقابلة» عن مذيع أمريكي يلتقي») is a story, no meeting; «وفي حال مخالفة نصوصه
تفرض غرامات» is a law's penalty, no fine imposed (SANCTION). A political conference hosted and a fine imposed stay."""

import pytest

PUBLISHED = "2015-07-27"  # the day the story fixture (conftest) publishes the texts on


@pytest.mark.parametrize("sentence", [
    ("تستضيف المملكة العربية السعودية خلال شهر أكتوبر القادم برعاية معالي وزير الصحة المهندس خالد بن عبدالعزيز "
     "الفالح، المؤتمر العالمي لمواجهة مرض السمنة والسكري في دول الخليج تحت شعار \" الشراكة في التغيير\"."),
    ("تستضيف شركة التعدين العربية السعودية \"معادن\" والتي تمتلك أكبر مجمع لصناعات الألمنيوم وأكثرها تكاملا على "
     "مستوى العالم، المؤتمر العربي الدولي للألمنيوم \"عربال\" في نسخته الـ 19 بمشاركة دولية واسعة."),
    ("وأكد أن الجمعية اعتادت على المشاركة منذ المشاركة الأولى لها في النسخة 11 من الجامبوري الكشفي، الذي "
     "استضافته اليونان عام 1383ه في سهل مارتن."),
    ("فانتقل إلى عمان ونزل في مقر الإخوان المسلمين في وسط البلد، حتى استضافته عائلة الكيلاني سليلة الإمام عبد "
     "القادر الجيلاني."),
])
def test_a_trade_school_or_private_hosting_is_no_meeting(story, sentence):
    """A conference of a trade or a science, a school's guests, a jamboree or a family's guest: no CONSULT."""
    assert "CONSULT" not in story.types(sentence)


def test_a_schools_guests_are_no_meeting(story):
    """«تستضيف الإدارة العامة للتعليم … الوفد الطلابي» (the students' delegation past the occasion reach): the hosting
    is no CONSULT; «تستضيف الرياض … مؤتمرا للمعارضة السورية لبحث الأزمة» names a crisis and stays."""
    events = story.events("تستضيف الإدارة العامة للتعليم بمنطقة مكة المكرمة ممثلة في إدارة التوجيه والإرشاد، الوفد "
                          "الطلابي سفراء الحزم للأندية الموسمية ( بنين- بنات ) من كل من ادارتي تعليم ( صبيا – ونجران "
                          ")لمدة 6 أيام حيث تنتهي الزيارة في الخامس عشر من هذا الشهر الجاري.")
    assert not [e for e in events if e.event == "CONSULT" and e.trigger.text == "تستضيف"]
    # a political conference hosted names a crisis: it stays
    assert "CONSULT" in story.types("تستضيف الرياض الأسبوع المقبل مؤتمرا للمعارضة السورية لبحث الأزمة.")


def test_an_interview_lead_is_no_meeting(nlp):
    """«الحمادي تطرق إلى عدة نقاط في هذا الحوار:» leads the questions of a press interview: no CONSULT."""
    text = ("طالب رئيس اللجنة الوطنية للمقاولين بمجلس الغرف السعودي فهد الحمادي بأهمية إعادة النظر في أسلوب "
            "تصنيف المقاولين.. الحمادي تطرق إلى عدة نقاط في هذا الحوار: \n \nمعوقات قطاع المقاولات \n* كيف ترى "
            "المعوقات في قطاع المقاولات بالمملكة؟ \n- المعوقات كثيرة.")
    assert "CONSULT" not in [e.event for e in nlp(text, published=PUBLISHED).events]


def test_a_laws_penalty_is_no_fine_imposed(story):
    """«وفي حال مخالفة نصوصه تفرض غرامات» is what a law provides: no SANCTION; a fine imposed stays."""
    assert "SANCTION" not in story.types("وفي حال مخالفة نصوصه تفرض غرامات، وتوجه اتهامات جنائية، ويمكن للشرطة "
                                         "أن تحتجز السيارة.")
    assert "SANCTION" in story.types("أعلنت السلطات الأمريكية يوم الأحد فرض غرامة على شركة صناعة السيارات "
                                     "\"فيات كرايسلر\" تبلغ 105 ملايين دولار.")


@pytest.mark.parametrize("sentence", [
    "4- الفيلم الجديد «المقابلة» عن مذيع أمريكي يلتقي برئيس كوريا الشمالية في لقاء تلفزيوني.",
    ("ويقول بوب هيركليس، الذي يرافق الرئيس وأنتج فيلما وثائقيا حول الرحلة بعنوان «السيناتور أوباما يزور أفريقيا»: "
     "«من المدهش أن تفكر في رئيس الولايات المتحدة في تلك القرية الصغيرة»."),
    ("وقال متعب آل ثواب مشرف العمل المسرحي بالقرية: \"القرية تقدم في كل يوم استعراضا مختلفا لموروث المنطقة، من خلال "
     "عمل مسرحي، قُدم في حوار بين شخصية من المنطقة وآخر زائر، إضافة إلى شخصية سائح أجنبي، يريد التعرف على "
     "الموروث\"."),
])
def test_a_meeting_in_a_film_or_a_play_is_no_meeting(story, sentence):
    """A film's plot, a documentary's title or a play's dialogue: no CONSULT."""
    assert "CONSULT" not in story.types(sentence)


def test_a_film_then_a_meeting_told_after_it(story):
    """The plot of a film is no meeting; a meeting told past a clause break after a film shown stays («… عرض الفيلم
    الوثائقي؛ والتقى وزير الخارجية السعودي نظيره»)."""
    assert "CONSULT" not in story.types("الفيلم الجديد «المقابلة» عن مذيع أمريكي يلتقي برئيس كوريا الشمالية.")
    assert "CONSULT" in story.types("وحضر الوزير عرض الفيلم الوثائقي؛ والتقى وزير الخارجية السعودي نظيره الأمريكي "
                                    "في واشنطن.")
