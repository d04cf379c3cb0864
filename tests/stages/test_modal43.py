"""Round 43 (modal43): conditions that are none («في أي حال»، «إن لم يكن»، «في حالة تأهب»، «لو موند»), how far a
condition after the event reaches, meetings a future verb tells of, denials that do not reach a new clause, «ما»
that negates no report verb, the alternative after «أو», «قبل أن» and «سوف» (must / must not, on sentences of the
kind fixed)."""

from stage_coding import events_coded


def coded(nlp, text, date="2015-08-08"):
    """The events the event coder gives (see stage_coding)."""
    return events_coded(nlp, text, date)


def find(nlp, text, event, word):
    """The coded events of the type whose trigger's first word ends the given word (clitics taken off)."""
    return [e for e in coded(nlp, text) if e.event == event and word.endswith(e.trigger.text.split()[0])]


# conditional cues that lay down no condition
def test_in_any_case_is_no_condition(nlp):
    evs = find(nlp, "في أي حال، فإن هذه الواقعة الجديدة تدعم ما تقوله الحكومة.", "SUPPORT", "تدعم")
    assert evs and not any(e.hypothetical for e in evs)


def test_in_case_of_stays_a_condition(nlp):
    text = "وأكد أنه في حال رفضت الميليشيات الخروج من المستشفى فإننا سنتوقف عن العمل."
    evs = find(nlp, text, "REJECT", "رفضت")
    assert evs and all(e.hypothetical for e in evs)


def test_if_not_is_an_estimate(nlp):
    text = "وقتل مئات إن لم يكن آلاف الأشخاص وخطفت مئات النساء والأطفال."
    evs = find(nlp, text, "ASSAULT", "خطفت")
    assert evs and not any(e.hypothetical for e in evs)


def test_state_of_alert_is_no_case(nlp):
    text = "ووضع الجيش عشرات الآلاف من الجنود في حالة تأهب لعمليات الإنقاذ."
    evs = find(nlp, text, "MOBILIZE", "تأهب")
    assert evs and not any(e.hypothetical for e in evs)


def test_quoted_name_holds_no_condition(nlp):
    text = "كتبت صحيفة «لو موند» أن الرئيس هولاند الذي كان ضيف القمة الخليجية في الرياض وقف إلى جانب الدول الخليجية."
    evs = find(nlp, text, "CONSULT", "القمة")
    assert evs and not any(e.hypothetical for e in evs)


def test_attack_dated_past_is_no_case(nlp):
    text = "وكانت تونس في حالة تأهب بالفعل وذلك بعد أشهر من هجوم شنه مسلحان في متحف باردو."
    evs = find(nlp, text, "ASSAULT", "هجوم")
    assert evs and not any(e.hypothetical for e in evs)


# a condition after the event, and how far it reaches
def test_condition_nine_words_after_reaches(nlp):
    text = ("وأكد شتاينماير أن العقوبات الاقتصادية ضد إيران ستعود بشكل أقوى من ذي قبل إذا ما ثبت عدم تنفيذ طهران "
            "بنود الاتفاقية.")
    evs = find(nlp, text, "SANCTION", "العقوبات")
    assert evs and all(e.hypothetical for e in evs)


def test_condition_of_a_coordinated_verb_does_not_reach_back(nlp):
    text = ("وقال إن مقاطعتي اسكوتلندا وويلز تعترضان على الأغذية المعدلة جينيا وسوف يتيح لها التشريع الأوروبي "
            "منعها تماما حتى ولو حصلت على تراخيص.")
    evs = find(nlp, text, "REJECT", "تعترضان")
    assert evs and not any(e.hypothetical for e in evs)


def test_whether_conditions_nothing_before_it(nlp):
    text = "وتطرق الملا منصور إلى محادثات السلام مع الحكومة الأفغانية من دون توضيح ما إذا كان داعما لها."
    evs = find(nlp, text, "CONSULT", "محادثات")
    assert evs and not any(e.hypothetical for e in evs)


def test_condition_reaches_the_noun_after_its_verb(nlp):
    evs = find(nlp, "وأعربت سورية عن دعمها لجهود التصدي لتنظيم داعش بشرط أن تجري بالتنسيق معها.",
               "COOPERATE", "بالتنسيق")
    assert evs and all(e.hypothetical for e in evs)


# when and whereas
def test_when_with_a_perfect_is_past(nlp):
    text = "كان أبرزها هجوم أبريل الماضي، عندما نفذت مجزرة أشد دموية في جامعة غاريسا."
    evs = find(nlp, text, "ASSAULT", "مجزرة")
    assert evs and not any(e.hypothetical for e in evs)


def test_whereas_is_no_when(nlp):
    text = "وفي حين يرحب بعض المستثمرين بالرقابة الأسرية، إلا أن المخاوف تجرجر سوق الأسهم."
    evs = find(nlp, text, "SUPPORT", "يرحب")
    assert evs and not any(e.hypothetical for e in evs)


# a meeting a future verb tells of
def test_visit_subject_of_a_future_verb_is_future(nlp):
    evs = find(nlp, "وسبق أن لمح فيشر إلى أن زيارته لإيران ستجري هذا العام.", "CONSULT", "زيارته")
    assert evs and all(e.future and not e.hypothetical for e in evs)


def test_lifting_subject_of_a_future_verb_stays_supposed(nlp):
    text = "وحذر الرئيس من أن رفض الكونجرس للاتفاق النووي سيؤدي إلى حرب في الشرق الأوسط."
    evs = find(nlp, text, "REJECT", "رفض")
    assert evs and all(e.hypothetical for e in evs)


# denials
def test_denial_does_not_reach_a_new_clause(nlp):
    text = "وينفي كل من الرجلين أي تورط لهما في الحادث، ورفضت روسيا تسليمهما."
    evs = find(nlp, text, "REJECT", "رفضت")
    assert evs and not any(e.negated for e in evs)


def test_denial_does_not_reach_a_relative_verb(nlp):
    text = "ونفت الحركة مشاركتها في الحوار الوطني الذي دعا إليه الرئيس السوداني قبل أكثر من عام."
    evs = find(nlp, text, "REQUEST", "دعا")
    assert evs and not any(e.negated for e in evs)


def test_denied_retreat_stays_negated(nlp):
    evs = find(nlp, "ونفى المسلمي ما يقال من أن المقاومة انسحبت من بعض المواقع.", "RETREAT", "انسحبت")
    assert evs and all(e.negated for e in evs)


# ما that negates no report verb
def test_soon_announced_is_not_negated(nlp):
    text = "وسرعان ما أعلن لافروف انتقاده بعد اللقاء."
    evs = find(nlp, text, "ACCUSE", "انتقاده")
    assert evs and not any(e.negated for e in evs)


def test_as_soon_as_announced_is_not_negated(nlp):
    text = "ما إن أعلنت مستشفيات عسير حالة الاستنفار بعد تفجير طوارئ عسير، حتى امتلأت المستشفيات."
    evs = find(nlp, text, "MOBILIZE", "الاستنفار")
    assert evs and not any(e.negated for e in evs)


def test_unannounced_arrest_stays_negated(nlp):
    evs = find(nlp, "ولم تعلن الوزارة اعتقال أحد من المشتبه بهم.", "COERCE", "اعتقال")
    assert evs and all(e.negated for e in evs)


# the alternative after أو
def test_alternative_shares_the_negation(nlp):
    evs = find(nlp, "ولكنه ليس أمرا نطلبه أو ننسقه.", "COOPERATE", "ننسقه")
    assert evs and all(e.negated for e in evs)


def test_alternative_verb_shares_the_negation(nlp):
    evs = find(nlp, "ولم تهاجم القوات القرية أو تعتقل سكانها.", "COERCE", "تعتقل")
    assert evs and all(e.negated for e in evs)


def test_alternative_of_a_fact_is_not_negated(nlp):
    evs = find(nlp, "وهاجمت القوات القرية أو اعتقلت سكانها.", "COERCE", "اعتقلت")
    assert evs and not any(e.negated for e in evs)


# «قبل أن» and سوف
def test_before_is_no_complement_of_a_threat(nlp):
    text = "وهددوا بسلاحهم سائق سيارة لسرقة سيارته قبل أن يهاجموا مركز الشرطة."
    evs = find(nlp, text, "ASSAULT", "يهاجموا")
    assert evs and not any(e.future for e in evs)


def test_noun_after_sawfa_and_its_verb_is_future(nlp):
    text = "وقالت المصادر إن فتح الطريق إلى عدن سوف يسهم في إرسال تعزيزات عسكرية حديثة إلى الضالع."
    evs = find(nlp, text, "MOBILIZE", "تعزيزات")
    assert evs and all(e.future for e in evs)


def test_denied_report_negates_what_it_tells(nlp):
    text = ("ونفى المتحدث الرسمي باسم ميليشيا الحوثي، محمد عبد السلام على صفحته على موقع «فيسبوك» أمس ما نقل عن "
            "زعيمهم عبد الملك الحوثي بشأن رفضه الالتزام بالهدنة.")
    evs = find(nlp, text, "REJECT", "رفضه")
    assert evs and all(e.negated for e in evs)


def test_report_after_according_to_is_not_denied(nlp):
    text = "وقال العبيدي إن أبناء العشائر يساهمون في الوقوف بوجه التنظيم، وهذا ما أكد عليه الوزير خلال لقائه معنا."
    evs = find(nlp, text, "CONSULT", "لقائه")
    assert evs and not any(e.negated for e in evs)


def test_far_condition_of_a_discussion_is_its_topic(nlp):
    text = ("كما يتوقع أن يناقش المجتمعون استمرار تعليق العام الدراسي في مدارس الشريط الحدودي في حالة استمرار "
            "الوضع الحالي.")
    evs = find(nlp, text, "CONSULT", "يناقش")
    assert evs and not any(e.hypothetical for e in evs)


# «إذا كان» of a fact given, «حال دون», a name after a verb of telling, a perfect after «عندما»
def test_given_that_a_refusal_was_made(nlp):
    text = ("وإذا كان رئيس الوزراء الإسرائيلي بنيامين نتنياهو قد رفض، كما أكدت صحيفة «هآرتس» الإسرائيلية، عروضاً "
            "سابقة من الرئيس أوباما، فإن ذلك لا يعني شيئا.")
    evs = find(nlp, text, "REJECT", "رفض")
    assert evs and not any(e.hypothetical for e in evs)


def test_if_dialogue_fails_sanctions_stay_supposed(nlp):
    evs = find(nlp, "إذا كان الحوار لا يحقق تقدما فإنه يبدو لي من المنطقي فرض عقوبات.", "SANCTION", "فرض")
    assert evs and all(e.hypothetical for e in evs)


def test_prevented_is_no_condition(nlp):
    text = "وفشلت هدنة إنسانية أعلنتها قوات التحالف، لكن خروقات جماعة الحوثيين وصالح للهدنة حال دون تحقيقها."
    evs = [e for e in coded(nlp, text) if e.event == "RETREAT"]
    assert evs and not any(e.hypothetical for e in evs)


def test_name_after_a_verb_of_telling_is_no_condition(nlp):
    evs = find(nlp, "وقال لو دريان «انتهت محادثات بين الرئيس بوتين والرئيس فرانسوا هولاند أمس».", "CONSULT", "محادثات")
    assert evs and not any(e.hypothetical for e in evs)


def test_perfect_after_when_is_past(nlp):
    text = "وتأتي المشاركة امتدادا لما بدأه الملك عبدالله عندما تبنى ودعم فكرة برنامج «رسل السلام» عام 2001."
    evs = find(nlp, text, "SUPPORT", "ودعم")
    assert evs and not any(e.hypothetical for e in evs)


# «only» (لم … إلا/سوى), still (لا نزال), confirm or deny, a denial past بل
def test_only_three_times_is_done(nlp):
    text = "لكن عشرات الغارات استهدفت المتمردين الأكراد ولم تقصف تركيا التنظيم المتطرف سوى ثلاث مرات."
    evs = find(nlp, text, "ASSAULT", "تقصف")
    assert evs and not any(e.negated for e in evs)


def test_not_unless_after_stays_negated(nlp):
    text = "مؤكدة أنها لن تسمح بدخول أي مزور إلى المملكة إلا بعد التحقق من أهليته."
    evs = [e for e in coded(nlp, text) if e.trigger.text.startswith("تسمح")]
    assert evs and all(e.negated for e in evs)


def test_still_calling_is_no_negation(nlp):
    text = "وأضاف تونر: «لا نزال ندعو جميع الأطراف المشاركة في الصراع في اليمن إلى السماح بدخول المواد الغذائية»."
    evs = find(nlp, text, "REQUEST", "ندعو")
    assert evs and not any(e.negated for e in evs)


def test_confirm_or_deny_denies_nothing(nlp):
    text = "وذكر مسؤولان في وزارة الخارجية الروسية أنه لا يمكنهما تأكيد أو نفي زيارة سليماني لموسكو."
    evs = find(nlp, text, "CONSULT", "زيارة")
    assert evs and not any(e.negated for e in evs)


def test_denial_does_not_reach_past_but_rather(nlp):
    text = "نفت شرطة تبوك صدور عفو عن متهم دخل منزل مواطنة بل تم إطلاق سراحه بكفالة حضورية."
    evs = [e for e in coded(nlp, text) if e.event == "RETREAT"]
    assert evs and not any(e.negated for e in evs)
    assert any(e.negated for e in coded(nlp, text) if e.event == "CONCEDE")


def test_prohibition_with_except_stays_negated(nlp):
    text = "ولا تقتلوا النفس التي حرم الله إلا بالحق."
    evs = find(nlp, text, "ASSAULT", "تقتلوا")
    assert evs and all(e.negated for e in evs)
