"""Round 85, the topic stage's courtesies and mishaps (stages/topics.py, topic_words.tsv).

Tested here, on sentences of the dev days 2015-07-26 and 2015-08-03: a phone call or a visit to offer condolence
(a `condolence` word after its trigger) is no CONSULT, while such a call that discusses affairs (an `affairs` word)
stays; a congratulation «بمناسبة» any occasion (a `congratulation` noun) is no SUPPORT; a shark's attack («لهجوم من
سمكة قرش») is no ASSAULT whatever country its sentence names; patients stuck in a lift («في المصعد», a `trap` word)
are no COERCE; and deaths «في حادثين منفصلين» (a `crash` phrase) are no ASSAULT."""

from __future__ import annotations

from hadath.article import Article


def coded(nlp, text, title=None, date="2015-07-26"):
    """The (type, trigger) pairs the whole pipeline codes for the text (with its title, if any)."""
    art = nlp(Article(text=text, title=title, published=date))
    return [(e.event, e.trigger.text) for e in art.events]


CALL = ("أجرى وزير التعليم د. عزام الدخيل اتصالاً هاتفيّاً مع د. عسيري الأحوس مدير تعليم محافظة صبيا نقل خلاله "
        "التعازي في وفاة الفني محمد الصلهبي مدير الصيانة الذاتية بتعليم صبيا والذي توفي عصر الخميس.")


def test_condolence_call_is_no_consultation(nlp):
    """07-26 #803, 08-03 #30: a call «نقل خلاله التعازي» or «لتقديم واجب العزاء والمواساة» is a courtesy of mourning;
    one whose sentence also tells affairs discussed («وبحثا خلاله») is still a consultation."""
    assert not [t for t in coded(nlp, CALL) if t[0] == "CONSULT"]
    text = ("أجرى وزيرُ التعليم الدكتور عزام بن محمد الدخيل اتصالا هاتفيًّا لتقديم واجب العزاء والمواساة لوالد المعلم "
            "صفر بن حباب الحساني المالكي، والذي وافته المنية عصر يوم الأربعاء الماضي.")
    assert not [t for t in coded(nlp, text, date="2015-08-03") if t[0] == "CONSULT"]
    talks = CALL[:-1] + " وبحثا خلاله سير العام الدراسي."  # a condolence call that discusses affairs stays
    assert [t for t in coded(nlp, talks) if t[0] == "CONSULT"]


def test_condolence_visit_is_no_consultation(nlp):
    """07-26 #904: «زيارة قيادي جامعة تبوك له لتقديم واجب العزاء» is no visit of consultation."""
    text = ("وحول زيارة قيادي جامعة تبوك له لتقديم واجب العزاء، نفى زوج المعلمة زيارة أي مسؤول من الجامعة له، وقال: "
            "\"لم يزرني أي أحد من قياديي جامعة تبوك كليا لتقديم واجب العزاء\".")
    art = nlp(Article(text=text, published="2015-07-26"))
    assert not [e for e in art.events if e.event == "CONSULT" and e.trigger.start == text.index("زيارة")]


def test_congratulation_on_an_opening_is_no_support(nlp):
    """08-03 #141: «وقدم كيري التهنئة للشعب المصري … بمناسبة افتتاح قناة السويس الجديدة» is a courtesy."""
    text = ("وقدم كيري التهنئة للشعب المصري والرئيس عبد الفتاح السيسي بمناسبة افتتاح قناة السويس الجديدة الخميس "
            "المقبل، مؤكدا أن «هذا المشروع الضخم سيكون له عظيم الأثر على الاقتصاد المصري».")
    assert ("SUPPORT", "التهنئة") not in coded(nlp, text, date="2015-08-03")


def test_shark_attack_is_no_assault(nlp):
    """07-26 #137: a shark's attack told near an Australian island is no ASSAULT by Australia."""
    text = ("لقي غواص حتفه إثر تعرضه لهجوم من سمكة قرش قبالة الساحل الشرقي لجزيرة تسمانيا الأسترالية السبت فيما يعد "
            "أول هجوم مميت خلال سنوات، حسبما ذكر تقرير.")
    assert not [t for t in coded(nlp, text) if t[0] == "ASSAULT"]


def test_patients_stuck_in_a_lift_are_no_coercion(nlp):
    """07-26 #906: «احتجاز عدد من المرضى في المصعد» is a breakdown, no detention."""
    text = ("وكان آخر ما حدث في هذه المنشأة احتجاز عدد من المرضى في المصعد لأكثر من ساعة بسبب عطل فني.")
    assert not [t for t in coded(nlp, text) if t[0] == "COERCE"]


def test_deaths_in_two_separate_accidents_are_no_assault(nlp):
    """07-26 #680: «لقي 3 أشخاص مصرعهم … في حادثين منفصلين» told without a title naming an accident."""
    text = ("لقي 3 أشخاص مصرعهم فيما أصيب 12 شخصاً بإصابات متفرقة في حادثين منفصلين بشمال وشرق محافظة الطائف.")
    assert not [t for t in coded(nlp, text) if t[0] == "ASSAULT"]
