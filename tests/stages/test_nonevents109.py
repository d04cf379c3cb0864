"""Round 109 (non-events): shapes of Arabic that the coder read as acts, from the judged slice 2015-07-22 #800–1599:
an interview given to a paper named after its town («حوار مع "الرياض"»), hospitals and hotels that «receive»
injuries and guests, a handle or a grant's quoted name, Eid calls on families, a request made of one's wife and an
embassy's caution to its citizens."""

from stage_coding import kept_types

_DATE = "2015-07-22"


def _kinds(nlp, text):
    """(type, trigger text) of the events the whole pipeline codes for `text`."""
    return kept_types(nlp, text, _DATE)


def test_interview_with_a_paper_named_after_its_town_is_no_meeting(nlp):
    """«وأوضح في حوار مع "الرياض"» (#1002): the speaker's interview with the paper, no talks with Riyadh."""
    text = ("وأوضح في حوار مع \"الرياض\" أن زيادة حجم المشاركة والتطوع في البرنامج تعكس تنامي وعي المجتمع السعودي "
            "بثقافة التطوع.")
    assert not any(k == "CONSULT" for k, _ in _kinds(nlp, text))


def test_emergency_wards_receiving_injuries_is_no_meeting(nlp):
    """«استقبلت أقسام الطوارئ بالمستشفيات ما يزيد عن (8000) إصابة» (#1079): a statistic, no meeting."""
    text = ("ففي سنة واحدة استقبلت أقسام الطوارئ بالمستشفيات ما يزيد عن (8000) إصابة منها (16) حالة وفاة، وما يقرب "
            "من نصف تلك الإصابات كانت لأطفال.")
    assert not any(k == "CONSULT" for k, _ in _kinds(nlp, text))


def test_hotels_receiving_guests_is_no_meeting(nlp):
    """«إذ استقبلت نزلاء من اسيا واوروبا» (#1010): hotel occupancy, no meeting."""
    text = ("وفي الإمارات، ارتفعت نسبة الإشغال الفندقي بمناسبة العيد، إذ استقبلت نزلاء من اسيا واوروبا ودول عربية "
            "أبرزها السعودية والكويت.")
    assert not any(k == "CONSULT" for k, _ in _kinds(nlp, text))


def test_bracketed_handle_is_no_bombing(nlp):
    """«المعرف ( حزام ناسف)» (#913): a user's handle, no explosive attack."""
    text = ("-المعرف ( حزام ناسف) والمستخدم من قبل الموقوف/ علي محمد علي العتيق الذي ضبط في منزله معمل لتصنيع "
            "المتفجرات.")
    assert not any(k == "ASSAULT" for k, _ in _kinds(nlp, text))


def test_quoted_grant_name_is_no_aid(nlp):
    """«تحت مسمى "منحة الرئيس الشهيد ابو عمار"» (#991): the scholarship's name, no grant by Abu Ammar."""
    text = ("وافقت الحكومة الفنزويلية على استقبال 100 من الطلبة الفلسطينيين كدفعة أولى، وذلك تحت مسمى \"منحة الرئيس "
            "الشهيد ابو عمار\"، علماً أن العدد في السنوات السابقة لم يتجاوز 15-20 طالبا.")
    assert ("AID", "منحة") not in _kinds(nlp, text)


def test_eid_calls_on_families_and_relatives_are_no_meetings(nlp):
    """«أنَّه يزور بعض الأسر اليمنية في العيد، إلى جانب زيارة بعض أقاربه» (#1076): a resident's holiday calls."""
    text = ("وبين عبدو صالح زايد -مقيم يمني- أنَّه يزور بعض الأسر اليمنية في العيد، إلى جانب زيارة بعض أقاربه من "
            "المقيمين في المملكة.")
    assert not any(k == "CONSULT" for k, _ in _kinds(nlp, text))


def test_request_to_ones_wife_is_private(nlp):
    """«فطلب من زوجته العودة مع أطفالهما إلى المملكة» (#845): a family matter, no political request."""
    text = ("فطلب من زوجته العودة مع أطفالهما إلى المملكة بعد أن أعياها التعب، لكنها أبت إلا أن تبقى بجانبه، ليبدأ "
            "العمل على تحقيق الهدف.")
    assert not any(k == "REQUEST" for k, _ in _kinds(nlp, text))


def test_embassy_warning_citizens_of_scams_is_no_threat_to_its_host(nlp):
    """«حذرت سفارة خادم الحرمين الشريفين لدى جمهورية اليونان من التعامل» (#1313): Greece is the embassy's post, no one
    warned; a consular caution, no threat. One warned past the host stays («لدى اليمن جماعة الحوثي من»)."""
    text = ("حذرت سفارة خادم الحرمين الشريفين لدى جمهورية اليونان من التعامل مع الاتصالات الهاتفية وعروض الإنترنت "
            "لبيع السيارات في اليونان وقبرص وبأسعار رخيصة ومغرية .")
    assert not any(k == "THREATEN" for k, _ in _kinds(nlp, text))
    warned = "وحذر السفير الأمريكي لدى اليمن جماعة الحوثي من التصعيد."
    assert any(k == "THREATEN" for k, _ in _kinds(nlp, warned))
