"""Round nv48: non-events of international pages (the judged slice of 2015-08-06 and the study days 07-22, 07-27,
07-31): a signed column's rhetoric, idioms read as appeals or threats, a threat named as a danger, a service's
alert and a comment declined.

Sentences are adapted from those pages; each test holds a must-not-appear event and the real act beside it that
must stay."""

from hadath.article import Article

PUBLISHED = "2015-08-06"

_TAIL = "\nوأضاف المتحدث أن الأمر قيد الدرس.\nولم يصدر أي تعليق رسمي حتى الآن."


def _found(nlp, text, url=None, published=PUBLISHED):
    """The (type, trigger) pairs a text's events carry."""
    a = nlp(Article(text=text, id="t", published=published, url=url))
    return [(e.event, e.trigger.text) for e in a.events]


# -- a signed column (an aawsat URL with the writer's name): only acts reported stay (topics, ESSAY_GENRES) --

_COLUMN = ("في العراق تتعاون إدارة أوباما مع إيران والميليشيات الشيعية لمحاربة «داعش» على الرغم من التحذيرات.\n"
           "الإدارة الأميركية تدرك هذا الأمر لذلك تدعو إلى إشراك السنة العرب في جهود محاربة الإرهاب.\n"
           "ولو أنذره الأميركيون، مثلا، افعل كذا وإلا تحركنا، لرأينا تغييرات حقيقية.")
_SIGNED = "http://aawsat.com/home/article/423496/عثمان-ميرغني/سياسة-المتناقضات-في-سوريا-والعراق"
_NEWS = "http://aawsat.com/home/article/423496/سياسة-المتناقضات-في-سوريا-والعراق"


def test_a_signed_columns_talk_is_no_act(nlp):
    """«تتعاون إدارة أوباما مع إيران»، «تدعو إلى إشراك السنة»: on a signed column's page, a writer's account of a
    policy in the present, no act reported (2015-08-06, عثمان ميرغني)."""
    found = _found(nlp, _COLUMN, url=_SIGNED)
    assert ("COOPERATE", "تتعاون") not in found, found
    assert ("REQUEST", "تدعو") not in found, found


def test_the_same_text_on_a_news_page_is_coded(nlp):
    """The URL is the signal: the same sentence on a page with no writer's name keeps its cooperation."""
    assert ("COOPERATE", "تتعاون") in _found(nlp, _COLUMN, url=_NEWS)


def test_a_columns_dated_strike_stays(nlp):
    """«قتل … على يد القوات الفرنسية الخاصة في غارة في ديسمبر 2014» told with its date in a column stays."""
    text = ("وقد قتل القيادي أحمد التلمسي على يد القوات الفرنسية الخاصة في غارة في ديسمبر (كانون الأول) 2014.\n"
            "ويرى مراقبون أن التنظيم يبحث عن قيادة جديدة.\nوهذا ما يقلق العواصم الغربية.")
    assert any(ev == "ASSAULT" for ev, _ in _found(nlp, text, url=_SIGNED))


# -- idioms read as appeals or threats (triggers.tsv unless) --

def test_a_distress_call_is_no_appeal(nlp):
    """«تلقوا نداء استغاثة» (2015-08-06, migrants off Libya): a boat in trouble, no political appeal."""
    text = "وأوضحت قوات خفر السواحل الإيطالية أن عناصرها تلقوا نداء استغاثة من قطانية في صقلية." + _TAIL
    assert not any(ev == "REQUEST" for ev, _ in _found(nlp, text))


def test_the_call_of_arabism_is_no_appeal(nlp):
    """«استجابة لنداء العروبة والإسلام» (2015-08-06): a standing bond, no appeal made."""
    text = ("وأكد المصدر أن المملكة طالما وقفت بجانب العراق في أحلك الظروف استجابة لنداء العروبة والإسلام."
            + _TAIL)
    assert ("REQUEST", "نداء") not in _found(nlp, text)


def test_an_appeal_to_the_world_stays(nlp):
    """«وجه الرئيس نداء إلى المجتمع الدولي»: an appeal made is still one."""
    text = "ووجه الرئيس اليمني نداء إلى المجتمع الدولي لمساعدة النازحين في عدن." + _TAIL
    assert any(ev == "REQUEST" for ev, _ in _found(nlp, text))


def test_endangered_credibility_is_no_threat(nlp):
    """«من شأنه أن يهدد مصداقية الولايات المتحدة» (2015-08-06, Obama's speech): a consequence argued."""
    text = ("وحذر أوباما المشرعين الأمريكيين من أن رفض الاتفاق من شأنه أن يهدد مصداقية الولايات المتحدة في العالم."
            + _TAIL)
    assert ("THREATEN", "يهدد") not in _found(nlp, text)


def test_a_veto_threatened_stays(nlp):
    """«وهدد أوباما باستخدام حق النقض» (2015-08-06): a threat made."""
    text = "وهدد أوباما باستخدام حق النقض ضد أي قرار يرفض الاتفاق." + _TAIL
    assert any(ev == "THREATEN" for ev, _ in _found(nlp, text))


def test_vast_areas_held_is_no_seizure(nlp):
    """«مسلحي التنظيم الذين سيطروا على مناطق شاسعة في العراق وسوريا» (2015-08-06, AFP): the group's rise retold."""
    text = ("ويشير هذا القرار الى تكثيف للدور التركي في مكافحة مسلحي التنظيم الذين سيطروا على مناطق شاسعة في "
            "العراق وسوريا." + _TAIL)
    assert not any(ev == "COERCE" for ev, _ in _found(nlp, text))


def test_a_town_taken_stays(nlp):
    """«سيطر مسلحو التنظيم أمس على مدينة الرمادي»: a taking told."""
    text = "وسيطر مسلحو تنظيم داعش أمس على مدينة الرمادي بعد معارك عنيفة." + _TAIL
    assert any(ev == "COERCE" for ev, _ in _found(nlp, text))


# -- a threat noun named as a danger (topics TopicGate.threat_posed) --

_POSED = [
    # 2015-08-06, Hammond's interview
    ("وقال الوزير إن المخاوف الخليجية ليست من الحروب التقليدية، بل تشكل إيران تهديدا غير تقليدي عسكريا من خلال "
     "المجموعات التي تدعمها.", "تهديدا"),
    # 2015-08-06, Lavrov in Malaysia
    ("وقال لافروف في تصريحات بثها التلفزيون الروسي من ماليزيا: «نتفق جميعا على أنّ داعش تهديد مشترك».", "تهديد"),
    # 2015-08-06, the American split over al-Qaeda and ISIS
    ("وهذه هي المرة الأولى التي يتحدث فيها مسؤولون أميركيون رفيعو المستوى بهذه الصراحة عن تطور التهديدات التي "
     "تواجه البلاد.", "التهديدات"),
    # 2015-07-22, an Israeli diplomat on Turkey
    ("قال دبلوماسي إسرائيلي كبير أمس، إن التهديدات المشتركة التي تواجه كلا من إسرائيل وتركيا من جانب تنظيم داعش، "
     "يمكن أن تساعد في جهود استعادة العلاقات.", "التهديدات"),
]


def test_a_threat_posed_is_no_threat_made(nlp):
    """«تشكل إيران تهديدا»، «داعش تهديد مشترك»، «التهديدات التي تواجه البلاد»: a danger named, no threat made."""
    for text, trigger in _POSED:
        found = _found(nlp, text + _TAIL)
        assert ("THREATEN", trigger) not in found, (text, found)


def test_a_threat_received_stays(nlp):
    """«تلقى صحفي أردني تهديدا بالقتل»: a threat made to someone is still one."""
    text = "وتلقى صحفي أردني تهديدا بالقتل من مجهولين بعد نشره التقرير." + _TAIL
    assert any(ev == "THREATEN" for ev, _ in _found(nlp, text))


# -- a service's alert and a comment declined --

def test_hospitals_on_alert_mobilise_no_forces(nlp):
    """«أعلنت مستشفيات المنطقة حالة استنفار لاستقبال المتبرعين بالدم» (2015-08-06, Asir): a service's alert."""
    text = ("أقدم انتحاري على تفجير نفسه في مسجد قوة الطوارئ بعسير.\n"
            "بدورها أعلنت مستشفيات المنطقة حالة استنفار لاستقبال المتبرّعين بالدم، وإسعاف المصابين.\n"
            "ولم تعلن أي جهة مسؤوليتها عن التفجير.")
    found = _found(nlp, text)
    assert not any(ev == "MOBILIZE" for ev, _ in found), found


def test_an_army_on_alert_stays(nlp):
    """«أعلن الجيش اللبناني حالة الاستنفار في صفوف وحداته»: forces mobilised."""
    text = "وأعلن الجيش اللبناني حالة الاستنفار في صفوف وحداته المنتشرة على الحدود الشرقية." + _TAIL
    assert any(ev == "MOBILIZE" for ev, _ in _found(nlp, text))


def test_a_campaign_declining_to_broach_rejects_nothing(nlp):
    """«ورفضت حملة كلينتون الانتخابية التطرق الى التحقيق الفيدرالي» (2015-08-06): no comment, no rejection."""
    text = ("بدأ مكتب التحقيقات الفيدرالي تحقيقاته في قضية بريد هيلاري كلينتون.\n"
            "ورفضت حملة كلينتون الانتخابية التطرق الى التحقيق الفيدرالي.\nولم يصدر أي تعليق رسمي حتى الآن.")
    assert not any(ev == "REJECT" for ev, _ in _found(nlp, text))


# -- a battlefield named, figures released, an explainer's history --

def test_a_battlefield_named_is_no_attack(nlp):
    """«كضحايا في ميدان القتال» (2015-08-06, Afghan attrition)، «قادة محوري القتال» (Benghazi): a place named."""
    for text in ("وقال التقرير إن قوات الأمن تفقد نحو أربعة آلاف من جنود الجيش والشرطة شهريا سواء كضحايا في "
                 "ميدان القتال أو الهروب من الخدمة.",
                 "والتقى حفتر بمقر قيادته بمدينة المرج مع قادة محوري القتال في منطقتي الصابري وسوق الحوت."):
        found = _found(nlp, text + _TAIL)
        assert ("ASSAULT", "القتال") not in found, (text, found)


def test_figures_released_free_no_one(nlp):
    """«امتنعت منذ فترة طويلة عن الإفراج عن الأرقام» (2015-08-06, Venezuela): statistics, no prisoner freed."""
    text = "فالحكومة امتنعت منذ فترة طويلة عن الإفراج عن الأرقام في كل شيء؛ من التضخم إلى النمو." + _TAIL
    assert not any(ev == "RETREAT" for ev, _ in _found(nlp, text))


def test_prisoners_released_stay(nlp):
    """«أفرجت السلطات السودانية عن الصيادين المصريين»: a release."""
    text = "وأفرجت السلطات السودانية أمس عن الصيادين المصريين المحتجزين لديها." + _TAIL
    assert any(ev == "RETREAT" for ev, _ in _found(nlp, text))


_EXPLAINER = ("اعتمدت الجماعة في أول أمرها منهجا سلميا، ثم تحولت إلى العنف.\n"
              "وفي عام 1977 اعتقلت السلطات المصرية مئات من الجماعة وقادتها.\n"
              "وأسفرت العملية عن مقتل أكثر من 80 ضابطا وجنديا.")


def _explained(nlp, title, text):
    a = nlp(Article(text=text, id="t", published=PUBLISHED, title=title))
    return [(e.event, e.trigger.text) for e in a.events]


def test_an_explainers_history_is_no_news(nlp):
    """A story titled «أسلاف داعش.. تعرّف على 6 جماعات جهادية» (2015-08-06) retells history: its arrests of 1977
    and its undated killings are no events of the news."""
    found = _explained(nlp, "أسلاف داعش.. تعرّف على 6 جماعات جهادية نشرت الإرهاب عالمياً", _EXPLAINER)
    assert not any(ev in ("COERCE", "ASSAULT") for ev, _ in found), found


def test_the_same_text_under_a_news_title_is_coded(nlp):
    """The title is the signal: under a plain title the same killing is coded."""
    found = _explained(nlp, "الجماعة الإسلامية في مصر", _EXPLAINER)
    assert any(ev == "ASSAULT" for ev, _ in found), found


def test_an_explainers_act_of_yesterday_stays(nlp):
    """An act an explainer dates to yesterday by its own time word stays."""
    text = ("قتل مسلحون أمس خمسة جنود في هجوم على نقطة تفتيش شمال سيناء.\n"
            "وتعد الجماعة من أخطر التنظيمات في المنطقة.\nوقد نشأت في السبعينات.")
    found = _explained(nlp, "تعرّف على الجماعة التي تبنت هجوم سيناء", text)
    assert any(ev == "ASSAULT" for ev, _ in found), found


# -- a standing territorial claim (topics generic_clause "state", a `claimed` word) --

def test_a_sovereignty_claim_held_is_no_demand(nlp):
    """«وتطالب الصين، مستندة إلى خرائط تعود إلى الأربعينات، بالسيادة على غالبية بحر الصين الجنوبي» (2015-08-06):
    a claim held, no demand made."""
    text = ("أكدت الصين وقف أنشطتها في بحر الصين الجنوبي.\n"
            "وتطالب الصين، مستندة إلى خرائط تعود إلى الأربعينات، بالسيادة على غالبية بحر الصين الجنوبي.\n"
            "ولم يصدر أي تعليق رسمي من مانيلا حتى الآن.")
    assert not any(ev == "REQUEST" for ev, _ in _found(nlp, text))


def test_a_demand_made_stays(nlp):
    """«وطالبت الفلبين الصين أمس بوقف أعمال البناء»: a demand made in the past stays."""
    text = ("أكدت الصين وقف أنشطتها في بحر الصين الجنوبي.\n"
            "وطالبت الفلبين الصين أمس بوقف أعمال البناء في الجزر المتنازع عليها.\n"
            "ولم يصدر أي تعليق رسمي من بكين حتى الآن.")
    assert any(ev == "REQUEST" for ev, _ in _found(nlp, text))
