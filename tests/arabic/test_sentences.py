from hadath.arabic.sentences import split_sentences
from hadath.arabic.story import find_story_end


def spans(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_splits_on_arabic_and_latin_marks_and_newlines():
    text = "العنوان هنا\nقال الوزير إن الاجتماع انتهى. وأضاف أن المحادثات ستستمر؟ نعم!"
    assert spans(text) == ["العنوان هنا", "قال الوزير إن الاجتماع انتهى.",
                           "وأضاف أن المحادثات ستستمر؟", "نعم!"]


def test_decimal_numbers_and_abbreviations_do_not_split():
    text = "ارتفع المؤشر 3.5 في المئة، وقال د. أحمد إن عام 2016 م. كان صعباً."
    assert spans(text) == [text]


def test_closing_quote_stays_with_its_sentence():
    text = "قال: «لم نستلم الطلب». ثم غادر."
    assert spans(text) == ["قال: «لم نستلم الطلب».", "ثم غادر."]


def test_very_long_line_is_cut_into_bounded_pieces():
    text = "كلمة " * 5000
    pieces = split_sentences(text)
    assert len(pieces) > 1 and all(e - s <= 2000 for s, e in pieces)


def test_teaser_heading_ends_the_story():
    text = "نص الخبر الأول.\n\nشاهد أيضاً\n\nخبر آخر لا علاقة له."
    end = find_story_end(text)
    assert end == text.index("شاهد")
    assert find_story_end("شاهد أيضاً كيف تطورت الأحداث في المدينة خلال الأيام الماضية.") is None


def test_a_mark_glued_between_two_arabic_words_ends_the_sentence():
    """«التعليمية.وأفاد»: a period or question mark with no space after still ends a sentence; a one-letter
    abbreviation (د.محمد) and a spelled acronym (أيه.إم.دي) do not."""
    text = "وشارك في الفعاليات الثقافية والتثقيفية.وثمن الأمير جهود المنظمين. هل تغير المزاج تجاه إيران؟الملحمة مستمرة."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "وشارك في الفعاليات الثقافية والتثقيفية.", "وثمن الأمير جهود المنظمين.", "هل تغير المزاج تجاه إيران؟",
        "الملحمة مستمرة."]
    assert len(split_sentences("وقال د.محمد إن الوضع مستقر.")) == 1
    assert len(split_sentences("وأعلنت شركة أيه.إم.دي.ولم تكشف الشركة عن السعر.")) == 1


def test_a_heading_padded_with_marks_and_diacritics_still_ends_the_story():
    """A line that is long only by the diacritics, tatweel and dashes normalising and stripping take off is
    still read as a heading; a line with more than 40 other characters is not."""
    padded = "—— " * 12 + "شـــاهــد أَيْضاً" + "\u064e" * 30 + " ::"
    text = "نص الخبر الأول.\n" + padded + "\nخبر آخر."
    assert len(padded) > 60 and find_story_end(text) == text.index("—")
    long_line = "اقرأ أيضاً " + "ا" * 35
    assert find_story_end("نص الخبر.\n" + long_line + "\nخبر آخر.") is None


def test_a_sentence_needs_a_letter_or_digit():
    """A run of marks between two sentences (— — …) is no sentence; a digit or any script's letter is one."""
    text = "انتهى الاجتماع.\n— — …\n٢٠١٥\nñ"
    assert [text[s:e] for s, e in split_sentences(text)] == ["انتهى الاجتماع.", "٢٠١٥", "ñ"]


def test_a_keyword_line_at_the_pages_end_ends_the_story():
    text = "قتل ثلاثة أشخاص في هجوم على سوق في بغداد.\nوقال مسؤول إن القوات تلاحق المهاجمين.\n\xa0 سمات العراق بغداد هجوم داعش \n"
    assert find_story_end(text) == text.index("\xa0 سمات")
    # a heading that is a sentence, or one followed by more of the story, is left
    assert find_story_end("نص.\nسمات الشخصية القيادية كثيرة، منها الصبر.\nوقال الخبير إن ذلك مهم.") is None
    assert find_story_end("نص.\nسمات القيادة\n" + "وقال الخبير إن الصبر من أهم صفات القائد الناجح. " * 10) is None
