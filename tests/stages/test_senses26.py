"""Trigger senses and types read wrongly on fresh news (round 26): a vow of violence is a threat, not an agreement;
support expressed (أعرب عن دعمها، عبر عن دعم) is SUPPORT, not AID; a request filed for help is no aid given; a source
asking for anonymity makes no request; a threat faced, a threat level or a form of danger is no threat made; «أدهم» (a
name) and «سيدهم» (their master) are no raid.

Checked on the coder without the report filter nor the merging of repeats (conftest): the lexicon's candidates.
"""

import pytest


def events(coder, text, kind=None):
    """The events of one text, of one type if given."""
    return [e for e in coder(text, published="2015-08-09").events if kind is None or e.event == kind]


@pytest.mark.parametrize("text", [
    "وأشارت الصحيفة البريطانية إلى أن مقاتلا بريطانيا في صفوف داعش تعهد باستخدام جميع الوسائل التي تجلب الموت والدمار.",
    "وتعهد التنظيم بالانتقام لمقتل قائده.",
    "وتعهد زعيم الجماعة بسحق المتمردين في الشمال.",
])
def test_a_vow_of_violence_is_a_threat(coder, text):
    found = events(coder, text)
    assert [e for e in found if e.event == "THREATEN" and e.mode == "violence"], [e.to_dict() for e in found]
    assert not [e for e in found if e.event == "AGREE"], [e.to_dict() for e in found]


@pytest.mark.parametrize("text", [
    "وتعهد الرئيس بعدم الانتقام من معارضيه.",
    "وتعهدت الحكومة بمواصلة الإصلاحات الاقتصادية.",
])
def test_a_vow_of_no_violence_stays_an_agreement(coder, text):
    assert events(coder, text, "AGREE") and not events(coder, text, "THREATEN")


@pytest.mark.parametrize("text", [
    "وأعربت سورية عن دعمها لجهود التصدي لتنظيم داعش.",
    "وعبر وزير الخارجية عن دعم حكومته للحكومة اليمنية.",
])
def test_support_expressed_is_support_not_aid(coder, text):
    assert events(coder, text, "SUPPORT") and not events(coder, text, "AID"), \
        [e.to_dict() for e in events(coder, text)]


def test_via_support_is_no_expression_of_support(coder):
    # the preposition «عبر» (via) is no verb of expressing
    assert not [e for e in events(coder, "وتم ذلك عبر دعم المشاريع الصغيرة.", "SUPPORT") if e.trigger.text == "عبر"]


@pytest.mark.parametrize("text", [
    "وقال الادعاء العام إنه قدم طلبا إلى البرازيل للمساعدة القانونية المتبادلة.",
    "وأن المدعي العام قدم طلب للمساعدة القانونية المتبادلة.",
])
def test_a_request_filed_for_help_is_no_aid(coder, text):
    assert not events(coder, text, "AID"), [e.to_dict() for e in events(coder, text)]


def test_aid_given_stays_aid(coder):
    assert events(coder, "وقدمت السعودية مساعدات إلى اليمن.", "AID")


def test_a_source_asking_anonymity_makes_no_request(coder):
    text = "من جانب آخر، أوضح مسؤول تركي طلب التكتم على هويته، لوكالة الصحافة الفرنسية، أن الضربات هدفها «وقائي» أيضا."
    assert not events(coder, text, "REQUEST")


@pytest.mark.parametrize("text", [
    "وقال داود أوغلو إن العمليات سوف تستمر ما دامت تركيا تواجه تهديدا.",
    "إن شخصية المنتحر الذي يفخخ نفسه يعد من أخطر أشكال التهديد لأمن المجتمع.",
    "القوى التي دفعت كوربن على الساحة تعتبر أيضا بمثابة تهديد لكاميرون.",
])
def test_a_threat_faced_or_a_form_of_danger_is_no_threat(coder, text):
    assert not events(coder, text, "THREATEN"), [e.to_dict() for e in events(coder, text)]


def test_a_threat_made_stays_a_threat(coder):
    assert events(coder, "ووجه التنظيم تهديدا صريحا للقيادات الأمنية في الفيديو.", "THREATEN")


@pytest.mark.parametrize("text", [
    "وقال أدهم باشو وهو سياسي محلي لرويترز إن سيارات الإسعاف تحمل الجرحى.",
    "وهم يقومون بذلك من أجل إرضاء سيدهم في قم.",
])
def test_a_name_or_their_master_is_no_raid(coder, text):
    assert not events(coder, text, "COERCE"), [e.to_dict() for e in events(coder, text)]


@pytest.mark.parametrize("text", ["ودهمت الشرطة منزل المتهم فجر أمس.", "وتدهم قوات الأمن المنازل بحثا عن المطلوبين."])
def test_a_raid_stays_a_raid(coder, text):
    assert events(coder, text, "COERCE")


@pytest.mark.parametrize("text", [
    "وحذر ملادينوف من أن حل الدولتين «بعيد أكثر من ذي قبل» في الوقت الراهن، مطالباً كافة الأطراف بتحرك قوي.",
    "ولأول مرة تتراجع الصين عن المركز الأول لمستوردي الخام وحلت محلها الولايات المتحدة.",
])
def test_than_before_or_a_fall_in_rank_concedes_nothing(coder, text):
    assert not events(coder, text, "CONCEDE"), [e.to_dict() for e in events(coder, text)]


def test_backing_down_from_a_plan_stays_a_concession(coder):
    assert events(coder, "وتراجع الرئيس الأميركي باراك أوباما عن خطط سابقة للحد من عدد القوات الأميركية.", "CONCEDE")


@pytest.mark.parametrize("text", [
    "وتقوم السعودية حاليا بدراسة آلية تطبيق رسوم وغرامات التعديل واسترجاع التذاكر.",
    "ويمكن استرجاع التذاكر بعد سداد رسوم غرامة التخلف عن السفر.",
])
def test_airline_fees_are_no_sanction(coder, text):
    assert not events(coder, text, "SANCTION"), [e.to_dict() for e in events(coder, text)]


def test_a_court_fine_stays_a_sanction(coder):
    assert events(coder, "وحوكم رئيس تحريرها وحكم عليه بدفع غرامة.", "SANCTION")


@pytest.mark.parametrize("text", [
    "قبيل فجر 31 مارس، أغلق العشرات من الجنود ورجال الشرطة الشوارع.",
    "واجتاحها طوفان جارف عام 1914.",
])
def test_dawn_or_a_flood_is_no_assault(coder, text):
    assert not events(coder, text, "ASSAULT"), [e.to_dict() for e in events(coder, text)]


@pytest.mark.parametrize("text", [
    "وكشفت الوزارة هوية الانتحاري الذي فجر نفسه داخل المسجد.",
    "واجتاحت القوات الإسرائيلية مخيم جنين فجر أمس.",
])
def test_a_bombing_or_an_invasion_stays_an_assault(coder, text):
    assert events(coder, text, "ASSAULT")


@pytest.mark.parametrize("text", [
    "كما قدم شكره لمنسوبي تلك المراكز الملتزمين بأداء واجباتهم المهنية.",
    "إن خادم الحرمين الشريفين واضح ملتزم منهجا شاملا لسياسة المملكة.",
])
def test_keeping_duties_or_a_course_is_no_agreement(coder, text):
    assert not events(coder, text, "AGREE"), [e.to_dict() for e in events(coder, text)]


def test_committed_to_a_deal_stays_an_agreement(coder):
    assert events(coder, "وأكدت إيران أنها ملتزمة بالاتفاق النووي.", "AGREE")


@pytest.mark.parametrize("text", [
    "نظرا لوجود اضطرابات أمنية فيها مما شجع الأسر السعودية على التوجه إلى دول أوروبا.",
    "ولكن دافعه الأكبر أن خاله مرتد.",
])
def test_a_circumstance_that_encourages_or_a_motive_is_no_support(coder, text):
    assert not events(coder, text, "SUPPORT"), [e.to_dict() for e in events(coder, text)]


def test_encouragement_by_a_state_stays_support(coder):
    assert events(coder, "وشجعت الولايات المتحدة الأطراف على العودة إلى المفاوضات.", "SUPPORT")


@pytest.mark.parametrize("text,kind", [
    ("وبعد شوط أول باهت انتفض هجوم السيدة العجوز وحسم المباراة.", "PROTEST"),
    ("وسواء اتفق المرء أو اختلف مع ما يطرحه سوفائير، فرؤيته صادقة.", "AGREE"),
    ("كما نتقدم لسموكم بخالص تعازينا في شهداء الحادث مع أصدق دعوتنا للمصابين بالشفاء العاجل.", "REQUEST"),
])
def test_a_football_attack_an_opinion_or_a_prayer_is_no_event(coder, text, kind):
    assert not events(coder, text, kind), [e.to_dict() for e in events(coder, text)]


@pytest.mark.parametrize("text,kind", [
    ("وانتفض الأهالي ضد الحوثيين في القرية.", "PROTEST"),
    ("واتفق الجانبان على تعزيز العلاقات الثنائية.", "AGREE"),
    ("ودعا الوزير المواطنين إلى الحذر.", "REQUEST"),
])
def test_an_uprising_an_agreement_or_a_call_stays(coder, text, kind):
    assert events(coder, text, kind)


@pytest.mark.parametrize("text,kind", [
    ("وتمكنوا من استعادة نقطتي تمركز للقوات الحكومية على طريق سرغايا.", "MOBILIZE"),
    ("وتمركزت أغلبيتهم في المحافظات التركية الجنوبية.", "MOBILIZE"),
    ("وجدت المنظمات الإرهابية لدى بعض الناشئين عقولاً تستقبل رسائلها وتتفاعل معها.", "CONSULT"),
])
def test_a_state_a_settled_people_or_a_message_is_no_deployment_nor_visit(coder, text, kind):
    assert not events(coder, text, kind), [e.to_dict() for e in events(coder, text)]


@pytest.mark.parametrize("text,kind", [
    ("وتمركزت القوات السعودية على الحدود مع اليمن.", "MOBILIZE"),
    ("واستقبل الملك سلمان الرئيس المصري في جدة.", "CONSULT"),
    ("واستضافت باكستان الجولة الافتتاحية من المحادثات بين الحكومة الأفغانية وطالبان.", "CONSULT"),
    ("واستضافت في أبريل الماضي قمة مصغرة مع قادة مصر واليونان.", "CONSULT"),
    ("والقوات تمركزت في المنطقة الحدودية منذ أسبوع.", "MOBILIZE"),
])
def test_a_deployment_a_reception_or_hosted_talks_stay(coder, text, kind):
    assert events(coder, text, kind)


@pytest.mark.parametrize("text", [
    "حيث عثرت الشرطة عليه غارقاً بدمائه وملقى بجانب سيارة إثره تلقيه رصاصات من سلاح ناري.",
    "وسيعود الدوسري بعد أن فاضت العيون برحيله، واستسلمت لقضاء الله وقدره.",
    "وتتمثل القرارات بتقليص عدد الوزارات ومحاسبة الوزراء المقصرين وتسريح الآخرين.",
])
def test_receiving_bullets_gods_decree_or_dismissals_are_no_retreat(coder, text):
    assert not events(coder, text, "RETREAT"), [e.to_dict() for e in events(coder, text)]


@pytest.mark.parametrize("text", [
    "وألقى المسلحون السلاح وسلموا أنفسهم للجيش.",
    "ويلقي المقاتلون السلاح مقابل العفو.",
    "ودعا الجيش المسلحين إلى أن يلقوا السلاح.",
    "واستسلم عشرات المسلحين للقوات الحكومية.",
    "ونص الاتفاق على نزع السلاح وتسريح المقاتلين.",
])
def test_laying_down_arms_surrender_or_demobilisation_stays_a_retreat(coder, text):
    assert events(coder, text, "RETREAT")


@pytest.mark.parametrize("text,kind", [
    ("وظل خمسة عشر عامًا يعاني من المرض الخبيث ويكذب على الفرنسيين بخصوص صحته ويزوّر التقارير الطبية.", "CONSULT"),
    ("لكنّ الطرفين خان بعضهما بعضًا حيث أقامت آديل علاقة عاطفية مع الناقد سانت بوف.", "SUPPORT"),
])
def test_forged_reports_or_a_love_affair_is_no_event(coder, text, kind):
    assert not events(coder, text, kind), [e.to_dict() for e in events(coder, text)]


@pytest.mark.parametrize("text,kind", [
    ("وأقامت السعودية علاقات دبلوماسية مع الصين عام 1990.", "SUPPORT"),
    ("ويزور الرئيس المصري الرياض الأسبوع المقبل.", "CONSULT"),
])
def test_relations_or_a_visit_stay(coder, text, kind):
    assert events(coder, text, kind)


def test_doctors_struck_with_astonishment_are_no_casualties(coder):
    text = "وأظهرت الفحوصات وجود عدد من الحصاة، لكن الأطباء أصيبوا بالدهشة لهذا العدد."
    assert not events(coder, text, "ASSAULT"), [e.to_dict() for e in events(coder, text)]


def test_youths_wounded_by_bullets_stay_casualties(coder):
    assert events(coder, "وأصيب شابان برصاص قوات الاحتلال التي اقتحمت المخيم.", "ASSAULT")
