"""Round 102 (folds101): repeats and flags from the judged slice 2015-07-31 #960–1359. The talks of a meeting told by
its host's title (#1048); a clash noun pointed at by a demonstrative, the fighting told before (#974, #1271); the
cooperation an appeal asks of the public it names first (#1022, #1125); a noun of doubt with a preposition joined to it
(#1238) and «لربما» (#1322); an act something to come hangs on, after «لا/لن … إلا بـ» (#1145); a complaint that is
the errand of a journey still to be made (#1283)."""

from stage_coding import kind_parties

_DAY = "2015-07-31"


def _flags(nlp, text, kind):
    """(trigger, negated, future, hypothetical) of the events of `kind` the whole pipeline keeps."""
    return [(e.trigger.text, e.negated, e.future, e.hypothetical) for e in nlp(text, published=_DAY).events
            if e.event == kind]


_MAKKAH = ("رأس مستشار خادم الحرمين الشريفين، أمير منطقة مكة المكرمة، صاحب السمو الملكي الأمير خالد الفيصل في مكتبه "
           "بجدة الاجتماع الشهري للقيادات الأمنية بالمنطقة. وخلال الاجتماع قدم الأمير خالد الفيصل شكره وتقديره لكافة "
           "القطاعات الأمنية نظير الجهود المبذولة خلال الفترة الماضية. وناقش أمير منطقة مكة المكرمة الخطط المستقبلية "
           "التي تعمل عليها الجهات الأمنية، والتي تتزامن مع قرب موسم الحج.")


def test_talks_of_the_host_told_by_his_title_are_the_meeting(nlp):
    """#1048: «وناقش أمير منطقة مكة المكرمة الخطط» two sentences after «رأس … الأمير خالد الفيصل … الاجتماع الشهري»
    is what the meeting talked about: one consultation."""
    found = [t for _, t, _, _ in kind_parties(nlp, _MAKKAH, "CONSULT", _DAY)]
    assert found == ["الاجتماع"], found


def test_talks_of_another_named_person_stay(nlp):
    """A discussion by another named person of the host's country is no talk of the host's meeting."""
    text = ("استقبل الملك سلمان بن عبدالعزيز في جدة أمس الرئيس الفرنسي فرانسوا هولاند. وناقش وزير الخارجية عادل "
            "الجبير مع نظيره الأمريكي جون كيري في واشنطن الاتفاق النووي.")
    found = [t for _, t, _, _ in kind_parties(nlp, text, "CONSULT", _DAY)]
    assert len(found) == 2, found


_SANAH = ("أفاد مصدر من المقاومة الشعبية اليوم الجمعة بمقتل ثمانية عشر حوثياً خلال الاشتباكات التي اندلعت بين "
          "الطرفين في مدينة الضالع جنوبي اليمن. وأوضح المصدر، إن مواجهات عنيفة اندلعت مساء امس الخميس بين الطرفين في "
          "منطقة سناح عقب محاولة الحوثيين الهجوم على مواقع المقاومة، واستمرت تلك الاشتباكات حتى صباح اليوم الجمعة. "
          "وأشار المصدر إلى مقتل ثمانية عشر حوثياً خلال تلك المواجهات وإصابة العشرات، إلى جانب أسر ستة حوثيين على يد "
          "المقاومة.")


def test_clashes_pointed_at_are_the_fighting_told_before(nlp):
    """#1271: «واستمرت تلك الاشتباكات» right after «محاولة الحوثيين الهجوم على مواقع المقاومة» names the fighting
    told before, in another word: no act of its own."""
    found = [t for _, t, _, _ in kind_parties(nlp, _SANAH, "ASSAULT", _DAY)]
    assert "الاشتباكات" not in found, found
    assert "الهجوم" in found, found


def test_toll_during_those_clashes_is_one_act(nlp):
    """#974: «مقتل العشرات من الحوثيين … خلال تلك الاشتباكات»: the clashes pointed at are where the toll fell."""
    text = ("وأشارت المصادر إلى مقتل العشرات من الحوثيين وقوات صالح أيضاً خلال تلك الاشتباكات، لافتة إلى أن المقاومة "
            "الشعبية حاصرت الحوثيين في مثلث الكهرباء شرق المدينة.")
    found = [t for _, t, _, _ in kind_parties(nlp, text, "ASSAULT", _DAY)]
    assert found == ["مقتل"], found


def test_clashes_not_pointed_at_stay(nlp):
    """Clashes told without a demonstrative after an attack of another day stay an act of their own."""
    text = ("قتل ثلاثة جنود في هجوم على نقطة تفتيش في عدن أمس الخميس. واندلعت اليوم الجمعة اشتباكات عنيفة بين "
            "الحوثيين والمقاومة الشعبية في مدينة تعز أسفرت عن مقتل خمسة مسلحين.")
    found = [t for _, t, _, _ in kind_parties(nlp, text, "ASSAULT", _DAY)]
    assert any("اشتباكات" in t for t in found), found


def test_cooperation_asked_of_the_public_named_first_is_to_come(nlp):
    """#1022: «داعيا جميع المواطنين والمقيمين التعاون مع الجهات الأمنية»: the cooperation is what the appeal asks
    of the ones it names, not done."""
    text = ("أوضح الناطق الاعلامي بشرطة منطقة مكة المكرمة العقيد دكتور عاطي القرشي أن الحملات الميدانية مازالت مستمرة "
            "وذلك لضبط مخالفي أنظمة الإقامة والعمل، داعيا جميع المواطنين والمقيمين التعاون مع الجهات الأمنية وعدم "
            "التستر على المخالفين.")
    found = _flags(nlp, text, "COOPERATE")
    # (asked for: absent, folded into the call as after a verb of calling, or flagged future; never coded as done)
    assert found == [] or all(future for _, _, future, _ in found), found


def test_fine_after_a_doubt_noun_with_a_preposition_is_only_possible(nlp):
    """#1238: «الأمر الذي يعرض الشركة لاحتمال فرض غرامة بحقها»: the fine is only possible."""
    text = ("رفضت شركة جوجل الامتثال لأمر من سلطات حماية البيانات بمسح بيانات البحث عالميا عندما يطبق المستخدمون "
            "\"حق النسيان\" على الإنترنت الأمر الذي يعرض الشركة لاحتمال فرض غرامة بحقها.")
    found = _flags(nlp, text, "SANCTION")
    assert found and all(hyp for _, _, _, hyp in found), found


def test_concession_after_perhaps_with_la_is_speculation(nlp):
    """#1322: «فعلى تلك الأسس لربما تنازل الغرب لطهران»: a concession guessed at, not told as done."""
    text = ("فعلى تلك الأسس لربما تنازل الغرب لطهران بمنحها الضوء الأخضر لتنخرط في الصراع السوري دعما لحليفها الأسد "
            "وفي صراعي العراق واليمن.")
    found = _flags(nlp, text, "CONCEDE")
    assert found and all(hyp for _, _, _, hyp in found), found


def test_coordination_something_to_come_hangs_on_is_a_condition(nlp):
    """#1145: «ونرى أنه لن يحدث ذلك إلا بالتنسيق مع الجامعة العربية»: the coordination is a condition laid down."""
    text = "وقال المبعوث الأممي: «ونرى أنه لن يحدث ذلك إلا بالتنسيق مع الجامعة العربية»."
    found = _flags(nlp, text, "COOPERATE")
    assert found and all(hyp for _, _, _, hyp in found), found


def test_coordination_a_past_act_was_done_by_is_done(nlp):
    """«ولم يتم الإفراج عنهم إلا بالتنسيق مع الجامعة العربية»: told of the past, «only with» tells what was done."""
    text = "ولم يتم الإفراج عنهم إلا بالتنسيق مع الجامعة العربية."
    found = _flags(nlp, text, "COOPERATE")
    assert found and not any(hyp for _, _, _, hyp in found), found


def test_complaint_that_is_the_errand_of_a_journey_is_to_come(nlp):
    """#1283: «التوجه السبت إلى لاهاي … لتقديم شكوى ضد إسرائيل»: the complaint is still to be handed in."""
    text = ("طلب الرئيس الفلسطيني محمود عباس من وزير خارجيته رياض المالكي التوجه السبت إلى لاهاي حيث مقر المحكمة "
            "الجنائية الدولية لتقديم شكوى ضد إسرائيل بعد قيام مستوطنين بحرق منزل في الضفة الغربية الجمعة.")
    found = _flags(nlp, text, "ACCUSE")
    assert found and all(future for _, _, future, _ in found), found


def test_visit_an_invitation_asks_for_is_its_content(nlp):
    """#1093: «رسالة لخادم الحرمين دعاه فيها للقيام بزيارة رسمية إلى مصر … كما تعد تلك الزيارة فرصة»: the visit is
    what the invitation asks for, and «تلك الزيارة» points at it: no visit of its own."""
    text = ("وأضاف السفير يوسف أن الرئيس السيسي سلم الأمير محمد بن سلمان بن عبدالعزيز رسالة لخادم الحرمين دعاه فيها "
            "للقيام بزيارة رسمية إلى مصر، مؤكداً أن الترحيب به سيكون رسمياً وشعبياً، ويأتي تعبيراً عن امتنان وتقدير "
            "الشعب المصري لما قدمته المملكة من دعم ومساندة لمصر في مرحلة دقيقة من تاريخها، كما تُعد تلك الزيارة فرصة "
            "مميزة للتأكيد على متانة العلاقات بين البلدين.")
    assert not kind_parties(nlp, text, "CONSULT", _DAY), kind_parties(nlp, text, "CONSULT", _DAY)
    assert kind_parties(nlp, text, "REQUEST", _DAY)


def test_visit_invited_for_a_day_stays(nlp):
    """A visit invited with a day of its own is planned: «إلى زيارة الرياض يوم الأحد المقبل» stays."""
    text = "دعا وزير الخارجية نظيره الإيراني إلى زيارة الرياض يوم الأحد المقبل."
    assert kind_parties(nlp, text, "CONSULT", "2015-07-23")


def test_arrest_of_the_four_told_again_is_one(nlp):
    """#994: «إن الشرطة اعتقلت أربعة رجال» … «واعتقل الأربعة المتهمون بالتهريب»: «الأربعة» names the four told
    before; one arrest."""
    text = ("قالت السلطات الرومانية إن الشرطة اعتقلت أربعة رجال وضبطت 320 كيلوجراما من الهيروين المتجه إلى هولندا. "
            "واعتقل الأربعة المتهمون بالتهريب وهم رومانيان وتركيان بعد أربع سنوات من مراقبة أنشطة العصابة الدولية "
            "التي ينتمون لها عندما كانوا يحاولون مغادرة البلاد إلى المجر في شاحنتين.")
    found = [t for _, t, _, _ in kind_parties(nlp, text, "COERCE", _DAY)]
    assert found == ["اعتقلت"], found


def test_welcome_named_again_by_its_doer_is_one(nlp):
    """#1295: «حرص السيسي خلال الحفل على الترحيب بضيفه الكبير» … «وترحيب السيسي به أثبت قوة وصلابة العلاقات»: the
    welcome named again as a thing told, by its very doer: one support."""
    text = ("حرص الرئيس عبدالفتاح السيسي خلال الحفل على الترحيب بضيفه الكبير، مشيرا إلى الأهمية البالغة التي يكتسبها "
            "وجوده. وقال مراقبون إن وجود ولي ولي العهد السعودي بالقاهرة، وترحيب السيسي به أثبت قوة وصلابة العلاقات "
            "السعودية المصرية.")
    found = [t for _, t, _, _ in kind_parties(nlp, text, "SUPPORT", _DAY)]
    assert found == ["الترحيب"], found


def test_welcome_told_again_by_a_verb_stays(nlp):
    """A verb of welcome by the same doer may tell a new welcome: «ورحب السيسي بالقرار» stays."""
    text = ("حرص الرئيس عبدالفتاح السيسي خلال الحفل على الترحيب بضيفه الكبير. ورحب السيسي بقرار مجلس الأمن الدولي "
            "بشأن اليمن.")
    found = [t for _, t, _, _ in kind_parties(nlp, text, "SUPPORT", _DAY)]
    assert len(found) == 2, found
