"""Round 98 (nonevents98): non-events and wrong senses from the judged dev slice 2015-07-31 #0–479: a source kept
anonymous or declining to talk (no REJECT nor REQUEST), greetings passed on (no REQUEST), a court's condemning (a
conviction, SANCTION), asylum applications and totals counted (statistics), money received (no arrest), a quarter
and a person named like a trigger, a central bank's own meeting in a market report, and a story of FIFA's election
(sport), which keeps the arrests and charges of a state's authorities."""

_DATE = "2015-07-31"


def _types(nlp, text):
    """(event type, trigger) of the events the whole pipeline codes for `text`."""
    return [(e.event, e.trigger.text) for e in nlp(text, published=_DATE).events]


def _kinds(nlp, text):
    """The event types the whole pipeline codes for `text`."""
    return [kind for kind, _ in _types(nlp, text)]


def test_name_withheld_after_a_refusal_is_no_rejection(nlp):
    """«رفض نشر اسمه ووظيفته» (#395): an official who would not be named, no REJECT; a deployment refused stays."""
    text = ("غير أن مسؤولا أميركيا، رفض نشر اسمه ووظيفته، قال أمس لصحيفة «واشنطن بوست»، إن هناك خلافا بين البلدين "
            "حول الخطوة التالية.")
    assert "REJECT" not in _kinds(nlp, text), _types(nlp, text)
    assert "REJECT" in _kinds(nlp, "رفضت الحكومة التركية نشر قوات برية في سوريا."), "a deployment refused"


def test_refusal_past_a_time_aside_is_no_rejection(nlp):
    """«رفض مصدر في الخارجية الأميركية، أمس الأربعاء، تأكيد أخبار» (#408): the time between commas lets the
    refused confirmation be read."""
    text = ("رفض مصدر في الخارجية الأميركية، أمس الأربعاء، تأكيد أخبار بأن طائرات أميركية قتلت مجموعة من مقاتلي "
            "جبهة النصرة في سوريا.")
    assert "REJECT" not in _kinds(nlp, text), _types(nlp, text)


def test_talk_declined_is_no_rejection(nlp):
    """«رفض كيربي الحديث عما سماها تفاصيل عسكرية» (#408): declining to talk is no REJECT."""
    text = "وخلال نقاش صاخب استمر لأكثر نصف ساعة، رفض كيربي الحديث عما سماها «تفاصيل عسكرية تخص البنتاغون»."
    assert "REJECT" not in _kinds(nlp, text), _types(nlp, text)


def test_anonymity_asked_is_no_request(nlp):
    """«طالبا ايضا عدم الكشف عن اسمه» (#407): a source asking not to be named, no REQUEST."""
    text = ('ثم قال مسؤول في طالبان للوكالة، طالبا ايضا عدم الكشف عن اسمه "حسب معلومات لقد توفي"، مضيفا ان لا '
            'معلومات لديه حول سبب الوفاة.')
    assert "REQUEST" not in _kinds(nlp, text), _types(nlp, text)


def test_greetings_passed_on_are_no_request(nlp):
    """«طلب الرئيس المصري نقل تحياته إلى أخيه خادم الحرمين» (#259, #61, #347): protocol, no REQUEST."""
    text = ("وفي ختام اللقاء، طلب الرئيس المصري نقل تحياته إلى أخيه خادم الحرمين الشريفين الملك سلمان بن عبد العزيز، "
            "والأمير محمد بن نايف بن عبد العزيز ولي العهد.")
    assert "REQUEST" not in _kinds(nlp, text), _types(nlp, text)


def test_a_court_condemning_convicts(nlp):
    """«وأدانت المحكمة ثلاثة آخرين وعاقبتهم بالسجن» (#379, #349): a conviction, SANCTION, no ACCUSE; a ministry's
    condemnation stays ACCUSE."""
    text = "وأدانت المحكمة البلجيكية ثلاثة آخرين وعاقبتهم بالسجن لمدة 10 سنوات."
    kinds = _kinds(nlp, text)
    assert "ACCUSE" not in kinds and "SANCTION" in kinds, _types(nlp, text)
    assert "ACCUSE" in _kinds(nlp, "وأدانت وزارة الخارجية المصرية الهجوم الإرهابي على الكنيسة."), "a condemnation"


def test_conviction_of_the_accused_is_a_sanction(nlp):
    """«وملاحقة وإدانة المتهمين بالاتجار بالبشر» (#396): the accused convicted, no condemnation."""
    text = "وتحدث التقرير عن الجهود المستمرة لتطبيق القانون وملاحقة وإدانة المتهمين بالاتجار بالبشر لأغراض الجنس."
    kinds = _kinds(nlp, text)
    assert "ACCUSE" not in kinds and "SANCTION" in kinds, _types(nlp, text)


def test_asylum_applications_and_totals_are_statistics(nlp):
    """«من حيث طلبات اللجوء» (#335) and «بلغ إجمالي الموافقات على طلبات اللاجئين» (#268): counts, no REQUEST nor
    AGREE."""
    text = ("وتعد بريطانيا، التي تستعد لتشديد قوانين الهجرة، سادس دولة أوروبية من حيث طلبات اللجوء بعد ألمانيا "
            "والسويد وإيطاليا وفرنسا والمجر.")
    assert "REQUEST" not in _kinds(nlp, text), _types(nlp, text)
    text = ("وقال ساذرلاند لإذاعة آيرلندية: «خلال العام الماضي، بلغ إجمالي الموافقات على طلبات اللاجئين دخول فرنسا "
            "68 ألفا، وهو أكثر من ضعف العدد في المملكة المتحدة».")
    kinds = _kinds(nlp, text)
    assert "REQUEST" not in kinds and "AGREE" not in kinds, _types(nlp, text)


def test_money_received_is_no_arrest(nlp):
    """«بعد أن قبض مبلغ الصفقة» (#208): money received, no COERCE."""
    text = ("وأضاف الشمري أنه بعد أن قبض مبلغ الصفقة عزم على شراء مجموعة صغيرة من الأغنام ووضعها مع أغنام الراعي "
            "حسب الاتفاق المسبق بينهما.")
    assert "COERCE" not in _kinds(nlp, text), _types(nlp, text)


def test_names_read_as_triggers_are_no_events(nlp):
    """«حي التضامن» (#376), a quarter of Damascus, is no solidarity; «بخاري دان مالام» (#261, #280) is a name, no
    condemnation."""
    text = ("وقال أطباء في حي التضامن جنوب دمشق أن عدد المصابين سيتجاوز الخمسة آلاف مصاب في أيام قليلة نتيجة شرب "
            "مياه ملوثة من الآبار.")
    assert "SUPPORT" not in _kinds(nlp, text), _types(nlp, text)
    text = "من جهته، أكد بخاري دان مالام، أحد سكان قرية مجاورة، أن المتشددين «ذبحوا عشرة أشخاص»."
    assert "ACCUSE" not in _kinds(nlp, text), _types(nlp, text)


_GOLD = (" عين اليوم – لندن\n"
         "استقر الذهب اليوم الأربعاء ليتم تداوله قرب أدنى مستوياته في خمس سنوات ونصف السنة الذي سجله الأسبوع الماضي "
         "مع ترقب المستثمرين لنتائج اجتماع مجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي) بحثا عن دلائل على توقيت "
         "أول رفع لأسعار الفائدة الأمريكية في نحو عشر سنوات.\n"
         " وقال محللون إن من المرجح أن يؤكد صناع السياسة على أن الدلالات الواضحة فقط هي التي ستضعهم على الطريق إلى "
         "رفع أسعار الفائدة في الأشهر القادمة.\n"
         " وزاد الذهب في السوق الفورية 0.1 في المئة إلى 1096 دولارا للأوقية.")


def test_central_bank_meeting_in_a_market_report_is_no_meeting(nlp):
    """«مع ترقب المستثمرين لنتائج اجتماع مجلس الاحتياطي الاتحادي» (#81) in a gold report led past its dateline: the
    Fed's own session, no CONSULT; a meeting with a recipient in a political story stays."""
    assert "CONSULT" not in _kinds(nlp, _GOLD), _types(nlp, _GOLD)
    text = "وعقد الرئيس المصري اجتماعا مع وزير الخارجية الأمريكي في القاهرة أمس."
    assert "CONSULT" in _kinds(nlp, text), "a meeting between parties"


_FIFA = (" عين اليوم – باريس\n"
         "أعلن الفرنسي ميشيل بلاتيني رئيس الاتحاد الأوروبي لكرة القدم، اليوم الأربعاء، ترشحه رسميا لرئاسة الاتحاد "
         "الدولي (فيفا)، لخلافة السويسري جوزيف بلاتر المستقيل من منصبه.\n"
         "وقال بلاتيني في بيان إنه سيعمل لما فيه «مصلحة كرة القدم»، وسيحاول إعادة إلى الفيفا «هيبتها».\n"
         "ويبدو بلاتيني مرشحا فوق العادة ليصبح الرئيس التاسع للفيفا خصوصا بأنه لقي دعم أربعة اتحادات هي: أوروبا "
         "وآسيا وأميركا الجنوبية والكونكاكاف.\n"
         "وكانت السلطات السويسرية قد اعتقلت سبعة من مسؤولي الفيفا في زيوريخ في مايو الماضي.")


def test_fifa_election_story_is_sport_but_keeps_authorities_arrests(nlp):
    """«ليصبح الرئيس التاسع للفيفا … لقي دعم أربعة اتحادات» (#92, #438): FIFA's election is sport, no SUPPORT; the
    arrests by a state's authorities it tells stay."""
    kinds = _kinds(nlp, _FIFA)
    assert "SUPPORT" not in kinds, _types(nlp, _FIFA)
    assert "COERCE" in kinds, _types(nlp, _FIFA)


def test_weight_on_a_market_index_is_no_pressure(nlp):
    """«مشكلا أكبر ضغط على المؤشر» (#86): a share dragging an index down, no REQUEST; a state pressing a government
    stays."""
    text = ("وانخفض المؤشر العام لسوق أبوظبي 0.4 % مع تراجع سهم بنك أبوظبي الوطني 0.9 % مشكلا أكبر ضغط على "
            "المؤشر.")
    assert "REQUEST" not in _kinds(nlp, text), _types(nlp, text)
    assert "REQUEST" in _kinds(nlp, "وضغطت الولايات المتحدة على الحكومة العراقية لإجراء إصلاحات."), "pressure"


_MATCH = ("فرط أياكس أمستردام الهولندي في فوز كان في متناوله، ليكتفي بالتعادل 2-2 مع مضيفه رابيد فيينا النمساوي في "
          "ذهاب الدور التمهيدي الثالث لبطولة دوري أبطال أوروبا لكرة القدم.\n"
          "وانتهى الشوط الأول بتقدم أياكس بهدفين نظيفين سجلهما دافي كلاسين في الدقيقتين 25 و43. قبل أن ينتفض رابيد "
          "فيينا في الشوط الثاني ويحرز هدفين عن طريق فلوريان كاينز وروبيرت بيريتش في الدقيقتين 48 و75. وكان الفريق "
          "النمساوي قد عانى من النقص العددي لمدة 31 دقيقة، بسبب طرد لاعبه ستيفن شفاب في الشوط الثاني.")


def test_a_team_rallying_is_no_uprising(nlp):
    """«قبل أن ينتفض رابيد فيينا في الشوط الثاني» (#437): a team's rally in a match, no PROTEST."""
    assert "PROTEST" not in _kinds(nlp, _MATCH), _types(nlp, _MATCH)
