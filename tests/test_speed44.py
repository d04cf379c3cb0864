"""speed44: the fast paths of the phrases stage keep their answers (a phrase's entity resolved in one pass over its
mentions gives what the plain reading, one pass per kind and type, gives; a title read with the و/ف rule inline gives
what reading the word and its strip_wa form as a set gives)."""

from __future__ import annotations

import pytest

from hadath.article import Article
from hadath.lexicon.compile import FunctionWords
from hadath.records import Entity
from hadath.stages.phrases import Group, noun_phrases

TEXTS = [
    "وقال وزير الخارجية السعودي عادل الجبير إن المملكة لن تسمح بأي تدخل في شؤونها.",
    "والتقى خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز الرئيس الأمريكي باراك أوباما في البيت الأبيض.",
    "وأعلنت الشرطة العراقية مقتل خمسة من عناصر تنظيم داعش في محافظة الأنبار.",
    "وندد الأمين العام للأمم المتحدة بان كي مون بالهجوم على قوة من الجيش اللبناني.",
    "واستقبل وزير الداخلية نظيره الفرنسي في الرياض أمس.",
    "وقال المتحدث باسم التحالف العميد ركن أحمد عسيري إن طائرات التحالف قصفت مواقع الحوثيين في صنعاء.",
]


def _plain_entity(g: Group, text: str, located: bool = False) -> Entity:
    """Group.entity as it read before speed44: one pass over the mentions per kind, code and type (the reference)."""
    actors = [m for m in g.mentions if m.kind == "actor"]
    agents = [m for m in g.mentions if m.kind == "agent"]
    code = next((m.get("code") for m in actors if m.get("code")), None) or g.owner_code or g.appos_code
    if located and not code:
        code = g.locus_code
    if not code:
        code = next((m.get("home") for m in agents if m.get("home")), None)
    sector = next((m.get("sector") for m in agents if m.get("sector")), None)
    if g.nation_head and g.peer_sector:
        sector = g.peer_sector
    if g.affiliated:
        sector = next((m.get("sector") for m in actors if m.get("sector")), sector)
    if sector is None:
        sector = next((m.get("sector") for m in actors if m.get("sector")), None)
    if sector is None:
        sector = g.peer_sector
    name = None
    for kind in ("person", "group", "institution", "igo", "country", "capital", "demonym", "place"):
        hit = next((m for m in actors if m.get("type") == kind), None)
        if hit is not None:
            name = hit.get("name") or None
            break
    role = " ".join(m.text for m in agents) or None
    s, e = g.mentions[0].start if g.head_start is None else g.head_start, g.mentions[-1].end
    e = max(e, g.tail_end or 0)
    return Entity(text[s:e], s, e, code or None, (sector or "").split(" ")[0] or None, name, role)


@pytest.fixture(scope="module")
def groups(nlp):
    """The noun phrases of each text's first sentence, from the mentions the pipeline finds."""
    out = []
    fw = FunctionWords.load()
    for text in TEXTS:
        art = Article(text=text, id="t", published="2015-07-22")
        for stage in nlp.stages:
            art = stage(art)
            if stage.name == "mentions":
                break
        ms = [m for m in art.mentions if m.sentence == 0]
        ents = [m for m in ms if m.kind in ("actor", "agent")]
        cues = {m.tok_start: m for m in ms if m.kind == "cue"}
        out.append((text, noun_phrases(art.tokens[0], ents, cues, fw)))
    return out


def test_entity_in_one_pass_is_the_plain_entity(groups):
    """Every phrase of the texts resolves to the same Entity, located or not, as the plain reading gives."""
    seen = 0
    for text, gs in groups:
        for g in gs:
            for located in (False, True):
                assert g.entity(text, located) == _plain_entity(g, text, located)
                seen += 1
    assert seen >= 20


def test_entity_takes_the_first_ranked_type_and_the_role_words(groups):
    """The name comes from the person before the country (rank, not order); the role joins the agents' words."""
    text, gs = groups[0]
    g = next(g for g in gs if "الجبير" in g.entity(text).text)
    ent = g.entity(text)
    assert ent.code == "SAU" and ent.name and ent == _plain_entity(g, text)
    roles = [g.entity(t).role for t, gs in groups for g in gs if g.entity(t).role]
    assert roles, "some phrase of the texts has a role noun"


def test_entity_flags_change_the_sector_as_before(groups):
    """With the flags that steer the sector set by hand (affiliated, nation head, a peer's sector), both readings
    still agree."""
    for text, gs in groups:
        for g in gs:
            for flags in ((True, False, None), (False, True, "GOV"), (True, True, "MIL"), (False, False, "JUD")):
                g.affiliated, g.nation_head, g.peer_sector = flags
                assert g.entity(text) == _plain_entity(g, text)


def test_strip_wa_read_from_its_table_is_the_plain_rule(nlp):
    """strip_wa drops a leading و/ف of a word of more than three letters, and only then, for every word of a real
    sentence (the rule _title now reads inline), unless the letter is the word's own: a given name or a form of
    address (spans57: «فيصل»، «فخامة» stay whole; «وفيصل» loses its و)."""
    from hadath.stages.phrases import _own_initial, strip_wa
    art = nlp("وقال وزير الخارجية فيصل المقداد في وقت متأخر إن فريق الوساطة وصل، فوقف القتال ولا أساس لذلك.")
    words = [t.norm for toks in art.tokens for t in toks] + ["وقت", "فيه", "ولد", "والي", "فقد", "و", ""]
    for w in words:
        assert strip_wa(w) == (w if w in _own_initial() else w[1:] if len(w) > 3 and w[0] in "وف" else w)
    assert strip_wa("فيصل") == "فيصل" and strip_wa("وفيصل") == "فيصل" and strip_wa("فخامه") == "فخامه"
    assert strip_wa("وقال") == "قال" and strip_wa("وقت") == "وقت" and strip_wa("فالرئيس") == "الرئيس"


def test_title_read_from_its_table_is_the_plain_rule(nlp):
    """_title, with the و/ف rule read inline, gives the plain reading's answer (the word and its strip_wa form, as a
    set) for every token of real sentences, titles with و, the article and ـة among them."""
    from hadath.stages.phrases import _cue_words, _title
    from hadath.stages.phrases import strip_wa

    def plain(norm):
        """The plain reading, as _title read before speed44: the word and its strip_wa form, each without the article."""
        titles = _cue_words("title")
        return any(w in titles or (w.endswith("ه") and w[:-1] in titles)
                   for w in {(x[2:] if x.startswith("ال") else x) for x in (norm, strip_wa(norm))})

    art = nlp("والتقى الرئيس المصري ووزير الخارجية الأمريكي والدكتورة رئيسة الجامعة الشيخ محمد في القاهرة أمس. "
              "وقال فالرئيس والرئيسة ورئيس وزير وزيرة ال و ف ولد فهد.")
    toks = [t for ts in art.tokens for t in ts]
    assert [_title(t) for t in toks] == [plain(t.norm) for t in toks]
    assert sum(map(_title, toks)) >= 8 and not any(_title(t) for t in toks if t.norm in ("ولد", "فهد", "و", "ال"))
