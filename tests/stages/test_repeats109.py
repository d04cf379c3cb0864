"""Round 109 (repeats109): acts told again in their own sentence, from the judged slice of 2015-07-22 #800–1599: a
definite attack noun made the subject of a verb of consequence («ولم يخلف القصف أية إصابات»: the outcome denied, not
the shelling), and a toll with a doer told before the verb of the attack noun its victims fell in («قتل خمسة جنود في
هجوم مسلح استهدف مركزين عسكريين»), also where the toll is located by its country and the attack by a province of it."""

from stage_coding import kept_flags, kept_types

_DATE = "2015-07-22"


def _assaults(nlp, text):
    """The assaults the whole pipeline keeps for `text`: (trigger, negated)."""
    return [(w, n) for t, w, n, _, _ in kept_flags(nlp, text, _DATE) if t == "ASSAULT"]


_DHAHRAN = ("استهدفت خمس قذائف عسكرية من نوع \"الكاتيوشا\" أرسلتها أيادي الغدر والعمالة من عصابة ميليشيات الحوثي "
            "وحليفها المخلوع علي عبدالله صالح، صباح أمس، مستشفى ظهران الجنوب العام، وعددا من منازل المواطنين في حي "
            "الرحيب الشرقي والإسكان، فيما لم يخلف القصف أية إصابات.")


def test_shelling_whose_outcome_is_denied_is_the_shelling_told(nlp):
    """«فيما لم يخلف القصف أية إصابات» (2015-07-22 #1347) after «استهدفت خمس قذائف … مستشفى ظهران الجنوب»: the
    shelling told again to say it hurt no one, not a negated shelling of its own."""
    kept = _assaults(nlp, _DHAHRAN)
    assert len(kept) == 1 and not kept[0][1], kept


_DHAHRAN_WA = ("من ناحية ثانية، استهدفت خمس قذائف عسكرية، أرسلتها أيادي الغدر الحوثية صباح أمس، مستشفى ظهران الجنوب "
               "العام وعددا من منازل المواطنين في حي الرحيب الشرقي والإسكان، ولم يخلف القصف أية إصابات.")


def test_shelling_told_again_after_wa_lam_is_one_act(nlp):
    """«ولم يخلف القصف أية إصابات» (2015-07-22 #1340): one shelling, not negated."""
    kept = _assaults(nlp, _DHAHRAN_WA)
    assert len(kept) == 1 and not kept[0][1], kept


_TENNESSEE = ("أعلنت عائلة محمد يوسف عبدالعزيز الشاب الأميركي الذي قتل خمسة جنود في هجوم مسلح استهدف مركزين عسكريين "
              "في تشاتانوغا بولاية تينيسي الخميس قبل أن ترديه الشرطة، أن ابنها كان مصابا بالاكتئاب.")


def test_toll_with_doer_and_verb_of_its_attack_noun_are_one_attack(nlp):
    """«الذي قتل خمسة جنود في هجوم مسلح استهدف مركزين عسكريين» (2015-07-22 #982): the soldiers fell in the attack the
    verb tells, one assault, its doer the young man and its victims the soldiers."""
    art = nlp(_TENNESSEE, published=_DATE)
    kept = [e for e in art.events if e.event == "ASSAULT"]
    assert len(kept) == 1, [(e.event, e.trigger.text) for e in art.events]
    assert [m.text for m in kept[0].actor] == ["الشاب الأميركي"] and "جنود" in [m.text for m in kept[0].recipient]


_LAHIJ = ("وقالت مصادرنا في اليمن إن 15 مسلحاً حوثياً قتلوا في غارة جوية لطيران التحالف استهدفت آليات عسكرية في "
          "صحراء وادي الحسيني في محافظة لحج جنوبي اليمن.")


def test_toll_and_strike_of_a_province_and_its_country_are_one_strike(nlp):
    """«15 مسلحاً حوثياً قتلوا في غارة جوية لطيران التحالف استهدفت آليات عسكرية» (2015-07-22 #1464), one located in
    Yemen and the other in the province of Lahj: one strike."""
    assert len(_assaults(nlp, _LAHIJ)) == 1, kept_types(nlp, _LAHIJ, _DATE)


_TWO = ("قتل مسلحون خمسة جنود في هجوم على حاجز للجيش في مدينة العريش، كما استهدف انتحاري مسجدا في مدينة رفح.")


def test_toll_and_another_attack_after_a_comma_stay_two(nlp):
    """A toll in an attack on a checkpoint and, after a comma and «كما», a bombing of a mosque in another town: two."""
    assert len(_assaults(nlp, _TWO)) == 2, kept_types(nlp, _TWO, _DATE)


_SURUC = ("وعدت الحكومة التركية بتعزيز الإجراءات الأمنية غداة هجوم انتحاري نسب إلى تنظيم داعش وضرب مدينة سوروتش "
          "(جنوب) بالقرب من الحدود السورية، ما أودى بحياة 32 شخصا على الأقل.")


def test_toll_after_ma_of_consequence_is_the_attack_told(nlp):
    """«، ما أودى بحياة 32 شخصا» (2015-07-22 #1397, #1747) after «غداة هجوم انتحاري»: «ما» is «what» (what the attack
    brought about), no negation, and the toll is the attack's: one assault, not negated."""
    kept = _assaults(nlp, _SURUC)
    assert len(kept) == 1 and not kept[0][1], kept


_CHILDREN = ("وأوضحت المنظمة الدولية في تقرير مفصل نشرته امس، أنها أجرت مقابلات مع أربعة صبية فلسطينيين وفتاة تتراوح "
             "أعمارهم بين 11 و15 عاماً، كانت القوات الإسرائيلية قد اعتقلتهم من مناطق الضفة الغربية والقدس المحتلة. "
             "وأشارت إلى أن هؤلاء الأطفال أدلوا بشهادات وروايات عن انتهاكات تعرّضوا لها أثناء اعتقالهم واستجوابهم من "
             "قبل القوات الإسرائيلية.")


def test_arrest_noun_with_the_arrested_pronoun_is_the_arrest_told(nlp):
    """«أثناء اعتقالهم واستجوابهم من قبل القوات الإسرائيلية» (2015-07-22 #1613) after «كانت القوات الإسرائيلية قد
    اعتقلتهم»: the children's arrest told again, one arrest."""
    kept = kept_types(nlp, _CHILDREN, _DATE)
    assert sum(t == "COERCE" for t, _ in kept) == 1, kept


_TWO_ARRESTS = ("اعتقلت الشرطة التركية ثلاثة أشخاص قرب الحدود. "
                "وبعد ترحيلهم إلى اليونان أعلنت الشرطة اليونانية اعتقالهم.")


def test_arrest_noun_with_pronoun_by_another_doer_stays(nlp):
    """A possessed arrest noun whose doer is another state's police than the first arrest's: a second arrest."""
    kept = kept_types(nlp, _TWO_ARRESTS, _DATE)
    assert sum(t == "COERCE" and w in ("اعتقلت", "اعتقالهم") for t, w in kept) == 2, kept
