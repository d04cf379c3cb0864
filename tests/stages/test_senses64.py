"""Word senses and flags (round 64: triggers.tsv, modality.py, function_words.tsv): a ceasefire called for with its
adjective between («وقف فوري لإطلاق النار») is no shooting; «لقاء عائدات» is «in return for», no meeting; bombing
spoken of in general («لم تعد عمليات التفجير مقصورة على الانتحاريين») and battles and struggles in general are no
acts; pleasure sought, data breached and supply lines cut are no request, violation or road block; ألا (أن لا)
negates the verb after it; a clause of time in عندما set for today is an act to come, not a supposed one. Each test
also checks the reading that stays."""

from stage_coding import events_coded

PUBLISHED = "2015-07-25"


def _coded(nlp, text):
    """The events the event coder gives for `text`."""
    return events_coded(nlp, text, PUBLISHED)


def _at(nlp, text, trigger):
    """The events of `text` whose trigger text is `trigger`."""
    return [e for e in _coded(nlp, text) if e.trigger.text == trigger]


def test_immediate_ceasefire_called_for_is_no_shooting(nlp):
    """«تدعو إلى وقف فوري لإطلاق النار»: a call for a ceasefire; shooting stays where fire is opened."""
    events = _coded(nlp, "وقالت البعثة إنها تدعو إلى وقف فوري لإطلاق النار.")
    assert [e.event for e in events if e.trigger.text == "تدعو"] == ["REQUEST"]
    assert not [e for e in events if e.event == "ASSAULT"]
    assert not [e for e in _coded(nlp, "دعت الأمم المتحدة إلى وقف شامل لإطلاق النار في ليبيا.")
                if e.event == "ASSAULT"]
    assert "ASSAULT" in [e.event for e in _coded(nlp, "وفتح مسلحون النار على المتظاهرين وأطلقوا النار على الشرطة.")]


def test_liqaa_in_return_for_returns_is_no_meeting(nlp):
    """«لقاء عائدات بنسبة»: in return for a yield; a meeting with someone stays."""
    assert not _at(nlp, "كان الاتحاد الأوروبي يأمل في اقتراضها لخمس سنوات لقاء عائدات بنسبة 0.272 في المائة.",
                   "لقاء")
    assert "CONSULT" in [e.event for e in _at(nlp, "وعقد وزير الخارجية لقاء مع نظيره الروسي في موسكو.", "لقاء")]


def test_bombing_and_battles_in_general_are_no_acts(nlp):
    """Bombing no longer confined to suicide bombers, battles and struggles that spread religions: no act."""
    assert not _at(nlp, "لم تعد عمليات التفجير مقصورة على الانتحاريين.", "التفجير")
    assert not _at(nlp, "معارك وصراعات استخدمت لتوسيع رقعة الأديان والإصلاح.", "معارك")
    assert "ASSAULT" in [e.event for e in _coded(nlp, "وأسفر تفجير انتحاري استهدف مسجدا عن مقتل عشرة أشخاص.")
                         if e.trigger.text.startswith("تفجير")]


def test_alla_negates_its_verb(nlp):
    """«وهي ألا يهددوا إيرانيا»: ألا (أن لا) negates the threat; without it the threat stays unnegated."""
    threat = _at(nlp, "الاتفاق بعث برسالة إلى العالم وهي ألا يهددوا إيرانيا بعد اليوم.", "يهددوا")
    assert threat and all(e.negated for e in threat)
    threat = _at(nlp, "وقال إن الغرب يهددون إيران بالعقوبات.", "يهددون")
    assert threat and not any(e.negated for e in threat)


def test_when_clause_set_for_today_is_to_come(nlp):
    """«وعندما تجتمع اليوم اللجان»: a meeting set for today, future, not hypothetical."""
    meet = _at(nlp, "وعندما تجتمع اليوم اللجان المختصة بحجاج الداخل لإقرار تسعيرة الشركات، فإن مجالس إدارات "
                    "مؤسسات الطوافة ستطالب بخفض الأسعار.", "تجتمع")
    assert meet and all(e.future and not e.hypothetical for e in meet)


def test_pleasure_sought_data_breached_and_supply_lines_cut_are_no_such_acts(nlp):
    """«يطلبون المتعة» seeks pleasure, «بيانات انتهكوها» is a data breach, «قطع طرق خطوط الإمدادات» cuts supply
    lines: no request, violation or road block; a demand and a road blocked stay."""
    assert not _at(nlp, "حصلوا على أسماء المبحرين فيه من نساء ورجال يطلبون المتعة خارج فراش الزوجية.", "يطلبون")
    assert not _at(nlp, "وهم ممن نشروا مقتطفات لبيانات انتهكوها وتعرفوا إلى محتوياتها.", "انتهكوها")
    assert not [e for e in _coded(nlp, "وأكدت المقاومة تمكنها من قطع طرق خطوط الإمدادات الرئيسة التي كانت تزود "
                                       "قاعدة العند الجوية.") if e.event == "PROTEST"]
    assert "REQUEST" in [e.event for e in _at(nlp, "ويطلبون من الحكومة الإفراج عن المعتقلين.", "يطلبون")]
    assert "PROTEST" in [e.event for e in _coded(nlp, "وقطع المحتجون طرق المدينة احتجاجا على انقطاع الكهرباء.")]
