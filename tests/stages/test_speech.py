"""Helpers of the statement stage: finding words in text as written, before normalising it."""

from hadath.arabic.normalize import normalize
from hadath.stages.speech import WORD, word_finder


def test_word_finder_finds_a_word_as_written_with_its_marks():
    find = word_finder(["لا", "مغلوطه", "غير"])
    for text in ("وقال إنه «لا صحة» لهذه الأنباء", "أخبار مغلوطة", "أخبارٌ مغلـوطةٌ", "وهو غيرُ صحيح"):
        assert find.search(text), text
    for text in ("خلال الاتفاق", "لم يتغير الموقف", "لاصحة", "مغلوطات"):
        assert not find.search(text), text


def test_word_finder_misses_no_word_that_normalises_to_one_of_its_words():
    words = ["لا", "لم", "ليس", "عاريه", "الاكاذيب"]
    find = word_finder(words)
    texts = ["قال: لَا، ولم يكن", "عاريةٌ من الصحة", "الأكاذيب\u200f والإشاعات", "ليْس صحيحاً", "الـلا شيء",
             "هذه ال\u200cأكاذيب"]
    for text in texts:
        normalised = set(WORD.findall(normalize(text)))
        assert bool(find.search(text)) >= bool(normalised & set(words)), text
