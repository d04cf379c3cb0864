"""Round nv49: non-events of international pages (the judged slices of 2015-08-09 and 2015-08-06, the study days
07-22, 07-27, 07-31): general constructions that tell no act, each with the real act of the same shape that must stay.

Sentences are adapted from those pages, in stories of three sentences (topics.generic_clause reads no lone sentence)
that name the parties of the page, as the page does."""

import pytest

from hadath.article import Article

PUBLISHED = "2015-08-09"


def _found(nlp, text, published=PUBLISHED):
    """The (type, trigger) pairs a text's events carry."""
    a = nlp(Article(text=text, id="t", published=published))
    return [(e.event, e.trigger.text) for e in a.events]


# -- a verb joined by و or أو to one whose subject is whoever (من، أي شخص): anyone's act, none told --

@pytest.mark.parametrize("text, gone", [
    # 2015-08-09, the Interior Ministry's spokesman on the Asir bombing
    ("أعلنت وزارة الداخلية السعودية هوية منفذ التفجير في مسجد قوات الطوارئ بعسير.\n"
     "وقال المتحدث الأمني إن قوات الأمن قبضت على 421 شخصا من أعضاء تنظيم داعش.\n"
     "وأوضح اللواء منصور التركي أن المقبوض عليهم لهم علاقة مباشرة بالهجمات التي استهدفت المصلين في القديح، مشيرًا "
     "إلى أن الجهات الأمنية ما زالت تعمل للوصول إلى أي شخص يرتبط بعلاقة مع هذه المجموعة أو يتبنّى أفكارهم ويؤيدهم.",
     ("SUPPORT", "يؤيدهم")),
    # 2015-08-09, the Shura Council's deputy speaker on the same bombing
    ("أدان نائب رئيس مجلس الشورى السعودي التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ في أبها.\n"
     "ووصف معاليه حادث التفجير بأنه عمل إجرامي جبان ومؤشر على حالة اليأس التي وصل إليها أرباب الفكر الضال ومن "
     "يخطط لهم ويدعمهم ممن ظل عن الطريق المستقيم، حيث أوجعتهم قوات الأمن بضرب مخططاتهم قبل تنفيذها.\n"
     "وأكد أن المملكة ستظل واحة أمن واستقرار.", ("SUPPORT", "يدعمهم")),
    # 2015-08-06, al-Azhar's threatened penalties
    ("أصدرت مشيخة الأزهر قرارا بحظر انضمام العاملين فيها إلى جماعة الإخوان المسلمين وتنظيم داعش.\n"
     "كما توعدت المشيخة بتوقيع عقوبات قاسية في حق من ينتمي إلى هذه الكيانات ويرفض التبرؤ منها، وقالت المصادر "
     "نفسها إن «العقوبة التي تنتظر الرافضين قد تصل إلى الفصل من العمل بالأزهر».\nولم تذكر تفاصيل أخرى.",
     ("REJECT", "يرفض")),
    # 2015-07-25, a Friday sermon in Cairo
    ("وقال الشيخ علي جمعة - باكيا - في خطبة الجمعة أمس من مسجد السيدة زينب بالقاهرة - إن الرسول (صلى الله عليه "
     "وسلم) تبرأ ممن يدّعون الإسلام ويقومون بتفخيخ السيارات ويقتلون الأبرياء من المارة دون أسباب.\n"
     "وأضاف أن تنظيم داعش لا يمثل الإسلام.\nودعا الحكومة المصرية إلى التصدي للإرهاب.", ("ASSAULT", "يقتلون")),
])
def test_a_verb_joined_to_whoevers_is_no_act(nlp, text, gone):
    """«ومن يخطط لهم ويدعمهم»: the second verb has the first one's subject, whoever does it: no act told."""
    assert gone not in _found(nlp, text)


@pytest.mark.parametrize("text, kept", [
    # a verb of another person opens a clause of its own: the ministry warns
    ("أكدت وزارة الداخلية اليمنية حرصها على معاقبة كل من يتعدى على الآمنين وتحذر الحوثيين من مغبة الاعتداء على "
     "عدن.\nوأضافت أن قواتها جاهزة.\nولم تذكر تفاصيل أخرى.", ("THREATEN", "تحذر")),
    # «من» a preposition before a given name in ي: no whoever verb
    ("وقال المتحدث إن الحكومة التونسية تحظى بدعم من يوسف الشاهد ويطالب الحزب بإصلاحات عاجلة.\n"
     "وأضاف أن البرلمان سيجتمع غدا.\nولم يذكر تفاصيل أخرى.", ("REQUEST", "يطالب")),
    # a named subject's two verbs are its acts
    ("وقال المتحدث إن الحكومة الأمريكية تدعم المعارضة السورية وتطالب بتنحي الأسد.\nوأضاف أن واشنطن لن تتراجع.\n"
     "ولم يذكر تفاصيل أخرى.", ("REQUEST", "تطالب")),
])
def test_a_named_partys_joined_verb_stays(nlp, text, kept):
    """A verb joined to another whose subject is a named party, or of another person than the whoever verb, is
    still coded."""
    assert kept in _found(nlp, text)


# -- an event word joined by و to a purpose لـ-noun: a second aim, no act --

@pytest.mark.parametrize("text, gone", [
    # 2015-08-09 and 2015-07-22, the UAE's statement on its soldiers killed in Yemen
    ("أعلنت القيادة العامة للقوات المسلحة الإماراتية استشهاد ثلاثة من جنودها المشاركين في عملية إعادة الأمل للتحالف "
     "العربي الذي تقوده المملكة العربية السعودية للوقوف إلى جانب الحكومة الشرعية في اليمن ودعمها.\n"
     "وأضافت أن الجنود قتلوا في مأرب.\nولم تذكر تفاصيل أخرى.", ("SUPPORT", "دعمها")),
    # 2015-07-31, the Turkish-American plan
    ("قال مسؤولون أمريكيون إن الولايات المتحدة وتركيا اتفقتا على خطة عسكرية في سوريا.\n"
     "وتهدف الخطة الأمريكية التركية لإخلاء منطقة من داعش ودعم المعارضة المعتدلة حتى تستطيع السيطرة على تلك "
     "المنطقة.\nولم تعلن أنقرة تفاصيل الخطة.", ("SUPPORT", "دعم")),
])
def test_a_second_aim_is_no_act(nlp, text, gone):
    """«للوقوف إلى جانب الحكومة الشرعية ودعمها»: what the coalition is for, no support given that day."""
    assert gone not in _found(nlp, text)


@pytest.mark.parametrize("text, kept", [
    # a verb inflected as such opens a clause of its own: the arrest was made
    ("قالت وزارة الداخلية الكويتية إنها نفذت حملة لإخلاء المباني المخالفة وألقت القبض على شخصين مشتبه بهما.\n"
     "وأضافت أن التحقيق جار.\nولم تذكر تفاصيل أخرى.", ("COERCE", "ألقت القبض")),
    # 2015-07-22: a لـ after a participle is its object, no purpose, and «طالب» is a verb of the third form
    ("استنكرت الأمانة العامة لمنظمة التعاون الإسلامي، التصريحات التي أدلى بها نوري المالكي نائب رئيس الجمهورية "
     "العراقية لقناة \"آفاق\"، والتي ادعى فيها بأن السعودية راعية وداعمة للإرهاب وطالب بوضعها تحت الوصاية "
     "الدولية.\nوأكدت المنظمة رفضها لهذه التصريحات.\nولم يصدر أي تعليق عراقي.", ("REQUEST", "طالب")),
    # the troops sent for a purpose: the sending stays
    ("قال مسؤولون إن الحكومة العراقية أرسلت قوات إلى الرمادي لحماية السكان ودعم الشرطة المحلية.\n"
     "وأضافوا أن القتال مستمر.\nولم تذكر تفاصيل أخرى.", ("MOBILIZE", "أرسلت قوات")),
])
def test_an_act_beside_a_purpose_stays(nlp, text, kept):
    """An act told by an inflected verb after a purpose, or the act a purpose serves, stays."""
    assert kept in _found(nlp, text)


# -- one side of a choice between accepting and refusing, joined by أو: what may be chosen, no act --

_AFTER = "\nوقال السناتور إن التصويت سيجري الشهر المقبل.\nولم يعلن البيت الأبيض موقفه."


@pytest.mark.parametrize("text, gone", [
    # 2015-07-25 and 2015-07-31 (AFP on the Iran deal)
    ("وأمام الكونجرس حتى 17 سبتمبر أيلول للموافقة على الاتفاق أو رفضه." + _AFTER, ("REJECT", "رفضه")),
    # 2015-07-31: experts heard in Congress
    ("وبدأت لجان الكونغرس أمس الاستماع إلى خبراء يؤيدون أو يعارضون الاتفاق النووي مع إيران." + _AFTER,
     ("SUPPORT", "يؤيدون")),
    ("وبدأت لجان الكونغرس أمس الاستماع إلى خبراء يؤيدون أو يعارضون الاتفاق النووي مع إيران." + _AFTER,
     ("REJECT", "يعارضون")),
    # 2015-07-27: the Supreme Leader's silence
    ("وبينما التزم المرشد الأعلى آية الله علي خامنئي بالصمت حول تأييده أو رفضه للاتفاق، فسر المراقبون موقفه "
     "بالتأييد الحذر." + _AFTER, ("REJECT", "رفضه")),
])
def test_a_choice_named_is_no_act(nlp, text, gone):
    """«للموافقة على الاتفاق أو رفضه»: a choice laid before someone, neither side done."""
    assert gone not in _found(nlp, text)


def test_a_refusal_of_one_thing_or_another_stays(nlp):
    """«رفض الرئيس الاتفاق أو أي تعديل عليه»: أو after the refusal joins its objects; the refusal was made."""
    text = "ورفض الرئيس الإيراني الاتفاق أو أي تعديل عليه." + _AFTER
    assert any(ev == "REJECT" for ev, _ in _found(nlp, text))


# -- help after a verb of sparing no effort (لم يتوان، لا يألو جهدا): a standing policy, no act of the day --

@pytest.mark.parametrize("text, gone", [
    # 2015-08-09 (two pages): the Saudi campaign for the Syrians in Jordan
    ("وقال الدكتور السمحان إن الحملة الوطنية السعودية لنصرة الأشقاء في سوريا تنفذ مشروعا جديدا في مخيمات اللاجئين "
     "في الأردن.\nوأضاف أن المشروع يأتي امتدادا لمواقف الشعب السعودي، الذي لم يتوانَ منذ بداية الأزمة السورية من "
     "الوقوف إلى جانب أشقائه السوريين ومساندتهم ودعمهم، لافتًا النظر إلى أن المشروع جاء بتوجيهات من خادم الحرمين "
     "الشريفين.\nولم يذكر تفاصيل أخرى.", ("SUPPORT", "دعمهم")),
    # 2015-08-06: the UAE and Egypt
    ("وقال وزير الخارجية المصري إن الإمارات قدمت شحنة جديدة من الوقود لمصر.\nوأضاف مؤكدًا في الوقت ذاته أن "
     "الإمارات لم تتوانَ في لحظة من اللحظات في دعم الجهود المصرية في هذا الجانب.\nولم يذكر تفاصيل أخرى.",
     ("AID", "دعم")),
])
def test_unsparing_help_is_a_policy(nlp, text, gone):
    """«لم يتوان … عن الوقوف إلى جانب أشقائه ودعمهم»: what a party has always done, no act told."""
    assert gone not in _found(nlp, text)


def test_support_declared_stays(nlp):
    """«وأعلنت الإمارات أمس دعمها الكامل للجهود المصرية»: support declared that day is an act."""
    text = ("وقال وزير الخارجية المصري إن الإمارات قدمت شحنة جديدة من الوقود لمصر.\nوأعلنت الإمارات أمس دعمها الكامل "
            "للجهود المصرية في مكافحة الإرهاب.\nولم يذكر تفاصيل أخرى.")
    assert ("SUPPORT", "دعمها") in _found(nlp, text)
