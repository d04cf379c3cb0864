"""Round 85 (codes85): phone numbers «أرقام الاتصال الهاتفي» are no call (a trigger's not_after word read past the
nisba trigger's own head noun); «بزج دفعة جديدة» is the verbal noun of the doubled verb زجّ after بـ (MOBILIZE);
«وزارة الاتصالات» of a Sudan story, in a sentence that names Sudan alone, is Sudan's; «المدير العام … في وزارة الشؤون
الإسلامية» is that ministry's state. Sentences from the dev day 2015-07-26 (#1024, #967, #843, #554)."""

from tests.stages.stage_coding import events_coded

_DATE = "2015-07-26"


def _events(nlp, text, kind):
    """The events of `kind` the whole pipeline codes for `text`."""
    return [e for e in nlp(text, published=_DATE).events if e.event == kind]


_NUMBERS = ("وحث الدكتور الدخيل على نشر أرقام الاتصال الهاتفي في موقع الوزارة والجامعات وإدارات التعليم وتخصيص "
            "موظفين في كل جهة مع التأكيد على جودة الأداء.")


def test_phone_numbers_are_no_call(nlp):
    """«نشر أرقام الاتصال الهاتفي»: no CONSULT on «الهاتفي»; «أجرى … اتصالا هاتفيا مع» stays one."""
    assert not [e for e in events_coded(nlp, _NUMBERS, _DATE) if e.event == "CONSULT" and "هاتف" in e.trigger.text]
    assert [e for e in events_coded(nlp, "وأجرى الرئيس الأمريكي اتصالا هاتفيا مع الرئيس الفرنسي.", _DATE)
            if e.event == "CONSULT" and "هاتف" in e.trigger.text]


_IRAN = ("قالت مصادر مطلعة أمس، إن إيران بدأت بزج دفعة جديدة من قادة وعناصر الحرس الثوري الإيراني في سورية، منذ "
         "مطلع الشهر الجاري.")


def test_bi_zajj_is_a_mobilization(nlp):
    """«إن إيران بدأت بزج دفعة جديدة»: MOBILIZE by Iran; «بحث» read no urging."""
    events = [e for e in events_coded(nlp, _IRAN, _DATE) if e.event == "MOBILIZE"]
    assert events and any(p.code == "IRN" for e in events for p in e.actor)
    # «وبحث الوزير التعاون»: بحث is no ب + حث (REQUEST)
    assert not [e for e in events_coded(nlp, "وبحث الوزير التعاون بين البلدين مع نظيره.", _DATE)
                if e.event == "REQUEST"]


_SUDAN = ("ابدت شركة اكسبيرت باث تكنولوجي السعودية استعدادها لتمويل وتنفيذ مشروعات البني التحتية ل40 جامعة سودانية "
          "في مجالات الاتصالات وتكنولوجيا المعلومات. "
          "والتقى وفد من الشركة في العاصمة السودانية الخرطوم وزير الدولة بوزارة الاتصالات وتكنولوجيا المعلومات "
          "المهندس محمد عبدالرحيم. "
          "وأكد مدير للشركة بالسودان الدكتور امين احمد امين علي قدرة الشركة على تقديم خدمات ومساعدات للسودان.")


def test_ministry_of_a_sudan_story_is_sudans(nlp):
    """«في العاصمة السودانية الخرطوم وزير الدولة بوزارة الاتصالات»: the ministry met is SDN/GOV, not uncoded."""
    recipients = [(p.code, p.text) for e in _events(nlp, _SUDAN, "CONSULT") for p in e.recipient]
    assert any(code == "SDN" and "وزارة" in text for code, text in recipients)
    assert not any(code is None and "وزارة" in text for code, text in recipients)


_DIRECTOR = ("دعا المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية والأوقاف والدعوة والإرشاد الشيخ عبدالمجيد "
             "العُمري البرلمانيين من الجانب الأوربي والدولي، والأمم المتحدة، إلى تبني مشروع قرار يجرم الاعتداء.")


def test_director_in_a_ministry_is_its_states(nlp):
    """«دعا المدير العام للعلاقات الخارجية في وزارة الشؤون الإسلامية»: the caller is SAU (#554), not uncoded."""
    actors = [(p.code, p.text) for e in _events(nlp, _DIRECTOR, "REQUEST") for p in e.actor]
    assert ("SAU", "المدير العام") in actors
    assert not any(code is None for code, _ in actors)
