"""Round 116 (actors missing, am116): from the judged dev slices 2015-07-21 #0–399 and #800–1799 — a speaker who goes
on, with a verb of his own gender and no comma, to an act of speech or a pledge is its doer, also inside what he
says where nothing there could be that verb's subject; a state body, country or organisation that announces
(أعلن، أعلن عن) a release, a lifting or an easing as its verb's object did it."""

from stage_coding import events_coded

_DATE = "2015-07-21"


def _actors(nlp, text, kind, word):
    """The actor texts of the coded events of `kind` whose trigger is `word` (the event coder alone)."""
    return [[m.text for m in e.actor] for e in events_coded(nlp, text, _DATE)
            if e.event == kind and e.trigger.text == word]


def _kept_actors(nlp, text, kind, word):
    """The actor texts of the events of `kind` whose trigger is `word` that the whole pipeline keeps (the statements
    stage reads the speakers)."""
    return [[m.text for m in e.actor] for e in nlp(text, published=_DATE).events
            if e.event == kind and e.trigger.text == word]


def test_pledge_after_a_quote_is_the_speakers(nlp):
    """«قالت عنه المستشارة الألمانية أنجيلا ميركل إنه "ليس حياة طبيعية" وتعهدت بمفاوضات سريعة» (#870, #1459, #146):
    the feminine verb after what she said goes on from Merkel."""
    text = ('ولن يسمح بالمدفوعات والتحويلات البرقية للخارج وهو الوضع الذي قالت عنه المستشارة الألمانية أنجيلا ميركل '
            'إنه "ليس حياة طبيعية" وتعهدت بمفاوضات سريعة حول اتفاق إنقاذ جديد.')
    assert ["المستشارة الألمانية أنجيلا ميركل"] in _kept_actors(nlp, text, "AGREE", "تعهدت")


def test_demand_after_an_announcement_is_the_ministrys(nlp):
    """«أصدرت وزارة الخارجية الروسية بيانا أعلنت فيه احتجاجها … وطالبت بتفسير» (#249): no comma, the verbs agree."""
    text = ("أصدرت وزارة الخارجية الروسية بيانا أعلنت فيه احتجاجها الحاسم ضد مثل هذه الممارسات وطالبت بتفسير لما حدث "
            "بشأن ملابسات طرد مراسلة التلفزيون الروسي.")
    assert ["وزارة الخارجية الروسية"] in _kept_actors(nlp, text, "REQUEST", "طالبت")


def test_demand_past_a_clause_of_the_other_gender_is_the_speakers(nlp):
    """«قال الجبير إن المملكة لن تقبل … وطالب طهران»: المملكة is feminine, طالب masculine: al-Jubeir demands."""
    text = "وقال وزير الخارجية السعودي عادل الجبير إن المملكة لن تقبل بالتدخل الإيراني وطالب طهران بوقف دعم الإرهاب."
    assert ["وزير الخارجية السعودي عادل الجبير"] in _kept_actors(nlp, text, "REQUEST", "طالب")


def test_demand_of_an_agreeing_subject_in_what_is_said_is_not_the_speakers(nlp):
    """«قال الجبير إن الرئيس الإيراني رفض العرض وطالب المملكة»: the president demands, not the speaker."""
    text = "وقال وزير الخارجية السعودي عادل الجبير إن الرئيس الإيراني رفض العرض وطالب المملكة بوقف الحرب."
    assert all("وزير الخارجية السعودي عادل الجبير" not in a for a in _kept_actors(nlp, text, "REQUEST", "طالب"))


def test_accusation_noun_after_a_denial_is_not_the_speakers(nlp):
    """«نفى … ضاحي خلفان، ما تداوله مغردون …، واتهامه بالهجوم» (#1569): a verbal noun, no verb of his."""
    text = ("نفى نائب رئيس الشرطة في دبي، الفريق ضاحي خلفان، ما تداوله مغردون على موقع تويتر، واتهامه بالهجوم على "
            "العاهل السعودي الملك سلمان.")
    assert all(not a for a in _kept_actors(nlp, text, "ACCUSE", "اتهامه"))


def test_ministry_announcing_an_easing_eased(nlp):
    """«وأعلنت وزارة المالية اليونانية عن تخفيف القيود» (#146): the ministry eased the curbs."""
    text = "وأعلنت وزارة المالية اليونانية عن تخفيف القيود التي فرضت على عمليات السحب النقدي."
    assert ["وزارة المالية اليونانية"] in _actors(nlp, text, "CONCEDE", "تخفيف القيود")


def test_country_announcing_a_release_released(nlp):
    """«وأعلنت إسرائيل الإفراج عن 20 أسيرا»: the state announcing a release made it."""
    text = "وأعلنت إسرائيل الإفراج عن 20 أسيرا فلسطينيا."
    assert ["إسرائيل"] in _actors(nlp, text, "RETREAT", "الإفراج عن")


def test_family_name_after_a_verb_is_the_minister_named_before(nlp):
    """«جدد … وزير الصحة اللبناني وائل أبو فاعور …» … «ودعا أبو فاعور إلى» (#1428): the two-word family name the
    lexicons lack is the minister named in full before."""
    text = ("جدد عضو اللقاء الديموقراطي وزير الصحة اللبناني وائل أبو فاعور، التمسك باتفاق الطائف. ودعا أبو فاعور إلى "
            "ضرورة عقد جلسة لمجلس النواب.")
    assert ["أبو فاعور"] in _kept_actors(nlp, text, "REQUEST", "دعا")


def test_family_name_after_a_verb_of_praise_is_the_prime_minister(nlp):
    """«أكد رئيس الوزراء الجزائري عبد المالك سلال …» … «وأشاد سلال بقوة بالجهود» (07-22 #99)."""
    text = ("أكد رئيس الوزراء الجزائري عبد المالك سلال أمس الثلاثاء بالعاصمة الإسبانية مدريد أن الجزائر متمسكة بحل "
            "سياسي في ليبيا. وأضاف سلال أنه «من المهم أن يتمكن بلدانا من العمل على أن يتم تنصيب حكومة وحدة وطنية». "
            "وأشاد سلال بقوة بالجهود التي يبذلها المبعوث الخاص للأمين العام للأمم المتحدة إلى ليبيا برناردينو ليون.")
    actors = _kept_actors(nlp, text, "SUPPORT", "أشاد")
    assert ["سلال"] in actors, actors


def test_name_after_an_arrest_verb_is_not_made_the_arrester(nlp):
    """«واعتقل سلال»: after an arrest verb the name may have undergone it; no actor is taken from before."""
    text = "وقال رئيس الوزراء الجزائري عبد المالك سلال إن الوضع مستقر. واعتقل سلال في المطار."
    assert all(a != ["سلال"] for a in _kept_actors(nlp, text, "COERCE", "اعتقل"))


def test_intent_noun_owner_visits(nlp):
    """«أعلنت منسقة السياسات الخارجية بالاتحاد الأوروبي، فدريكا موغريني، اعتزامها زيارة طهران» (07-22 #325)."""
    text = ("من جانبها أعلنت منسقة السياسات الخارجية بالاتحاد الأوروبي، فدريكا موغريني، اعتزامها زيارة طهران على "
            "المدى القريب.")
    actors = _actors(nlp, text, "CONSULT", "زيارة")
    assert actors and all(a for a in actors), actors


def test_intent_noun_after_another_clause_takes_no_object(nlp):
    """«واستقبل الملك سلمان الرئيس الفرنسي، وأكد عزمه زيارة باريس»: the guest before «وأكد» is not the visitor."""
    text = "واستقبل الملك سلمان الرئيس الفرنسي، وأكد عزمه زيارة باريس."
    assert all("الرئيس الفرنسي" not in a for a in _actors(nlp, text, "CONSULT", "زيارة"))
