"""Article topics: a story plainly about sport keeps only its assaults and protests; a notice to the public
is no political appeal.

The word classes are package data (`lexicon/data/cues.tsv`): `sport` (مباراة، الدوري، اللاعب…, also read
sentence by sentence by the event coder) and `sport_weak` (النادي، البطولة، المدرب، التعادل: words that tell
sport only beside a stronger one) and `public` (the public a notice addresses: المتقدمين، قائدي المركبات،
المصطافين). Each word is matched with its clitics (و، ف، ب، ل، لل), as the lexicon matcher reads them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..arabic.normalize import normalize, word_key
from ..arabic.tokens import tokenize
from ..article import Article
from ..lexicon.morph import clitic_forms
from ..lexicon.packaged import packaged_text
from ..records import Event, Token

KEEP_IN_SPORT = ("ASSAULT", "PROTEST")  # the report filter reads these; a riot at a match is still one
# A story is about sport when its body has at least MIN_WORDS different sport words (by word_key), in at least
# MIN_SENTENCES sentences that are at least MIN_SHARE of the story's; or two different ones, one of them not
# weak, in at least half its sentences (a transfer story: اللاعب، النادي); or a sport word in its title and
# two different ones in its body (not all of them weak).
MIN_WORDS = 3
MIN_SENTENCES = 2
MIN_SHARE = 0.25
DENSE_WORDS = 2
DENSE_SHARE = 0.5
MIN_WORDS_WITH_TITLE = 2
PUBLIC_WINDOW = 6  # how far after an appeal verb its addressee may stand (the caller's name comes between)
_BREAKS = set(".!?؟;؛:")


@dataclass(frozen=True)
class TopicWords:
    """Written forms (with clitics) of the topic word classes, each mapped to its word_key."""

    sport: dict[str, str]  # one-word sport cues: written form → key
    sport_pairs: dict[tuple[str, str], str]  # two-word ones (كرة القدم): (first, second written form) → key
    weak: frozenset[str]  # the keys of the weak ones
    public: frozenset[str]
    public_pairs: frozenset[tuple[str, str]]

    @classmethod
    def load(cls) -> "TopicWords":
        """The packaged classes, from cues.tsv."""
        rows: dict[str, list[list[str]]] = {}
        for line in packaged_text("cues.tsv").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 2 or cols[0] == "phrase":
                continue
            rows.setdefault(cols[1].strip(), []).append(normalize(cols[0]).split())
        sport: dict[str, str] = {}
        sport_pairs: dict[tuple[str, str], str] = {}
        for words in rows.get("sport", []) + rows.get("sport_weak", []):
            if len(words) == 1:
                sport.update((form, word_key(words[0])) for form in clitic_forms([words[0]]))
            elif len(words) == 2:
                sport_pairs.update(((form, words[1]), " ".join(words)) for form in clitic_forms([words[0]]))
        public = rows.get("public", [])
        weak = frozenset(word_key(w[0]) if len(w) == 1 else " ".join(w) for w in rows.get("sport_weak", []))
        return cls(sport, sport_pairs, weak,
                   clitic_forms([w[0] for w in public if len(w) == 1]),
                   frozenset((f, w[1]) for w in public if len(w) == 2 for f in clitic_forms([w[0]])))


class TopicGate:
    """Drops the events an article's topic or a sentence's form shows to be no political event: all but
    assaults and protests in a sport story (by its title and body, not by one sentence: a political story
    that mentions a match once keeps its events) and an appeal to the public (دعت الوزارة المتقدمين إلى،
    أهاب المرور بقائدي المركبات)."""

    name = "topics"
    requires = ("sentences", "tokens", "events")
    adds = ("topics",)

    def __init__(self, words: TopicWords | None = None):
        self.words = words if words is not None else TopicWords.load()

    def __call__(self, article: Article) -> Article:
        if all(ev.event in KEEP_IN_SPORT for ev in article.events):
            return article  # nothing either rule could drop (also: no events)
        sport = self.is_sport(article)
        kept = [ev for ev in article.events if not self._drop(article, ev, sport)]
        if len(kept) != len(article.events):
            article.events = kept
        return article

    def is_sport(self, article: Article) -> bool:
        """True if the story is plainly about sport: several different sport words over a good share of its
        sentences, two (one not weak) over half of them, or a sport word in its title and two in its body."""
        keys: set[str] = set()
        sentences = 0
        story = 0
        for sent, norms in zip(article.sentences, article.norms()):
            if not sent.in_story:
                continue
            story += 1
            found = self.sport_keys(norms)
            if found:
                sentences += 1
                keys |= found
        if not keys:
            return False
        if len(keys) >= MIN_WORDS and sentences >= MIN_SENTENCES and sentences >= MIN_SHARE * story:
            return True
        if len(keys) >= DENSE_WORDS and sentences >= MIN_SENTENCES and sentences >= DENSE_SHARE * story \
                and not keys <= self.words.weak:
            return True
        if len(keys) < MIN_WORDS_WITH_TITLE or not article.title:
            return False
        title = self.sport_keys([t.norm for t in tokenize(article.title)])
        return bool(title) and not (keys | title) <= self.words.weak

    def sport_keys(self, norms: list[str]) -> set[str]:
        """The keys of the sport words among these normalised words."""
        sport, pairs = self.words.sport, self.words.sport_pairs
        found = {sport[n] for n in norms if n in sport}
        if pairs:
            found.update(pairs[p] for p in zip(norms, norms[1:]) if p in pairs)
        return found

    def _drop(self, article: Article, ev: Event, sport: bool) -> bool:
        """True if this event is to go."""
        if sport and ev.event not in KEEP_IN_SPORT:
            return True
        if ev.event != "REQUEST":
            return False
        toks = article.tokens[ev.sentence]
        k = _token_at(toks, ev.trigger.start)
        return k is not None and self._addresses_public(toks, k)

    def _addresses_public(self, toks: list[Token], k: int) -> bool:
        """True if a word of the public (المتقدمين، المواطنين والمقيمين) follows the appeal at k within a few
        words of its clause: a notice of an agency, not a political appeal."""
        public, pairs = self.words.public, self.words.public_pairs
        for j in range(k + 1, min(len(toks), k + 1 + PUBLIC_WINDOW)):
            norm = toks[j].norm
            if toks[j].kind == "punct" and norm in _BREAKS:
                return False
            if norm in public or j + 1 < len(toks) and (norm, toks[j + 1].norm) in pairs:
                return True
        return False


def _token_at(toks: list[Token], start: int) -> int | None:
    """The index of the token that holds character offset `start`."""
    for k, t in enumerate(toks):
        if t.start <= start < t.end:
            return k
    return None
