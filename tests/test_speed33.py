"""speed33: the words that may open a name (a title, a given name, بن, a bracket, a comma before an office) picked out
by tests in C before the per-word reading in `introduced_names` and `_given_names_anywhere`; what is found is
unchanged."""

from __future__ import annotations

import pytest

from hadath.article import Article
from hadath.lexicon.compile import FunctionWords
from hadath.stages.phrases import noun_phrases, introduced_names


@pytest.fixture(scope="module")
def sentence(nlp):
    """The tokens and mentions of a text's first sentence, as the pipeline's mentions stage finds them."""

    def run(text):
        art = Article(text=text, id="t", published="2015-07-22")
        for stage in nlp.stages:
            art = stage(art)
            if stage.name == "mentions":
                break
        return art.tokens[0], [m for m in art.mentions if m.sentence == 0]

    return run


@pytest.mark.parametrize("text, name", [
    ("أشاد الدكتور يوسف الرميح بجهود الجهات الأمنية.", "الرميح"),  # a definite title
    ("وقال عبد الإله بن محمد الشريف إن الاجتماع ناجح.", "الشريف"),  # a nasab
    ("واعتقل راندولف بروس أداير (70 عامًا) في منزله.", "اداير"),  # an age in brackets
    ("وقال ماجد نواز، مستشار الحكومة، إن الوضع صعب.", "نواز"),  # a comma before an office
    ("وقال د. عبدالرحمن المديرس إن الحملة مستمرة.", "المديرس"),  # an abbreviated title
])
def test_introduced_names_found(sentence, text, name):
    toks, ms = sentence(text)
    assert name in introduced_names(toks, ms, FunctionWords.load())


def test_no_name_introduced(sentence):
    toks, ms = sentence("وأكدت الوزارة أن العمل مستمر في المشروع.")
    assert introduced_names(toks, ms, FunctionWords.load()) == frozenset()


@pytest.mark.parametrize("text, name", [
    ("وتمكنت الشرطة من القبض على سليمان هلال الاسد في المدينة.", "سليمان هلال الاسد"),
    ("وضم الاجتماع أحمد بن دغر وحيدر العطاس.", "وحيدر العطاس"),
    ("وتمكنت الشرطة من القبض على عبدالله محمد الحربي، في المدينة.", "عبدالله محمد الحربي"),
])
def test_given_name_anywhere_is_a_phrase(sentence, text, name):
    toks, ms = sentence(text)
    ents = [m for m in ms if m.kind in ("actor", "agent")]
    cues = {m.tok_start: m for m in ms if m.kind == "cue"}
    groups = noun_phrases(toks, ents, cues, FunctionWords.load())
    assert name in [" ".join(t.text for t in toks[g.start_tok:g.end_tok]) for g in groups]

