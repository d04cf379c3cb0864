"""Round 116 (rp116): repeats from the judged study slices 2015-07-21 #0–399 and #800–1799 — a toll told after a verb
of consequence past its count and a noun of occurring («؛ مما أسفر عن سقوط عشرات القتلى») is that act's outcome; an act
told again in a later sentence by its very word, with no party, day or flag of its own («ووافق المجلس المؤلف من 15
دولة»), is the act told before."""

from stage_coding import kept_types

_DATE = "2015-07-21"


def _count(nlp, text, kind):
    """The events of `kind` the whole pipeline keeps for `text`."""
    return [t for k, t in kept_types(nlp, text, _DATE) if k == kind]


_SURUC = ("شن تنظيم داعش أول هجوم انتحاري داخل الأراضي التركية، بعد استهدافه تجمعًا في مركز ثقافي بمدينة سوروتش قرب "
          "الحدود السورية؛ مما أسفر عن سقوط عشرات القتلى والجرحى.")


def test_toll_past_its_count_after_a_verb_of_consequence_is_the_attacks(nlp):
    """«؛ مما أسفر عن سقوط عشرات القتلى» (2015-07-21 #43): the dead are the attack's outcome, one act."""
    assert _count(nlp, _SURUC, "ASSAULT") == ["هجوم انتحاري"]


def test_toll_past_a_number_after_a_verb_of_consequence_is_the_attacks(nlp):
    """«؛ مما أسفر عن سقوط أكثر من 30 قتيلا»: «أكثر من 30» is the count, the toll still the outcome."""
    text = "شن تنظيم داعش أول هجوم انتحاري داخل الأراضي التركية؛ مما أسفر عن سقوط أكثر من 30 قتيلا."
    assert _count(nlp, text, "ASSAULT") == ["هجوم انتحاري"]


_UNSC = ("وافق مجلس الأمن الدولي اليوم الاثنين على اتفاق يحد من برنامج إيران النووي مقابل تخفيف العقوبات على الجمهورية "
         "الإسلامية. ووافق المجلس المؤلف من 15 دولة على قرار جرى التفاوض عليه في إطار الاتفاق الذي أبرم في فيينا "
         "الاسبوع الماضي بين إيران والقوى الست الدولية.")


def test_approval_told_again_by_its_verb_without_parties_is_one(nlp):
    """«ووافق المجلس المؤلف من 15 دولة» after «وافق مجلس الأمن الدولي» (2015-07-21 #2, #1613): one approval."""
    assert len(_count(nlp, _UNSC, "AGREE")) == 1


def test_plural_doers_of_their_own_sentence_keep_a_verb_told_again(nlp):
    """«شكر مغردون أمير مكة …، وطالبوا بمعاقبة» (2015-07-21 #1119): the verb's pronoun names doers of its sentence."""
    text = ("طالب أهالي الحي بمعاقبة المتحرشين. وبعد تداول خبر القبض على أحد المتورطين، شكر مغردون أمير مكة الذي وصفوا "
            "توجيهه بالحازم، وطالبوا بمعاقبة المتحرشين أشد عقاب.")
    assert len(_count(nlp, text, "REQUEST")) == 2


def test_verb_told_again_with_a_name_after_it_stays(nlp):
    """«يومها رفض دروز السويداء الدفع بتعزيزات» (2015-07-21 #287): the name after the verb is its own doer."""
    text = "رفض الدروز الانضمام إلى الجيش السوري. وتوضح المصادر أنه يومها رفض دروز السويداء الدفع بتعزيزات لمؤازرة قوات النظام."
    assert len(_count(nlp, text, "REJECT")) == 2


def test_verb_told_again_after_a_given_name_stays(nlp):
    """«وكان هادي دعا خلال لقائه أمس مبعوث الأمين العام» (2015-07-27 #876): the name before the verb is its doer; the
    invitation is not the call on the Houthis told before."""
    text = ("فيما دعا الرئيس اليمني، عبدربه منصور هادي، ميليشيات التمرد الحوثي باحترام الهدنة الإنسانية. وكان هادي دعا "
            "خلال لقائه أمس مبعوث الأمين العام للأمم المتحدة إلى اليمن، إسماعيل ولد الشيخ، في الرياض إلى زيارة محافظة "
            "عدن.")
    assert len([t for k, t in kept_types(nlp, text, "2015-07-27") if k == "REQUEST"]) == 2


def test_word_told_again_before_a_quoted_name_stays(nlp):
    """«وبينما بدأ انتقاد «داعش» نابعًا من خلاف سياسي» (2015-07-27 #104): the quoted name is the criticism's own
    party; it is not the criticism of «جيش الفتح» told before."""
    text = ("فيما برز انتقاد مبطن لجيش الفتح في تحقيق عنه. وبينما بدأ انتقاد «داعش» نابعًا من خلاف سياسي وعقائدي على "
            "الساحة السورية، ظهر أنه ترويج دعائي لتنظيم القاعدة.")
    assert len([t for k, t in kept_types(nlp, text, "2015-07-27") if k == "ACCUSE"]) == 2
