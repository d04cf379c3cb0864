"""Helpers of the statement stage: finding words in text as written, before normalising it."""

from hadath.arabic.normalize import normalize
from hadath.stages.phrases import strip_wa
from hadath.stages.speech import WORD, word_finder


def test_word_finder_finds_words_as_written_with_their_marks():
    find = word_finder([("لا", "صحه"), ("مغلوطه",), ("غير", "صحيح")], "وف")
    for text in ("وقال إنه «لا صحة» لهذه الأنباء", "أخبار مغلوطة", "أخبارٌ مغلـوطةٌ", "وهو غيرُ صحيحٍ",
                 "فلا\u200f صحة لذلك", "ولا، صحة"):
        assert find.search(text), text
    for text in ("خلال الاتفاق", "لا صحيح", "لاصحة", "مغلوطات", "غير مؤكد"):
        assert not find.search(text), text


def test_word_finder_misses_no_words_that_normalise_to_a_phrase():
    phrases = [("لا", "صحه"), ("لم", "نتلق"), ("ليس",), ("عاريه", "من", "الصحه"), ("الاكاذيب",)]
    find = word_finder(phrases, "وف")
    texts = ["قال: لَا صحّة، ولم نتلقَّ", "إنها عاريةٌ من الصحة", "الأكاذيب\u200f والإشاعات", "ليْس صحيحاً",
             "الـلا شيء", "هذه ال\u200cأكاذيب", "«لا» «صحة»", "فليس", "وعارية من\u200f الصحّة"]
    for text in texts:
        words = [strip_wa(w) for w in WORD.findall(normalize(text))]
        said = any(tuple(words[k:k + len(p)]) == p for p in phrases for k in range(len(words)))
        assert bool(find.search(text)) >= said, text
        assert said or text in ("الـلا شيء",), text


def test_opener_finder_misses_no_text_that_opens_with_a_negation():
    from hadath.stages.speech import opener_finder, opens_negated
    negations = frozenset({"لم", "عدم", "ما", "دون"})
    find = opener_finder(negations, "وف")
    texts = ["لم نتلق أي طلب", "  «ولم نستلم شيئاً»", "“عدمُ تلقي", "\u200fلم يحدث", "فلم\u064e يصل", "ما",
             "لمحة عن", "لم، قال", "مانع", "أنه لم يحدث", "دون"]
    for text in texts:
        assert bool(find.match(text)) >= opens_negated(text, 0, negations), text
    assert [t for t in texts if find.match(t)] == texts[:6] + ["دون"]


def test_a_straight_quote_mark_that_closes_a_name_opens_no_quotation(nlp):
    from hadath.stages.speech import quote_span
    text = 'وكشف المتحدث لـ"الوطن" أمس أن عدد الطلبات بلغ 787 طلبا في "العام الماضي" وحده.'
    toks = nlp(text).tokens[0]
    marks = [t for t in toks if t.text == '"']
    assert quote_span(text, marks[1]) is None  # glued to «الوطن», a space after it: it closes the name
    assert quote_span(text, marks[0]) is None  # «الوطن»: one word, a name


def test_past_outlet_steps_over_the_outlet_told_after_the_verb(nlp):
    from hadath.stages.speech import past_outlet
    toks = nlp('قال لـ"الاقتصادية" مصدر جمركي، إن الجمارك استعانت بالقطاع الخاص.').tokens[0]
    k = past_outlet(toks, 1)
    assert toks[k].text == "مصدر"
    assert past_outlet(toks, 0) == 0  # (no outlet there)


def test_an_outlet_in_brackets_told_after_the_verb(nlp):
    from hadath.stages.speech import past_outlet
    art = nlp("كشف لـ(عكاظ) عميد القبول بجامعة طيبة الدكتور خالد آل مسعود، أنه تم قبول 11869 طالبا.")
    toks = art.tokens[0]
    k = past_outlet(toks, 1)
    assert toks[k].text == "عميد"
    (s,) = art.statements
    assert s.speaker.text.startswith("عميد القبول") and s.reported_via.text == "لـ(عكاظ)"
