"""The Article: derived views of its layers stay in step with them."""

from hadath.article import Article


def test_norms_are_the_tokens_normalised_forms_and_follow_new_tokens(nlp):
    art = nlp(Article(text="قالت الوزارة إن الاجتماع عُقد أمس. وأكدت أنه ناجح."))
    norms = art.norms()
    assert norms == [[t.norm for t in toks] for toks in art.tokens]
    assert art.norms() is norms  # listed once
    assert norms[0][:3] == ["قالت", "الوزاره", "ان"]  # hamza, ta marbuta and diacritics normalised
    again = nlp(Article(text="ونفت الحكومة الخبر."))
    art.tokens = again.tokens  # a re-segmented article: the forms are listed anew
    assert art.norms() == [[t.norm for t in toks] for toks in again.tokens]
