"""Party spans (round 49): the predicate after «الذي يعد» is no party, a parenthesis before a trigger hides no word
that rules it out, the waterfront's adjective «البحرية» is no navy, the UN Secretary-General's envoy, the ministry's
undersecretaries and the director of teachers' affairs are parties, and a titled name after a body's name in an
office phrase the lexicons lack is a person of its own."""

from event_lookup import event_by_trigger as _event

from hadath.article import Article
from hadath.stages.phrases import noun_phrases


def test_the_noun_after_alladhi_yuaddu_is_what_the_guards_are_deemed_no_force(nlp):
    text = "وبدأ الحرس الثوري الإيراني الذي يعد قوة سياسية وعسكرية مهمة في انتقاد الاتفاق."
    ev = _event(nlp, text, "انتقاد")
    assert "قوة" not in [a.text for a in ev.actor]


def test_a_parenthesis_between_a_college_and_its_name_keeps_it_no_request(nlp):
    text = "وتضم الجامعة كلية ( الدعوة ) وكلية الشريعة وكلية التربية."
    assert not [e for e in nlp(text, published="2015-07-24").events if e.event == "REQUEST"]


def test_the_waterfront_is_no_navy(nlp):
    text = ("وقال مدير الإدارة إن البلدية انتهت من إنشاء ألعاب أطفال دعماً لهذه الفئة بالواجهة البحرية "
            "بشاطئ الفناتير.")
    for ev in nlp(text, published="2015-07-24").events:
        assert "MIL" not in [p.sector for p in ev.actor + ev.recipient]


def test_the_un_secretary_generals_envoy_is_the_one_called(nlp):
    text = ("ودعا الرئيس اليمني خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ، "
            "في الرياض الى زيارة محافظة عدن.")
    ev = _event(nlp, text, "دعا")
    assert [(r.text, r.code) for r in ev.recipient] == [("مبعوث الأمين العام للأمم المتحدة", "IGO")]


def test_the_ministrys_undersecretaries_are_the_meetings_partner(nlp):
    text = "عقد معالي وزير الثقافة والإعلام الدكتور عادل الطريفي في مكتبه بجدة اجتماعاً مع وكلاء الوزارة ومديري الإدارات."
    ev = _event(nlp, text, "اجتماعاً")
    assert [(r.text, r.sector) for r in ev.recipient] == [("وكلاء الوزارة", "GOV")]


def test_the_director_of_teachers_affairs_is_the_one_who_urges(nlp):
    text = ("وأهاب مدير شؤون المعلمين رئيس مركز المقابلات الشخصية الأستاذ عبدالله السليمان، بالمعلمين الجدد "
            "بضرورة الاطلاع على الاعلان.")
    ev = _event(nlp, text, "أهاب")
    assert [a.sector for a in ev.actor][:1] == ["EDU"]


def test_a_titled_name_after_a_body_in_an_office_phrase_is_a_phrase_of_its_own(nlp):
    text = ("عقد المحافظ أمس اجتماعاً مع مدير إدارة التطوير الإداري في الهيئة العامة للسياحة والتراث الوطني "
            "الدكتور يوسف اليوسف، ومدير هيئة السياحة.")
    seg, matcher, coder = nlp.stages[:3]
    article = matcher(seg(Article(text=text, id="t", published="2015-07-24")))
    toks = article.tokens[0]
    ents = [m for m in article.mentions if m.kind in ("actor", "agent")]
    cues = {m.tok_start: m for m in article.mentions if m.kind == "cue"}
    texts = [[m.text for m in g.mentions] for g in noun_phrases(toks, ents, cues, coder.fw)]
    assert ["يوسف اليوسف"] in texts


def test_a_titled_name_after_a_ministers_office_is_left_to_the_office(nlp):
    text = "عقد وزير الثقافة والإعلام الدكتور عادل الطريفي اجتماعاً مع وكلاء الوزارة."
    ev = _event(nlp, text, "اجتماعاً")
    assert "عادل الطريفي" not in [a.text for a in ev.recipient]
