"""Round 26 (roles26): parties named in the clause and not carried onto the event (must / must not, on sentences
of the kind fixed)."""

import pytest

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-21"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


def _has(party, field, value):
    """Whether `party` has `value` as its `field`: "code" and "sector" are equal to it, "text" holds it, "text=="
    is it."""
    if field == "text":
        return value in party.text
    if field == "text==":
        return party.text == value
    return getattr(party, field) == value


@pytest.mark.parametrize("text, event, word, checks", [
    # 1. a death or a wound in a clash with X (في اشتباك مع X، باشتباكات معها): X is who killed
    pytest.param("كما قتل ستة من مليشيا الحشد الشعبي وأصيب 12 في اشتباك مع مقاتلي تنظيم داعش في منطقة المضيق شرق الرمادي.",
                 "ASSAULT", "قتل", [("actor", "code", "IMG", True), ("recipient", "text", "الحشد الشعبي", True),
                                    ("recipient", "code", "IMG", False)],
                 id="killed_in_clash_with_isis_have_isis_as_actor"),
    pytest.param("ويأتي ذلك في الوقت الذي أعلنت فيه المقاومة اليمنية اليوم عن مقتل 22 من ميليشيا الحوثي باشتباكات معها قرب قاعدة العند.",
                 "ASSAULT", "مقتل", [("actor", "text", "المقاومة", True), ("recipient", "text", "المقاومة", False)],
                 id="killed_in_clash_with_her_are_the_announcers"),
    pytest.param("وأفادت مصادر يمنية عن سقوط قتلى وجرحى من الحوثيين السبت في اشتباكات مسلحة مع المقاومة الشعبية في مديرية أرحب.",
                 "ASSAULT", "قتلى", [("actor", "text", "المقاومة الشعبية", True)],
                 id="killed_in_armed_clashes_with_the_resistance"),
    # (no مع after the noun: the victims' attacker is not guessed)
    pytest.param("وقتل خمسة جنود في اشتباكات قرب الحدود مع لبنان.", "ASSAULT", "وقتل", [("actor", "code", "LBN", False)],
                 id="killed_in_an_attack_is_no_clash_partner"),
    # 2. the phrase right before an event noun with و (or before its owner in لـ) is the genitive of the noun before,
    # no doer of the act told after it
    pytest.param("أشاد رئيس البرلمان العربي بأداء رجال الداخلية إثر الإعلان عن تفكيك خلايا إرهابية تابعة لداعش واعتقال 431 مرتبطين بالتنظيم.",
                 "COERCE", "واعتقال", [("actor", "text", "خلايا", False)], id="cells_dismantled_do_not_arrest"),
    pytest.param("أوقفت المديرية العامة للأمن العام اللبناني (ع.ك) لانتمائه إلى مجموعة الإرهابيين أسامة منصور وشادي المولوي والتنسيق مع اللبناني (ع. ق).",
                 "COOPERATE", "والتنسيق", [("actor", "text", "المولوي", False)],
                 id="member_of_a_group_does_not_coordinate"),
    # (a noun joined by و to an event noun before it whose pronoun it bears goes on from that noun's doer)
    pytest.param("وتأتي زيارة الأمير محمد بن سلمان للأردن واجتماعه مع العاهل الأردني في إطار التنسيق.", "CONSULT",
                 "واجتماعه", [("actor", "text", "محمد بن سلمان", True)], id="visit_and_meeting_keep_the_visitor"),
    # 3. the phrase in من right after a noun of the dead or wounded, past its conjoined casualty nouns: those who fell
    pytest.param("وفي سياق متصل، سقط عشرات القتلى والجرحى من الحوثيين، أمس الجمعة، جراء غارات شنها طيران التحالف.",
                 "ASSAULT", "القتلى", [("recipient", "code", "YEM", True), ("actor", "code", "YEM", False)],
                 id="dead_and_wounded_of_the_houthis"),
    pytest.param("وأفادت شبكة سوريا مباشر بسقوط قتلى من جيش النظام بعد قصف بصواريخ غراد على الفرقة التاسعة.", "ASSAULT",
                 "قتلى", [("recipient", "text", "جيش", True)], id="dead_of_the_regime_army"),
    # (من قبل names the doer, not the fallen)
    pytest.param("وأفادت مصادر بسقوط قتلى من قبل مسلحي تنظيم داعش في المدينة.", "ASSAULT", "قتلى",
                 [("recipient", "text", "داعش", False)], id="dead_by_the_hand_of_is_no_victim"),
    # 4. a unit no lexicon names, owned by X (تابعة لـX), right before the verb it is the subject of: X acts
    pytest.param("وأن نقطة تفتيش تابعة للمقاومة الشعبية في تعز ألقت القبض مساء الاثنين على قيادي حوثي متنكراً بزي عروس.",
                 "COERCE", "ألقت", [("actor", "text", "مقاومة الشعبية", True)],
                 id="checkpoint_of_the_resistance_arrests"),
    pytest.param("وقال المتحدث إن طائرات تابعة للجيش هاجمت سفينة صغيرة كانت تحاول الرسو في ميناء درنة.", "ASSAULT",
                 "هاجمت", [("actor", "sector", "MIL", True)], id="planes_of_the_army_attack"),
    # (a verb that reads as a passive, with no object after it: the owner underwent it)
    pytest.param("وأن سيارة تابعة للشرطة استهدفت بعبوة ناسفة في المدينة.", "ASSAULT", "استهدفت",
                 [("actor", "text", "الشرطة", False)], id="vehicle_of_the_police_targeted_is_no_attacker"),
    # 5. a country right after a verb of visiting is where the visit goes, not the visitor
    pytest.param("قال مصدران أمنيان أمريكيان أمس إن قائد فيلق القدس الإيراني قاسم سليماني زار روسيا في خرق لقرار الأمم المتحدة.",
                 "CONSULT", "زار", [("actor", "code", "RUS", False), ("recipient", "code", "RUS", True),
                                    ("actor", "code", "IRN", True)],
                 id="soleimani_visited_russia"),
    pytest.param("وجهت إليها دعوة أن تكون من ضمن وفد ثقافي سيزور ألمانيا بدعوة من مؤسسة رسمية هناك.", "CONSULT", "سيزور",
                 [("actor", "code", "DEU", False)], id="delegation_will_visit_germany"),
    # («the latter» after the noun points back to the phrase before it: that phrase does the act)
    pytest.param("ورغم محاولات رفسنجاني لتسوية هذه الأزمة من خلال اتصالاته بالمرشد خامنئي وموافقة الأخير على تخفيض السجن.",
                 "AGREE", "وموافقة", [("actor", "text", "خامنئي", True)], id="approval_of_the_latter_is_his"),
    # 6. the phrase in the verb's own preposition right past its tail word told apart from it (past a bracket)
    pytest.param("وكان مجلس الأمن الدولي قد فرض في نيسان (أبريل) الماضي عقوبات على علي عبد الله صالح الذي لا يزال يسيطر على وحدات في الجيش.",
                 "SANCTION", "فرض", [("recipient", "text", "صالح", True), ("actor", "code", "IGO", True)],
                 id="sanctions_on_saleh_past_the_month"),
    # 7. a role noun that names its own act, the object of the verb before, is no subject of the verb with و after it
    pytest.param("كما أيدت المرجعية الدينية الشيعية في مدينة النجف المتظاهرين ودعا ممثل المرجع الأعلى السيد علي السيستاني حكومة العبادي للاستجابة لمطالبهم.",
                 "REQUEST", "ودعا", [("actor", "text", "المتظاهرين", False)], id="protesters_backed_do_not_call"),
    pytest.param("واشتبكت الشرطة مع متظاهرين تجمعوا في شوارع المدينة صباح اليوم، حيث تجمع نحو 200 متظاهر يلوحون بالأعلام ويرددون هتافات مناهضة للشرطة.",
                 "PROTEST", "ويرددون", [("actor", "text==", "الشرطة", False)], id="protesters_gathered_keep_chanting"),
    # 8. the verbal noun of the light verb (قيام، بقيام) with its subject in construct: that subject does the act in بـ
    pytest.param("ورد بلاغ لشرطة محافظة حفر الباطن عن قيام ثلاثة أشخاص يستقلون مركبة بيضاء اللون بإطلاق النار تجاه مركبة مواطن ثلاثيني.",
                 "ASSAULT", "بإطلاق", [("actor", "text", "أشخاص", True), ("recipient", "text", "أشخاص", False)],
                 id="report_of_three_men_shooting"),
    pytest.param("وأفاد المرصد بقيام قوات النظام باعتقال عشرة شبان في المدينة.", "COERCE", "باعتقال",
                 [("actor", "code", "SYR", True)], id="regime_forces_arresting_young_men"),
    # (قيام never follows the event noun it carries: «الهجوم غداة قيام الجيش» is no «هجوم شنه الجيش»)
    pytest.param("ويأتي هذا الهجوم غداة قيام الجيش التركي بقصف قواعد خلفية لمتمردي حزب العمال الكردستاني في شمال العراق.",
                 "ASSAULT", "الهجوم", [("actor", "code", "TUR", False)],
                 id="attack_the_day_after_the_army_shelled_is_not_the_armys"),
    pytest.param("أدانت مملكة البحرين بشدة قيام عشرات المستوطنين المتطرفين بمشاركة أحد الوزراء الإسرائيليين باقتحام المسجد الأقصى المبارك اليوم.",
                 "COERCE", "باقتحام", [("actor", "text", "المستوطنين", True)], id="settlers_storming_al_aqsa"),
])
def test_parties_of_the_events_found(nlp, text, event, word, checks):
    """Each check (side, field, value, present): some party on that side of the events `find` gives has `value` as
    its `field` (present True), or none has (present False)."""
    evs = find(nlp, text, event, word)
    for side, field, value, present in checks:
        found = any(_has(p, field, value) for e in evs for p in getattr(e, side))
        assert found is present, (side, field, value, present)


# (5. again) the country that hosts an event is not its recipient
def test_hosting_country_stays_host(nlp):
    text = "وتستضيف مصر المؤتمر الاقتصادي الدولي الشهر المقبل."
    assert not any(r.code == "EGY" for e in coded(nlp, text) for r in e.recipient)
