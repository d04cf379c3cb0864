"""Round 98 (nonevents98): non-events and wrong senses from the judged dev slice 2015-07-31 #0–479: a source kept
anonymous or declining to talk (no REJECT nor REQUEST), greetings passed on (no REQUEST), a court's condemning (a
conviction, SANCTION), asylum applications and totals counted (statistics), money received (no arrest), a quarter
and a person named like a trigger, a central bank's own meeting in a market report, and a story of FIFA's election
(sport), which keeps the arrests and charges of a state's authorities."""

import pytest
from stage_coding import kept_types

_DATE = "2015-07-31"

_GOLD = (" عين اليوم – لندن\n"
         "استقر الذهب اليوم الأربعاء ليتم تداوله قرب أدنى مستوياته في خمس سنوات ونصف السنة الذي سجله الأسبوع الماضي "
         "مع ترقب المستثمرين لنتائج اجتماع مجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي) بحثا عن دلائل على توقيت "
         "أول رفع لأسعار الفائدة الأمريكية في نحو عشر سنوات.\n"
         " وقال محللون إن من المرجح أن يؤكد صناع السياسة على أن الدلالات الواضحة فقط هي التي ستضعهم على الطريق إلى "
         "رفع أسعار الفائدة في الأشهر القادمة.\n"
         " وزاد الذهب في السوق الفورية 0.1 في المئة إلى 1096 دولارا للأوقية.")

_FIFA = (" عين اليوم – باريس\n"
         "أعلن الفرنسي ميشيل بلاتيني رئيس الاتحاد الأوروبي لكرة القدم، اليوم الأربعاء، ترشحه رسميا لرئاسة الاتحاد "
         "الدولي (فيفا)، لخلافة السويسري جوزيف بلاتر المستقيل من منصبه.\n"
         "وقال بلاتيني في بيان إنه سيعمل لما فيه «مصلحة كرة القدم»، وسيحاول إعادة إلى الفيفا «هيبتها».\n"
         "ويبدو بلاتيني مرشحا فوق العادة ليصبح الرئيس التاسع للفيفا خصوصا بأنه لقي دعم أربعة اتحادات هي: أوروبا "
         "وآسيا وأميركا الجنوبية والكونكاكاف.\n"
         "وكانت السلطات السويسرية قد اعتقلت سبعة من مسؤولي الفيفا في زيوريخ في مايو الماضي.")

_MATCH = ("فرط أياكس أمستردام الهولندي في فوز كان في متناوله، ليكتفي بالتعادل 2-2 مع مضيفه رابيد فيينا النمساوي في "
          "ذهاب الدور التمهيدي الثالث لبطولة دوري أبطال أوروبا لكرة القدم.\n"
          "وانتهى الشوط الأول بتقدم أياكس بهدفين نظيفين سجلهما دافي كلاسين في الدقيقتين 25 و43. قبل أن ينتفض رابيد "
          "فيينا في الشوط الثاني ويحرز هدفين عن طريق فلوريان كاينز وروبيرت بيريتش في الدقيقتين 48 و75. وكان الفريق "
          "النمساوي قد عانى من النقص العددي لمدة 31 دقيقة، بسبب طرد لاعبه ستيفن شفاب في الشوط الثاني.")

_APPROVALS = ("وقال ساذرلاند لإذاعة آيرلندية: «خلال العام الماضي، بلغ إجمالي الموافقات على طلبات اللاجئين دخول "
              "فرنسا 68 ألفا، وهو أكثر من ضعف العدد في المملكة المتحدة».")


# (type, sentence, False: the sentence codes no event of the type): a wrong sense read as an event.
NO_EVENT = [
    # «رفض نشر اسمه ووظيفته» (#395): an official who would not be named, no REJECT.
    pytest.param("REJECT", "غير أن مسؤولا أميركيا، رفض نشر اسمه ووظيفته، قال أمس لصحيفة «واشنطن بوست»، إن هناك "
                 "خلافا بين البلدين حول الخطوة التالية.", False, id="name_withheld_after_a_refusal"),
    # «رفض مصدر في الخارجية الأميركية، أمس الأربعاء، تأكيد أخبار» (#408): the time between commas lets the refused
    # confirmation be read.
    pytest.param("REJECT", "رفض مصدر في الخارجية الأميركية، أمس الأربعاء، تأكيد أخبار بأن طائرات أميركية قتلت "
                 "مجموعة من مقاتلي جبهة النصرة في سوريا.", False, id="refusal_past_a_time_aside"),
    # «رفض كيربي الحديث عما سماها تفاصيل عسكرية» (#408): declining to talk is no REJECT.
    pytest.param("REJECT", "وخلال نقاش صاخب استمر لأكثر نصف ساعة، رفض كيربي الحديث عما سماها «تفاصيل عسكرية تخص "
                 "البنتاغون».", False, id="talk_declined"),
    # «طالبا ايضا عدم الكشف عن اسمه» (#407): a source asking not to be named, no REQUEST.
    pytest.param("REQUEST", 'ثم قال مسؤول في طالبان للوكالة، طالبا ايضا عدم الكشف عن اسمه "حسب معلومات لقد توفي"، '
                 'مضيفا ان لا معلومات لديه حول سبب الوفاة.', False, id="anonymity_asked"),
    # «طلب الرئيس المصري نقل تحياته إلى أخيه خادم الحرمين» (#259, #61, #347): protocol, no REQUEST.
    pytest.param("REQUEST", "وفي ختام اللقاء، طلب الرئيس المصري نقل تحياته إلى أخيه خادم الحرمين الشريفين الملك "
                 "سلمان بن عبد العزيز، والأمير محمد بن نايف بن عبد العزيز ولي العهد.", False, id="greetings_passed_on"),
    # «وأدانت المحكمة ثلاثة آخرين وعاقبتهم بالسجن» (#379, #349): a conviction, no ACCUSE.
    pytest.param("ACCUSE", "وأدانت المحكمة البلجيكية ثلاثة آخرين وعاقبتهم بالسجن لمدة 10 سنوات.", False,
                 id="court_condemning"),
    # «وملاحقة وإدانة المتهمين بالاتجار بالبشر» (#396): the accused convicted, no condemnation.
    pytest.param("ACCUSE", "وتحدث التقرير عن الجهود المستمرة لتطبيق القانون وملاحقة وإدانة المتهمين بالاتجار بالبشر "
                 "لأغراض الجنس.", False, id="conviction_of_the_accused"),
    # «من حيث طلبات اللجوء» (#335): a count, no REQUEST.
    pytest.param("REQUEST", "وتعد بريطانيا، التي تستعد لتشديد قوانين الهجرة، سادس دولة أوروبية من حيث طلبات اللجوء "
                 "بعد ألمانيا والسويد وإيطاليا وفرنسا والمجر.", False, id="asylum_applications_counted"),
    # «بلغ إجمالي الموافقات على طلبات اللاجئين» (#268): a total, no REQUEST nor AGREE.
    pytest.param("REQUEST", _APPROVALS, False, id="approvals_total_no_request"),
    pytest.param("AGREE", _APPROVALS, False, id="approvals_total_no_agreement"),
    # «بعد أن قبض مبلغ الصفقة» (#208): money received, no COERCE.
    pytest.param("COERCE", "وأضاف الشمري أنه بعد أن قبض مبلغ الصفقة عزم على شراء مجموعة صغيرة من الأغنام ووضعها مع "
                 "أغنام الراعي حسب الاتفاق المسبق بينهما.", False, id="money_received"),
    # «حي التضامن» (#376), a quarter of Damascus, is no solidarity.
    pytest.param("SUPPORT", "وقال أطباء في حي التضامن جنوب دمشق أن عدد المصابين سيتجاوز الخمسة آلاف مصاب في أيام "
                 "قليلة نتيجة شرب مياه ملوثة من الآبار.", False, id="quarter_named_solidarity"),
    # «بخاري دان مالام» (#261, #280) is a name, no condemnation.
    pytest.param("ACCUSE", "من جهته، أكد بخاري دان مالام، أحد سكان قرية مجاورة، أن المتشددين «ذبحوا عشرة أشخاص».",
                 False, id="person_named_condemned"),
    # «مع ترقب المستثمرين لنتائج اجتماع مجلس الاحتياطي الاتحادي» (#81) in a gold report led past its dateline: the
    # Fed's own session, no CONSULT.
    pytest.param("CONSULT", _GOLD, False, id="central_bank_meeting_in_a_market_report"),
    # «ليصبح الرئيس التاسع للفيفا … لقي دعم أربعة اتحادات» (#92, #438): FIFA's election is sport, no SUPPORT.
    pytest.param("SUPPORT", _FIFA, False, id="fifa_election_story"),
    # «مشكلا أكبر ضغط على المؤشر» (#86): a share dragging an index down, no REQUEST.
    pytest.param("REQUEST", "وانخفض المؤشر العام لسوق أبوظبي 0.4 % مع تراجع سهم بنك أبوظبي الوطني 0.9 % مشكلا أكبر "
                 "ضغط على المؤشر.", False, id="weight_on_a_market_index"),
    # «قبل أن ينتفض رابيد فيينا في الشوط الثاني» (#437): a team's rally in a match, no PROTEST.
    pytest.param("PROTEST", _MATCH, False, id="a_team_rallying"),
]

# (type, sentence, True: the sentence codes an event of the type): the sense of the word beside the one above,
# or the event that stays.
EVENT = [
    pytest.param("REJECT", "رفضت الحكومة التركية نشر قوات برية في سوريا.", True, id="deployment_refused"),
    # a court's condemning is a conviction, SANCTION (#379, #349, #396).
    pytest.param("SANCTION", "وأدانت المحكمة البلجيكية ثلاثة آخرين وعاقبتهم بالسجن لمدة 10 سنوات.", True,
                 id="court_condemning_convicts"),
    pytest.param("SANCTION", "وتحدث التقرير عن الجهود المستمرة لتطبيق القانون وملاحقة وإدانة المتهمين بالاتجار "
                 "بالبشر لأغراض الجنس.", True, id="conviction_of_the_accused_is_a_sanction"),
    pytest.param("ACCUSE", "وأدانت وزارة الخارجية المصرية الهجوم الإرهابي على الكنيسة.", True,
                 id="ministry_condemnation"),
    # a meeting with a recipient in a political story.
    pytest.param("CONSULT", "وعقد الرئيس المصري اجتماعا مع وزير الخارجية الأمريكي في القاهرة أمس.", True,
                 id="meeting_between_parties"),
    # the arrests by a state's authorities a story of FIFA's election tells.
    pytest.param("COERCE", _FIFA, True, id="fifa_story_keeps_authorities_arrests"),
    pytest.param("REQUEST", "وضغطت الولايات المتحدة على الحكومة العراقية لإجراء إصلاحات.", True, id="state_pressing"),
]


@pytest.mark.parametrize("kind, text, coded", [*NO_EVENT, *EVENT])
def test_sense_of_the_sentence(nlp, kind, text, coded):
    """The sentence codes an event of `kind` (`coded`) or none."""
    types = kept_types(nlp, text, _DATE)
    assert (kind in [k for k, _ in types]) == coded, types
