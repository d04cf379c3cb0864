"""Round 110 (nonevents110): coded events that are no event, from the judged slice 2015-07-22 #800–1599: a running
toll told with «حتى الآن» or «in those operations» (a statistic, no act of the day), an event noun
ending the name of an office («مدير عام التخطيط والتنسيق»), a reporter's own interview told in the first person
(«التقينا بأحد الكدادين»), and a purpose told by «بغرض» (intended, no act done)."""

from stage_coding import kept_flags, kept_types

_DATE = "2015-07-22"


def _kinds(nlp, text):
    """The (type, trigger) of the events the whole pipeline keeps for `text` on the slice's day."""
    return kept_types(nlp, text, _DATE)


_LEAD = "وقال المحلل إن حزب الله يخسر كثيرا في سورية. وأضاف أن الحرب هناك طويلة ومكلفة. "

_SO_FAR = (_LEAD + "- لقد قتل حتى الان أكثر من 2000 عنصر من عناصر ميليشيا حزب الله الطائفية الإرهابية في سورية، "
           "وهو رقم كبير جداً.")


def test_killed_up_to_now_is_a_running_toll(nlp):
    """«لقد قتل حتى الان أكثر من 2000 عنصر من عناصر ميليشيا حزب الله» (2015-07-22 #924): a toll summed up to now, a
    statistic, no killing of the day."""
    assert not any(t == "ASSAULT" for t, _ in _kinds(nlp, _SO_FAR)), _kinds(nlp, _SO_FAR)


def test_killed_yesterday_stays(nlp):
    """A killing of the day, with no «حتى الآن», stays."""
    text = _LEAD + ("- لقد قتل أمس أكثر من 20 عنصرا من عناصر ميليشيا حزب الله الطائفية الإرهابية في سورية، وهو رقم "
                    "كبير جداً.")
    assert any(t == "ASSAULT" for t, _ in _kinds(nlp, text)), _kinds(nlp, text)


_OPERATIONS = ("وأعلنت وزارة الداخلية الإطاحة بخلايا إرهابية. وأوضح المتحدث الأمني أن التحقيقات مستمرة. "
               "كما تمكنت الأجهزة الأمنية من ضبط عدد من الوثائق والأجهزة ووسائل الاتصال ومواد متفجرة هربت من الخارج "
               "وأسلحة وذخائر ، وقد استشهد في تلك العمليات الأمنية ضد تلك الخلايا (37) سبعة وثلاثون مابين رجال أمن "
               "ومواطنين ، كما أصيب (120) مائة وعشرون مابين رجال أمن ومواطنين ، كما قتل في هذه العمليات (6) ستة "
               "إرهابيين .")


def test_dead_in_those_operations_are_a_running_toll(nlp):
    """«وقد استشهد في تلك العمليات الأمنية …، كما قتل في هذه العمليات (6)» (#913): the sum of a campaign's dead
    (the report filter's `drive` words), no act of the day."""
    kinds = _kinds(nlp, _OPERATIONS)
    assert not any(t == "ASSAULT" and w in ("استشهد", "قتل") for t, w in kinds), kinds


def test_dead_in_those_clashes_of_the_day_stay(nlp):
    """«مقتل ثمانية عشر حوثياً خلال تلك المواجهات» (2015-07-31 #1657): the clashes of the day, their toll stays."""
    text = ("وأشار المصدر إلى مقتل ثمانية عشر حوثياً خلال تلك المواجهات وإصابة العشرات، إلى جانب أسر ستة حوثيين على "
            "يد المقاومة.")
    assert any(t == "ASSAULT" for t, _ in _kinds(nlp, text)), _kinds(nlp, text)


_TITLE = ("حضر الاستقبال صاحب السمو الأمير عبدالله بن خالد بن تركي، وصاحب السمو الأمير فهد بن عبدالله بن جلوي مدير "
          "عام التخطيط والتنسيق التنموي بالإمارة.")


def test_coordination_ending_an_office_title_is_no_act(nlp):
    """«مدير عام التخطيط والتنسيق التنموي بالإمارة» (#1562): a job title, no cooperation."""
    assert not any(t == "COOPERATE" for t, _ in _kinds(nlp, _TITLE)), _kinds(nlp, _TITLE)


def test_cooperation_object_of_a_verb_after_an_official_stays(nlp):
    """«أكد مدير الأمن العام التعاون مع …»: the cooperation noun is the verb's object (no و or ل), and stays."""
    text = "وبحث مدير الأمن العام التعاون مع السفير الأمريكي في الرياض أمس."
    assert any(t in ("COOPERATE", "CONSULT") for t, _ in _kinds(nlp, text)), _kinds(nlp, text)


def test_reporter_meeting_in_first_person_is_no_event(nlp):
    """«في بداية التقينا بأحد الكدادين رفض الحديث معنا» (#1001): the writer's own interview, no meeting."""
    text = ("في بداية التقينا بأحد الكدادين رفض الحديث معنا معللا ذلك بأنه شخصية معروفة في وسط الشعر والتمثيل.")
    assert not any(t == "CONSULT" for t, _ in _kinds(nlp, text)), _kinds(nlp, text)


def test_minister_meeting_in_first_person_stays(nlp):
    """«التقينا بوزير الخارجية الأمريكي» told by a minister names a coded party: a meeting, it stays."""
    text = "وقال وزير الخارجية السعودي: التقينا أمس بوزير الخارجية الأمريكي جون كيري في باريس."
    assert any(t == "CONSULT" for t, _ in _kinds(nlp, text)), _kinds(nlp, text)


def test_shelling_told_as_a_purpose_with_bighard_is_intended(nlp):
    """«لدبابة تابعة للميليشيات كانت تتمركز في قرية "ذي عنقب" بغرض قصف مدينة تعز» (#925): a purpose (aim), the
    shelling intended, flagged future."""
    text = ("واندلعت الاشتباكات في المنطقة عقب إحراق المواطنين منتصف الاسبوع الماضي لدبابة تابعة للميليشيات كانت "
            "تتمركز في قرية \"ذي عنقب\" بغرض قصف مدينة تعز.")
    flags = [f for f in kept_flags(nlp, text, _DATE) if f[1] == "قصف"]
    assert flags and all(f[3] for f in flags), flags
