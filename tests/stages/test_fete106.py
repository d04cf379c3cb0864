"""Round 106 (fete106): non-events of a story of the Eid or a festival, from the judged dev slice 2015-07-22 #400–799.

A story whose title or lead names the Eid or a festival's programme (a `fete` word of topic_words.tsv: مهرجان،
فعاليات; a `feast` word as written: عيد، العيد) is read as a courtesy title is (topics.courtesy_story): its
meetings, cooperation, support, aid and calls among one state's people are a festival's courtesies and services, no
political events. An apology there stays an act; «بعيد المدى» (far) and «وعيد» (a threat) name no Eid."""

from stage_coding import kept_types

_DATE = "2015-07-22"


_AMBASSADOR = ("زارت سفيرة مبادرة غذائي علاجي لدى المملكة عبير خليل، فعاليات مهرجان جدة (جدة شو). "
               "والتقت السفيرة عبير خليل الأطفال الذين حضروا للمشاركة في مهرجان جدة وتقديم إبداعاتهم الجميلة. "
               "ودعت السفيرة عبير خليل إلى الاهتمام بثقافة الطفل والبحث عن عناصر الترفيه التي تنمي مداركه وإبداعه "
               "من خلال مشاركته في مثل هذه المهرجانات.")


def test_visit_and_call_of_a_festival_lead_are_no_events(nlp):
    """«زارت سفيرة مبادرة غذائي علاجي … فعاليات مهرجان جدة» (2015-07-22 #743): the visit of the festival and the
    call to care for children's culture are a festival's courtesies, no CONSULT and no REQUEST."""
    kept = kept_types(nlp, _AMBASSADOR, _DATE)
    assert not any(t in ("CONSULT", "REQUEST") for t, _ in kept), kept


_BAHRA = ("تواصلت مساء أمس الفعاليات ببحرة بمقر الحديقة العامة بجوار بلدية بحرة الفرعية بحضور جمع غفير من "
          "المواطنين بصحبة عوائلهم. وشهد الحفل عروضا شعبية للأطفال. كما قدم عضو المجلس البلدي منيف المطيري شكره "
          "لأمين العاصمة المقدسة الدكتور أسامة البار على تبني هذه الاحتفالات و دعمها.")


def test_thanks_for_support_under_an_eid_title_is_no_support(nlp):
    """«قدم شكره لأمين العاصمة المقدسة … على تبني هذه الاحتفالات و دعمها» under «فعاليات عيد بحرة 36 ترسم البسمة»
    (2015-07-22 #568): no SUPPORT."""
    kept = [t for t, _ in nlp(_BAHRA, published=_DATE, title="فعاليات عيد بحرة 36 ترسم البسمة على وجوه الأطفال").events]
    assert "SUPPORT" not in kept, kept


_APOLOGY = ("أكد إبراهيم الدعيلج مدير العلاقات العامة والإعلام المتحدث الرسمي بأمانة منطقة الرياض عدم قبول الأمانة ما "
            "حدث من تجاوز غير لائق في أحد عروض اليوم الثاني لفعالية \"ستاند آب\" كوميدي المباشرة والمقامة في الصالات "
            "الخضراء ضمن فعاليات عيد الفطر المبارك، وخروج أحد الممثلين في سياق العرض بنص وكلمات غير لائقة أدت إلى "
            "اعتراض مواطن كريم وخروجه من موقع الفعالية. وأشار في بيان وزعته الأمانة إلى أن شروط التعاقد مع المتعهدين "
            "نصت على أن تكون الفعاليات تحمل اهدافاً تعزز القيم الوطنية، والترفيه وفق الضوابط الأخلاقية، كما قدمت "
            "الأمانة اعتذارها للجميع، ووعدت باتخاذ الإجراءات اللازمة لعدم تكرار مثل ذلك مستقبلاً.")


def test_apology_in_a_festival_story_stays(nlp):
    """«كما قدمت الأمانة اعتذارها للجميع» (2015-07-22 #706, judged right): an apology is no courtesy of the
    festival; the CONCEDE stays."""
    kept = [(e.event, e.trigger.text) for e in
            nlp(_APOLOGY, published=_DATE, title="أمانة الرياض تعتذر عن تجاوزات «ستاند آب» غير اللائقة").events]
    assert any(t == "CONCEDE" for t, _ in kept), kept


_FAR = ("المواجهة التي تخوضها دول العالم ضد الفكر المتطرف تتطلب تخطيطا بعيد المدى. "
        "وأكد الخبراء أهمية الجهود الفكرية. وقدمت المملكة دعما لمركز المناصحة في مكافحة الفكر المتطرف.")


def test_far_is_no_eid(nlp):
    """«تخطيطا بعيد المدى» (2015-07-22 #598): «بعيد» is «far», no Eid; the lead makes no festival story."""
    from hadath.stages.topics import _fete_words
    assert "بعيد" not in _fete_words() and "وعيد" not in _fete_words()
    assert "عيد" in _fete_words() and "بالمهرجان" in _fete_words()


_SUNNIS = ("أعلن زعيم الطائفة السنية في إيران مولوي عبدالحميد أن الرئيس الإيراني حسن روحاني لم يف بوعوده للطائفة "
           "السنية، رغم مرور عامين على رئاسته، وقال الشيخ عبدالحميد في تصريح نقله الموقع الخاص لمكتبه (سني نيوز): إن "
           "هناك ضغوطات تتعلق بتحديد أداء الشعائر السنية، فبعض المتشددين يرفضون إقامة صلاة الجماعة للسنة في المساجد، "
           "كما أنهم يمنعون إقامة صلاة العيد يوم الجمعة، وأشار إلى وجود مشكلات تم إيصالها للرئيس روحاني خلال فترته "
           "الدعائية قبل عامين عندما زار إقليم سيستان وبلوجستان. وفي سياق آخر أفرجت إيران عن السجينة العراقية.")


def test_eid_deep_in_a_political_lead_makes_no_festival_story(nlp):
    """«… كما أنهم يمنعون إقامة صلاة العيد» far into the lead of «أهل السنة يتذمرون من قيود ملالي إيران»
    (2015-07-27 #445): no festival's story; Rouhani's visit stays."""
    kept = [(e.event, e.trigger.text) for e in
            nlp(_SUNNIS, published="2015-07-27", title="أهل السنة يتذمرون من قيود ملالي إيران").events]
    assert ("CONSULT", "زار") in kept, kept
