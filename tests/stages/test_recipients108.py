"""Round 108 (recipients108): recipients the text names that the coder left out, from the judged slice 2015-07-22
#0–399: the one a court sentences in «قضت المحكمة بالسجن … على X»; a count the press sets in brackets («على (8)
مطلوبين»), which ends no clause; the object counted after an accusative «عددا من» («التقى كارتر عددا من الجنود»); a
boy (صبي) sentenced; and the sites an air force hit past the place it hit them in («استهدف في الفلوجة مواقع»), which
make the verb active, its subject no victim."""

from stage_coding import parties_reader

_DATE = "2015-07-22"

# (code, sector, text) of the recipients (or actors) of the events of `kind` the whole pipeline codes.
_parties = parties_reader(_DATE)


def _texts(nlp, text, kind, side="recipient"):
    """The texts of the recipients (or actors: `side`) of the events of `kind`."""
    return [t for _, _, t in _parties(nlp, text, kind, side)]


def test_court_sentence_to_prison_on_a_named_convict(nlp):
    """«قضت محكمة في فيينا بالسجن عامين ونصف العام على شاب نمساوي» (2015-07-22 #121): the one sentenced stands in
    «على» past the sentence and its term."""
    text = ("وفي وقت سابق من الشهر قضت محكمة في فيينا بالسجن عامين ونصف العام على شاب نمساوي عمره 17 عاما لادانته "
            "بتأييد \"داعش\" في سوريا.")
    assert "شاب نمساوي" in _texts(nlp, text, "SANCTION")


def test_court_sentence_to_death_on_a_former_president(nlp):
    """«قضت محكمة مصرية بالإعدام على الرئيس المصري الأسبق»: the same shape with a death sentence."""
    text = "وقضت محكمة مصرية أمس بالإعدام على الرئيس المصري الأسبق محمد مرسي."
    assert any("الرئيس المصري" in t for t in _texts(nlp, text, "SANCTION"))


def test_a_sentenced_boy_is_a_civilian(nlp):
    """«صدر حكم بالسجن عامين على صبي من النمسا» (2015-07-22 #121): a boy is a person, the one sentenced."""
    text = ("وفي مايو (آيار) صدر حكم بالسجن عامين على صبي من النمسا عمره 14 عاما لتحميله كيفية صنع القنبلة على جهاز "
            "بلاي ستيشن.")
    assert "صبي" in _texts(nlp, text, "SANCTION")


def test_a_count_in_brackets_ends_no_clause(nlp):
    """«قبضت الأجهزة الأمنية على (8) مطلوبين» (2015-07-22 #314): the figure in brackets counts the wanted men, the
    ones arrested."""
    text = ("وفي قائمة الـ(23) قبضت الأجهزة الأمنية على (8) مطلوبين وسلم (5) أنفسهم بالتعاون مع ذويهم وهلك اثنان إثر "
            "تبادل لإطلاق النار مع رجال الأمن.")
    assert "مطلوبين" in _texts(nlp, text, "COERCE")


def test_a_count_in_brackets_after_a_verb_keeps_its_subject(nlp):
    """«نجحت الأجهزة الأمنية في قتل (7) مطلوبين»: the bracketed count is the object; the services stay the doer."""
    text = "وقتلت الأجهزة الأمنية (7) مطلوبين خلال مواجهات مسلحة."
    assert "مطلوبين" in _texts(nlp, text, "ASSAULT")
    assert "الأجهزة الأمنية" not in _texts(nlp, text, "ASSAULT")


def test_accusative_count_brings_the_people_met(nlp):
    """«والتقى كارتر كذلك عددا من الجنود الأميركيين» (2015-07-22 #32): the soldiers counted are the ones met."""
    text = ("والتقى كارتر كذلك عددا من الجنود الأميركيين المتمركزين هناك، ومن المقرر أن يغادر كارتر الأردن، اليوم، "
            "متوجها إلى السعودية.")
    assert "الجنود الأميركيين" in _texts(nlp, text, "CONSULT")


def test_accusative_count_after_that_is_still_the_subject(nlp):
    """«أن عددا من المدنيين سقطوا بين قتيل وجريح» (2015-07-22 #1655): after أن the count is the subject, the
    civilians no doer of their own deaths."""
    text = "وأضافت المصادر أن عددا من المدنيين سقطوا بين قتيل وجريح في قصف بقذائف الهاون تعرضت له بلدة الحديد."
    assert "المدنيين" not in _texts(nlp, text, "ASSAULT", "actor")


def test_sites_hit_past_the_place_make_the_verb_active(nlp):
    """«أن الطيران العراقي استهدف في الفلوجة مواقع لتنظيم داعش» (2015-07-22 #37): the sites come past the place, so
    the air force is the attacker, not the one targeted."""
    text = ("في المقابل، ذكرت مصادر أمنية مطلعة أن الطيران العراقي استهدف في الفلوجة مواقع لتنظيم داعش، مؤكدا أن من "
            "قتل وجرح جراء الغارة الجوية هم من عناصر التنظيم وليسوا من المدنيين.")
    assert "الطيران العراقي" not in _texts(nlp, text, "ASSAULT")
    assert "تنظيم داعش" in _texts(nlp, text, "ASSAULT")


def test_a_chechen_is_a_party(nlp):
    """«قضت محكمة في النمسا بالسجن خمس سنوات على شيشاني» (2015-07-22 #121): a Chechen, one man, is the one
    sentenced (a citizen of Russia)."""
    text = ("في أحدث وأقسى حكم تصدره المحاكم النمساوية في قضايا ذات صلة بتنظيم \"داعش\"، قضت محكمة في النمسا بالسجن "
            "خمس سنوات على شيشاني لادانته بالارهاب عقب سفره الى سوريا عام 2013.")
    assert ("RUS", "شيشاني") in [(c, t) for c, _, t in _parties(nlp, text, "SANCTION")]


def test_the_one_singled_out_past_especially_is_met(nlp):
    """«حيث سيلتقي خصوصا الرئيس حسن روحاني» (2015-07-22 #68, #1743): the president is whom the minister will meet,
    not the one who meets."""
    text = ("أعلن وزير الخارجية الفرنسي لوران فابيوس أمس الثلاثاء أنه سيتوجه إلى إيران الأسبوع المقبل، حيث سيلتقي "
            "خصوصا الرئيس حسن روحاني، وذلك بعد توقيع اتفاق تاريخي حول البرنامج النووي.")
    assert "الرئيس حسن روحاني" in _texts(nlp, text, "CONSULT")
    assert "الرئيس حسن روحاني" not in _texts(nlp, text, "CONSULT", "actor")
