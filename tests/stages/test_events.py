"""Event coding on short news sentences: types, actor and recipient, modality (must / must not)."""

import pytest


def events(nlp, text, date="2016-05-21"):
    """The events the coder gives each trigger (before repeats of one act are dropped: tests/stages/test_repeats.py)."""
    from hadath.pipeline import Pipeline

    return Pipeline([s for s in nlp.stages if s.name != "repeats"])(text, published=date).events


def one(nlp, text, etype):
    evs = [e for e in events(nlp, text) if e.event == etype]
    assert evs, f"no {etype} in {text!r}: {[e.event for e in events(nlp, text)]}"
    return evs[0]


def test_vso_assault_with_actor_and_counted_victims(nlp):
    ev = one(nlp, "قتل مسلحون مجهولون خمسة جنود عراقيين شمال بغداد.", "ASSAULT")
    assert [(a.code, a.sector) for a in ev.actor] == [(None, "UAF")]
    assert [(r.code, r.sector) for r in ev.recipient] == [("IRQ", "MIL")]


def test_passive_reading_puts_the_victims_in_the_recipient(nlp):
    ev = one(nlp, "قتل عشرة مدنيين في قصف على المدينة.", "ASSAULT")
    assert not ev.actor or all(a.sector != "CVL" for a in ev.actor)
    assert any(r.sector == "CVL" for r in ev.recipient)


def test_title_and_nationality_attach_to_the_person(nlp):
    ev = one(nlp, "طالب وزير الخارجية الروسي سيرغي لافروف الولايات المتحدة بوقف الغارات.", "REQUEST")
    assert ev.actor[0].code == "RUS" and ev.actor[0].sector == "GOV"
    assert ev.recipient and ev.recipient[0].code == "USA"


def test_protest_with_protesters_as_actor(nlp):
    ev = one(nlp, "تظاهر آلاف الطلاب أمام مقر الحكومة احتجاجا على رفع الأسعار.", "PROTEST")
    assert ev.actor and ev.actor[0].sector == "EDU"


@pytest.mark.parametrize("text,flag", [
    ("لم تهاجم القوات الإسرائيلية المخيم.", "negated"),
    ("نفى الجيش أن يكون قد قصف المستشفى.", "negated"),
    ("ستفرض الولايات المتحدة عقوبات جديدة على إيران.", "future"),
    ("إذا هاجمت إسرائيل لبنان فإن الحرب ستندلع.", "hypothetical"),
    ("قد يهاجم الجيش المدينة خلال الأيام المقبلة.", "hypothetical"),
    ("ولم تقتل القوات أي مدني في العملية.", "negated"),
    ("وقال إن الجيش لن يهاجم المدينة.", "future"),
])
def test_modality_is_flagged_not_dropped(nlp, text, flag):
    evs = events(nlp, text)
    assert evs, text
    assert getattr(evs[0], flag), evs[0].to_dict()
    assert not evs[0].factual


@pytest.mark.parametrize("text,trigger", [
    # ما before an imperfect verb is "what" (ما يطلب منهم "what is asked of them"), not a negation
    ("ويؤكد الباحث أن عناصر التنظيم ينفذون ما يطلب منهم دون تردد.", "يطلب"),
    # an event dated to the past by بعد/عقب/منذ is no intended one, even near a threat or an appeal
    ("ويأتي التصويت في أجواء من التهديد المتزايد بعد الاعتداءين اللذين شهدتهما البلاد في يونيو، حيث قتل 38 سائحا.",
     "الاعتداءين"),
])
def test_what_is_not_a_negation_and_after_is_not_the_future(nlp, text, trigger):
    evs = [e for e in events(nlp, text) if e.trigger.text == trigger]
    assert evs, [e.to_dict() for e in events(nlp, text)]
    assert not evs[0].negated and not evs[0].future, evs[0].to_dict()


def test_ma_before_a_perfect_verb_negates_it(nlp):
    assert one(nlp, "ما هاجم الجيش القرية أمس.", "ASSAULT").negated


def test_plain_factual_event_has_no_flags(nlp):
    ev = one(nlp, "هاجمت القوات الإسرائيلية مخيم جنين صباح اليوم.", "ASSAULT")
    assert ev.factual


@pytest.mark.parametrize("text", [
    "ارتفعت أسعار النفط في الأسواق العالمية اليوم.",
    "افتتح المعرض الدولي للكتاب في الرياض بمشاركة مئات الناشرين.",
    "",
    "The minister met his counterpart in London.",
])
def test_no_event_where_none_is_told(nlp, text):
    assert events(nlp, text) == []


def test_compound_actor_joined_by_wa(nlp):
    # signing a formal agreement is SUPPORT in PLOVER (CAMEO 057); the signatories are one compound actor
    ev = one(nlp, "ووقعت مصر والأردن اتفاقا للتعاون في مجال الطاقة.", "SUPPORT")
    assert {a.code for a in ev.actor} >= {"EGY", "JOR"}


def test_plover_record_has_the_contract_fields(nlp):
    ev = one(nlp, "هاجمت القوات الإسرائيلية مخيم جنين صباح اليوم.", "ASSAULT")
    d = ev.to_dict()
    for key in ("id", "doc_id", "date", "event", "actor", "recipient", "mode", "context", "quad_code",
                "cameo", "negated", "future", "hypothetical", "trigger", "text_info"):
        assert key in d
    assert d["event"] == ["ASSAULT"] and d["quad_code"] == 4 and d["quad_class"] == "material conflict" and d["date"] == "2016-05-21"
    assert {"sequence", "start", "end"} <= set(d["text_info"])


def test_still_is_not_a_negation(nlp):
    ev = one(nlp, "لا يزال الجيش يعتقل خمسة متظاهرين منذ أسبوع.", "COERCE")
    assert not ev.negated


def test_quad_codes_follow_the_plover_manual_table(nlp):
    from hadath.records import QUAD
    assert QUAD["AGREE"] == 1 and QUAD["AID"] == 2 and QUAD["ACCUSE"] == 3 and QUAD["ASSAULT"] == 4
    ev = one(nlp, "ودعا الأمين العام للأمم المتحدة جميع الأطراف إلى ضبط النفس.", "REQUEST")
    assert ev.quad_class == "verbal cooperation" and ev.quad_code == 1  # a CAMEO appeal (02x)


def test_trigger_context_reaches_the_event():
    from hadath.lexicon import Lexicon
    from hadath.pipeline import Pipeline
    from hadath.stages.events import EventCoder
    from hadath.stages.mentions import MentionMatcher
    from hadath.stages.text import Segmenter

    lex = Lexicon.from_rows(
        agents=[{"phrase": "الجيش", "sector": "MIL"}],
        triggers=[{"event": "ASSAULT", "mode": "aerial", "cameo": "195", "pos": "noun", "forms": "غارة",
                   "prep": "على", "gen": "actor", "context": "military"}])
    art = Pipeline([Segmenter(), MentionMatcher(lex), EventCoder()])("شن الجيش غارة على المدينة.")
    d = art.events[0].to_dict()
    assert d["context"] == ["military"] and d["mode"] == ["aerial"] and d["cameo"] == "195"


@pytest.mark.parametrize("text", [
    "وقال مساعد المدير إن العمل يسير وفق الخطة.",      # مساعد "assistant" is not مساعدة "aid"
    "وتقام المباراة يوم الأحد الموافق الأول من أغسطس.",  # الموافق "corresponding to" is not موافقة
    "وشارك الطلبة في الحفل الختامي للمدرسة.",            # الطلبة "students" is not طلب "request"
])
def test_a_noun_matches_only_its_own_gender(nlp, text):
    assert not [e for e in events(nlp, text) if e.event in ("AID", "AGREE", "REQUEST")]


def test_feminine_noun_with_a_pronoun_still_matches(nlp):
    assert one(nlp, "وأعلنت الحكومة عن مساعدتها للاجئين السوريين.", "AID")


def test_gathering_is_a_protest_only_in_front_of_something(nlp):
    assert one(nlp, "وتجمع مئات المواطنين أمام مبنى البرلمان.", "PROTEST")
    assert not events(nlp, "وتجمع أعضاء الفرقة الموسيقية لفترة وجيزة في العام الماضي.")


def test_li_before_a_perfect_form_is_a_verbal_noun(nlp):
    evs = events(nlp, "وخصصت الحكومة مبلغا كبيرا لدعم المزارعين في الجنوب.")
    assert [e.event for e in evs] == ["AID"], [e.to_dict() for e in evs]
    assert not evs[0].future
    assert [e.event for e in events(nlp, "وقال إن بلاده ستدعم الحكومة الجديدة.")] == ["SUPPORT"]


def test_support_as_a_noun_is_help_given(nlp):
    ev = one(nlp, "وواصلت المنظمة الدولية الدعم للاجئين في المخيمات.", "AID")
    assert ev.trigger.text == "الدعم"


def test_a_word_after_a_preposition_is_a_noun_not_a_verb(nlp):
    evs = [e for e in events(nlp, "وأصيب متظاهرون بجروح لدى خطفهم من الساحة.") if e.trigger.text == "خطفهم"]
    assert evs and not evs[0].actor  # «لدى خطفهم»: at their abduction, not «they abducted»
    mentions = [m for m in nlp("وأصيب متظاهرون بجروح لدى خطفهم من الساحة.").mentions if m.text == "خطفهم"]
    assert mentions and mentions[0].get("pos") == "noun"


def test_forced_displacement_is_coercion(nlp):
    evs = [e for e in events(nlp, "وأدانت المنظمة تهجير السكان من القرى الحدودية.") if e.event == "COERCE"]
    assert evs and evs[0].mode == "deport" and [(r.code, r.sector) for r in evs[0].recipient] == [(None, "CVL")]


def test_what_a_policy_combats_is_not_an_event(nlp):
    evs = events(nlp, "وتواصل قوات الشرطة التدريب على مكافحة أعمال الشغب في العاصمة.")
    assert not any(e.event == "PROTEST" for e in evs), [e.to_dict() for e in evs]
    assert any(e.event == "PROTEST" for e in events(nlp, "واندلعت أعمال الشغب في العاصمة أمس."))


def test_a_counted_noun_in_accusative_is_no_verb(nlp):
    evs = events(nlp, "وكانت مجموعة من ثلاثين طالبا قد اقتحمت عيادة في المدينة.")
    assert not any(e.event == "REQUEST" for e in evs), [e.to_dict() for e in evs]
    # a count may be the subject of a verb after it
    assert any(e.event == "ASSAULT" for e in events(nlp, "وقال المصدر إن 3 قتلوا في الانفجار."))
    assert any(e.event == "REQUEST" for e in events(nlp, "وطالبا الحكومة بالإفراج عن المعتقلين."))


def test_the_owner_of_an_indefinite_object_is_the_target(nlp):
    # فجر حافلة تابعة للشرطة: the police own the bus blown up; they are hit, not the bombers
    ev = one(nlp, "قال مصدر أمني إن مهاجما انتحاريا فجر حافلة تابعة للشرطة في العاصمة كابول أمس.", "ASSAULT")
    assert any(r.sector == "COP" for r in ev.recipient), ev.to_dict()
    assert not any(a.sector == "COP" for a in ev.actor), ev.to_dict()


def test_a_definite_noun_with_its_owner_after_the_verb_stays_the_subject(nlp):
    ev = one(nlp, "ودمرت البوارج الحربية التابعة لقوات التحالف مواقع للمسلحين الحوثيين.", "ASSAULT")
    assert not any(r.code is None and r.sector == "MIL" and "التحالف" in r.text for r in ev.recipient), ev.to_dict()


@pytest.mark.parametrize("text", [
    "لقي شخصان مصرعهما في حادث تصادم وقع مساء اليوم الاثنين على طريق وادي بقرة بمحافظة بارق.",
    "قتل 16 شخصا على الأقل وأصيب ستة آخرون بعد غرق مركب اصطدم بزورق نهري بمحافظة الجيزة.",
    "أصيب 15 شخصاً بحالات اختناق في حريق بعمارة سكنية بحي الخالدي بمدينة الرياض.",
    "توفي طفلان وأصيب ثمانية آخرون صباح اليوم في حادث سير على طريق الأحساء.",
    "وقالت السلطات إن تفشيا فتاكا لداء المحاربين القدماء قتل أربعة أشخاص.",
    "وأضاف أن معظم القتلى مدنيون كانوا على الأرض وقت سقوط الطائرة على البلدة.",
])
def test_deaths_in_an_accident_are_no_assault(nlp, text):
    assert "ASSAULT" not in [e.event for e in events(nlp, text)], [e.to_dict() for e in events(nlp, text)]


@pytest.mark.parametrize("text", [
    "أضرم مسلحون النار في منزل ما أدى إلى مقتل طفلين في الحريق.",  # an attack named beside the fire
    "قتل ثلاثة من رجال الشرطة برصاص مسلحين أمس.",  # no accident named
    "قتل خمسة أشخاص حين قصفت طائرة حربية سوقا في أريحا.",  # a warplane that strikes, not one that falls
])
def test_deaths_beside_an_attack_stay_assaults(nlp, text):
    assert "ASSAULT" in [e.event for e in events(nlp, text)], [e.to_dict() for e in events(nlp, text)]


@pytest.mark.parametrize("text", [
    "وعلى صعيد منفصل، توصلت إدارة نادي الاتحاد لاتفاق مع المدافع أحمد عسيري للتجديد لخمس سنوات قبل انطلاق الدوري.",
    "يلتقي فولفسبورغ بطل كأس ألمانيا وبايرن ميونيخ في المباراة التقليدية السنوية التي تسبق انطلاق الموسم.",
    "طالبت إدارة النادي الأهلي لجنة المسابقات بإعادة النظر في مواعيد بعض مباريات فريقها في الدوري.",
])
def test_sport_news_codes_no_political_event(nlp, text):
    assert not [e for e in events(nlp, text) if e.event not in ("ASSAULT", "PROTEST")], \
        [e.to_dict() for e in events(nlp, text)]


@pytest.mark.parametrize("text,etype", [
    # two sport words in one phrase name one thing: the stadium bombed, the tournament a meeting is about
    ("واستهدف الطيران تعزيزات عسكرية للحوثيين قرب الملعب الرياضي في قعطبة.", "MOBILIZE"),
    ("والتقى وزير الداخلية نظيره الروسي لبحث أمن بطولة كأس العالم.", "CONSULT"),
])
def test_one_sport_phrase_does_not_make_sport_news(nlp, text, etype):
    assert etype in [e.event for e in events(nlp, text)], [e.to_dict() for e in events(nlp, text)]


# Modality audited on bench news (SaudiNewsNet): each case below is a sentence of that kind, flagged wrong or
# left unflagged before.

def _flags(nlp, text, trigger):
    evs = [e for e in events(nlp, text, "2015-08-01") if e.trigger.text == trigger]
    assert evs, [e.to_dict() for e in events(nlp, text, "2015-08-01")]
    return evs[0]


@pytest.mark.parametrize("text,trigger", [
    # ما is "what" unless it opens the clause before a perfect verb
    ("وهو ما دعا إليه رئيس بلدية لندن.", "دعا"),  # (ما دعا X إلى is a cause, no call: test_roles32)
    ("ليفرق ما اجتمع وينفض عرى الأمن.", "اجتمع"),
    ("متى ما طلب منه ذلك.", "طلب"),
    # غير negates only the word it is construct with; غير أن is "however"
    ("وغير أن الاجتماع انقضى دون الوصول إلى نتيجة حقيقية.", "الاجتماع"),
    ("وكانت حصيلة غير نهائية للتفجير الذي استهدف سوقا شعبية، أفادت مساء أول أمس عن مقتل 17 شخصا على الأقل.",
     "للتفجير"),
    # لا سيما is "especially"
    ("وجهود الائتلاف في الحوار السوري، لا سيما الاجتماع الأخير في بروكسل.", "الاجتماع"),
    # a negation stays with the verb it stands before, not the next verb in the row
    ("قامت الدنيا ولم تقعد وتطلّب مني الأمر أكثر من ستة أشهر.", "تطلّب"),
    # denying a charge does not undo the charge
    ("ونفى المشجعون الأربعة تهمة السلوك العنصري.", "تهمة"),
    ("وينفي رضايان وعائلته هذه الاتهامات بشكل قاطع.", "الاتهامات"),
    # not hiding or forgetting something asserts it
    ("والحرس الثوري الذي لم يخف رفضه للاتفاق.", "رفضه"),
    ("كما لا أنسى دعم ومساندة الأهل.", "دعم"),
])
def test_negators_that_negate_something_else(nlp, text, trigger):
    assert not _flags(nlp, text, trigger).negated


@pytest.mark.parametrize("text,trigger", [
    ("ما هاجم الجيش القرية أمس.", "هاجم"),
    ("وبعد التحقيقات لم تثبت التهمة على أحد.", "التهمة"),
    ("نفى الجيش أن يكون قد قصف المستشفى.", "قصف"),
])
def test_negations_that_stay(nlp, text, trigger):
    assert _flags(nlp, text, trigger).negated


@pytest.mark.parametrize("text,trigger", [
    # a request that is refused or accepted was made
    ("ورفضت المحكمة طلبا بتصدير اللوحة.", "طلبا"),
    ("وأكد مصدر أن الشباب وافق على طلب مسؤولي الأهلي بشراء عقد اللاعب.", "طلب"),
    ("قال الاتحاد الروسي لكرة القدم إنه رفض ادعاءات لاعب الوسط الغاني بأنه تعرض لإهانة عنصرية.", "ادعاءات"),
    # the complement of a refusal ends with its clause
    ("ورفض طلبهم، وبعد التحقيقات لم تثبت التهمة على أحد.", "التهمة"),
    # a verb in a row of verbs, or told after أنه, or an imperfect without أن, is no complement
    ("وقد ادعوا ملكيتهم للمنزل ورفضوا المغادرة.", "رفضوا"),
    ("طلبت منه التواصل مع زوجها إلا أنه رفض استقبال الاتصال.", "رفض"),
    ("في كل مرة نطلب فيها الحصول على تصريح بناء يرفضون.", "يرفضون"),
    # an event already told (هذه الهجمات) or told in a relative clause is no appeal's content
    ("وهدد المجلس بعواقب لمثل هذه الهجمات.", "الهجمات"),
    ("ورفض الصفراء الكشف عن الأسباب التي دفعته للاستقالة من منصبه.", "للاستقالة"),
    ("أطلب من الذين يحتجزون ابني إطلاق سراحه.", "يحتجزون"),
])
def test_facts_near_an_appeal_or_refusal_are_not_intended(nlp, text, trigger):
    assert not _flags(nlp, text, trigger).future


def test_the_future_sin_goes_with_an_imperfect_only(nlp):
    # سائدا "prevailing" is no س + perfect verb
    assert not any(e.future for e in events(nlp, "لكن هذا الاعتقاد ليس سائدا.", "2015-08-01"))


@pytest.mark.parametrize("text,trigger", [
    ("رفض الاتحاد الأفريقي لكرة القدم دعم ترشح موسى بيليتي.", "دعم"),
    # (round 65: a call to cooperate is one REQUEST, no COOPERATE to come: «التعاون المشترك» gave way to «دعم»)
    ("دعا إردوغان إلى «دعم المعارضة المعتدلة لمكافحة الإرهاب».", "دعم"),
    # an abbreviation's full stop ends no clause; a perfect form after و may be a verbal noun
    ("ودعا م. الحداد المواطنين لمساعدة البلديات.", "مساعدة"),  # (was للتعاون: see round 65 above)
    ("ودعت الحركة إلى ضرورة التمسك بمبادئ الوحدة الوطنية ودعم حكومة الحبيب الصيد.", "دعم"),
    ("وطلبنا من القاضي الحالي أن يتنحى عن القضية.", "يتنحى"),
    # hope, aim, will and duty make the event not yet a fact
    ("معربا عن أمله في إلقاء القبض على مرتكبي هذا العمل الإجرامي.", "القبض"),
    ("وقال إن الحكومة تسعى لإيصال المعونات إلى المناطق المحاصرة.", "المعونات"),
    ("ويريد الرئيس قمع الانتفاضات بالقوة.", "قمع"),
    ("يجب أن نتعاون معا لحل قضايا المنطقة.", "نتعاون"),
    ("ومن هنا فلابد من التعاون لمواجهة الإرهاب.", "التعاون"),
    ("إذ لا بد أن نحذر إيران من التدخل في شؤون المنطقة.", "نحذر"),
    # a light verb in the future
    ("سيعقد اجتماع جديد للجنة في أكتوبر المقبل.", "اجتماع"),
    ("وأضاف أن اللجنة ستعقد اجتماعات دورية لمراقبة الأسعار.", "اجتماعات"),
])
def test_intended_events_are_future(nlp, text, trigger):
    assert _flags(nlp, text, trigger).future


@pytest.mark.parametrize("text,trigger", [
    # ربما bears on the word after it, not on the whole sentence
    ("وقال إن زيارة كينيا كمواطن عادي ربما تحمل معنى أكبر من زيارتها كرئيس.", "زيارتها"),
    ("وانقلب القارب ربما لأن الركاب تجمعوا على جانب واحد عندما شاهدوا سفينة المساعدة تقترب.", "المساعدة"),
    # قد before a perfect: هاجموا (ـوا), or كان … قد
    ("وقد هاجموا المنزل.", "هاجموا"),  # (was «وقد ادعوا ملكيتهم للمنزل»: ادّعوا, they claimed, is no appeal since round 39)
    ("كان كثير منهم قد تزود لهذه الرحلة القصيرة.", "تزود"),
])
def test_doubt_and_qad_reach_only_their_verb(nlp, text, trigger):
    assert not _flags(nlp, text, trigger).hypothetical


@pytest.mark.parametrize("text,trigger", [
    ("ربما هاجم المسلحون القرية ليلا.", "هاجم"),
    ("وقال إن حركة طالبان يمكنها مساعدة الحكومة الأفغانية.", "مساعدة"),
    ("وقال إن ذلك يمكن أن يبرر رفع دعوى مدنية.", "رفع دعوى"),
    ("ملوحا بإمكانية التصويت برفض الاتفاق النووي مع إيران.", "رفض"),
])
def test_possible_events_are_hypothetical(nlp, text, trigger):
    assert _flags(nlp, text, trigger).hypothetical


def test_idhan_with_tanween_is_so_not_if(nlp):
    assert not one(nlp, "إذاً هاجم الجيش المدينة كما توقع الجميع.", "ASSAULT").hypothetical
    assert one(nlp, "إذا هاجم الجيش المدينة فإن الحرب ستندلع.", "ASSAULT").hypothetical


@pytest.mark.parametrize("text,trigger", [
    # keenness and resolve (حريص، حرصه، عازمة، عزمه) state an intent, not the act
    ("وأكد الوزير أن المملكة حريصة على التعاون مع الولايات المتحدة.", "التعاون"),
    ("وأكد الرئيس حرصه على التعاون مع روسيا.", "التعاون"),
    ("وقال إن الحكومة عازمة على التعاون مع الأمم المتحدة.", "التعاون"),
    ("وأعلن الوزير عزمه على زيارة المنطقة قريبا.", "زيارة"),
    ("وأكد الوزير الحرص على التعاون مع الأشقاء.", "التعاون"),
    ("وعقدت الحكومة العزم على التعاون مع الأمم المتحدة.", "التعاون"),
])
def test_keenness_and_resolve_make_the_event_intended(nlp, text, trigger):
    assert _flags(nlp, text, trigger).future


@pytest.mark.parametrize("text,etype", [
    ("وقال إنه يجب على الولايات المتحدة وكينيا أن تتعاونا بصورة أقوى لقتال حركة الشباب.", "COOPERATE"),
    ("وقال إنه يجب على الحكومة الإيرانية أن توافق على الاتفاق النووي.", "AGREE"),
])
def test_a_duty_word_reaches_the_verb_after_its_anna(nlp, text, etype):
    """«يجب على X أن توافق»: the duty word stands more than three words before the verb; its أن carries it."""
    assert one(nlp, text, etype).future


def test_a_statement_after_anna_is_no_duty(nlp):
    """«أعلن الوزير أن تركيا توافق»: أن with a subject between opens a statement of fact."""
    assert not one(nlp, "وأعلن الوزير أن تركيا توافق على الاتفاق.", "AGREE").future


@pytest.mark.parametrize("text,actor,recipient", [
    ("ويتطلع الرئيس إلى زيارة فرنسا الشهر المقبل.", (None, "GOV"), "FRA"),
    ("وبدأ وزير الخارجية الإيراني زيارة روسيا تستغرق يومين.", ("IRN", "GOV"), "RUS"),
])
def test_a_place_after_a_visit_is_where_it_goes_not_the_visitor(nlp, text, actor, recipient):
    ev = one(nlp, text, "CONSULT")
    assert [(a.code, a.sector) for a in ev.actor] == [actor]
    assert [r.code for r in ev.recipient] == [recipient]


def test_a_person_after_a_visit_is_still_the_visitor(nlp):
    ev = one(nlp, "وتأتي زيارة الرئيس الفرنسي بعد أيام من الاتفاق.", "CONSULT")
    assert [(a.code, a.sector) for a in ev.actor] == [("FRA", "GOV")]


@pytest.mark.parametrize("text,actor", [
    ("وأشاد الدكتور يوسف الرميح عضو مجلس الشورى بجهود رجال الأمن.", "الدكتور يوسف الرميح عضو مجلس الشورى"),
    ("دعا الدكتور سامي النبوي، وزير الثقافة المصري، إلى تكاتف الجميع.", "الدكتور سامي النبوي، وزير الثقافة المصري"),
])
def test_a_title_and_a_name_the_lexicons_lack_after_the_verb_is_its_subject(nlp, text, actor):
    ev = next(e for e in events(nlp, text) if e.event in ("SUPPORT", "REQUEST"))
    assert [a.text for a in ev.actor] == [actor]


@pytest.mark.parametrize("text,actor", [
    ("وطالب عدد من المواطنين بمحاسبة المسؤولين.", "المواطنين"),
    ("اعترض الكثير من رجال الأعمال على قرار وزارة العمل.", "رجال الأعمال"),
    ("وأشاد العديد من الزوار بمستوى النظافة.", "الزوار"),
])
def test_a_part_counted_with_min_after_a_verb_of_no_violence_is_its_subject(nlp, text, actor):
    ev = events(nlp, text)[0]
    assert [a.text for a in ev.actor] == [actor]
    assert not any(r.text == actor for r in ev.recipient)


def test_a_part_counted_with_min_after_an_arrest_verb_is_still_its_object(nlp):
    ev = one(nlp, "واعتقل عدد من المتظاهرين في وسط المدينة.", "COERCE")
    assert not any(a.sector == "OPP" or a.text == "المتظاهرين" for a in ev.actor)


@pytest.mark.parametrize("text,etype,actor", [
    ("ودعا المدعي العام إلى التفكير في الضحايا، كما أثنى على الناجين.", "SUPPORT", "المدعي العام"),
    ("قصفت طائرات التحالف مخازن الأسلحة، كما استهدفت مواقع ميليشيا الحوثي.", "ASSAULT", "طائرات التحالف"),
])
def test_a_verb_after_kama_with_no_subject_goes_on_from_the_last_verbs_subject(nlp, text, etype, actor):
    assert [a.text for a in one(nlp, text, etype).actor] == [actor]


@pytest.mark.parametrize("text,etype", [
    ("ودعا وزير الخارجية إلى الحوار، كما أثنت على الجهود.", "SUPPORT"),  # another gender: another subject
    ("وداهمت قوات الأمن مواقع المسلحين، كما اعتقل المئات في المدن.", "COERCE"),  # an arrest verb with no object
])
def test_no_subject_goes_on_after_kama_to_a_verb_that_cannot_share_it(nlp, text, etype):
    evs = [e for e in events(nlp, text) if e.event == etype and e.trigger.text.startswith(("أثنت", "اعتقل"))]
    assert evs and not evs[0].actor


@pytest.mark.parametrize("text,actor", [
    ("وقال قائد حرس الحدود إن الضربات ناجحة. وأشاد بما يحظى به القطاع من دعم.", "قائد حرس الحدود"),
    ("ودعا الأمين العام للأمم المتحدة بان كي مون السلطات إلى الحوار. ودعا إلى الامتناع عن العنف.",
     "الأمين العام للأمم المتحدة بان كي مون"),
])
def test_a_sentence_opening_verb_with_no_subject_goes_on_from_the_sentence_before(nlp, text, actor):
    ev = next(e for e in events(nlp, text) if e.trigger.start == text.index(".") + 3)
    assert [a.text for a in ev.actor] == [actor]


@pytest.mark.parametrize("text", [
    "ودعت الوزارة المواطنين إلى الحوار. وطالب بزيادة الرقابة.",  # another gender: another subject
    "ودعت الوزارة المواطنين إلى الحوار. وطالب الوزير بزيادة الرقابة.",  # a subject of its own
    "ودعت الوزارة المواطنين إلى الحوار وطالبت الشرطة بالحذر. وطالبت بزيادة الرقابة.",  # two subjects before
])
def test_no_subject_goes_on_to_the_next_sentence_when_it_cannot_be_told(nlp, text):
    ev = next(e for e in events(nlp, text) if e.trigger.start == text.index(".") + 3)
    assert not any(a.text in ("الوزارة", "الشرطة") for a in ev.actor)


@pytest.mark.parametrize("text,actor", [
    ("وقال إن الأهداف هي نفس تلك التي دعا تنظيم داعش إلى مهاجمتها.", "تنظيم داعش"),
    ("وانتقد المسؤول القرار الذي دعت الحكومة إلى تطبيقه.", "الحكومة"),
])
def test_a_verb_after_a_relative_pronoun_of_the_other_gender_has_the_phrase_after_it_as_subject(nlp, text, actor):
    ev = one(nlp, text, "REQUEST")
    assert [a.text for a in ev.actor] == [actor] and not ev.recipient


@pytest.mark.parametrize("text,etype,undergoer", [
    ("واتُهم الوزير باستغلال منصبه.", "ACCUSE", "الوزير"),
    ("ودُعي المواطنون إلى التصويت في الانتخابات.", "REQUEST", "المواطنون"),
])
def test_a_perfect_written_with_its_passive_vowel_has_the_phrase_after_it_as_recipient(nlp, text, etype, undergoer):
    ev = one(nlp, text, etype)
    assert not ev.actor and [r.text for r in ev.recipient] == [undergoer]


@pytest.mark.parametrize("text,etype", [
    ("ودعا الوزير إلى الإفراج فورا عن الإيطاليين المختطفين.", "RETREAT"),
    ("وطالب الوزير بفرض عقوبات على إيران.", "SANCTION"),
])
def test_who_demands_an_act_does_not_do_it(nlp, text, etype):
    assert not any(a.text == "الوزير" for a in one(nlp, text, etype).actor)
    assert [a.text for a in one(nlp, text, "REQUEST").actor] == ["الوزير"]


def test_a_titled_name_between_a_verb_and_its_preposition_is_its_subject(nlp):
    ev = one(nlp, "ودافع الدكتور سامي الحربي عن الاتفاق.", "SUPPORT")
    assert [a.text for a in ev.actor] == ["الدكتور سامي الحربي"]


@pytest.mark.parametrize("text,etype,actor", [
    ("وشدد الخبير الدكتور أحمد الحربي، على ضرورة تطوير المناهج. وطالب الحربي بزيادة المقاعد.", "REQUEST", "الحربي"),
    ("وأكد الشيخ عبدالعزيز بن عبدالله بن رقوش أن الأفراح كبيرة. ونوه بن رقوش بجهود الأهالي.", "SUPPORT", "بن رقوش"),
])
def test_a_family_name_after_a_verb_is_the_titled_person_the_story_named_before(nlp, text, etype, actor):
    ev = next(e for e in events(nlp, text) if e.event == etype and e.trigger.start > text.index("."))
    assert [a.text for a in ev.actor] == [actor]


def test_a_family_name_is_no_subject_before_the_story_names_its_person(nlp):
    ev = one(nlp, "وطالب الحربي بزيادة المقاعد.", "REQUEST")
    assert not ev.actor


def test_who_demands_an_act_told_after_a_duty_noun_does_not_do_it(nlp):
    evs = events(nlp, "وطالب الوزير بضرورة منح مقاعد للطلاب.")
    assert any(e.event == "AID" for e in evs) and not any(e.event == "AID" and e.actor for e in evs)


@pytest.mark.parametrize("text,etype,actor", [
    ("أعرب صاحب السمو الملكي الأمير فيصل بن سلمان أمير منطقة المدينة المنورة عن شكره. ونوه سموه بجهود الهيئة.",
     "SUPPORT", "الأمير فيصل بن سلمان أمير منطقة المدينة المنورة"),
    ("ورفع معالي وزير الإسكان التهنئة للقيادة. وحث معاليه جميع الموظفين على مواصلة العمل.", "REQUEST", "وزير الإسكان"),
])
def test_an_honorific_subject_is_the_person_addressed_so_before(nlp, text, etype, actor):
    ev = next(e for e in events(nlp, text) if e.event == etype and e.trigger.start > text.index("."))
    assert [a.text for a in ev.actor] == [actor]


def test_an_honorific_subject_is_not_a_person_addressed_inside_a_complement(nlp):
    text = "وأثنى الوزير على جهود إمارة المنطقة بقيادة صاحب السمو الملكي الأمير سعود بن عبدالمحسن. ونوه سموه بالعاملين."
    ev = next(e for e in events(nlp, text) if e.event == "SUPPORT" and e.trigger.start > text.index("."))
    assert not any("سعود" in a.text for a in ev.actor)


def test_a_subject_set_off_from_its_verb_by_its_relative_clause_after_kana(nlp):
    text = ("وكان رئيس الحكومة الفرنسي مانويل فالس الذي قام بزيارة إلى منطقة بوردو في الجنوب الغربي، "
            "التقى ممثلين عن نقابة المزارعين.")
    ev = next(e for e in events(nlp, text) if e.trigger.text.startswith("التقى"))
    assert [a.text for a in ev.actor] == ["رئيس الحكومة الفرنسي مانويل فالس"]



@pytest.mark.parametrize("text,etype,actor", [
    ("وأكد الوزير أن الوضع مستقر، ودعا إلى الهدوء.", "REQUEST", "الوزير"),
    ("أكد رئيس مجلس إدارة الصندوق على أهمية دوره، وأشاد بما قدمه.", "SUPPORT", "رئيس"),
])
def test_a_verb_after_what_a_speaker_said_and_a_comma_goes_on_from_the_speaker(nlp, text, etype, actor):
    assert [a.text for a in one(nlp, text, etype).actor] == [actor]


@pytest.mark.parametrize("text,etype", [
    ("وذكرت الصحيفة أن قوات الأمن شرعت في عمليات ضد المسلحين، واعتقلت 97 شخصا.", "COERCE"),  # a subject inside
    ("وأكدت الوزارة أن الوضع مستقر، ودعا إلى الهدوء.", "REQUEST"),  # another gender
])
def test_no_speaker_goes_on_past_a_subject_inside_what_was_said_or_another_gender(nlp, text, etype):
    assert not any(a.text in ("الصحيفة", "الوزارة") for a in one(nlp, text, etype).actor)


def test_no_subject_after_a_relative_pronoun_of_the_other_gender_for_an_attack_verb(nlp):
    text = "شهدت الكويت جريمة إرهابية، بالطريقة ذاتها التي استهدف بها مسجد الإمام علي في بلدة القديح."
    assert not any(e.actor and e.actor[0].sector == "REL" for e in events(nlp, text) if e.event == "ASSAULT")


def test_a_quoted_name_after_a_sentence_opening_verb_keeps_the_subject_from_the_sentence_before(nlp):
    text = "وقال رئيس اتحاد المصارف إن الوضع صعب. والتقت «الشرق الأوسط» أمام المصارف مع مواطنين."
    ev = next((e for e in events(nlp, text) if e.trigger.start > text.index(".")), None)
    assert ev is None or not any(a.text.startswith("رئيس") for a in ev.actor)


def test_an_act_asked_of_a_plural_addressee_keeps_it_as_doer(nlp):
    evs = events(nlp, "كما طالب شركات الإنترنت بفعل المزيد للمساعدة في التصدي للأفكار المتطرفة.")
    req = next(e for e in evs if e.event == "REQUEST")
    aid = next((e for e in evs if e.event == "AID"), None)
    assert aid is None or [a.text for a in aid.actor] == [a.text for a in req.actor]


def test_a_woman_with_a_feminine_title_and_a_name_in_ta_marbuta_is_the_subject(nlp):
    ev = one(nlp, "وطالبت الدكتورة فوزية خان بالدعاء لرجال الأمن.", "REQUEST")
    assert [a.text for a in ev.actor] == ["الدكتورة فوزية خان"]


@pytest.mark.parametrize("text,actor", [
    ("«نحن ندعم الحكومة اليمنية»، قال الوزير.", "الوزير"),
    ("«ندعم الحكومة اليمنية» قال الوزير السعودي.", "الوزير السعودي"),
])
def test_a_first_person_verb_in_a_quotation_takes_the_speaker_named_after_it(nlp, text, actor):
    assert [a.text for a in one(nlp, text, "SUPPORT").actor] == [actor]


@pytest.mark.parametrize("text,etype,actor", [
    ("قال أمين عام اللجنة الوطنية عبد الإله بن محمد الشريف إن الوضع جيد. وأشاد الشريف بالجهود الأمنية.",
     "SUPPORT", "الشريف"),
    ("وأوضح رئيس البرنامج الأستاذ أحمد بن محمد العمود أن البرنامج جيد. وأعرب العمود عن شكره للمؤسسة.",
     "SUPPORT", "العمود"),
])
def test_a_family_name_after_a_verb_is_the_person_a_nasab_named_before(nlp, text, etype, actor):
    ev = next(e for e in events(nlp, text) if e.event == etype and e.trigger.start > text.index("."))
    assert [a.text for a in ev.actor] == [actor]


@pytest.mark.parametrize("text, actor", [
    ("لقي 22 مسلحاً من تنظيم داعش مصرعهم في عملية أمنية نفذتها قوات عراقية.", "قوات عراقية"),
    ("قتل 5 جنود في عملية انتحارية نفذها تنظيم داعش شمال سيناء.", "تنظيم داعش"),
])
def test_a_casualty_in_an_operation_takes_the_operations_doer(nlp, text, actor):
    """«مصرعهم في عملية أمنية نفذتها قوات عراقية»: the subject of the operation's light verb killed them."""
    evs = [e for e in events(nlp, text) if e.event == "ASSAULT"]
    assert evs and [a.text for a in evs[0].actor] == [actor], [e.to_dict() for e in evs]


def test_a_casualty_in_an_operation_told_without_a_doer_has_no_actor(nlp):
    evs = [e for e in events(nlp, "قتل ثلاثة جنود في عملية عسكرية شمال البلاد أمس.") if e.event == "ASSAULT"]
    assert evs and not evs[0].actor


def test_the_subject_of_a_witnessing_verb_before_it_is_where_not_who(nlp):
    """«وكانت ألمانيا قد شهدت موجة من الهجمات»: Germany is where the attacks happened, not their doer; the subject
    of a light verb stays the doer («وكانت تركيا قد شنت سلسلة من الغارات»)."""
    ev = [e for e in events(nlp, "وكانت ألمانيا قد شهدت موجة من الهجمات على مراكز اللاجئين.") if e.event == "ASSAULT"]
    assert ev and not [a for a in ev[0].actor if a.code == "DEU"], ev[0].to_dict()
    ev = [e for e in events(nlp, "وكانت تركيا قد شنت سلسلة من الغارات على مواقع الحزب.") if e.event == "ASSAULT"]
    assert ev and [a.code for a in ev[0].actor] == ["TUR"]


@pytest.mark.parametrize("text, actor", [
    ("لقي 9 أشخاص حتفهم إثر انفجار ألغام أرضية زرعتها ميليشيات الحوثي.", "ميليشيات الحوثي"),
    ("قتل خمسة مدنيين في انفجار لغم زرعه الحوثيون.", "الحوثيون"),
])
def test_who_planted_the_mine_did_the_killing(nlp, text, actor):
    ev = [e for e in events(nlp, text) if e.event == "ASSAULT"]
    assert ev and [a.text for a in ev[0].actor] == [actor], [e.to_dict() for e in ev]
