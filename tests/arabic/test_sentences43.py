"""Glued sentence ends (round 43): a mark glued to the next Arabic word after a closer, a space, a year, a run of
marks or a word with diacritics ends the sentence; initials, abbreviations, acronyms, decimals and links do not."""
from hadath.arabic.sentences import split_sentences


def spans(text):
    return [text[s:e] for s, e in split_sentences(text)]


def test_a_closer_then_a_glued_mark_ends_the_sentence():
    text = 'وقال إن الحملة «ستستمر وستزيد».ووقع الانفجار في حديقة. وقال: "لا شيء رسمي".ولم يعلق المدرب.'
    assert spans(text) == ["وقال إن الحملة «ستستمر وستزيد».", "ووقع الانفجار في حديقة.",
                           'وقال: "لا شيء رسمي".', "ولم يعلق المدرب."]


def test_a_mark_then_a_closer_glued_to_the_next_word_ends_the_sentence():
    assert spans("قال: «إنهم يتنقلون بين سوريا وتركيا.»وتابع قائلا إن الوضع صعب.") == [
        "قال: «إنهم يتنقلون بين سوريا وتركيا.»", "وتابع قائلا إن الوضع صعب."]


def test_a_space_then_a_mark_glued_to_the_next_word_ends_the_sentence():
    assert spans("اشتبكت المقاومة مع مليشيا الحوثي .وأكد العميد أن النصر قريب.") == [
        "اشتبكت المقاومة مع مليشيا الحوثي .", "وأكد العميد أن النصر قريب."]
    assert len(split_sentences("وأصيبت امرأة تدعى سميرة .م 60 سنة في الحادث.")) == 1  # an initial


def test_a_run_of_marks_and_a_year_before_a_glued_word():
    text = "غادر الملك إلى الخارج في إجازة خاصة..وفيما يلي نص البيان. بلغ أعلى سعر منذ عام 2009.وفقا لرويترز."
    assert spans(text) == ["غادر الملك إلى الخارج في إجازة خاصة..", "وفيما يلي نص البيان.",
                           "بلغ أعلى سعر منذ عام 2009.", "وفقا لرويترز."]


def test_acronyms_initials_and_numbers_stay_in_one_sentence():
    for text in ("انتقلت العلامة التجارية إيه.سي ميلان إلى مالك جديد.",
                 "تراجع سهم إيه.آر.إم هولدنجز 1.7 في المئة.",
                 "وقالت وكالة أ.ف.ب إن جي.ام.ار ستعلن نتائجها.",
                 "شارك بنك وإتش.إس.بي.سي في الصفقة.",
                 "والثالث هو محمد.أ، ويبلغ من العمر 31 عاما.",
                 "توفي الفيلسوف سينيك (65 ق.م) في روما.",
                 "ارتفع المؤشر 3.5 في المئة وقال د.محمد إن السوق مستقرة."):
        assert len(split_sentences(text)) == 1, text


def test_a_newline_run_after_a_link_still_ends_the_sentence():
    """«gmail.com» then a blank line: the newlines end the line even though the word before holds a period."""
    assert spans("للتواصل: name@gmail.com\n\nأرسل رسالة إلى الرقم.") == ["للتواصل: name@gmail.com",
                                                                    "أرسل رسالة إلى الرقم."]


def test_a_conjunction_written_apart_after_a_glued_mark_opens_a_sentence():
    assert spans("نقل مصابان بالإسعاف الجوي.و تم خلال الزيارة تفقد المستشفى.") == [
        "نقل مصابان بالإسعاف الجوي.", "و تم خلال الزيارة تفقد المستشفى."]


def test_a_word_ending_in_tanween_before_a_glued_mark_ends_the_sentence():
    assert spans("تعيش في المخيم حوالي 32 ألف شخصاً.وبذلك تخف حدة الفقر.") == [
        "تعيش في المخيم حوالي 32 ألف شخصاً.", "وبذلك تخف حدة الفقر."]


def test_an_ellipsis_glued_to_the_next_word_ends_nothing():
    text = "وقال المصدر: «بناء على التوجيهات السامية…لتلبية طلب الحكومة الفرنسية فقد تمكنت الجهات المعنية من العثور عليها»."
    assert len(split_sentences(text)) == 1
