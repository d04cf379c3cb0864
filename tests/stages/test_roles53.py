"""Actors and recipients (round 53): threat and urge verbs whose subject is a pronoun or an unnamed plural before
them (وهو يتوعد مجلس النواب، لكن كثيرين حثوا أنقرة) or stands before a place phrase (توعد تنظيم داعش في ليبيا …);
a one-word name no lexicon knows right after an appeal verb, before the party appealed to (ودعا ملادينوف المجتمع
الدولي إلى); a verbal noun with its pronoun right after the subject of a verb of saying (أكد تحالف القوى العراقية
رفضه تصريحات …)."""


def _by_trigger(nlp, text, trigger, published="2015-08-03"):
    """(event, actor texts, recipient texts) of the event of `text` whose trigger is `trigger`."""
    return next((e.event, [a.text for a in e.actor], [r.text for r in e.recipient])
                for e in nlp(text, published=published).events if e.trigger.text == trigger)


def test_the_pronoun_before_a_threat_verb_is_its_subject(nlp):
    """«وهو يتوعد مجلس النواب الليبي»: the house is threatened, it does not threaten."""
    event = _by_trigger(nlp, "ونشرت مواقع تابعة لـ”داعش” تسجيلاً مصوراً ظهر فيه أحد مقاتلي التنظيم، وهو يتوعد مجلس "
                             "النواب الليبي والقائد العام للجيش الليبي، خليفة حفتر، بعمليات “ذبح وقتل” قريبة.",
                        "يتوعد")
    assert event[0] == "THREATEN" and "مجلس النواب الليبي" not in event[1] and "مجلس النواب الليبي" in event[2]


def test_the_threatened_past_the_subjects_place(nlp):
    """«توعد تنظيم داعش في ليبيا مجلس النواب الليبي والقائد العام …، خليفة حفتر»: past the place phrase, someone
    threatened (the phrase names Haftar)."""
    event = _by_trigger(nlp, "توعد تنظيم داعش في ليبيا مجلس النواب الليبي والقائد العام للجيش الليبي، خليفة حفتر، "
                             "بعمليات “ذبح وقتل” قريبة.", "توعد")
    assert event[0] == "THREATEN" and event[1] == ["تنظيم داعش"] and event[2]


def test_an_unnamed_plural_before_an_urge_verb_is_its_subject(nlp):
    """«… الاجراءات التركية لكن كثيرين حثوا أنقرة»: the Turkish measures urge no one; Ankara is urged."""
    event = _by_trigger(nlp, "وأيد حلفاء غربيون بينهم حلف شمال الأطلسي والولايات المتحدة الاجراءات التركية لكن "
                             "كثيرين حثوا أنقرة على عدم استخدام القوة المفرطة.", "حثوا")
    assert event == ("REQUEST", [], ["أنقرة"])


def test_an_unknown_name_then_the_party_appealed_to(nlp):
    """«ودعا ملادينوف المجتمع الدولي إلى العمل»: the name is the subject, the international community is called on."""
    event = _by_trigger(nlp, "ودعا ملادينوف المجتمع الدولي إلى العمل مع الجانبين الإسرائيلي والفلسطيني.", "دعا",
                        published="2015-07-25")
    assert event[0] == "REQUEST" and event[1] == [] and event[2] == ["المجتمع الدولي"]


def test_the_reporter_owns_the_verbal_noun_with_its_pronoun(nlp):
    """«أكد تحالف القوى العراقية رفضه تصريحات المالكي»: the alliance rejects; al-Maliki's statements are rejected."""
    event = _by_trigger(nlp, "أكد تحالف القوى العراقية رفضه تصريحات نائب رئيس الجمهورية نوري المالكي ضد المملكة "
                             "العربية السعودية.", "رفضه", published="2015-07-25")
    assert event[0] == "REJECT" and event[1] and "المالكي" not in " ".join(event[1]) and \
        any("المالكي" in r for r in event[2])
