"""Round 72 mends (mend72d): a trigger row's tail may list alternatives joined by «|» (one entry each, as if each had
a row of its own), and a bare «بعد يوم واحد» does not count on from a day a منذ opens (how long, not a day told)."""

from hadath.lexicon.compile import Lexicon
from hadath.arabic.normalize import normalize

_ROW = {"event": "COERCE", "mode": "arrest", "cameo": "173", "prep": "obj", "gen": "-", "unless": "",
        "not_after": "", "context": "", "note": "seize"}


def _entries(tail, pos="verb"):
    row = dict(_ROW, pos=pos, forms="ضبط|يضبط" if pos == "verb" else "ضبط", tail=tail)
    if pos == "noun":
        row["gen"] = "recipient"
    lex = Lexicon.from_rows(triggers=[row])
    table = lex.verbs if pos == "verb" else lex.nouns
    return [e[0] if pos == "verb" else e for e in table[normalize("ضبط")]]


def test_a_tail_of_alternatives_makes_one_entry_each_in_order():
    one_by_one = [e for tail in ("عنصر", "عناصر", "متهم") for e in _entries(tail)]
    assert _entries("عنصر|عناصر|متهم") == one_by_one
    assert [e.tail for e in _entries("عنصر|عناصر|متهم", "noun")] == \
        [e.tail for tail in ("عنصر", "عناصر", "متهم") for e in _entries(tail, "noun")]


def test_a_tail_of_alternatives_codes_an_arrest_for_each(nlp):
    for word in ("عنصرا", "متهما"):
        art = nlp(f"أعلنت وزارة الداخلية عن ضبط 44 {word} من التنظيم.", published="2015-07-25")
        assert any(e.event == "COERCE" for e in art.events), word


def test_a_day_after_a_since_day_is_no_day_counted_on(nlp):
    """«يحتجز منذ 29 أبريل الماضي، وأطلقت سراحه بعد يوم واحد»: منذ tells how long; no 30 April."""
    told = nlp("اعتقلت الشرطة رئيس اللجنة في 29 أبريل الماضي ثم أطلقت سراحه بعد يوم واحد.", published="2015-07-25")
    since = nlp("يحتجز رئيس اللجنة منذ 29 أبريل الماضي، وأطلقت سراحه بعد يوم واحد.", published="2015-07-25")
    assert [t.value for t in told.times] == ["2015-04-29", "2015-04-30"]
    assert [t.value for t in since.times] == ["2015-04-29", None]
