from hypothesis import given, strategies as st

from hadath.arabic.normalize import match_key, normalize, normalize_with_offsets, strip_control, word_key


def test_alef_hamza_ya_ta_marbuta_and_diacritics_fold():
    assert normalize("أَعْلَنَتْ") == "اعلنت"
    assert normalize("إسرائيل") == "اسراييل"  # ئ folds to ي too
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("الحكومة") == "الحكومه"
    assert normalize("ـــالقـــدس") == "القدس"


def test_digits_of_both_sets_become_ascii():
    assert normalize("٢٥ مايو ۲۰۱۶") == "25 مايو 2016"


def test_word_key_conflates_inflections_of_one_lexeme():
    assert word_key(normalize("الروسية")) == word_key(normalize("روسي")) == "روسي"
    assert match_key("الروسيين") == "روسي"
    assert match_key("قوات") == match_key("قوة")
    assert match_key("المسلحين") == match_key("مسلحون") == "مسلح"


def test_word_key_keeps_short_words():
    assert match_key("ال") == "ال"
    assert match_key("الله") != ""


arabic_text = st.text(alphabet=st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةًٌٍَُِّْـ ٠١٢٣٤٥٦٧٨٩\u200f«»،.")), max_size=60)


@given(arabic_text)
def test_offsets_point_back_to_the_original_characters(text):
    norm, offsets = normalize_with_offsets(text)
    assert len(norm) == len(offsets)
    assert norm == normalize(text)
    for ch, off in zip(norm, offsets):
        assert normalize(text[off]) == ch


@given(st.text(max_size=50))
def test_strip_control_keeps_length(text):
    assert len(strip_control(text)) == len(text)
