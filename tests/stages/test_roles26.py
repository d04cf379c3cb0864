"""Round 26 (roles26): parties named in the clause and not carried onto the event (must / must not, on sentences
of the kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-07-21"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


# 1. a death or a wound in a clash with X (في اشتباك مع X، باشتباكات معها): X is who killed
def test_killed_in_clash_with_isis_have_isis_as_actor(nlp):
    text = "كما قتل ستة من مليشيا الحشد الشعبي وأصيب 12 في اشتباك مع مقاتلي تنظيم داعش في منطقة المضيق شرق الرمادي."
    evs = find(nlp, text, "ASSAULT", "قتل")
    assert evs and any(a.code == "IMG" for e in evs for a in e.actor)
    assert any("الحشد الشعبي" in r.text for e in evs for r in e.recipient)
    assert not any(a.code == "IMG" for e in evs for a in e.recipient)


def test_killed_in_clash_with_her_are_the_announcers(nlp):
    text = "ويأتي ذلك في الوقت الذي أعلنت فيه المقاومة اليمنية اليوم عن مقتل 22 من ميليشيا الحوثي باشتباكات معها قرب قاعدة العند."
    evs = find(nlp, text, "ASSAULT", "مقتل")
    assert evs and any("المقاومة" in a.text for e in evs for a in e.actor)
    assert not any("المقاومة" in r.text for e in evs for r in e.recipient)


def test_killed_in_armed_clashes_with_the_resistance(nlp):
    text = "وأفادت مصادر يمنية عن سقوط قتلى وجرحى من الحوثيين السبت في اشتباكات مسلحة مع المقاومة الشعبية في مديرية أرحب."
    evs = find(nlp, text, "ASSAULT", "قتلى")
    assert evs and any("المقاومة الشعبية" in a.text for e in evs for a in e.actor)


def test_killed_in_an_attack_is_no_clash_partner(nlp):
    # (no مع after the noun: the victims' attacker is not guessed)
    text = "وقتل خمسة جنود في اشتباكات قرب الحدود مع لبنان."
    evs = find(nlp, text, "ASSAULT", "وقتل")
    assert not any(a.code == "LBN" for e in evs for a in e.actor)


# 2. the phrase right before an event noun with و (or before its owner in لـ) is the genitive of the noun before,
# no doer of the act told after it
def test_cells_dismantled_do_not_arrest(nlp):
    text = "أشاد رئيس البرلمان العربي بأداء رجال الداخلية إثر الإعلان عن تفكيك خلايا إرهابية تابعة لداعش واعتقال 431 مرتبطين بالتنظيم."
    assert not any("خلايا" in a.text for e in find(nlp, text, "COERCE", "واعتقال") for a in e.actor)


def test_member_of_a_group_does_not_coordinate(nlp):
    text = "أوقفت المديرية العامة للأمن العام اللبناني (ع.ك) لانتمائه إلى مجموعة الإرهابيين أسامة منصور وشادي المولوي والتنسيق مع اللبناني (ع. ق)."
    assert not any("المولوي" in a.text for e in find(nlp, text, "COOPERATE", "والتنسيق") for a in e.actor)


def test_visit_and_meeting_keep_the_visitor(nlp):
    # (a noun joined by و to an event noun before it whose pronoun it bears goes on from that noun's doer)
    text = "وتأتي زيارة الأمير محمد بن سلمان للأردن واجتماعه مع العاهل الأردني في إطار التنسيق."
    evs = find(nlp, text, "CONSULT", "واجتماعه")
    assert evs and any("محمد بن سلمان" in a.text for e in evs for a in e.actor)


# 3. the phrase in من right after a noun of the dead or wounded, past its conjoined casualty nouns: those who fell
def test_dead_and_wounded_of_the_houthis(nlp):
    text = "وفي سياق متصل، سقط عشرات القتلى والجرحى من الحوثيين، أمس الجمعة، جراء غارات شنها طيران التحالف."
    evs = find(nlp, text, "ASSAULT", "القتلى")
    assert evs and any(r.code == "YEM" for e in evs for r in e.recipient)
    assert not any(r.code == "YEM" for e in evs for r in e.actor)


def test_dead_of_the_regime_army(nlp):
    text = "وأفادت شبكة سوريا مباشر بسقوط قتلى من جيش النظام بعد قصف بصواريخ غراد على الفرقة التاسعة."
    evs = find(nlp, text, "ASSAULT", "قتلى")
    assert evs and any("جيش" in r.text for e in evs for r in e.recipient)


def test_dead_by_the_hand_of_is_no_victim(nlp):
    # (من قبل names the doer, not the fallen)
    text = "وأفادت مصادر بسقوط قتلى من قبل مسلحي تنظيم داعش في المدينة."
    assert not any("داعش" in r.text for e in find(nlp, text, "ASSAULT", "قتلى") for r in e.recipient)


# 4. a unit no lexicon names, owned by X (تابعة لـX), right before the verb it is the subject of: X acts
def test_checkpoint_of_the_resistance_arrests(nlp):
    text = "وأن نقطة تفتيش تابعة للمقاومة الشعبية في تعز ألقت القبض مساء الاثنين على قيادي حوثي متنكراً بزي عروس."
    evs = find(nlp, text, "COERCE", "ألقت")
    assert evs and any("مقاومة الشعبية" in a.text for e in evs for a in e.actor)


def test_planes_of_the_army_attack(nlp):
    text = "وقال المتحدث إن طائرات تابعة للجيش هاجمت سفينة صغيرة كانت تحاول الرسو في ميناء درنة."
    evs = find(nlp, text, "ASSAULT", "هاجمت")
    assert evs and any(a.sector == "MIL" for e in evs for a in e.actor)


def test_vehicle_of_the_police_targeted_is_no_attacker(nlp):
    # (a verb that reads as a passive, with no object after it: the owner underwent it)
    text = "وأن سيارة تابعة للشرطة استهدفت بعبوة ناسفة في المدينة."
    assert not any("الشرطة" in a.text for e in find(nlp, text, "ASSAULT", "استهدفت") for a in e.actor)


# 5. a country right after a verb of visiting is where the visit goes, not the visitor
def test_soleimani_visited_russia(nlp):
    text = "قال مصدران أمنيان أمريكيان أمس إن قائد فيلق القدس الإيراني قاسم سليماني زار روسيا في خرق لقرار الأمم المتحدة."
    evs = find(nlp, text, "CONSULT", "زار")
    assert evs and not any(a.code == "RUS" for e in evs for a in e.actor)
    assert any(r.code == "RUS" for e in evs for r in e.recipient)
    assert any(a.code == "IRN" for e in evs for a in e.actor)


def test_delegation_will_visit_germany(nlp):
    text = "وجهت إليها دعوة أن تكون من ضمن وفد ثقافي سيزور ألمانيا بدعوة من مؤسسة رسمية هناك."
    evs = find(nlp, text, "CONSULT", "سيزور")
    assert not any(a.code == "DEU" for e in evs for a in e.actor)


def test_hosting_country_stays_host(nlp):
    text = "وتستضيف مصر المؤتمر الاقتصادي الدولي الشهر المقبل."
    assert not any(r.code == "EGY" for e in coded(nlp, text) for r in e.recipient)


def test_approval_of_the_latter_is_his(nlp):
    # («the latter» after the noun points back to the phrase before it: that phrase does the act)
    text = "ورغم محاولات رفسنجاني لتسوية هذه الأزمة من خلال اتصالاته بالمرشد خامنئي وموافقة الأخير على تخفيض السجن."
    evs = find(nlp, text, "AGREE", "وموافقة")
    assert evs and any("خامنئي" in a.text for e in evs for a in e.actor)


# 6. the phrase in the verb's own preposition right past its tail word told apart from it (past a bracket)
def test_sanctions_on_saleh_past_the_month(nlp):
    text = "وكان مجلس الأمن الدولي قد فرض في نيسان (أبريل) الماضي عقوبات على علي عبد الله صالح الذي لا يزال يسيطر على وحدات في الجيش."
    evs = find(nlp, text, "SANCTION", "فرض")
    assert evs and any("صالح" in r.text for e in evs for r in e.recipient)
    assert any(a.code == "IGO" for e in evs for a in e.actor)


# 7. a role noun that names its own act, the object of the verb before, is no subject of the verb with و after it
def test_protesters_backed_do_not_call(nlp):
    text = "كما أيدت المرجعية الدينية الشيعية في مدينة النجف المتظاهرين ودعا ممثل المرجع الأعلى السيد علي السيستاني حكومة العبادي للاستجابة لمطالبهم."
    assert not any("المتظاهرين" in a.text for e in find(nlp, text, "REQUEST", "ودعا") for a in e.actor)


def test_protesters_gathered_keep_chanting(nlp):
    text = "واشتبكت الشرطة مع متظاهرين تجمعوا في شوارع المدينة صباح اليوم، حيث تجمع نحو 200 متظاهر يلوحون بالأعلام ويرددون هتافات مناهضة للشرطة."
    assert not any("الشرطة" == a.text for e in find(nlp, text, "PROTEST", "ويرددون") for a in e.actor)


# 8. the verbal noun of the light verb (قيام، بقيام) with its subject in construct: that subject does the act in بـ
def test_report_of_three_men_shooting(nlp):
    text = "ورد بلاغ لشرطة محافظة حفر الباطن عن قيام ثلاثة أشخاص يستقلون مركبة بيضاء اللون بإطلاق النار تجاه مركبة مواطن ثلاثيني."
    evs = find(nlp, text, "ASSAULT", "بإطلاق")
    assert evs and any("أشخاص" in a.text for e in evs for a in e.actor)
    assert not any("أشخاص" in r.text for e in evs for r in e.recipient)


def test_regime_forces_arresting_young_men(nlp):
    text = "وأفاد المرصد بقيام قوات النظام باعتقال عشرة شبان في المدينة."
    evs = find(nlp, text, "COERCE", "باعتقال")
    assert evs and any(a.code == "SYR" for e in evs for a in e.actor)


def test_attack_the_day_after_the_army_shelled_is_not_the_armys(nlp):
    # (قيام never follows the event noun it carries: «الهجوم غداة قيام الجيش» is no «هجوم شنه الجيش»)
    text = "ويأتي هذا الهجوم غداة قيام الجيش التركي بقصف قواعد خلفية لمتمردي حزب العمال الكردستاني في شمال العراق."
    assert not any(a.code == "TUR" for e in find(nlp, text, "ASSAULT", "الهجوم") for a in e.actor)


def test_settlers_storming_al_aqsa(nlp):
    text = "أدانت مملكة البحرين بشدة قيام عشرات المستوطنين المتطرفين بمشاركة أحد الوزراء الإسرائيليين باقتحام المسجد الأقصى المبارك اليوم."
    evs = find(nlp, text, "COERCE", "باقتحام")
    assert evs and any("المستوطنين" in a.text for e in evs for a in e.actor)
