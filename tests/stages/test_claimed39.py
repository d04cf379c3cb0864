"""«ادعوا» (ادّعوا, they claimed) is no appeal: the whole word is never the imperative of دعا in news."""


def test_they_claimed_is_no_appeal(nlp):
    art = nlp("أكدت النيابة العامة في دبي أن المتهمين ادعوا للزائر حيازتهم لسبائك ذهبية.", published="2015-08-04")
    assert "REQUEST" not in [e.event for e in art.events]


def test_they_called_is_still_an_appeal(nlp):
    art = nlp("ودعوا الحكومة إلى التدخل لوقف القصف.", published="2015-08-04")
    assert "REQUEST" in [e.event for e in art.events]
