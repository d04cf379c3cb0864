"""Round 72 repeats: an act told again in a later sentence in its very word and code, of its flags and day, with no
party the first telling lacks and in no other place («فجر انتحاري نفسه في سوق» … «فجر انتحاري سترته الناسفة»، «جهود
الحكومة لإطلاق محادثات السلام» … «جهود الحكومة لبدء محادثات سلام») is that act once, kept where it is told first.
Sentences from the dev day 2015-07-23."""


def _events(nlp, text, kind, published):
    """(trigger start, trigger, actor texts) of the events of `kind` coded for `text`."""
    return [(e.trigger.start, e.trigger.text, [m.text for m in e.actor])
            for e in nlp(text, published=published).events if e.event == kind]


FARYAB = ("قتل 15 شخصا بينهم نساء وأطفال أمس، عندما فجر انتحاري نفسه في سوق مزدحمة بشمال أفغانستان، فيما يكثف "
          "المتمردون هجومهم الصيفي السنوي رغم الجهود لإطلاق محادثات السلام.\nوكانت الحصيلة الأولى تفيد بسقوط تسعة "
          "قتلى.\nويسلط الهجوم الذي وقع في منطقة المار بولاية فرياب على الحدود مع تركمانستان الضوء على الخسائر "
          "الكبيرة في الأرواح بين المدنيين منذ 13 عاما على بدء النزاع في أفغانستان. ولم تعلن أي جهة مسؤوليتها عن "
          "الهجوم الانتحاري الذي جاء قبل بدء جولة جديدة من محادثات السلام بين الحكومة وحركة طالبان. وأعلن حاكم "
          "الولاية عبد الستار بارز، هذا الصباح فجر انتحاري سترته الناسفة داخل سوق في المار.\nوقال قائد الشرطة "
          "المحلية سيف: بحسب المعلومات الاستخباراتية التي تلقيناها فإن انتحاريا دخل السوق لذلك أقمنا حاجزا للبحث "
          "عنه، لكنه فجر نفسه بالقرب من عربة عسكرية مدرعة. ويأتي الهجوم بينما يصعد متمردو طالبان هجماتهم ضد أهداف "
          "حكومية وأجنبية خلال هجوم الصيف رغم جهود الحكومة لبدء محادثات سلام.")


def test_a_bombing_told_again_in_its_word_is_one(nlp):
    """2015-07-23 #1155: «فجر انتحاري سترته» tells again the bombing «فجر انتحاري نفسه» told first; the first stays."""
    bombings = [e for e in _events(nlp, FARYAB, "ASSAULT", "2015-07-23") if e[1] == "فجر"]
    assert len(bombings) == 1 and bombings[0][0] < 100 and bombings[0][2] == ["انتحاري"]


def test_talks_told_again_in_their_word_are_one(nlp):
    """2015-07-23 #1155: «جهود الحكومة لبدء محادثات سلام» at the end are the talks told before with both sides."""
    talks = [e for e in _events(nlp, FARYAB, "CONSULT", "2015-07-23") if e[1] == "محادثات"]
    assert len(talks) == 1 and talks[0][2] == ["الحكومة"]


CARTER = ("حل وزير الدفاع الأمريكي أشتون كارتر، الخميس 23 يوليو/تموز، بالعراق في زيارة مفاجئة لبغداد للاطلاع على مدى تقدم "
          "العمليات العسكرية ضد “داعش”. وتأتي زيارة كارتر إلى بغداد ضمن جولة إقليمية شملت حتى الآن السعودية والأردن "
          "وإسرائيل لطمأنة حلفاء واشنطن في المنطقة بأن الاتفاق النووي مع إيران لن يضر بمصالحهم.")


def test_a_visit_told_with_its_place_then_its_visitor_is_one(nlp):
    """2015-07-23 #954: «وتأتي زيارة كارتر إلى بغداد» is the visit «في زيارة مفاجئة لبغداد» told first, which takes
    Carter as its visitor."""
    visits = [e for e in nlp(CARTER, published="2015-07-23").events if e.cameo == "042"]
    assert len(visits) == 1 and visits[0].trigger.start < 100
    assert [m.text for m in visits[0].actor] == ["كارتر"]
