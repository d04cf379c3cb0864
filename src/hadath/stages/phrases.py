"""Noun phrases for the coder: adjacent entity mentions merged (title + nationality + name), with the
preposition that governs each phrase and the phrases conjoined to it by و."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter

from ..arabic.normalize import WordMemo, normalize
from ..lexicon.compile import FunctionWords, _rows
from ..records import Entity, Mention, Token

@dataclass
class Group:
    """A noun phrase made of adjacent entity mentions (agent + nationality + name …)."""

    start_tok: int
    end_tok: int
    mentions: list[Mention]
    prefix: str = ""
    prep: str = ""  # the preposition before it ("" when none)
    conj: list["Group"] = field(default_factory=list)
    affiliated: bool = False  # joined to an organisation by من/في
    owner_code: str | None = None  # جنوده: the code of the phrase the possessive pronoun refers to
    appos_code: str | None = None  # رئيس الوزراء، إيهود أولمرت،: the code of the name set beside the title
    locus_code: str | None = None  # قاعدة للشرطة في مدينة بعقوبة: the country of the place it is said to be in
    head_start: int | None = None  # نظيره الفرنسي: where the head noun before the mentions begins (a character)
    peer_sector: str | None = None  # نظيره الفرنسي: the sector of the one whose counterpart it is
    counterpart: bool = False  # نظيره الفرنسي: headed by a counterpart noun, whose pronoun is another's
    placed: bool = False  # بمحافظة الطائف: a place whose preposition governs the place noun before it
    nation_head: bool = False  # القضاء الأميركي: headed by a nation's role noun, whose sector is the phrase's
    tail_end: int | None = None  # المقاتلون الجنوبيون، اللواء عبد الله الشهري: where the phrase's text ends past
    # the adjectives or the name the lexicons lack after its role noun (a character)
    owner_sector: str | None = None  # دوريتين لمليشيا الحوثي: the sector of the armed group the unit belongs to
    owns: bool = False  # «مسلحو الحركة التابعة لتنظيم القاعدة»: the owner in لـ of the phrase before it (_owned), whose
    # that phrase is: no party of a verb of its own

    def entity(self, text: str, located: bool = False) -> Entity:
        """Resolve the group to one Entity: code from the named part, sector from the role noun; with
        `located`, a phrase with no country of its own takes that of the place it stands in."""
        # (one pass over the mentions: the first code, home and sector of each kind, the role nouns' words, and the
        # actor whose type ranks first in _NAME_TYPES, the first of that type)
        code = home = home_name = sector = actor_sector = hit = None
        sector_at = -1  # where the role noun that gives the sector starts
        rank = len(_NAME_TYPES)
        words: list[str] = []
        prev = None
        for m in self.mentions:
            kind = m.kind
            if kind == "actor":
                if code is None:
                    code = m.get("code") or None
                if actor_sector is None:
                    actor_sector = m.get("sector") or None
                r = _NAME_RANK.get(m.get("type"), rank)
                if r < rank and not (prev is not None and _office_of_person(prev, m)):
                    rank, hit = r, m
            elif kind == "agent":
                words.append(m.text)
                if home is None:
                    home = m.get("home") or None
                    home_name = m.get("home_name") or None  # (وناقش الوزراء: the ministers named before, mentions)
                if sector is None and not (actor_sector is not None and normalize(m.text) in _rank_words()):
                    # (not a rank after a named office's: «رئيس البرلمان العربي الأستاذ أحمد الجروان» is the speaker, LEG,
                    # no teacher)
                    sector, sector_at = m.get("sector") or None, m.start
            prev = m
        code = code or self.owner_code or self.appos_code
        if located and not code:
            code = self.locus_code
        if not code:  # الشرطة in a story of one country: that country's (mentions: _home_bodies)
            code = home
        if self.nation_head and self.peer_sector:  # القضاء الأميركي المتهم: the head noun's sector, not a later word's
            sector = self.peer_sector
        if self.affiliated and actor_sector is not None:  # قوة من الشرطة العراقية: the organisation's sector is the
            sector = actor_sector  # specific one
        if sector is None or actor_sector in _ARMED_FACTIONS and hit is not None and hit.get("type") == "group" and (
                sector == "MIL" or sector == "UAF" and sector_at > hit.start):
            sector = actor_sector  # (قائد الفرقة 30: the commander of a rebel unit is a rebel, not the army's; «جماعة
            # الحوثيين المسلحة»: «armed» said of a rebel group after its name; not «المسلحين الحوثيين», gunmen so called)
        if sector is None:
            sector = self.peer_sector
        if sector == "CRM" and any(m.kind == "agent" and m.get("sector") == "REB" for m in self.mentions[1:]):
            sector = "REB"  # العصابات المتمردة: gangs called rebels are rebels
        if self.owner_sector:  # مواقع عسكرية لميليشيات الحوثي: the militia's sites, the militia the party
            sector = self.owner_sector
        name = (hit.get("name") or None) if hit is not None else home_name
        role = " ".join(words) or None
        s, e = self.mentions[0].start if self.head_start is None else self.head_start, self.mentions[-1].end
        e = max(e, self.tail_end or 0)
        return Entity(text[s:e], s, e, code or None, (sector or "").split(" ")[0] or None, name, role)


def _office_of_person(office: Mention, m: Mention) -> bool:
    """True for a person's name `m` in the genitive of the role noun `office` right before it, in construct (its last
    word without the article: «سفير خادم الحرمين الشريفين»، «سفارة خادم الحرمين الشريفين»، «مستشار خادم الحرمين»):
    the office of that person, held by another, whom the name does not name (2015-07-31 #875, #953: the Saudi
    ambassador and embassy, not King Salman). Not a definite title set before its holder's name (الرئيس، وزير
    الخارجية عادل الجبير)."""
    if office.kind != "agent" or m.get("type") != "person" or office.tok_end != m.tok_start or (
            office.sentence != m.sentence):
        return False
    words = office.text.split()
    last = normalize(words[-1])
    if len(words) == 1:
        last = last[len(office.get("prefix") or ""):]
    return not last.startswith("ال")


@lru_cache(maxsize=1)
def _rank_words() -> frozenset[str]:
    """The normalised titles of rank or learning that stand before a name (function_words.tsv rank: الدكتور،
    الاستاذ، اللواء)."""
    return FunctionWords.load().rank


_PLACE_TYPES = ("place", "capital", "country")
_NAME_TYPES = ("person", "group", "institution", "igo", "country", "capital", "demonym", "place")  # the types whose
# name a phrase takes, the first in this order (Group.entity)
_NAME_RANK = {kind: r for r, kind in enumerate(_NAME_TYPES)}
_ARMED_FACTIONS = ("REB", "OPP")  # the sectors of a named armed faction whose commanders and fighters are its own
_NORM = attrgetter("norm")  # a token's normal form, read in C (map) for the sentence-wide prefilters
_TOK_START = attrgetter("tok_start")  # a mention's first token: a sort key read in C


def _strip_wa(norm: str) -> str:
    """A normalised word without a leading و/ف, unless the letter is the word's own: a given name (فيصل، وليد،
    فواز) or a form of address (فخامة) is no conjunction and a word."""
    if len(norm) > 3 and norm[0] in "وف":
        return norm if norm in _own_initial() else norm[1:]
    return norm


# strip_wa(norm): `_strip_wa`, asked of a dict in C (a million and a half calls a thousand articles, from all stages;
# a Python function's call cost three times a dict's lookup); 100,000 words remembered
strip_wa = WordMemo(_strip_wa, 100_000).__getitem__


def opens_with(words: list[str], phrases: frozenset[tuple[str, ...]], longest: int) -> bool:
    """True where the normalised words open with one of `phrases` of two words or more (at most `longest`), a
    leading و/ف of the first taken off: «وفي سياق آخر» opens with «في سياق آخر»."""
    head = words[:longest]
    if len(head) < 2:
        return False
    first = strip_wa(head[0])
    if first == head[0] and len(first) > 2 and first[0] in "وف":
        first = first[1:]  # (a short word keeps its و in strip_wa: «ومن جهة أخرى»، «وفي سياق آخر»)
    return any(tuple(h[:n]) in phrases for h in {(first, *head[1:]), tuple(head)}
               for n in range(2, len(head) + 1))


@lru_cache(maxsize=1)
def _own_initial() -> frozenset[str]:
    """The normalised words whose first و/ف is their own letter: the given names of given_names.tsv and the forms of
    address of function_words.tsv (honorific) that begin with one (فيصل، وليد، فخامة)."""
    words = _given_names() | FunctionWords.load().honorific
    return frozenset(w for w in words if w[:1] in ("و", "ف"))


def noun_phrases(toks: list[Token], ents: list[Mention], cues: dict[int, Mention], fw: FunctionWords,
                 after_verbs: frozenset[int] = frozenset(), names: frozenset[str] = frozenset()) -> list[Group]:
    """Merge adjacent entity mentions into noun-phrase groups, and mark prepositions and conjuncts; a name
    the lexicons lack right after a verb (`after_verbs`: the tokens that follow one) gets a group of its own, as
    does a family name there that the story gave a titled person before (`names`: see `introduced_names`)."""
    heads = {k: c for k, c in cues.items() if c.label == "head"}
    ends = {c.tok_end: c for c in cues.values()}
    groups: list[Group] = []
    mentions = _with_unknown_names(toks, ents, cues, fw, after_verbs, names)
    for idx, m in enumerate(mentions):
        last = groups[-1] if groups else None
        if last is not None and m.tok_start >= 1 and toks[m.tok_start - 1].norm in _PORTFOLIO and \
                last.end_tok + 1 <= m.tok_start <= last.end_tok + 3 and m.kind == "actor" and _place_mention(m):
            continue  # «المبعوث الأمريكي الخاص لشؤون سوريا»: the office's portfolio (past an adjective or two), a part
            # of its title, no party
        prefix = m.get("prefix")
        linked = last is not None and m.tok_start == last.end_tok + 1 and toks[last.end_tok].norm in fw.link
        linked = linked or last is not None and _link_past_body_words(toks, last, m, fw)  # (المتحدث باسم مجلس قيادة
        # المقاومة الشعبية: the body's own words the lexicons lack, between the link and the party they name)
        linked = linked or last is not None and m.tok_start == last.end_tok + 1 and toks[last.end_tok].norm == "عن" \
            and _affiliation("عن", last, m)  # (النائب عن حزب المحافظين: the party a member sits for, his own)
        office = last is not None and m.tok_start == last.end_tok and _office_after_name(
            toks, last.mentions[-1], m, mentions[idx + 1] if idx + 1 < len(mentions) else None, fw)
        if last is not None and m.tok_start == last.end_tok and _office_of_unknown(toks, last, m, mentions):
            continue  # سامح شكري وزير الخارجية المصري رئيس الاجتماع: «رئيس» heads a phrase the lexicons lack
        if last is not None and 1 <= m.tok_start - last.end_tok <= 5 and _name_then_office(
                toks, last, m, fw, mentions[idx + 1:idx + 4]):
            last.mentions.append(m)  # الرئيس إيسوفو محمدو رئيس جمهورية النيجر: the name's own office, its country
            last.end_tok = m.tok_end
            continue
        if last is not None and _member_in_bi(toks, last, m, fw, after_verbs, mentions):
            last.affiliated = True  # مسؤول بوزارة الطاقة، القيادي بالمقاومة الشعبية سالم سمران: the body is his own
            last.mentions.append(m)
            last.end_tok = m.tok_end
            continue
        if last is not None and _suspected_of(toks, last, m, fw):
            last.affiliated = True  # «مسلحين يشتبه بأنهم من جماعة بوكو حرام»: the party's side, named in the clause
            last.mentions.append(m)
            last.end_tok = m.tok_end
            if last.end_tok < len(toks) and toks[last.end_tok].text in _NAME_CLOSERS and \
                    toks[m.tok_start - 1].text in _NAME_OPENERS:
                last.end_tok += 1
            continue
        if last is not None and _ordinal_office(toks, last, m):
            last.mentions[-1] = _deputy_of(last.mentions[-1], m)  # النائب الثاني لرئيس مجلس الوزراء: one office
            last.mentions.append(m)
            last.end_tok = m.tok_end
            continue
        if last is not None and _office_of_titled(toks, last, m, fw):
            last.mentions.append(m)  # الدكتور فلان، وزير الثقافة المصري: the name's own office, its sector
            last.end_tok = m.tok_end
            continue
        if last is not None and (m.tok_start == last.end_tok or linked or (
                m.tok_start == last.end_tok + 1 and _affiliation(toks[last.end_tok].norm, last, m, toks,
                                                                 mentions[idx + 1] if idx + 1 < len(mentions) else None)
                and not (toks[last.end_tok].norm == "في" and _states_region(m, fw)))
                or _title_adjectives(toks, last, m) or _demonym_past_adjectives(toks, last, m, fw) \
                or _construct_nationality(toks, last, m)
                or _honorifics_between(toks, last, m, fw) or _office_genitive(toks, last, m, fw)
                or _quoted_genitive(toks, last, m)) and (
                not prefix.startswith("و")) and _compatible(last, m, toks, linked or office) and not _object_after_name(last) \
                and not (last.placed and not (_place_mention(m) or _place_adjective(toks, m))) \
                and not _title_of_next_name(toks, last, m) and not _office_holder_after(toks, last, m) \
                and " ".join(t.norm for t in toks[m.tok_start:m.tok_end]) not in fw.addressed:
            # (ودعت الحكومة المجتمع الدولي إلى: a party appealed to, function_words.tsv addressed, joins no phrase)
            if m.tok_start == last.end_tok + 1 and toks[last.end_tok].norm in ("من", "في") or \
                    _fighters_of(toks, last, m) or _office_of_party(toks, last.mentions[-1], m):
                last.affiliated = True  # (نائب رئيس المكتب السياسي لحماس: the group's sector, its member's office)
            last.mentions.append(m)
            last.end_tok = m.tok_end
            if last.end_tok < len(toks) and toks[last.end_tok].text in _NAME_CLOSERS and \
                    toks[m.tok_start - 1].text in _NAME_OPENERS and \
                    (toks[last.end_tok].text == ")") == (toks[m.tok_start - 1].text == "("):
                last.end_tok += 1  # عناصر «جبهة النصرة»: the quote closing the name is the phrase's own
            continue
        if last is not None and _second_nationality(toks, last, m, fw):
            last.mentions.append(m)  # دبلوماسيون عرب ومصريون: the second adjective of one plural, not a second party
            last.end_tok = m.tok_end
            continue
        moved = _second_phrase(toks, last, m, fw) if last is not None and m.tok_start == last.end_tok else []
        if moved:  # المبعوث الأممي | الرئيس اليمني: the role noun opens the phrase of its own nationality
            del last.mentions[-len(moved):]
            last.end_tok = last.mentions[-1].tok_end
            m0 = moved[0]
            g = Group(m0.tok_start, m.tok_end, moved + [m], m0.get("prefix"))
            g.prep = _prep_of(toks, m0.tok_start, m0.get("prefix"), fw, ends)
            groups.append(g)
            continue
        g = Group(m.tok_start, m.tok_end, [m], prefix)
        g.prep = _prep_of(toks, m.tok_start, prefix, fw, ends)
        if not g.prep and m.tok_start >= 2 and heads.get(m.tok_start - 1) is not None:
            h = m.tok_start - 1  # أمام مكتب رئيس الوزراء: the preposition governs the place noun's owner
            g.prep = _prep_of(toks, h, heads[h].get("prefix") or _place_noun_clitic(toks[h].norm), fw, ends)
        if not g.prep and (p := _prep_past_demonstrative(toks, m.tok_start, fw, ends)):
            g.prep = p  # القبض على هؤلاء المجرمين: the preposition governs the noun past its demonstrative
        if g.prep in ("", "من") and not prefix and (p := _prep_past_each_of(toks, m.tok_start, fw, ends)) is not None:
            g.prep = p  # مع كل من والي ولاية شانلي أورفة: «each of» is see-through, the preposition before it governs
        if not g.prep and (p := _adjective_in_prep_phrase(toks, m, fw)):
            g.prep = p  # العصابات المتمردة على الشرعية اليمنية: the adjective of a noun the preposition governs
        if not g.prep and _after_place_noun(toks, m.tok_start) and (_place_mention(m) or _place_adjective(toks, m)):
            h = m.tok_start - 1  # بمحافظة الطائف، في مدينة عدن: the preposition governs the place noun's name
            g.prep = _prep_of(toks, h, _place_noun_clitic(toks[h].norm), fw, ends)
            g.placed = bool(g.prep)  # (a phrase after it is another: ناشد … مقيم بمحافظة جدة خادم الحرمين)
            if g.prep == "ب":
                g.prep = "في"  # (بمدينة: where, not the ب of a meeting's partner: اجتماعا بمدينة المقدادية)
        elif g.prep and _after_place_noun(toks, m.tok_start) and _place_mention(m):
            g.placed = True  # في مدينة النجف | المتظاهرين: a place in its place noun's phrase joins no other mention
        elif not g.prep and _place_mention(m) and (p := _spread_prep(toks, m.tok_start, fw, ends)):
            g.prep, g.placed = p, True  # في جميع أنحاء تركيا، بكل أرجاء البلاد: where, through the nouns of its parts
        elif g.prep == "ب" and last is not None and m.tok_start - last.end_tok <= 3 and any(
                x.kind == "agent" for x in last.mentions) and _place_mention(m) and _opens_with_place_noun(toks, m):
            # ندد مدير عام الشؤون الصحية بمنطقة عسير: the office's seat, where it is (as «بمحافظة الطائف» above)
            g.prep, g.placed = "في", True
        if not g.prep and (c := ends.get(m.tok_start)) is not None and c.label == "direction" and all(
                x.kind == "actor" and (x.get("type") in _PLACE_TYPES or _bare_demonym(toks, x)) for x in g.mentions):
            g.prep = "direction"  # (100 كلم) شمال بغداد، في شمال سورية: a place told by its bearing is where, not whom
        if last is not None and prefix.startswith("و") and m.tok_start == last.end_tok:
            _conj_head(groups).conj.append(g)
            g.prep = "conj"
        groups.append(g)
    _nation_heads(toks, groups, fw, ends)
    _counterparts(toks, groups, fw, ends)
    _officers(toks, groups)
    _deputies_of_persons(toks, groups, fw)
    _possessors(toks, groups)
    _bond_owners(toks, groups, fw)
    _appositions(toks, groups)
    _offices_of_state(toks, groups, fw)
    _title_chains(toks, groups, fw)
    _envoys(toks, groups)
    _titled_heads(toks, groups, fw)
    _locations(toks, groups)
    _owned(toks, groups, fw)
    _members(toks, groups)
    _armed_owners(toks, groups)
    _stretched(toks, groups, mentions, cues, fw)
    _guests_of_states(toks, groups, fw)
    return groups


def _guests_of_states(toks: list[Token], groups: list[Group], fw: FunctionWords) -> None:
    """A host state right after a guest noun in ب or ل (function_words guest_noun) and right before a party, forms of
    address between («بضيف مصر الأمير محمد بن سلمان»، «بضيف مصر صاحب السمو الملكي الأمير»): the state is the noun's
    genitive, no party, and the preposition governs the party after it, the guest. In place."""
    for i in range(len(groups) - 1, -1, -1):
        host = groups[i]
        if host.start_tok < 1 or host.conj:
            continue
        w = strip_wa(toks[host.start_tok - 1].norm)
        if toks[host.start_tok - 1].kind != "ar" or w[:1] not in ("ب", "ل") or w[1:] not in fw.guest_noun:
            continue
        if all(_place_mention(m) for m in host.mentions) and i + 1 < len(groups) and \
                groups[i + 1].start_tok == _past_honorifics(toks, host.end_tok, fw):
            groups[i + 1].prep = w[0]
            del groups[i]


def _past_honorifics(toks: list[Token], k: int, fw: FunctionWords) -> int:
    """The first token from k on that is no form of address (function_words honorific)."""
    while k < len(toks) and toks[k].kind == "ar" and strip_wa(toks[k].norm) in fw.honorific:
        k += 1
    return k


ARMED_NONSTATE = frozenset({"REB", "UAF"})  # the armed groups of no state (whose units, sites and vehicles are theirs)


def _armed_owner(m: Mention) -> bool:
    """True for a mention after «لـ» (no other preposition) of an armed group of no state: لمليشيا الحوثي، للحوثيين."""
    return m.get("prefix").lstrip("وف")[:1] == "ل" and m.get("sector") in ARMED_NONSTATE


def _military_unit(g: Group) -> bool:
    """True for a phrase opened by a military role noun (a patrol, a site, a vehicle)."""
    first = g.mentions[0]
    return first.kind == "agent" and first.get("sector") == "MIL"


def _armed_owners(toks: list[Token], groups: list[Group]) -> None:
    """A military unit, site or vehicle («دوريتين»، «مواقع عسكرية») joined in its phrase by «لـ» and an armed group of
    no state (دوريتين لمليشيا الحوثي، مواقع عسكرية لميليشيات الحوثي) is that group's: the phrase takes the owner's
    sector (REB) with its code. (An owner that is a phrase of its own, «طقمين عسكريين للحوثيين», is read as the party
    by the events stage.) In place."""
    for g in groups:
        if _military_unit(g):
            owner = next((m for m in g.mentions[1:] if _armed_owner(m)), None)
            if owner is not None:
                g.owner_sector = owner.get("sector")


def _stretched(toks: list[Token], groups: list[Group], mentions: list[Mention], cues: dict[int, Mention],
               fw: FunctionWords) -> None:
    """Stretch the text of a phrase that ends in a role noun over what the lexicons do not read right after it and
    that is still the same party: one or two definite relative adjectives agreeing with it («المقاتلون الجنوبيون»،
    «القوات الموالية»), or the name after a rank or a title alone («اللواء عبد الله الشهري»): the party in full, not
    its first word. The phrase's tokens stay (the word after it is read as before). In place."""
    covered: set[int] | None = None
    for g in groups:
        last = g.mentions[-1]
        if last.kind != "agent" or last.tok_end != g.end_tok or g.end_tok >= len(toks):
            continue
        if covered is None:
            covered = _covered(mentions, cues)
        k = g.end_tok
        end = _ranked_name(toks, g, covered, fw)
        if end is None:
            while k < len(toks) and k - g.end_tok < 2 and k not in covered and _agreeing_adjective(
                    toks[k - 1], toks[k]):
                k += 1
            end = k if k > g.end_tok else None
        if end is not None:
            g.tail_end = toks[end - 1].end


def _ranked_name(toks: list[Token], g: Group, covered: set[int], fw: FunctionWords) -> int | None:
    """The end of a name the lexicons lack right after a phrase that is one definite title or rank word alone
    (اللواء، العميد، الشيخ), opening with a given name (given_names.tsv) or one in عبد and of two words or more,
    where the name's phrase ends (a comma, a preposition, the clause's end) or a family name shaped as a relative
    adjective closes it (الشهري); None otherwise."""
    if len(g.mentions) != 1 or g.end_tok - g.start_tok != 1 or g.head_start is not None:
        return None
    tok, k = toks[g.start_tok], g.end_tok
    if not (strip_wa(tok.norm) in fw.rank or tok.norm.startswith("ال") and _title(tok)):
        return None
    w = toks[k].norm
    if toks[k].kind != "ar" or not (w in _given_names() and not toks[k].text.endswith("ى") or w.startswith("عبد")):
        return None
    end = _name_run(toks, k, covered, fw)
    # (a family name with the article closes the name: what follows it is the verb's object, «وفدا»)
    return end if end is not None and end - k >= 2 and (_phrase_ends(toks, end, fw) or nisba_shaped(
        toks[end - 1].norm) and toks[end - 1].norm.endswith("ي") or _nasab_family(toks, k, end) or _name_closed(
        toks, end, fw)) else None


def _name_closed(toks: list[Token], end: int, fw: FunctionWords) -> bool:
    """True where the word at token `end` closes a name the lexicons lack before it: a word of the day (العميد خالد
    الداموك | اليوم السبت), a title or an office of the named one or of a next one with و (الرئيس باتريك ألين | حاكم
    عام جامايكا، العميد سعيد آل مقبول | ومدير إدارة الرياض), or an opening quote."""
    if end >= len(toks):
        return True
    tok = toks[end]
    if tok.text in _OPENING_QUOTES:
        return True
    return tok.kind == "ar" and (tok.norm in fw.day or _title(tok) or strip_wa(tok.norm) in fw.office)
    # (not «الملك فهد | التهديد»)


def _nasab_family(toks: list[Token], k: int, end: int) -> bool:
    """True for a name of tokens k..end that gives the father's name after بن/ابن and ends in a family name with the
    article, and a word with no article after it, the verb of a subject before it (اللواء خالد بن عبدالمحسن العويس
    زار): the full name of a person, closed by its family name; not a common noun after a given name (الملك فهد |
    التهديد) nor the object with its adjective after a subject right after its verb (استقبل اللواء سالم بن علي |
    الوفد الزائر)."""
    return end - k >= 3 and end < len(toks) and toks[end].kind == "ar" and not strip_wa(toks[end].norm).startswith(
        "ال") and toks[end - 1].norm.startswith("ال") and any(t.norm in _NASAB_LINKS for t in toks[k + 1:end - 2])


def _agreeing_adjective(prev: Token, tok: Token) -> bool:
    """True for a definite relative adjective (الجنوبيون، الموالية) agreeing with the word before it: a sound plural
    in the same case, a feminine after a plural in ات, a masculine singular after a masculine singular with the
    article (not after a pronoun: «شراكة نجله | التجارية» is the partnership's)."""
    w, before = tok.norm, prev.norm
    if tok.kind != "ar" or not nisba_shaped(w) or w.endswith("يات") or tok.text.endswith("ى"):
        return False  # (الأقصى is a name's, no relative adjective)
    if before.endswith(("ون", "ين")):
        return w.endswith("ي" + before[-2:])
    if prev.text.endswith("ة"):
        return False  # (a feminine singular body keeps the lexicon's span: «وطالب الحكومة | الاتحادية»)
    if prev.text.endswith("ات"):
        return w.endswith("يه")
    return w.endswith("ي") and not before.endswith(("ي", "ا", "اء", "ه")) and strip_wa(before).startswith(
        ("ال", "لل", "بال"))


NAME_OPENERS = (":", "/")  # the marks that may stand between «the one called» (المدعو) and the name it opens
UNKNOWN_NAME = "name"  # the type of a mention made for a name the lexicons lack (no code, no sector)


@lru_cache(maxsize=None)  # (one entry a class: a bound of 4 made the file read again and again once more classes were asked)
def _cue_words(kind: str) -> frozenset[str]:
    """Words of one class of statement_cues.tsv: title (رئيس، وزير، الأمين…), lead_in (كما، بينما، لكنه…)."""
    return frozenset(normalize(r["perfect"]) for r in _rows("statement_cues.tsv") if r.get("class") == kind)


@lru_cache(maxsize=1)
def _given_names() -> frozenset[str]:
    """The normalised given names of given_names.tsv (محمد، يوسف، فهد)."""
    return frozenset(normalize(r["name"]) for r in _rows("given_names.tsv"))


@lru_cache(maxsize=1)
def _given_openers() -> frozenset[str]:
    """The given names of given_names.tsv, alone and with و: the words that may open a name in
    `_given_names_anywhere` (besides those in عبد)."""
    return _given_names_with_wa()


@lru_cache(maxsize=1)
def _given_names_with_wa() -> frozenset[str]:
    """The given names of given_names.tsv, alone and with و: `_given_openers`' words, and the set whose membership
    picks out the words that may open a name in `_given_names_anywhere` (where no word has عبد in it)."""
    givens = _given_names()
    return givens | frozenset("و" + g for g in givens)


@lru_cache(maxsize=1)
def _common_given_names() -> frozenset[str]:
    """The normalised given names of given_names.tsv that are also common words (column word: عمر، حسن، أمل)."""
    return frozenset(normalize(r["name"]) for r in _rows("given_names.tsv") if r.get("word") == "y")


@lru_cache(maxsize=1)
def _maqsura_common_names() -> frozenset[str]:
    """The normalised given names of given_names.tsv that are common words too and end in ى (منى، هدى، يحيى): written
    with a final ي they are the common word (مني "from me", هدي "guidance", يحيي "he revives")."""
    return frozenset(normalize(r["name"]) for r in _rows("given_names.tsv")
                     if r.get("word") == "y" and r["name"].endswith("ى"))


@lru_cache(maxsize=1)
def _definite_titles() -> frozenset[str]:
    """The title words with the article, masculine and feminine (الدكتور، الدكتوره، الشيخ)."""
    titles = _cue_words("title")
    return frozenset("ال" + w for w in titles) | frozenset("ال" + w + "ه" for w in titles)


def _title(tok: Token) -> bool:
    """True for a title word, with or without the article, masculine or feminine (الرئيس، وزير، رئيسة)."""
    titles = _cue_words("title")
    norm = tok.norm  # (the word as written, then without a leading و/ف: strip_wa's rule, read inline)
    w = norm[2:] if norm[:2] == "ال" else norm
    if w in titles or (w[-1:] == "ه" and w[:-1] in titles):
        return True
    if len(norm) > 3 and norm[0] in "وف":
        w = norm[3:] if norm[1:3] == "ال" else norm[1:]
        return w in titles or (w[-1:] == "ه" and w[:-1] in titles)
    return False


def _opening_verb(toks: list[Token], k: int) -> bool:
    """True for the word at token k opening its sentence, or after a lead-in (كما، بينما): in VSO news prose
    the verb («والتقى كوفي عنان …»)."""
    return k == 0 or (k == 1 and strip_wa(toks[0].norm) in _cue_words("lead_in"))


def _name_shaped(tok: Token, fw: FunctionWords) -> bool:
    """True for a word that may be part of a personal name the lexicons lack: an Arabic word with no article,
    clitic, case ending or pronoun, that is no function word, adverb, title, feminine noun (ـة) nor plural (ـات)."""
    w = tok.norm
    if tok.kind != "ar" or len(w) < 3 or strip_wa(w) != w or w.startswith(("ال", "لل", "بال", "كال")):
        return False
    if w in fw.preposition or w in fw.complementizer or w in fw.filler or w in fw.pronoun_that or w in fw.day \
            or w in fw.adverb or w in fw.number or w in fw.link or w in fw.owner:
        return False
    if tok.text.endswith(("اً", "ًا", "ة", "ات")) or (len(w) > 4 and tok.text.endswith(("ه", "ها", "هم"))):
        return False
    return not _title(tok)


def _with_unknown_names(toks: list[Token], ents: list[Mention], cues: dict[int, Mention], fw: FunctionWords,
                        after_verbs: frozenset[int] = frozenset(), names: frozenset[str] = frozenset()) -> list[Mention]:
    """The mentions, with one added for each two-word name the lexicons lack between a verb and a definite
    title with a nationality or a name, its object: «والتقى كوفي عنان الرئيس السوري بشار الأسد». The verb is
    the word the sentence opens with (after a lead-in: كما، بينما), or one whose next token is in `after_verbs`."""
    added: list[Mention] = []
    covered: set[int] | None = None
    norms = list(map(_NORM, toks))  # (read once, in C, for the sentence-wide tests below and of the helpers)
    for i, m in enumerate(ents):
        k = m.tok_start - 2
        if k < 1 or not (k in after_verbs or k <= 2 and _opening_verb(toks, k - 1)) or m.get("prefix"):
            continue  # (cheapest first: a verb opens the sentence only at its first or second word)
        if not _title(toks[m.tok_start]) or not _titled_object(toks, ents, i, fw):
            continue  # (a name with its own title after it, جون كيري وزير الخارجية، is that title's phrase)
        if covered is None:
            covered = {j for x in ents for j in range(x.tok_start, x.tok_end)} | {
                j for c in cues.values() for j in range(c.tok_start, c.tok_end)}
        if any(j in covered or not _name_shaped(toks[j], fw) for j in (k, k + 1)) or k - 1 in covered:
            continue
        added.append(Mention(toks[k].start, toks[k + 1].end, f"{toks[k].text} {toks[k + 1].text}", "actor", "",
                             k, k + 2, m.sentence, (("type", UNKNOWN_NAME), ("prefix", ""))))
    added += _titled_names(toks, ents, cues, fw, after_verbs, names)
    added += _family_names_before_title(toks, ents, cues, fw, after_verbs, added)
    added += _given_names_anywhere(toks, ents, cues, fw, {j for x in added for j in range(x.tok_start, x.tok_end)},
                                   norms)
    if fw.so_called:
        added += _called_names(toks, ents, cues, fw, {j for x in added for j in range(x.tok_start, x.tok_end)}, norms)
    if "(" in norms:  # (a bracket's normal form is the bracket: punctuation is not folded)
        taken = {j for x in added for j in range(x.tok_start, x.tok_end)}
        aged = [a for a in _aged_names(toks, ents, cues, fw) if a.tok_start not in taken]
        if aged:  # (a word of the name read as a nationality with its clitic, بروس "with Russians", gives way)
            inside = {j for a in aged for j in range(a.tok_start, a.tok_end)}
            ents = [m for m in ents if m.tok_start not in inside]
            added += aged
    if not added:
        return _with_titles(toks, ents)
    return _with_titles(toks, sorted([*ents, *added], key=_TOK_START))


def _family_names_before_title(toks: list[Token], ents: list[Mention], cues: dict[int, Mention], fw: FunctionWords,
                               after_verbs: frozenset[int], added: list[Mention]) -> list[Mention]:
    """A mention for each one-word family name the lexicons lack (a definite nisba: النهدي، الحسني) right after the
    verb that opens the sentence, before an indefinite title that heads the next phrase, the verb's object: «واتهم
    النهدي | رئيس لجنة الحوار العميد الجريري بالخيانة» (the name is the subject)."""
    out: list[Mention] = []
    taken = {j for x in added for j in range(x.tok_start, x.tok_end)}
    for m in ents:
        k = m.tok_start - 1
        if k < 1 or not (k in after_verbs or _opening_verb(toks, k - 1)) or m.get("prefix") or m.kind != "agent":
            continue
        if not _title(toks[m.tok_start]) or toks[m.tok_start].norm.startswith("ال") or k in taken:
            continue
        w = toks[k].norm
        if toks[k].kind != "ar" or not w.startswith("ال") or len(w) < 5 or not w.endswith("ي") or k in cues or any(
                x.tok_start <= k < x.tok_end for x in ents) or _title(toks[k]):
            continue
        out.append(Mention(toks[k].start, toks[k].end, toks[k].text, "actor", "", k, k + 1, m.sentence,
                           (("type", UNKNOWN_NAME), ("prefix", ""))))
    return out


_PERSONS = ("person", "name", "titled_name")  # the types of a mention that names a person


def _with_titles(toks: list[Token], ents: list[Mention]) -> list[Mention]:
    """The mentions, where a person's name follows a title abbreviated to a letter and its dot (وحث د. الدخيل على،
    وزير التعليم د. عزام الدخيل) with its span stretched back over the title: one phrase with it, the verb's subject
    right after the verb, the office's holder right after the office."""
    out = ents
    for i, m in enumerate(ents):
        k = m.tok_start - 2
        if k < 0 or toks[k + 1].text != "." or not _abbreviated(toks, k) or m.kind != "actor" or m.get("prefix") \
                or m.get("type") not in _PERSONS or (i and ents[i - 1].tok_end > k) or k and _title(toks[k - 1]):
            continue  # (cheapest first: a dot before the name; not after the title written out, الدكتور د.عزام:
            # the phrase is the title's, and the subject before its verb is left whole)
        if out is ents:
            out = list(ents)
        gap = " " if toks[k + 1].end < m.start else ""
        out[i] = replace(m, start=toks[k].start, text=f"{toks[k].text}.{gap}{m.text}", tok_start=k)
    return out


def _given_names_anywhere(toks: list[Token], ents: list[Mention], cues: dict[int, Mention], fw: FunctionWords,
                          taken: set[int], norms: list[str] | None = None) -> list[Mention]:
    """Mentions for the names the lexicons lack anywhere in the sentence (an object, a noun's genitive, a conjunct)
    that open with a given name of given_names.tsv, with و or not, and go on to a family name with the article or
    through a nasab (القبض على سليمان الاسد، اعتقال سليمان هلال الاسد، وضم الاجتماع أحمد بن دغر وحيدر العطاس), where
    a clause's end, a comma, a preposition or a conjunct follows: a person. A given name that is also a common word
    (حسن النية، عمر النزاع) needs a nasab or a middle given name. Not after a title (وكيل الوزارة الدكتور سعد بن سعود
    الفهيد: the name of the phrase before, left to the subject rules) nor before a comma and an office (محمد علي
    الشدادي، نائب رئيس …: its own phrase's). `norms`: the tokens' normal forms, when the caller has them."""
    if norms is None:
        norms = list(map(_NORM, toks))
    abd = "عبد" in " ".join(norms)  # (a word in عبد: عبدالله، وعبدالرحمن)
    if _given_openers().isdisjoint(norms) and not abd:
        return []  # (most sentences: no word opens a given name, with و or not, nor is one in عبد; tested in C)
    givens, common = _given_names(), _common_given_names()
    found: list[Mention] = []
    covered: set[int] | None = None
    after = 0  # the end of the last name found
    titled: set[int] | None = None  # the tokens after a definite role noun (اللواء، الأمير): its bearer's name
    offices: set[int] = set()  # the ends of the role phrases opened by a title or an office (مدير تعليم)
    # (the only words that may open a name below: a given name, with و before it or not, or a word in عبد; picked
    # out in C where no word has عبد in it (most sentences), the tests below made on them alone)
    if abd:
        starts = [k for k, w in enumerate(norms) if w in givens or w[1:] in givens or "عبد" in w]
    else:
        starts = list(compress(count(), map(_given_names_with_wa().__contains__, norms)))
    for k in starts:
        tok = toks[k]
        if k < after or tok.kind != "ar":
            continue
        w = tok.norm
        bare = w[1:] if w[:1] == "و" and w not in givens else w  # (وليد is a name, ومحمد a conjunct)
        if tok.text.endswith("ى") or not (w in givens or bare in givens or bare.startswith("عبد") and len(bare) > 4):
            continue  # (على normalises like علي: a preposition)
        if covered is None:
            covered = _covered(ents, cues) | taken
        before = toks[k - 1] if k else None
        if titled is None:
            titled = {m.tok_end for m in ents if m.kind == "agent" and m.tok_end - m.tok_start == 1
                      and toks[m.tok_start].norm.startswith("ال")}
            offices = {m.tok_end for m in ents if m.kind == "agent" and (
                _title(toks[m.tok_start]) or strip_wa(toks[m.tok_start].norm) in fw.office)}
        if any(k - j in (1, 2) and all(toks[x].kind == "ar" for x in range(j, k)) for j in offices):
            continue  # (أدان مدير تعليم ينبع محمد بن عبدالله العقيبي: the office's holder, the phrase before's name)
        if k in covered or k - 1 in covered and k not in titled or before is not None and (
                before.norm in fw.kinship or w == bare and k not in titled and (
                before.norm in givens and not before.text.endswith("ى") or _title(before)
                and not _title_after_body(toks, k - 1, ents)
                or before.norm.startswith("عبد") and len(before.norm) > 4 or strip_wa(before.norm) in _KUNYA_WORDS)):
            continue  # (a word before it of the same name (عبدالله أحمد الحسيني، أبو فراس الحمداني), of a name the
            # lexicons have, or a title: no name of its own)
        end = _name_run(toks, k, covered, fw, opened=True)
        if end is None or not 2 <= end - k <= 5 or any(j in covered for j in range(k, end)):
            continue
        words = [t.norm for t in toks[k + 1:end]]
        nasab = any(x in fw.kinship for x in words[:-1])
        if not (nasab or _family_name(toks[end - 1], fw)) or bare in common and not nasab and not (
                end - k >= 3 and (words[0] in givens or words[0].startswith("عبد"))):
            continue  # (وعمر منفذ التفجير: the age of the bomber; حسن محمد الحربي names someone)
        if end < len(toks):
            nxt = toks[end]
            if nxt.text in ",،" and end + 1 < len(toks) and toks[end + 1].norm in fw.office:
                continue
            w2 = strip_wa(nxt.norm)
            if not (nxt.text in ",،.;؛:!?؟" or nxt.kind == "ar" and (
                    w2 in fw.preposition or w2 in fw.complementizer or nxt.norm[:1] == "و" or nasab and
                    nxt.norm.startswith("ال") and toks[end - 1].norm.startswith("ال"))):
                continue  # (a conjunct after the name ends it too: تلقي القبض على سليمان هلال الاسد وتحيله)
        after = end
        prefix = "و" if w not in givens and w != bare else ""
        found.append(Mention(tok.start + len(prefix), toks[end - 1].end,
                             " ".join([tok.text[len(prefix):]] + [t.text for t in toks[k + 1:end]]), "actor", "", k, end,
                             ents[0].sentence if ents else 0, (("type", TITLED_NAME), ("prefix", prefix))))
    return found


def _title_after_body(toks: list[Token], k: int, ents: list[Mention]) -> bool:
    """True for the definite title at token k (الدكتور) right after a body's name that ends an office phrase the
    lexicons lack: «مدير إدارة التطوير الإداري في الهيئة العامة للسياحة الدكتور يوسف اليوسف»: the name after it is
    that office's holder, a person of his own (no office phrase before it to take it)."""
    if k < 2 or not toks[k].norm.startswith("ال"):
        return False
    body = next((m for m in ents if m.tok_end == k), None)
    return body is not None and body.kind == "actor" and body.get("type") == "institution" and not body.get("prefix") \
        and body.tok_start > 0 and strip_wa(toks[body.tok_start - 1].norm) == "في"


TITLED_NAME = "titled_name"  # the type of a mention made for a name the lexicons lack after a title (الدكتور فلان)


def _titled_names(toks: list[Token], ents: list[Mention], cues: dict[int, Mention], fw: FunctionWords,
                  after_verbs: frozenset[int], names: frozenset[str] = frozenset()) -> list[Mention]:
    """Mentions for the subjects right after a verb (`after_verbs`) made of a definite title and a name the lexicons
    lack (أشاد الدكتور يوسف الرميح بجهود …، دعا الشيخ عبدالعزيز بن رقوش إلى …), or of a family name in `names`
    alone (وطالب الرميح بـ …، ونوه بن رقوش بـ …), when what follows the name ends the phrase (a comma, an office, a
    preposition, the clause's end). A title that is a role noun of the lexicons (الرئيس، اللواء) is left to them:
    it is the subject already."""
    if not after_verbs:
        return []
    covered = _covered(ents, cues)
    found = []
    for k in sorted(after_verbs):
        if k >= len(toks) or k in covered:
            continue
        end = _titled_run(toks, k, covered, fw) or _named_before(toks, k, covered, names, fw) or \
            _office_run(toks, k, covered, fw) or _appositive_run(toks, k, covered, fw) or _given_run(toks, k, covered, fw)
        if end is None:
            continue
        found.append(Mention(toks[k].start, toks[end - 1].end, " ".join(t.text for t in toks[k:end]), "actor",
                             "", k, end, ents[0].sentence if ents else 0,
                             (("type", TITLED_NAME), ("prefix", ""))))
    return found


@lru_cache(maxsize=4)
def _so_called_forms(so_called: frozenset[str]) -> frozenset[str]:
    """Every normalised word that `strip_wa` reads as one of `so_called`: the word itself, or it with و/ف before it
    (exactly those: strip_wa takes off one such letter at most), for `_called_names`' test of a whole sentence."""
    forms = so_called | {p + w for w in so_called for p in "وف"}
    return frozenset(w for w in forms if strip_wa(w) in so_called)


def _called_names(toks: list[Token], ents: list[Mention], cues: dict[int, Mention], fw: FunctionWords,
                  taken: set[int], norms: list[str] | None = None) -> list[Mention]:
    """Mentions for the names the lexicons lack told after «the one called» (function_words.tsv so_called), past a
    colon: «تم القبض على المدعو: قاسم محمد الهلال - سوري الجنسية» — a person: two to five words of a name (given
    names, بن/آل, a family name with the article), up to the first word no name has; so past a slash, as the
    Interior Ministry's notices write it: «تم القبض على المدعو / شاه فيصل عظيم شاه - باكستاني الجنسية» (`norms`: the
    tokens' normal forms, when the caller has them)."""
    if _so_called_forms(fw.so_called).isdisjoint(map(_NORM, toks) if norms is None else norms):
        return []  # (most sentences: no word is one, with و/ف or not; tested in C, no strip_wa asked of each word)
    covered = _covered(ents, cues) | taken
    found = []
    for k, tok in enumerate(toks):
        if tok.kind != "ar" or strip_wa(tok.norm) not in fw.so_called:
            continue
        i = k + 1 + (k + 1 < len(toks) and toks[k + 1].text in NAME_OPENERS)
        j = i
        while j < len(toks) and j - i < 5 and j not in covered and (
                _name_word(toks[j], fw) or j > i and (toks[j].norm in _NAME_LINKS or _family_name(toks[j], fw))):
            j += 1
        if j - i >= 2:
            found.append(Mention(toks[i].start, toks[j - 1].end, " ".join(t.text for t in toks[i:j]), "actor", "",
                                 i, j, ents[0].sentence if ents else 0, (("type", TITLED_NAME), ("prefix", ""))))
    return found


def _aged_names(toks: list[Token], ents: list[Mention], cues: dict[int, Mention], fw: FunctionWords) -> list[Mention]:
    """Mentions for the names the lexicons lack given with an age in brackets, anywhere in the sentence: «واعتقل
    راندولف بروس أداير (70 عامًا)»، «القبض على مهدي صباح عبدالمحسن (30 عاما)»: a person (see `_aged_run`)."""
    covered = _covered([m for m in ents if not _clitic_nationality(m)], cues)
    found = []
    for p, tok in enumerate(toks):
        start = _aged_run(toks, p, covered, fw) if tok.text == "(" else None
        if start is not None:
            found.append(Mention(toks[start].start, toks[p - 1].end, " ".join(t.text for t in toks[start:p]), "actor",
                                 "", start, p, ents[0].sentence if ents else 0, (("type", TITLED_NAME), ("prefix", ""))))
    return found


def _clitic_nationality(m: Mention) -> bool:
    """True for a one-word nationality or country read with a clitic preposition (بروس: ب + روس), which may as well be
    a foreign name (Bruce)."""
    return m.kind == "actor" and m.tok_end - m.tok_start == 1 and m.get("type") in ("demonym", "country") and bool(
        m.get("prefix").lstrip("وف"))


def _aged_run(toks: list[Token], p: int, covered: set[int], fw: FunctionWords) -> int | None:
    """The first token of a name of two to four words the lexicons lack that ends right before the bracket at token p
    and an age (70 عامًا، 45 سنة); None if there is none. The name's first word has no article and follows no other
    word of a name."""
    if p + 2 >= len(toks) or toks[p + 1].kind != "num" or not strip_wa(toks[p + 2].norm).startswith(("عام", "سن")):
        return None
    for start in range(max(0, p - 4), p - 1):
        words = toks[start:p]
        if any(j in covered for j in range(start, p)) or not _name_word(words[0], fw) or not all(
                _name_shaped(t, fw) or t.norm in _NAME_LINKS for t in words[1:-1]) or not (
                _name_shaped(words[-1], fw) or _family_name(words[-1], fw)):
            continue  # (after its first word a name may begin with ب: راندولف بروس أداير)
        if start == 0 or start - 1 in covered or not _name_word(toks[start - 1], fw):
            return start
    return None


def _covered(ents: list[Mention], cues: dict[int, Mention]) -> set[int]:
    """The tokens the mentions and cues of a sentence cover."""
    return {j for x in ents for j in range(x.tok_start, x.tok_end)} | {
        j for c in cues.values() for j in range(c.tok_start, c.tok_end)}


@lru_cache(maxsize=1)
def _abbreviated_titles() -> frozenset[str]:
    """The titles written as a letter and a dot (function_words.tsv abbreviated_title: د. = الدكتور)."""
    return FunctionWords.load().abbreviated_title


def _abbreviated(toks: list[Token], k: int) -> bool:
    """True for a title abbreviated to one letter at token k, its dot next (د. عبدالرحمن المديرس، د.عزام الدخيل)."""
    return k + 2 < len(toks) and toks[k].norm in _abbreviated_titles() and toks[k + 1].text == "." and \
        toks[k].kind == "ar"


def _titled_run(toks: list[Token], k: int, covered: set[int], fw: FunctionWords) -> int | None:
    """The end of «definite title + name the lexicons lack» starting at token k (الدكتور يوسف الرميح) where what
    follows ends the phrase; None if there is none. A title abbreviated to a letter and its dot (د. عبدالرحمن
    المديرس) is one too, where a given name and a family name follow."""
    if k + 1 < len(toks) and len(toks[k].norm) == 1 and _abbreviated(toks, k) and k + 1 not in covered:
        end = _name_run(toks, k + 2, covered, fw)
        return end if end is not None and end - k >= 4 and _phrase_ends(toks, end, fw) else None
    if k + 1 >= len(toks) or not toks[k].norm.startswith("ال") or not _title(toks[k]):
        return None
    if not toks[k].norm.endswith("ه") and _verbal_noun_shaped(toks[k + 1].norm):
        return None  # «ورفض المصدر إعطاء المزيد»: the title's verb's object, a verbal noun, is no name after it
    end = _name_run(toks, k + 1, covered, fw, feminine=toks[k].norm.endswith("ه"))
    return end if end is not None and _phrase_ends(toks, end, fw) else None


def _verbal_noun_shaped(w: str) -> bool:
    """True for a normalised word shaped as a verbal noun of the derived forms إفعال، افتعال، استفعال (إعطاء، انتظار،
    استمرار) that is no given name of given_names.tsv: no man's name."""
    if w in _given_names() or not w.startswith("ا"):
        return False
    return len(w) == 5 and w[3] == "ا" or len(w) == 6 and w[4] == "ا" or len(w) == 7 and w.startswith("است") and w[5] == "ا"


def _office_run(toks: list[Token], k: int, covered: set[int], fw: FunctionWords) -> int | None:
    """The end of «title + the one to three words of its office + a given name and a family name the lexicons
    lack» starting at token k (مدير تعليم ينبع محمد الحربي، رئيس بلدية العلا خالد العنزي) where what follows ends the
    phrase; None if there is none. The title has no article (it is in construct with its office)."""
    if k + 3 >= len(toks) or toks[k].norm.startswith("ال") or strip_wa(toks[k].norm) != toks[k].norm \
            or not _title(toks[k]):
        return None
    for j in range(k + 2, min(len(toks), k + 5)):
        office = toks[j - 1]
        if j - 1 in covered or office.kind != "ar" or office.norm in fw.preposition or office.norm in fw.filler \
                or office.norm in fw.complementizer or office.norm in _given_names():
            return None
        if toks[j].norm in _given_names() and j not in covered:
            end = _name_run(toks, j, covered, fw)
            # (past a family name with the article the name is over: a definite word after it is the object)
            return end if end is not None and end - j >= 2 and (_phrase_ends(toks, end, fw) or (
                end < len(toks) and toks[end].norm.startswith("ال") and toks[end - 1].norm.startswith("ال"))) else None
    return None


def _appositive_run(toks: list[Token], k: int, covered: set[int], fw: FunctionWords) -> int | None:
    """The end of a name the lexicons lack of two or three words starting at token k, set off by a comma before a
    title or an office, its apposition (حذر ماجد نواز، مستشار ديفيد كاميرون؛ وحذرت ميسون الدملوجي، المتحدثة
    الرسمية باسم الائتلاف); None if there is none. The name's first word has no article."""
    if k + 3 >= len(toks) or toks[k].norm.startswith("ال"):
        return None
    end = _name_run(toks, k, covered, fw)
    if end is None or not 2 <= end - k <= 3 or end + 1 >= len(toks) or toks[end].text not in ",،":
        return None
    after = toks[end + 1]
    return end if after.kind == "ar" and (_title(after) or after.norm in fw.office) else None


def _given_run(toks: list[Token], k: int, covered: set[int], fw: FunctionWords) -> int | None:
    """The end of a name the lexicons lack that opens with a given name of given_names.tsv (or one in عبد) and goes
    on with one or two more words, starting at token k, where what follows ends the phrase (ينوه ماجد نواز بقوله،
    أكد خالد العنزي أن); None if there is none."""
    w = toks[k].norm
    if w not in _given_names() and not (w.startswith("عبد") and len(w) > 4) or toks[k].text.endswith("ى"):
        return None  # (على normalises like علي: a preposition)
    if toks[k].text.endswith("ي") and w in _maqsura_common_names():
        return None  # (طلب مني التدخل: "from me", no منى)
    end = _name_run(toks, k, covered, fw)
    return end if end is not None and 2 <= end - k <= 3 and _phrase_ends(toks, end, fw) else None


def _named_before(toks: list[Token], k: int, covered: set[int], names: frozenset[str], fw: FunctionWords) -> int | None:
    """The end of a family name in `names` at token k, alone or after بن or a definite or abbreviated title (الرميح،
    بن رقوش، الدكتور الدخيل، د. الدخيل), where what follows ends the phrase or is a definite word, the object;
    None otherwise."""
    j = k + (toks[k].norm in fw.kinship or toks[k].norm in _definite_titles()) + 2 * _abbreviated(toks, k)
    if j >= len(toks) or j in covered or toks[j].norm not in names:
        return None
    if _phrase_ends(toks, j + 1, fw) or j + 1 < len(toks) and toks[j + 1].kind == "ar" and toks[j + 1].norm.startswith(
            "ال") and toks[j + 1].norm not in names:
        return j + 1  # (a definite noun right after the subject is the verb's object: وطالب الصافي القوى السياسية)
    return None


_INTRODUCING: dict[int, tuple[FunctionWords, frozenset[str]]] = {}  # id(fw) → (fw, its words of `_introducing_words`)


def _introducing_words(fw: FunctionWords) -> frozenset[str]:
    """Every normal form one of whose tokens `introduced_names` reads as opening a name: a definite title, the letter
    of an abbreviated one (د), a given name, a kinship word (بن), a bracket, and each word that a comma before it
    makes count (an office of `fw`, a title in any of the forms `_title` reads: with و/ف, the article, ـة). A sentence
    with none of them introduces no name."""
    hit = _INTRODUCING.get(id(fw))
    if hit is None or hit[0] is not fw:
        titles = _cue_words("title")
        forms = {p + a + t + h for t in titles for p in ("", "و", "ف") for a in ("", "ال") for h in ("", "ه")}
        words = frozenset(forms | _definite_titles() | _given_names() | fw.kinship | fw.office
                          | _abbreviated_titles() | {"("})
        hit = _INTRODUCING[id(fw)] = (fw, words)
    return hit[1]


_COMMA_NORMS = frozenset(("", ",", "،", ",،"))  # the normal forms `in ",،"` holds for: a comma's (picked out in C)


def introduced_names(toks: list[Token], mentions: list[Mention], fw: FunctionWords,
                     norms: list[str] | None = None) -> frozenset[str]:
    """The family names of the persons a sentence introduces by a definite title and a name the lexicons lack
    (الدكتور أحمد الأنصاري → الأنصاري، الشيخ عبدالعزيز بن عبدالله بن رقوش → رقوش), or by a nasab of three words or
    more (عبد الإله بن محمد الشريف → الشريف), by a given name (ماجد نواز عن → نواز), with an age in brackets (راندولف
    بروس أداير (70 عامًا) → أداير) or set off by a comma before a title (ماجد نواز، مستشار → نواز): the last word of
    the name, unless a given name (علي) or بن.
    `mentions` are the sentence's (read only when it has a title, a nasab, a given name, a bracket or a comma before a
    title: this runs on every sentence). `norms`: the tokens' normal forms, when already listed (Article.norms)."""
    if norms is None:
        norms = list(map(_NORM, toks))
    if _introducing_words(fw).isdisjoint(norms):
        return frozenset()  # (most sentences: no word below opens a name; this test runs in C, the pass in Python)
    titles, givens, kinship, last = _definite_titles(), _given_names(), fw.kinship, len(toks) - 1
    # the words of each kind, each list in the sentence's order, found by a test in C first (this runs on every
    # sentence): a definite title or the letter of an abbreviated one (الدكتور، د.), a given name (ماجد نواز عن: →
    # نواز), a kinship word inside the sentence, a bracket (راندولف بروس أداير (70 عامًا) → أداير), a comma before
    # an office or a title (a name set off by it: ماجد نواز، مستشار … → نواز)
    words = set(norms)
    abbreviated = _abbreviated_titles()
    titled = [k for k, w in enumerate(norms) if w in titles or w in abbreviated and len(w) == 1 and (
        _abbreviated(toks, k))] if not titles.isdisjoint(words) or not words.isdisjoint(abbreviated) else []
    given = list(compress(count(), map(givens.__contains__, norms))) if not givens.isdisjoint(words) else []
    nasab = [k for k, w in enumerate(norms) if 0 < k < last and w in kinship] if not kinship.isdisjoint(words) else []
    # (a mark's normal form is its written form, see arabic.tokens, and no other token's is a mark: the marks are
    # found among the normal forms, no second pass over the tokens for their written forms)
    aged = [k for k, t in enumerate(norms) if t == "(" and toks[k].kind == "punct"] if "(" in words else []
    commas = [k for k in compress(count(), map(_COMMA_NORMS.__contains__, norms)) if toks[k].kind == "punct" and (
        2 <= k < last) and toks[k + 1].kind == "ar" and (toks[k + 1].norm in fw.office or _title(toks[k + 1]))] \
        if "," in words or "،" in words else []
    if not titled and not nasab and not commas and not given and not aged:
        return frozenset()
    covered = _covered([m for m in mentions if m.kind in ("actor", "agent")],
                       {m.tok_start: m for m in mentions if m.kind == "cue"})
    found = set()
    for k in titled:
        end = _titled_run(toks, k, covered, fw) if k not in covered else None
        if end is not None and end - k >= 3:
            found.add(toks[end - 1].norm)
    for k in nasab:  # عبد الإله بن محمد الشريف، أحمد بن محمد العمود: a nasab names a person whatever stands before it
        first = k - 1 - (k >= 2 and toks[k - 2].norm == "عبد")
        if first in covered or not _name_word(toks[first], fw) or first >= 1 and toks[first - 1].norm in fw.kinship:
            continue
        end = _name_run(toks, first, covered, fw)
        if end is not None and end - first >= 3 and end > k + 1 and _phrase_ends(toks, end, fw):
            found.add(toks[end - 1].norm)
    soft = _covered([m for m in mentions if m.kind in ("actor", "agent") and not _clitic_nationality(m)], {}) if aged \
        else covered
    for p in aged:
        if _aged_run(toks, p, soft, fw) is not None:
            found.add(toks[p - 1].norm)
    for k in given:
        end = _given_run(toks, k, covered, fw) if k not in covered and not (k and toks[k - 1].norm in fw.kinship) else None
        if end is not None and end - 1 not in covered:
            found.add(toks[end - 1].norm)
    for c in commas:
        if c - 2 in covered or c - 1 in covered or toks[c - 2].norm.startswith("ال"):
            continue
        if _name_run(toks, c - 2, covered, fw) == c and not (c > 2 and _name_word(toks[c - 3], fw) and (
                c - 3 not in covered)) or _appositive_run(toks, c - 3, covered, fw) == c:
            found.add(toks[c - 1].norm)
    return frozenset(w for w in found if w not in _given_names() and w not in fw.kinship)


def _office_name_run(toks: list[Token], k: int, mentions: list[Mention], covered: set[int],
                     fw: FunctionWords) -> int | None:
    """The end of a name of two words or more the lexicons lack at token k, right after the nationality adjective
    that ends an office phrase (an agent mention, «رئيس»، «وزير», opens it within four words before): «رئيس الوزراء
    الجزائري عبد المالك سلال»; None if none, or if no name phrase (nor a relative clause, «ايرك شفيتزر الذي
    يرافق غابريال») may end there."""
    if k in covered or not any(m.kind == "agent" and m.tok_start < k and k - m.tok_start <= 6 and not m.get("prefix")
                               for m in mentions):
        return None
    end = _name_run(toks, k, covered, fw)
    if end is None or end - k < 2 or not (_phrase_ends(toks, end, fw) or toks[end].norm in fw.relative_clause) or \
            toks[end - 1].norm.startswith("ال"):
        return None  # (a family name with the article may be a noun: left to the titled rules)
    return end


def _name_run(toks: list[Token], i: int, covered: set[int], fw: FunctionWords, feminine: bool = False,
              opened: bool = False) -> int | None:
    """The end of a personal name the lexicons lack starting at token i (يوسف الرميح، هادي بن علي اليامي، عبد
    الواحد النبوي): a given name (given_names.tsv) or a name-shaped word with no attached preposition first (after a
    feminine title, one in ة too: الدكتورة فوزية خان), then name-shaped words and بن/ابن links, and at most one
    family name with the article last; None if none. `opened`: the first word is taken as a name (وحيدر) unread."""
    if i in covered or not (opened or _name_word(toks[i], fw) or feminine and _feminine_name(toks[i], fw)):
        return None
    j = i + 1 + (toks[i].norm == "عبد" and i + 1 < len(toks) and toks[i + 1].norm.startswith("ال"))
    while j < len(toks) and j - i < 6 and j not in covered and toks[j].kind == "ar":
        w = toks[j].norm
        if w in _NAME_LINKS and j + 1 < len(toks) and _name_word(toks[j + 1], fw) and j + 1 not in covered:
            j += 2
        elif w in _NASAB_LINKS and j + 1 < len(toks) and j + 1 not in covered and _family_name(toks[j + 1], fw):
            return j + 2  # (a father's name with the article ends the name: الأمير علي بن الحسين)
        elif w == "عبد" and j + 1 < len(toks) and toks[j + 1].norm.startswith("ال"):
            j += 2
        elif _name_word(toks[j], fw) and not _verbal_noun_shaped(w):
            j += 1  # (not a verbal noun of the derived forms: «واستنكر الأمير خالد اختفاء بعض الأقلام», its object)
        elif _family_name(toks[j], fw):
            return j + 1
        else:
            break
    return j


def _name_word(tok: Token, fw: FunctionWords) -> bool:
    """True for a name-shaped word that carries no attached preposition (بجهود، لتطوير), unless a given name
    (بدر، لطفي) or a name in عبد (عبدالعزيز)."""
    w = tok.norm
    if tok.kind == "ar" and (w in _given_names() and not tok.text.endswith("ى") or w.startswith("عبد") and len(w) > 4):
        return True  # (علي، not the preposition على; عبدالله، whose ه is no pronoun)
    return _name_shaped(tok, fw) and (w[0] not in "بلك" or w.startswith("عبد"))


def _feminine_name(tok: Token, fw: FunctionWords) -> bool:
    """True for a word in ة that may be a woman's given name (فوزية، فاطمة): no article, clitic or plural."""
    w = tok.norm
    return tok.kind == "ar" and tok.text.endswith("ة") and 4 <= len(w) <= 6 and \
        not w.startswith(("ال", "لل", "بال")) and w[0] not in "بلك" and w not in fw.filler and w not in fw.number


_KUNYA_WORDS = ("ابو", "ابي", "ابا", "لابي", "لابو", "بابي")  # a name after one is a kunya's (أبو فراس الحمداني)
_NAME_LINKS = ("بن", "ابن", "بنت", "ابو", "ال")  # words that link a name to the next one (بن رقوش، آل سعود)
_NASAB_LINKS = ("بن", "ابن", "بنت")  # the words that give a father's name (خالد بن عبدالمحسن)


def _family_name(tok: Token, fw: FunctionWords) -> bool:
    """True for a word that may be a family name with the article (الرميح، اليامي، الأنصاري): no feminine or plural
    ending, no title, no function word."""
    w = tok.norm
    return tok.kind == "ar" and w.startswith("ال") and len(w) > 4 and not _title(tok) and (
        not tok.text.endswith(("ة", "ات", "ون", "ين", "اً", "ًا")) or _diminutive_family(tok)) and w not in fw.day \
        and w not in fw.adverb and w not in fw.pronoun_that and w not in fw.filler


def _diminutive_family(tok: Token) -> bool:
    """True for a family name of the shapes الفعيلة and الفعين (الربيعة، الحصين، العثيمين is left): its ة or ين
    is no feminine or plural ending, as a sound plural with the article (المواطنين) has more letters."""
    w = tok.norm
    return w[4:5] == "ي" and (len(w) == 6 and w[-1] == "ن" or len(w) == 7 and tok.text.endswith("ة"))


def _phrase_ends(toks: list[Token], k: int, fw: FunctionWords) -> bool:
    """True where a name phrase may end at token k: the clause's end or a comma, an office (عضو مجلس الشورى), a preposition (على، إلى) or a word with one attached (بجهود، للمطالبة), that/أن."""
    if k >= len(toks) or toks[k].text in ",،.;؛:!?؟":
        return True
    w = strip_wa(toks[k].norm)
    if toks[k].norm in fw.office:
        return True
    return toks[k].kind == "ar" and (w in fw.preposition or w in fw.complementizer or w in fw.pronoun_that or (
        len(w) >= 3 and w[0] in "بل" and not w.startswith("ال") and toks[k].norm == w))


def _second_nationality(toks: list[Token], group: Group, m: Mention, fw: FunctionWords) -> bool:
    """True for a nationality in the plural with و (ومصريون) after a plural role noun with no article and no country
    and one adjective the lexicons do not read (دبلوماسيون عرب ومصريون): a second adjective of the same people, in the
    same case, not a second party."""
    if m.kind != "actor" or m.get("type") != "demonym" or m.get("prefix") != "و" or m.tok_end - m.tok_start != 1:
        return False
    last = group.mentions[-1]
    if m.tok_start != group.end_tok + 1 or last.kind != "agent" or any(x.get("code") for x in group.mentions):
        return False
    head, word, gap = toks[last.tok_end - 1].norm, toks[m.tok_start].norm[1:], toks[group.end_tok]
    return not head.startswith("ال") and not word.startswith("ال") and head[-2:] in ("ون", "ين") and \
        word.endswith("ي" + head[-2:]) and _name_shaped(gap, fw)


def _office_after_name(toks: list[Token], last: Mention, m: Mention, nxt: Mention | None, fw: FunctionWords) -> bool:
    """True for a title with no article right after a person's name that names the person's own country or city
    (محمد بن زايد | ولي عهد أبوظبي، فيصل بن بندر | أمير منطقة الرياض), or ولي (عهد): his office, in apposition,
    though the name looks definite. A bare title after a name may be the verb's object (استقبل الرئيس هادي |
    وزير الخارجية) and is left to the other rules."""
    if last.kind != "actor" or last.get("type") != "person" or m.kind != "agent" or m.get("prefix"):
        return False
    word = toks[m.tok_start]
    if word.norm not in fw.office or word.text.endswith(("اً", "ًا")):
        return False
    if word.norm == "ولي":
        return True
    return nxt is not None and nxt.tok_start == m.tok_end and not nxt.get("prefix") and nxt.kind == "actor" and \
        nxt.get("type") in ("country", "capital", "place", "demonym") and nxt.get("code") == last.get("code")


def _object_after_name(group: Group) -> bool:
    """True for a phrase that is a name the lexicons lack: the title after it is the verb's object (see
    `_titled_object`), a phrase of its own (after a title and a name, only the name's office joins it: see
    `_office_of_titled`)."""
    return group.mentions[-1].get("type") in (UNKNOWN_NAME, TITLED_NAME)


@lru_cache(maxsize=1)
def _ordinals() -> frozenset[str]:
    """The definite ordinal words of time_words.tsv (الأول، الثاني، الثالث …), normalised."""
    return frozenset(normalize(r["word"]) for r in _rows("time_words.tsv")
                     if r.get("class") == "ordinal" and " " not in r["word"])


def _ordinal_office(toks: list[Token], group: Group, m: Mention) -> bool:
    """True for an office noun, an ordinal and an office governed by ل (النائب الثاني لرئيس مجلس الوزراء، المساعد
    الأول لوزير الخارجية): one office, the deputy of the second, so the ل phrase is no party of its own."""
    last = group.mentions[-1]
    if m.kind != "agent" or last.kind != "agent" or m.tok_start != last.tok_end + 1 or m.get("prefix") != "ل":
        return False
    return toks[last.tok_end].norm in _ordinals() and _definite(toks, last)


def _deputies_of_persons(toks: list[Token], groups: list[Group], fw: FunctionWords) -> None:
    """Give a deputy's word with no article right before a named person («نائب داود أوغلو»: Davutoglu's deputy, no
    member of parliament) that person's sector, as `_deputy_of` gives a deputy the office's. In place."""
    for g in groups:
        if len(g.mentions) < 2:
            continue
        deputy, person = g.mentions[0], g.mentions[1]
        if deputy.kind == "agent" and deputy.tok_end - deputy.tok_start == 1 and person.tok_start == deputy.tok_end \
                and person.kind == "actor" and person.get("type") == "person" and \
                strip_wa(toks[deputy.tok_start].norm) in fw.deputy_title:
            g.mentions[0] = _deputy_of(deputy, person)


def _deputy_of(deputy: Mention, office: Mention) -> Mention:
    """The deputy's mention with the sector of the office it deputises (النائب الثاني لرئيس مجلس الوزراء is no
    member of parliament but of the government): a sector field put first, as `Mention.get` reads."""
    sector = office.get("sector")
    if not sector or deputy.get("sector") == sector:
        return deputy
    return replace(deputy, label=sector, info=(("sector", sector),) + deputy.info)


def _office_of_titled(toks: list[Token], group: Group, m: Mention, fw: FunctionWords) -> bool:
    """True for an office with no article right after a title and a name the lexicons lack, or set off by a comma
    (الدكتور فلان، | وزير الثقافة): the person's own office; or the body that office is of, where the office word
    is no mention (الدكتور يوسف الرميح عضو | مجلس الشورى)."""
    k = group.end_tok
    if group.mentions[-1].get("type") != TITLED_NAME or m.get("prefix") or m.kind not in ("agent", "actor"):
        return False
    o = k + (k < len(toks) and toks[k].text in ",،")
    if o >= len(toks) or toks[o].norm not in fw.office:
        return False
    return m.tok_start == o and m.kind == "agent" or m.tok_start == o + 1


def _titled_object(toks: list[Token], ents: list[Mention], i: int, fw: FunctionWords) -> bool:
    """True for a definite title with a person's name (ents[i] and the mentions right after it): after a name
    it is the verb's object, not the name's title («التقى كوفي عنان | الرئيس السوري بشار الأسد»; but «ينس
    شتولتينبيرج الأمين العام لحلف الأطلسي» is one phrase, and «اعتبار كلام الوزير السوري» a construct)."""
    m = ents[i]
    if not _definite(toks, m):
        return False
    end = m.tok_end
    for n in ents[i + 1:]:
        if n.tok_start != end or n.get("prefix"):
            break
        end = n.tok_end
    words = toks[m.tok_start + 1:end]
    if any(t.norm in fw.link or (t.norm[:1] == "ل" and not t.norm.startswith("ال")) for t in words):
        return False
    return any(t.kind == "ar" and not t.norm.startswith("ال") for t in words)  # بشار (الأسد)


def _owned(toks: list[Token], groups: list[Group], fw: FunctionWords) -> None:
    """A phrase with no country followed by «التابع(ة) لـ + phrase with one» (القوة التنفيذية التابعة لوزارة
    الداخلية في الحكومة الفلسطينية، قافلة تابعة لقوات التحالف), or by one definite word the lexicons lack before it
    that the phrase's last word, a role noun's, can govern in construct (`_can_head_construct`: مسلحو الحركة التابعة
    لتنظيم القاعدة; not «قصف الجيش المقرات التابعة لتنظيم داعش», the verb's object, nor after an adjective: «وقصف
    طيران حربي المواقع التابعة لتنظيم داعش»), belongs to that body: it takes the body's code, and the body is marked
    as its owner (`Group.owns`). So a party loyal to a party of a state that is no state itself nor its forces,
    right after it (function_words loyal: «القوات الموالية للحوثيين»; not «الميليشيات الموالية لإيران»)."""
    for g, h in zip(groups, groups[1:]):
        k = h.start_tok - 1  # (past one definite word the lexicons lack, the body the men belong to: مسلحو الحركة
        # التابعة لتنظيم القاعدة)
        # (the word of loyalty may end the role phrase itself: «القوات الموالية»)
        loyal = toks[k].norm in fw.loyal and g.end_tok - 1 <= k <= g.end_tok and _party_of_a_state(h)
        if k not in (g.end_tok, g.end_tok + 1) and not loyal or toks[k].norm not in fw.owner and not loyal or \
                h.prefix.lstrip("وف")[:1] != "ل" \
                or k > g.end_tok and not (toks[g.end_tok].kind == "ar" and toks[g.end_tok].norm.startswith("ال")
                                          and _can_head_construct(toks[g.end_tok - 1])
                                          and any(m.tok_start == g.end_tok - 1 for m in g.mentions)):
            continue
        h.owns = True
        if any(m.get("code") for m in g.mentions) or g.owner_code or g.appos_code:
            continue
        g.owner_code = next((m.get("code") for m in h.mentions if m.get("code")), None) or h.owner_code


def _party_of_a_state(g: Group) -> bool:
    """True for a phrase whose first party is of a state but no state itself, its capital, its people or a place,
    nor its army, police or intelligence (الحوثيين، الرئيس هادي; not «للحرس الثوري الإيراني», whose loyal militias
    fight abroad): a party loyal to it is of that state."""
    first = g.mentions[0] if g.mentions else None  # (the party named first: «للحوثيين مدينة تعز» is read as one)
    return first is not None and bool(first.get("code")) and not (
        first.kind == "actor" and first.get("type") in _STATE_TYPES) and first.get("sector") not in _STATE_FORCES


_STATE_TYPES = frozenset({"country", "capital", "demonym", "place"})  # the actor types that name a state or a place
_STATE_FORCES = frozenset({"MIL", "COP", "SPY"})  # the sectors of a state's armed forces, police and intelligence


def _can_head_construct(tok: Token) -> bool:
    """True for a word that can govern a genitive in construct: no article and no sound plural or dual still ending in
    its ن (مسلحو، قوات، عناصر; not المقرات، الحربية، مسلحون)."""
    w = strip_wa(tok.norm)
    return tok.kind == "ar" and not w.startswith(("ال", "بال", "لل", "كال")) and not w.endswith(("ون", "ين", "ان"))


def _members(toks: list[Token], groups: list[Group]) -> None:
    """A role phrase with no country followed by «في/من/بـ + a state's body with its nationality» (جنرال بالجيش الكوري
    الشمالي، ضابط في الشرطة العراقية) is one of that body's men: it takes the body's code (its own sector stays:
    `_affiliation` joins only a role with none)."""
    for g, h in zip(groups, groups[1:]):
        if h.prep not in ("في", "من", "ب") or h.start_tok - g.end_tok != (0 if h.prep == "ب" else 1) or \
                toks[h.start_tok].norm[len(h.prefix):][:2] != "ال":
            continue
        if not all(m.kind == "agent" and m.get("sector") for m in g.mentions) or g.owner_code or g.appos_code or \
                h.mentions[0].kind != "agent" or not h.mentions[0].get("sector"):
            continue
        g.owner_code = next((m.get("code") for m in h.mentions[1:] if m.kind == "actor" and m.get("type") == "demonym"),
                            None)


def _locations(toks: list[Token], groups: list[Group]) -> None:
    """A phrase with no country followed by «في + (place noun) + place» (قاعدة للشرطة في مدينة بعقوبة،
    مدير مكتب الوزير في رام الله) is located there: it keeps the place's country as its locus code."""
    for g, h in zip(groups, groups[1:]):
        if h.prep != "في" or not 1 <= h.start_tok - g.end_tok <= 2:
            continue
        if any(m.get("code") for m in g.mentions) or not all(
                m.kind == "actor" and m.get("type") in _PLACE_TYPES and m.get("code") for m in h.mentions):
            continue
        if any(toks[k].kind == "punct" or toks[k].norm[:1] == "و" and len(toks[k].norm) > 3
               for k in range(g.end_tok, h.start_tok)):
            continue  # (اعتقلوا الفتاة وصديقها في حلب: after a conjunct the place is where the act was, not theirs)
        g.locus_code = h.mentions[0].get("code")


def _appositions(toks: list[Token], groups: list[Group]) -> None:
    """A title with no person and no country set off by a comma before a known person's name (رئيس الوزراء، إيهود
    أولمرت، الذي …; تعرضت الوزيرة، فلانة، لمحاولة اغتيال؛ طلب أوباما من وزير الخارجية، جون كيري، …) names that
    person: the name joins the title's phrase, one party that takes the name's code and name. The name must be followed
    by a comma or the clause's end, as an apposition is enclosed."""
    merged = []
    for g, h in zip(groups, groups[1:]):
        k = g.end_tok
        while k < min(len(toks), g.end_tok + 2) and toks[k].norm.startswith("ال") and k < h.start_tok:
            k += 1  # the title's own adjectives (رئيسة الوزراء السابقة، …)
        if k >= len(toks) or toks[k].text != "،" or h.start_tok != k + 1 or h.prep or h.conj:
            continue
        if not _title_phrase(g) or any(id(g) == id(x) for _, x in merged):
            continue
        person = next((m for m in h.mentions if m.kind == "actor" and m.get("type") == "person" and m.get("code")), None)
        if person is None or h.mentions[0] is not person:
            continue
        if h.end_tok < len(toks) and toks[h.end_tok].kind == "ar" and toks[h.end_tok].norm not in ("الذي", "التي"):
            continue
        if any(m.get("code") for m in g.mentions):
            continue  # (a title with its country keeps its own text: وزير الخارجية الأمريكي، جون كيري — test_parties35)
        merged.append((g, h))
    for g, h in merged:
        g.mentions += h.mentions
        g.end_tok = h.end_tok
        groups.remove(h)


def _offices_of_state(toks: list[Token], groups: list[Group], fw: FunctionWords) -> None:
    """A title with no country of its own right before its state in بـ and the name of the one who holds it (استقبل
    الملك … وزير الخارجية بجمهورية مصر العربية سامح شكري) is one party: the name and the state join the title's phrase,
    which takes their code. Only a country whose code the person's name shares, the name right after it, or a state
    right before a definite title word that opens a name no lexicon knows (وزير الخارجية بدولة قطر الدكتور خالد بن
    محمد العطية); a state in بـ with no name after it may be the verb's object (أشاد الوزير بالمملكة) and stays apart.
    In place."""
    merged = []
    for g, h in zip(groups, groups[1:]):
        if _office_in_state(toks, g, h, fw):
            merged.append((g, h))  # وزير الشؤون الخارجية بجمهورية ليتوانيا ليناس ينكفيتشيوس: the state's noun in بـ
            continue
        if h.start_tok != g.end_tok or h.prep != "ب" or g.prep == "conj" or not _title_phrase(g):
            continue
        if not all(m.kind == "agent" for m in g.mentions) or any(id(g) == id(x) for _, x in merged):
            continue
        if len(h.mentions) == 1:
            if _state_before_titled_name(toks, h.mentions[0]):
                merged.append((g, h))
            continue
        state, person = h.mentions[0], h.mentions[1]
        if state.kind != "actor" or state.get("type") != "country" or person.kind != "actor" or person.get(
                "type") != "person" or person.tok_start != state.tok_end or not state.get("code") or state.get(
                "code") != person.get("code"):
            continue
        merged.append((g, h))
    for g, h in merged:
        g.mentions += h.mentions
        g.end_tok = h.end_tok
        g.conj += h.conj
        groups.remove(h)


def _title_chains(toks: list[Token], groups: list[Group], fw: FunctionWords) -> None:
    """A chain of offices before one known person's name is one party, its holder («التقى نائب الرئيس اليمني رئيس
    مجلس الوزراء خالد محفوظ بحاح، اليوم …، وزير الدولة الإماراتي»): an office with its country, a second office
    with no country of its own right after it, and the name within three unread words (his given names) after that,
    of the country's code. Only where the sentence shows the chain is the subject: the name is followed by أن/إن or
    عن, or by a comma with a phrase in no preposition further on (the verb's object); «استقبل الرئيس المصري وزير
    الخارجية سامح شكري» (the president received his minister) stays two. In place."""
    merged = []
    for g, h, n in zip(groups, groups[1:], groups[2:]):
        if h.start_tok != g.end_tok or h.prep or h.conj or g.prep == "conj" or any(id(g) == id(x) for x, *_ in merged):
            continue
        code = _office_country(g)
        if code is None or not all(m.kind == "agent" for m in h.mentions) or h.mentions[0].get("sector") != "GOV":
            continue
        person = n.mentions[0]
        if n.prep or len(n.mentions) != 1 or person.kind != "actor" or person.get("type") != "person" or (
                person.get("code") != code) or not 0 <= n.start_tok - h.end_tok <= 3 or not all(
                    toks[k].kind == "ar" and _name_shaped(toks[k], fw) for k in range(h.end_tok, n.start_tok)):
            continue
        if _chain_subject(toks, n, groups, fw):
            merged.append((g, h, n))
    for g, h, n in merged:
        g.mentions += h.mentions + n.mentions
        g.end_tok = n.end_tok
        groups.remove(h)
        groups.remove(n)


def _office_country(g: Group) -> str | None:
    """The code of a phrase made of an office (a role noun of government) and its country's adjective or name after
    it (نائب الرئيس اليمني); None for any other."""
    if len(g.mentions) < 2 or g.mentions[0].kind != "agent" or g.mentions[0].get("sector") != "GOV":
        return None
    last = g.mentions[-1]
    if last.kind != "actor" or last.get("type") not in ("demonym", "country") or not all(
            m.kind == "agent" for m in g.mentions[:-1]):
        return None
    return last.get("code") or None


def _chain_subject(toks: list[Token], n: Group, groups: list[Group], fw: FunctionWords) -> bool:
    """True where the name ending a chain of offices (group n) is followed by أن/إن or عن (no object between the
    subject and what it says), or by a comma and, further on in the sentence, a phrase in no preposition that is
    no conjunct: the verb's object, so the chain before it is all the subject."""
    k = n.end_tok
    if k >= len(toks):
        return False
    if toks[k].norm in fw.complementizer or toks[k].norm == "عن":
        return True
    return toks[k].text in ",،" and any(x.start_tok > k and not x.prep for x in groups)


def _office_in_state(toks: list[Token], g: Group, h: Group, fw: FunctionWords) -> bool:
    """True for a title of role nouns alone right before a state's noun in بـ and its country, with a name of two
    words no lexicon knows right after it (وزير الشؤون الخارجية | بجمهورية ليتوانيا | ليناس ينكفيتشيوس): the office
    of that state, whose holder is named (not «أشاد الوزير بدولة الكويت وشعبها», a state praised, no name after it)."""
    k = g.end_tok
    if h.start_tok != k + 1 or g.prep == "conj" or not g.mentions or len(h.mentions) != 1 or h.conj:
        return False
    state = h.mentions[0]
    if state.kind != "actor" or state.get("type") != "country" or not state.get("code") or state.get("prefix"):
        return False
    if not all(m.kind == "agent" for m in g.mentions) or toks[k].kind != "ar":
        return False
    w = toks[k].norm
    if w[:1] != "ب" or w[1:] not in _state_nouns():
        return False
    j = h.end_tok
    return j + 1 < len(toks) and _name_shaped(toks[j], fw) and _name_shaped(toks[j + 1], fw)


@lru_cache(maxsize=1)
def _state_nouns() -> frozenset[str]:
    """The normalised nouns of a state before its name, without the article (place_words.tsv state_word: دوله،
    جمهوريه، مملكه، سلطنه)."""
    from ..lexicon.gazetteer import PlaceWords
    return frozenset(w for w in PlaceWords.load().state_word if not w.startswith("ال"))


def _state_before_titled_name(toks: list[Token], state: Mention) -> bool:
    """True for a country with its code right before a definite title word and a name-shaped word (بدولة قطر |
    الدكتور خالد): the state of the office before it, whose holder's name follows."""
    k = state.tok_end
    return state.kind == "actor" and state.get("type") == "country" and bool(state.get("code")) and k + 1 < len(
        toks) and toks[k].norm in _definite_titles() and toks[k + 1].kind == "ar" and not toks[k + 1].norm.startswith(
        "ال")


def _titled_heads(toks: list[Token], groups: list[Group], fw: FunctionWords) -> None:
    """A definite title word no lexicon reads as a role (الشيخ، الدكتور، المهندس: cues.tsv title) right before a phrase
    that opens with a person's name and has no preposition (وطالب الشيخ محمد بن زايد بـ…) heads that phrase: the
    person in full, and the phrase starts where the title does, right after its verb. In place."""
    titles = _definite_titles()
    taken = {k for g in groups for k in range(g.start_tok, g.end_tok)}
    for g in groups:
        h = g.start_tok - 1
        if h < 0 or g.prep or g.head_start is not None or g.mentions[0].get("type") != "person" or h in taken:
            continue
        if toks[h].kind != "ar" or toks[h].norm not in titles or toks[h].norm in fw.honorific or _prep_of(
                toks, h, "", fw):
            continue  # (a preposition before the title governs it: «اتصالا هاتفيا من الشيخ سيف بن زايد» is read as before)
        g.head_start, g.start_tok = toks[h].start, h


def _envoys(toks: list[Token], groups: list[Group]) -> None:
    """An envoy's title and the post it holds («مندوب المملكة لدى الأمم المتحدة»، «سفير خادم الحرمين الشريفين لدى
    الأردن») right before a title and a person's name («السفير عبدالله المعلمي»، «الأمير خالد بن فيصل») names that
    person: the name joins the title's phrase (one party, not the envoy and a second one), and the host in لدى stays a
    phrase of its own. Only where the title names no person itself, and the name gives no other country. In place."""
    merged = []
    for g, p, h in zip(groups, groups[1:], groups[2:]):
        if p.prep not in ("لدي", "لدى") or p.start_tok != g.end_tok + 1 or g.prep == "conj" or g.conj or p.conj:
            continue
        if not any(m.kind == "agent" for m in g.mentions) or not _title_phrase(g) or any(
                id(g) == id(x) for _, x, _ in merged):
            continue
        i = next((i for i, m in enumerate(p.mentions) if i and m.kind == "agent"), None)
        if i is not None and h.start_tok == p.end_tok:
            continue  # (a title in the host's phrase with a phrase after it: two names, not read)
        named = p.mentions[i:] if i is not None else [] if h.start_tok != p.end_tok or h.prep or h.conj else h.mentions
        if not named or named[0].kind != "agent" or not _title(toks[named[0].tok_start]) or not any(
                m.get("type") in ("person", "titled_name") for m in named[1:2]):
            continue  # (the name right after its title: السفير عبدالله المعلمي، الأمير خالد بن فيصل)
        if any(m.kind == "agent" for m in named[2:]) or any(m.kind != "actor" or m.get("type") not in _PLACE_TYPES + (
                "igo",) for m in p.mentions[:i]):
            continue
        codes = {m.get("code") for m in g.mentions + named if m.kind == "actor" and m.get("code")}
        if len(codes) <= 1:
            merged.append((g, p, h if i is None else None))
    for g, p, h in merged:
        if h is None:
            i = next(i for i, m in enumerate(p.mentions) if i and m.kind == "agent")
            g.mentions += p.mentions[i:]
            del p.mentions[i:]
            p.end_tok = p.mentions[-1].tok_end
            g.end_tok = g.mentions[-1].tok_end
        else:
            g.mentions += h.mentions
            g.end_tok = h.end_tok
            groups.remove(h)


def _title_phrase(g: Group) -> bool:
    """True for a phrase that is an office and names no person: a role noun (with its body or nationality) or a
    titled institution such as الرئيس الأمريكي, as a name set beside it in apposition describes."""
    if not g.mentions or any(m.get("type") == "person" for m in g.mentions):
        return False
    if all(m.kind == "agent" for m in g.mentions):
        return True
    return any(m.kind == "agent" or m.get("type") == "institution" and m.get("sector") == "GOV" for m in g.mentions) \
        and all(m.kind == "agent" or m.get("type") in ("institution", "demonym", "country", "igo", "group")
                for m in g.mentions)


def _possessors(toks: list[Token], groups: list[Group]) -> None:
    """A role noun with a possessive pronoun and no country of its own (أعلن الجيش الأمريكي مقتل أحد جنوده)
    takes the code of the nearest phrase before it that has one: the pronoun's likeliest antecedent."""
    for i, g in enumerate(groups):
        m = g.mentions[-1]
        tok = toks[m.tok_end - 1]
        if m.kind != "agent" or not tok.norm.endswith("ه") or any(x.get("code") for x in g.mentions):
            continue
        phrase = getattr(m.entry, "phrase", "") or ""
        letters = [c for c in tok.text if "\u0621" <= c <= "\u064A" and c != "\u0640"]
        if len(letters) < 5 or letters[-1] != "ه" or phrase.endswith(("ه", "ة")):
            continue  # a written «ه» (not ة) that the lexicon's word lacks is the pronoun "his/its"
        g.owner_code = next((x.get("code") for h in reversed(groups[:i]) for x in h.mentions if x.get("code")), None)


_BOND_PRONOUNS = ("هما", "هم", "ها", "ه")  # the possessive pronouns a bond noun may end in (أنصاره، أنصارهم، مؤيديها)


def pronoun_core(word: str) -> str:
    """A normalised word less the possessive pronoun it ends in (أنصارهم ← أنصار), or "" where it ends in none."""
    if word.endswith(_BOND_PRONOUNS):  # (one test in C first; then the first of them it ends in, in their order)
        for p in _BOND_PRONOUNS:
            if word.endswith(p):
                return word[:-len(p)]
    return ""


def _bond_owners(toks: list[Token], groups: list[Group], fw: FunctionWords) -> None:
    """A bond noun (function_words.tsv bond_noun: أنصار، أتباع، مؤيدين; agents.tsv, of no sector) with a possessive
    pronoun is the people on the side of the party the pronoun resumes: it takes the code and the sector of the nearest
    phrase before it that has either («حث التنظيم الإرهابي أنصاره»: the group's supporters), past one a «ه»/«هم» does
    not agree with (`_feminine_head`); with none before, it stays no party."""
    for i, g in enumerate(groups):
        m = g.mentions[0]
        if len(g.mentions) > 1 and any(x.get("code") or x.get("sector") for x in g.mentions[1:]) or \
                m.kind != "agent" or m.get("sector") or m.tok_end - m.tok_start != 1:
            continue
        core = pronoun_core(toks[m.tok_start].norm)
        if not core or not (core in fw.bond_noun or core[1:] in fw.bond_noun and core[0] in "وفبل"):
            continue  # (a bond noun of function_words.tsv bond_noun, with its pronoun: أنصاره، ومؤيديهم)
        masculine = not toks[m.tok_start].norm.endswith("ها")  # (ه، هم، هما: no feminine or non-human owner)
        owner = next((h for h in reversed(groups[:i]) if any(x.get("code") or x.get("sector") for x in h.mentions)
                      and not (masculine and _feminine_head(toks, h))), None)
        if owner is not None:  # (the code and the sector both of that one owner, not the nearest coded phrase's)
            ent = [x for x in owner.mentions if x.get("code") or x.get("sector")]
            g.owner_code = next((x.get("code") for x in ent if x.get("code")), None) or owner.owner_code
            g.owner_sector = next((x.get("sector") for x in ent if x.get("sector")), None) or owner.owner_sector


def _feminine_head(toks: list[Token], g: Group) -> bool:
    """True for a phrase whose first word ends in ة or ات (الشرطة، قوات الأمن، الحكومة، السلطات): a «ه»/«هم» after it
    resumes no such owner («اعتقلت الشرطة التركية مؤيديه»: his supporters, not the police's)."""
    word = toks[g.mentions[0].tok_start]
    return [c for c in word.text if "\u0621" <= c <= "\u064A"][-1:] == ["ة"] or word.norm.endswith("ات")


def _compatible(group: Group, m: Mention, toks: list[Token], linked: bool = False) -> bool:
    """True if mention m can extend the noun phrase `group` (same country, not a second name).

    An attached preposition (بوزير) starts a new phrase; so does an indefinite noun after a
    definite one (قتل الجيش مسلحين: Arabic adjectives agree in definiteness, so these are two phrases),
    except after a link word, which opens a construct of its own (المتحدث باسم جيش جنوب السودان).
    """
    prefix = m.get("prefix")
    last = group.mentions[-1]
    if m.get("type") == "kin":
        return False  # «واعتقلت قوات الأمن | نجل القذافي»: a family noun in construct with a name opens its own phrase
    if m.kind == "agent" and not linked and m.tok_start == last.tok_end and group.prep in ("في", "ب") and \
            not _definite(toks, m) and all(_place_mention(x) for x in group.mentions):
        return False  # «طردت المقاومة الشعبية في تعز | ميليشيات الحوثيين»: an indefinite role noun is no adjective of
        # the place where (a definite one is left to the place's phrase: «يتهم السنة في إيران الحكومة»)
    if prefix and prefix[-1] in "بل" and not (m.kind == "agent" and last.kind == "agent" and prefix == "ل"
                                              and not toks[m.tok_end - 1].norm.endswith(("ين", "ون"))) and not (
            _office_of_igo(toks, last, m) or _office_of_party(toks, last, m)):
        return False  # (an office's body after ل is its own, «المتحدث الرسمي للوزارة»; people are those it speaks
        # to: «اعتذرت الوزارة | للمواطنين»)
    if _place_mention(m) and not linked and m.tok_start == last.tok_end and not _place_mention(last) and \
            toks[last.tok_end - 1].norm.startswith("ال") and (
                m.get("type") == "place" and last.kind == "actor" or not nisba_shaped(toks[m.tok_end - 1].norm)):
        return False  # «وحاصرت القوات العراقية | مدينة الفلوجة»، «تحاصر قوات النظام | حلب»: no genitive after the article
        # (a town spelled like a nisba after a named body is no adjective either: «قصفت قوات النظام | الزبداني»; after a
        # role noun it may be: «الملك الأرمني»)
    if _indefinite_nisba(toks, last) and m.tok_start == last.tok_end and not linked and (
            m.kind == "agent" or m.get("type") in _BODIES or m.get("type") == "igo") and _definite(toks, m):
        return False  # «انتقد صحفي سعودي | الحكومة»: an indefinite adjective closes its phrase; a definite noun after
        # it is neither its adjective nor a genitive, but the next phrase
    if _indefinite_nisba(toks, last) and m.tok_start == last.tok_end and not linked and (
            m.get("type") in ("person", UNKNOWN_NAME, TITLED_NAME) or m.kind == "agent" and not _adjective_shaped(
                toks[m.tok_start].norm[len(prefix or ""):])):
        return False  # «قتلت غارة أمريكية | قياديا في القاعدة»: nor is a role noun that is no adjective, nor a person's
        # name, the next phrase being the object
    if m.kind == "agent" and last.kind == "agent" and len(group.mentions) == 1 and m.tok_start == last.tok_end and (
            last.tok_end - last.tok_start == 1) and not linked and _definite(toks, last) and _definite(toks, m) and (
            _title(toks[m.tok_start])) and not _title(toks[last.tok_start]):
        return False  # «اعتقلت الشرطة | المتحدث الرسمي لحركة حماس»: a one-word body takes no title after it; the
        # title opens the next phrase (a title after a construct stays: «المتحدث باسم الجيش العقيد …»)
    if last.get("type") == "person" and m.tok_start == last.tok_end and not linked and (
            m.kind == "agent" or m.get("type") == "group") and _definite(
            toks, m) and toks[m.tok_start].norm.endswith(("ين", "ون")) and (
            m.tok_end - m.tok_start == 1 or not _title(toks[m.tok_start])):  # (not «نبيل العربي الأمين العام»)
        # «دعت كلينتون | الجمهوريين»: a plural of people is no adjective of one person, but the next phrase (so in two
        # words: «تحاصر القوات الموالية لهادي | المتمردين الحوثيين»)
        return False
    if m.kind == "agent" and m.tok_start == last.tok_end and not linked and _place_adjective(toks, last) and _definite(
            toks, m) and not _title(toks[m.tok_start]) and not _agrees(
            toks[last.tok_start].norm, toks[m.tok_start].norm[len(m.get("prefix")):]):
        return False  # «انتقد الناشط السوري | الحكومة»: a definite noun that does not agree as an adjective of the
        # nationality adjective before it is the next phrase (not a title, which opens the name after it: «قائد القوة
        # البرية الإيرانية العميد أحمد رضا بوردستان»)
    if (m.kind == "agent" or _plural_people(toks, m) or _construct_body(toks, m)) and last.kind in (
            "agent", "actor") and not _definite(
            toks, m) and not linked and (
            _definite(toks, last) or (_definite_construct(toks, last) or _named_construct(toks, last)) and not _title(
                toks[m.tok_start])) and not (m.get("prefix") == "ل" and _definite_construct(toks, m)):
        return False  # (nor after a construct made definite by its genitive: قوات الاحتلال | شاباً، شرطة دبي | شخصاً;
        # a body after ل made definite by its own genitive is the office's: «المتحدث الرسمي لمديرية الدفاع المدني»)
    if m.kind == "agent" and last.kind == "agent" and m.tok_start == last.tok_end and not linked and _adjective_closed(
            toks, last) and not _definite(toks, m) and not _adjective_shaped(toks[m.tok_start].norm):
        return False  # «تساند جماعات مسلحة | حكومتين»: an indefinite adjective closes its noun's phrase; a noun
        # after it is no genitive of it (that would follow the noun itself), but the next phrase, the object
    if m.kind == "agent" and not linked and not prefix and m.tok_start == last.tok_end and last.kind == "actor" and (
            last.get("type") in ("country", "capital")) and not toks[last.tok_start].norm.startswith("ال") and (
            last.tok_end - last.tok_start == 1) and not _definite(toks, m) and not _title(toks[m.tok_start]):
        return False  # «وأرسلت نيروبي | قوات إلى الصومال»: a state's or a capital's name takes no genitive and no
        # indefinite adjective of a role; the role noun after it is the next phrase, the object
    if m.kind in ("agent", "actor") and m.get("type") != "demonym" and not linked and m.tok_start == last.tok_end and \
            _masculine_title_before_feminine(toks, last, m):
        return False  # «وانتقد الوزير | المعارضة السورية»: a man's title takes no feminine adjective; the next phrase
    if m.kind == "agent" and not linked and _pronoun_owned(toks, m):
        return False  # قتل إرهابي | والده: a noun with a possessive pronoun is definite, another phrase
    if _name_after_party(toks, group, m) and not linked:
        return False  # «وتتهم المعارضة | إردوغان»: two definite nouns make no construct; the name is the object
    if _plural_after_singular_nisba(toks, last, m) and not linked:
        return False  # «واتهم الرئيس اليمني | الحوثيين»: a plural agrees with no singular adjective, the object
    if (_object_after_proper(toks, last, m) or _object_after_person(toks, last, m)) and not _governed(toks, group):
        return False
    if _object_after_body(toks, last, m) and not _participle_in_prep(toks, group, m) or \
            _person_after_body(toks, group, m):
        return False
    plural = toks[last.tok_end - 1].norm[-2:]
    if plural in ("ون", "ين") and (last.kind == "agent" or _plural_people(toks, last)) and not (
            m.kind == "agent" and prefix == "ل" and m.get("sector") in ARMED_NONSTATE) and (
            _definite(toks, m) and not _definite(toks, last)
            or last.kind == "agent" and (m.kind == "agent" or _role_of_nation(m))
            and toks[m.tok_end - 1].norm[-2:] != plural and not _participle_with_pronoun(toks, m)):
        # هاجم مسلحون الجيش، خطف مسلحون مطران الكلدان، اقتحم مستوطنون المسجد: a plural that keeps its ن is no
        # construct (that is مسلحو الجيش), so a role noun after it is another phrase, not its genitive; one in the
        # same plural case is its adjective (المتظاهرون المعارضون; so is an indefinite people after settlers,
        # مستوطنين يهود, and a participle whose pronoun agrees, «شخصين مشتبه بهما»; so a role noun and its
        # nationality read as one, «قتل مسلحون | جنديا أمريكيا»)
        return False
    if _body_after_body(toks, last, m) and not linked:
        return False
    if _body_after_place_genitive(toks, group, m) and not linked:
        return False
    if m.kind != "actor":
        return True
    if m.get("type") in ("country", "capital") and last.kind == "agent" and m.tok_start == last.tok_end \
            and not linked and _definite(toks, last) and not _definite(toks, m):
        # حث الرئيس | إيران على…: a noun with the article governs no genitive, so a country's name after it is
        # another phrase, the object (a nisba-shaped name, السعودية، is left: it may be the adjective)
        return False
    if _group_after_state_body(toks, last, m) and not linked:
        return False  # «واتهمت وزارة الداخلية | تنظيم داعش»: a named group is neither the genitive nor the adjective
        # of a state body whose name is complete
    codes = {x.get("code") for x in group.mentions if x.kind == "actor" and x.get("code")}
    if codes and m.get("code") and m.get("code") not in codes and not _joint_business(group, m) and \
            not _people_of_state(toks, last, m):
        return False
    if m.get("type") == "person" and any(x.get("type") == "person" and not _same_person(x, m) for x in group.mentions):
        return False  # (two names of one person side by side are one: خادم الحرمين الشريفين الملك سلمان)
    if m.get("type") in ("country", "capital") and any(x.get("type") in ("person", "country", "capital")
                                                       for x in group.mentions) and not (
            last.kind == "agent" and m.tok_start == last.tok_end and not _definite(toks, last) and codes):
        return False  # (but a person's office names its country: محمد بن زايد ولي عهد أبوظبي)
    return True


_PEOPLES = frozenset({"KUR"})  # the codes of a people with no state of its own, named beside the state it lives in


def _masculine_title_before_feminine(toks: list[Token], last: Mention, m: Mention) -> bool:
    """True for a one-word definite title written without ة (الرئيس، الوزير) right before a definite word in ة
    (المعارضة): no adjective of it, which would agree in gender, but another phrase."""
    w, x = toks[last.tok_start], toks[m.tok_start]
    return last.kind == "agent" and last.tok_end - last.tok_start == 1 and w.norm.startswith("ال") and \
        not w.text.endswith("ة") and _title(w) and x.norm.startswith("ال") and not m.get("prefix") and \
        x.text.endswith("ة")


def _people_of_state(toks: list[Token], last: Mention, m: Mention) -> bool:
    """True for a nationality word of a people with no state (_PEOPLES) followed by the nationality adjective of a
    state, both with the article or both without: one phrase, the people's («قوات كردية سورية»، «الأكراد السوريين»:
    Syrian Kurds, not Kurds and Syria). Not a state's adjective first, nor a broken plural second: «قصفت الطائرات
    التركية الأكراد السوريين»، «اتهم الأكراد الأتراك» are two parties."""
    return m.tok_start == last.tok_end and last.get("type") == "demonym" and m.get("type") == "demonym" and \
        not m.get("prefix") and last.get("code") in _PEOPLES and m.get("code") not in _PEOPLES and \
        m.tok_end - m.tok_start == 1 and toks[m.tok_start].norm.endswith(("ي", "يه", "يين", "يون", "يات")) and \
        _definite(toks, last) == _definite(toks, m)


_PORTFOLIO = frozenset({"لشوون", "لشيون"})  # لشؤون (لشئون): «for the affairs of», a portfolio after an office
_QUOTE_OPEN, _QUOTE_CLOSE = frozenset("«“"), frozenset("»”")


def quoted_flags(toks: list[Token]) -> list[bool]:
    """For each token, whether it stands inside quotation marks (« », “ ”, or a pair of straight ones)."""
    out, depth, straight = [], 0, False
    for t in toks:
        out.append(depth > 0 or straight)
        if t.kind == "punct":
            if t.text in _QUOTE_OPEN:
                depth += 1
            elif t.text in _QUOTE_CLOSE:
                depth = max(0, depth - 1)
            elif t.text == '"':
                straight = not straight
    return out


def _plural_after_singular_nisba(toks: list[Token], last: Mention, m: Mention) -> bool:
    """True for a one-word definite plural of people (a group or a people: الحوثيين، السعوديين) right after a phrase
    that ends in a definite singular nationality adjective («الرئيس اليمني»، «الحكومة اليمنية»): it agrees with that
    adjective in neither number nor gender, so it is no further adjective of the phrase and no genitive of it (a
    definite adjective closes its noun's construct), but the next phrase («واتهمت الحكومة اليمنية الحوثيين بقصف»); so
    a role noun after a named body's adjective that no adjective could be (_role_no_adjective: «فرقت الشرطة المصرية
    المتظاهرين»), and after a definite one-word title of one person («هاجم الوزير الحوثيين»)."""
    role = m.kind == "agent" and last.kind == "actor" and last.get("type") not in ("group", "person") and \
        not _title(toks[m.tok_start])  # (a title opens the name after it: «ولي ولي العهد السعودي الأمير محمد»)
    if m.tok_start != last.tok_end or m.get("prefix") or not (
            m.kind == "actor" and m.get("type") in ("group", "demonym") and m.tok_end - m.tok_start == 1 or role):
        return False  # (a role noun only after a nationality adjective: «فرقت الشرطة المصرية | المتظاهرين»; after a
        # group's name it may be the head's adjective, «عناصر الحوثي المسلحين»)
    word, before = toks[m.tok_start].norm, toks[last.tok_end - 1].norm
    plural = _role_no_adjective(toks, m) if role else m.tok_end - m.tok_start == 1 and word.endswith(("ين", "ون"))
    if not (word.startswith("ال") and plural):
        return False
    if nisba_shaped(before) and before.endswith(("ي", "يه")):
        return True
    # (so after a definite title of one person, «هاجم الوزير | الحوثيين»: no «Houthi minister» in the plural)
    return last.kind == "agent" and last.tok_end - last.tok_start == 1 and before.startswith("ال") and \
        not before.endswith(("ين", "ون", "ات")) and _title(toks[last.tok_start])


def _role_no_adjective(toks: list[Token], m: Mention) -> bool:
    """True for a definite role mention no adjective could be: a plural of people (المتظاهرين) or of things
    (المستشفيات), a broken plural in مفاعل (المدارس، المساجد), a word shaped as no adjective (not a participle in م, a
    nisba or a فاعل: «الحاكم» stays), or two words ending in a pronoun (المشتبه بهم)."""
    word = toks[m.tok_start].norm
    if m.tok_end - m.tok_start > 1:
        return toks[m.tok_end - 1].norm.endswith("هم")
    w = word[2:]
    participle = len(w) == 4 and w[1] == "ا"  # (فاعل: الحاكم، الزائر — «الائتلاف الإسرائيلي الحاكم» rules)
    broken = len(w) == 5 and w[0] == "م" and w[2] == "ا"  # (مفاعل: المدارس، المساجد — no participle in م)
    return word.endswith(("ين", "ون", "ات")) or broken or not (_adjective_shaped(w) or participle)


def _link_past_body_words(toks: list[Token], last: Group, m: Mention, fw: FunctionWords) -> bool:
    """True for a party one or two body words (function_words body_name: مجلس، قيادة، هيئة، أركان) past a link word
    written on its own (باسم) right after a phrase ending in a role noun («المتحدث باسم مجلس قيادة المقاومة
    الشعبية»): the words open the body's name, whose party the title speaks for, as right after the link («المتحدث
    باسم المقاومة الشعبية»)."""
    k = last.end_tok
    if not 2 <= m.tok_start - k <= 3 or toks[k].norm not in fw.link or \
            last.mentions[-1].kind != "agent" or m.get("prefix") or m.kind != "actor" and not _definite(toks, m):
        return False  # (a role noun of the state with the article ends the name too: هيئة أركان الجيش اليمني)
    return all(toks[j].kind == "ar" and toks[j].norm in fw.body_name for j in range(k + 1, m.tok_start))


_STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})


def _group_after_state_body(toks: list[Token], last: Mention, m: Mention) -> bool:
    """True for a named group or international body with no article and no clitic («تنظيم داعش»، «حزب الله»، «مجلس
    الأمن») right after a definite role phrase of the state («وزارة الداخلية»، «الجيش»، «قوات الأمن»): a definite
    phrase governs no genitive and the name is no adjective, so it is the next phrase, the object («واتهمت وزارة
    الداخلية | تنظيم داعش بالتخطيط للهجوم»). An armed group's own units say so with ل or an indefinite head
    («مقاتلو حزب الله»، «الجناح العسكري لحركة حماس»); a role phrase with the name's own head noun is the name's
    («الحزب الحاكم حزب العدالة والتنمية»)."""
    if m.kind != "actor" or m.tok_start != last.tok_end or m.get("prefix") or m.get("type") not in ("group", "igo"):
        return False
    if last.kind != "agent" or last.get("sector") not in _STATE_BODY_SECTORS or _definite(toks, m):
        return False
    if m.get("type") == "group" and _definite(toks, last) and \
            toks[last.tok_start].norm[len(last.get("prefix")):].removeprefix("ال") == toks[m.tok_start].norm:
        return False  # «الحزب الحاكم حزب العدالة والتنمية»: the same head noun names the body it describes (not a
        # construct of the head before an IGO's name: «دعا مجلس الوزراء | مجلس الأمن الدولي»)
    return _definite(toks, last) or _definite_construct(toks, last)


def _joint_business(group: Group, m: Mention) -> bool:
    """True for a second nationality adjective right after a first one that follows a business noun (agents.tsv BUS):
    «البنك السعودي الفرنسي» is one bank, a business of the first nationality, no party of the second."""
    last = group.mentions[-1]
    return m.get("type") == "demonym" and m.tok_start == last.tok_end and last.get("type") == "demonym" and (
        len(group.mentions) == 2 and group.mentions[0].kind == "agent" and group.mentions[0].get("sector") == "BUS")


def _office_of_igo(toks: list[Token], last: Mention, m: Mention) -> bool:
    """True for an international body in لـ right after a definite office of two words (المديرة العامة | لليونسكو،
    الأمين العام | لمجلس التعاون لدول الخليج العربية): the office is the body's own, its head."""
    return m.kind == "actor" and m.get("prefix") == "ل" and m.get("type") == "igo" and last.kind == "agent" and (
        m.tok_start == last.tok_end and last.tok_end - last.tok_start == 2) and _definite(toks, last) and _title(
        toks[last.tok_start])


def _office_of_party(toks: list[Token], last: Mention, m: Mention) -> bool:
    """True for a named group in لـ right after a definite body of two words that a title governs (نائب رئيس | المكتب
    السياسي | لحماس): the office and its body are the group's own, the title-holder its member, not one it acts on
    («دعا موسى أبو مرزوق نائب رئيس المكتب السياسي لحماس إلى …»)."""
    return m.kind == "actor" and m.get("prefix") == "ل" and m.get("type") == "group" and last.kind == "agent" and (
        m.tok_start == last.tok_end and last.tok_end - last.tok_start == 2) and not last.get("prefix") and _definite(
        toks, last) and last.tok_start > 0 and _title(toks[last.tok_start - 1])


def _body_after_body(toks: list[Token], last: Mention, m: Mention) -> bool:
    """True for a body with the article right after a named body (انتقد النائب عن حزب المحافظين | الحكومة البريطانية،
    هاجم عناصر بوكو حرام | السكان): neither its adjective nor its genitive, but the next phrase. Not a title, a
    nationality nor a participle, which may describe it (جماعة الحوثي المسلحة، حزب سيريزا الحاكم)."""
    if last.kind != "actor" or last.get("type") not in _BODIES or (
            last.tok_end - last.tok_start < 2 and last.get("type") != "institution") or (
            m.tok_start != last.tok_end or m.get("prefix")):
        return False  # (a body named in words or one word of a body, واعتقلت المقاومة | القيادات: not a people's one
        # word, which its creed describes: الحوثيين الشيعة)
    word = toks[m.tok_start].norm
    if not word.startswith("ال") or _title(toks[m.tok_start]) or nisba_shaped(word):
        return False  # (جماعة أنصار الله الحوثية: a nisba is its adjective)
    if m.kind == "actor":  # (a body of state; not a people or a creed, which may describe it: الحوثيين الشيعة)
        # (nor a party of another sector: «اتهمت منظمة مجاهدي خلق | النظام الإيراني», the opposition and the state)
        if m.get("type") == "person" and last.get("type") == "institution" and last.tok_end - last.tok_start > 1 \
                and not toks[last.tok_end - 1].norm.startswith("ال"):
            return False  # «قصفت قوات نظام | الأسد»: a body's last noun with no article is in construct, the name
            # its genitive («قوات نظام الأسد»: one party)
        return m.get("type") in ("institution", "igo") or bool(
            m.get("sector") and last.get("sector") and m.get("sector") != last.get("sector"))
    # (nor a participle's shape, فاعل or مُفعل, which may be its adjective: حزب العدالة والتنمية الحاكم)
    # (a role of no sector too after one word of a body: «المقاومة | القيادات الميدانية»)
    return m.kind == "agent" and bool(m.get("sector") or last.tok_end - last.tok_start == 1) and word[2:3] != "م" \
        and word[3:4] != "ا"


def _body_after_place_genitive(toks: list[Token], group: Group, m: Mention) -> bool:
    """True for a named body of state with the article right after a construct that ends in a place, its genitive
    («طالب مجلس محافظة الأنبار | الحكومة العراقية»): the construct is over, definite by its place; the body is the
    next phrase, the object (not a nisba, its adjective, nor a title)."""
    last = group.mentions[-1]
    if m.kind != "actor" or m.get("type") not in ("institution", "igo") or m.get("prefix") or \
            m.tok_start != last.tok_end or last.kind != "actor" or last.get("type") not in ("place", "country") or \
            len(group.mentions) < 2 or group.mentions[-2].kind != "agent":
        return False
    word = toks[m.tok_start].norm
    return word.startswith("ال") and not nisba_shaped(word) and not _title(toks[m.tok_start])


def _agrees(nisba: str, word: str) -> bool:
    """True if a definite word may be a further adjective after a nationality adjective: the same ending of gender
    and number (السورية المعارضة، السوريين المسلحين) and, for two masculine singulars, a participle's shape
    (الأميركي المتهم، الوطني الحاكم), not a noun such as الجيش."""
    def ending(w: str) -> str:
        """The gender and number a word's ending shows: feminine, sound plural, or masculine singular."""
        return "f" if w.endswith(("ه", "ات")) else "p" if w.endswith(("ين", "ون")) else "m"
    kind = ending(nisba)
    if kind != ending(word):
        return False
    return kind != "m" or word[2:3] == "م" or word[3:4] == "ا"


def _adjective_closed(toks: list[Token], m: Mention) -> bool:
    """True for a role phrase of two words or more with no article whose last word is an adjective's shape, a
    participle or a nationality (جماعات مسلحة، مسلحون مجهولون، صحفي سعودي): the phrase is over after it."""
    if m.tok_end - m.tok_start < 2 or any(toks[k].norm.startswith(("ال", "وال")) for k in range(m.tok_start, m.tok_end)):
        return False
    return _adjective_shaped(toks[m.tok_end - 1].norm) and not toks[m.tok_end - 1].text.endswith("ى")


def _adjective_shaped(w: str) -> bool:
    """True for a word shaped as an indefinite adjective: a participle in م of four letters or more (مسلحة، متشددون)
    or a nationality adjective (سعودي، سوريون)."""
    return len(w) >= 4 and (w.startswith("م") or nisba_shaped("ال" + w))


def _indefinite_nisba(toks: list[Token], m: Mention) -> bool:
    """True for a one-word nationality adjective with neither article nor clitic after a role noun's word
    (صحفي سعودي، مسلحون سوريون): the indefinite adjective that ends its phrase."""
    return m.kind == "actor" and m.get("type") == "demonym" and m.tok_end - m.tok_start == 1 and not m.get(
        "prefix") and not toks[m.tok_start].norm.startswith("ال") and nisba_shaped("ال" + toks[m.tok_start].norm)


def _pronoun_owned(toks: list[Token], m: Mention) -> bool:
    """True for a one-word role noun with a possessive pronoun the lexicon's word lacks (والده، والدته، جنوده، عناصرها:
    a written «ه» that is no ة, or «ها»، «هم»), as `_possessors` reads it."""
    if m.tok_end - m.tok_start != 1:
        return False
    tok = toks[m.tok_start]
    if not tok.norm.endswith(("ه", "ها", "هم", "هما")):
        return False
    phrase = normalize(getattr(m.entry, "phrase", "") or "")
    letters = [c for c in tok.text if "\u0621" <= c <= "\u064A" and c != "\u0640"]
    return len(letters) >= 5 and letters[-1] in "همأا" and not phrase.endswith(("ه", "ة", "ها", "هم", "هما"))


_BODIES = ("group", "institution")


def _construct_body(toks: list[Token], m: Mention) -> bool:
    """True for a named body in construct, its first word with no article and no title (قوات الاحتلال، حكومة
    الاحتلال): after a definite phrase it is no adjective nor genitive of it, but another phrase (وأرغم وجود
    المصلين | قوات الاحتلال)."""
    return m.kind == "actor" and m.get("type") in _BODIES and _definite_construct(toks, m) and not _title(
        toks[m.tok_start])


def _plural_people(toks: list[Token], m: Mention) -> bool:
    """True for a one-word group the lexicon codes that is a participle plural of people (مستوطنين، مستوطنون): a
    role noun in all but its code, so an indefinite one after a definite phrase is another phrase (انتقد رئيس
    الكنيست | مستوطنين). (A name in ون, شيفرون، هيلتون, is no participle.)"""
    w = toks[m.tok_start].norm
    return m.kind == "actor" and m.get("type") == "group" and m.tok_end - m.tok_start == 1 and \
        w.startswith("م") and len(w) >= 6 and w.endswith(("ين", "ون"))


_PROPER = ("person", "country", "capital", "place")


def _same_person(a: Mention, b: Mention) -> bool:
    """True for two person mentions the lexicon resolves to one person (the same canonical name and code)."""
    return bool(a.get("name")) and a.get("name") == b.get("name") and a.get("code") == b.get("code")


@lru_cache(maxsize=1)
def _office_words() -> frozenset[str]:
    """The office words of function_words.tsv (ولي، نائب …), normalised."""
    return FunctionWords.load().office


@lru_cache(maxsize=1)
def _party_nouns() -> frozenset[str]:
    """The one-word collective parties with the article (function_words.tsv party_noun: المعارضه، الصندوق)."""
    return FunctionWords.load().party_noun


def _name_after_party(toks: list[Token], group: Group, m: Mention) -> bool:
    """True for a person's name right after a phrase that is one collective party noun with the article and no title
    before it (المعارضة، الصندوق): a definite noun governs no genitive, so the name is the next phrase, the verb's
    object («وتتهم المعارضة | إردوغان»), not the party's leader (a title takes its name: «زعيم المعارضة فلان»)."""
    if m.kind != "actor" or m.get("prefix") or m.get("type") not in ("person", UNKNOWN_NAME, TITLED_NAME) or len(
            group.mentions) != 1:
        return False
    last = group.mentions[0]
    if m.tok_start != last.tok_end or last.tok_end - last.tok_start != 1 or group.start_tok != last.tok_start:
        return False
    k = last.tok_start
    word = toks[k].norm[len(last.get("prefix")):]
    return word in _party_nouns() and not (k > 0 and _title(toks[k - 1]))


def _object_after_proper(toks: list[Token], last: Mention, m: Mention) -> bool:
    """True for a role noun right after a proper name that cannot be its title nor its adjective: the verb's
    object (طالب الرئيس هادي | المليشيات الحوثية، طالب السيسي | المسؤولين المصريين، حولت قوات الاحتلال |
    المسجد، قصفت تركيا | مقاتلينا): a definite one, or one with a pronoun, unless it is a title (هادي الرئيس
    اليمني) or a nationality-shaped adjective (ـي، ـية). (An indefinite one after a country may be a second
    object: احتجزوا أربعة من شرطة إسلام آباد رهائن.)"""
    if m.kind != "agent" or last.kind != "actor" or m.tok_start != last.tok_end or m.get("prefix"):
        return False
    kind, word = last.get("type"), toks[m.tok_start]
    if kind not in _PROPER or _title(word) or word.norm.endswith(("ي", "يه", "يين", "يون")):
        return False
    return _definite(toks, m) or (len(word.norm) > 4 and word.text.endswith(("ه", "ها", "هم", "نا")))


def _object_after_person(toks: list[Token], last: Mention, m: Mention) -> bool:
    """True for a named body with the article (a group, an institution, an international body of a sector), or an
    indefinite role noun that is no title nor office, right after a person's name: a name governs no genitive and
    takes no such adjective, so it is the next phrase, the verb's object («دعا كارتر | الكونغرس»، «اتهم نتنياهو |
    الجهاد الإسلامي»، «دعا كازنوف | شركة يوروتانل»); a nisba stays his adjective."""
    if last.get("type") != "person" or m.tok_start != last.tok_end or m.get("prefix"):
        return False
    word = toks[m.tok_start]
    if _title(word) or nisba_shaped(word.norm) or word.norm in _office_words():
        return False  # (nor his office: محمد بن زايد آل نهيان ولي عهد أبوظبي)
    if m.kind == "actor":
        return word.norm.startswith("ال") and (m.get("type") in _BODIES or m.get("type") == "igo" and bool(
            m.get("sector")))  # (an international office of no sector is his own: ولد شيخ أحمد المبعوث الأممي)
    return m.kind == "agent" and bool(m.get("sector")) and not word.norm.startswith("ال") and not _definite(toks, m)


def _object_after_body(toks: list[Token], last: Mention, m: Mention) -> bool:
    """True for a role noun with the article right after a definite role phrase, neither an adjective (ـي، ـة)
    nor a title: a second phrase, the verb's object (دعت وزارة الخارجية | المواطنين، توعدت وزارة التعليم |
    المدارس الخاصة، طالبت الوزارة | المستشفيات)."""
    if m.kind != "agent" or m.tok_start != last.tok_end or m.get("prefix") or not (
            last.kind == "agent" or last.kind == "actor" and last.get("type") in _BODIES and (
                last.tok_end - last.tok_start > 1 or toks[last.tok_start].norm.startswith("ال")
                and not toks[last.tok_start].norm.endswith(("ين", "ون")))):
        return False  # (a body named in words too: انتقدت المنظمات غير الحكومية | الحكومة; or by a name with the article,
        # «قصفت ميليشيات الحوثي | الأحياء السكنية», not a plural, «الحوثيين الشيعة»; not a people: المستوطنين اليهود)
    word = toks[m.tok_start]
    if not word.norm.startswith("ال") or word.norm.endswith(("ي", "يين", "يون")) and not _defective_participle(
            word.norm) and not _plural_in_yaa(word.norm) or _title(word) or (
            word.norm.endswith("ه") and not feminine_noun(word.norm)):
        # (nor a feminine participle, the adjective of the phrase: القوة المهاجمة، الجماعات المسلحة)
        return False
    if last.kind == "actor" and word.norm.startswith("الم") and not _unagreeing(toks, last, word.norm):
        return False  # (after a named body, a participle is its adjective: تنظيم الدولة الإسلامية المتشدد)
    return _definite(toks, last) or toks[last.tok_end - 1].norm.startswith("ال")


_WRITTEN_APART = frozenset({"من", "في", "علي", "الي", "عن", "مع", "ضد"})  # prepositions written as words of their own


def _participle_with_pronoun(toks: list[Token], m: Mention) -> bool:
    """True for a participle and a preposition with its pronoun (مشتبه بهما، المشتبه فيهم): the pronoun, not the
    participle, agrees with the noun it describes."""
    w = toks[m.tok_end - 1].norm
    return m.tok_end - m.tok_start >= 2 and w[:1] in ("ب", "ف") and w.lstrip("بفي") in ("ه", "ها", "هم", "هما", "هن")


def _role_of_nation(m: Mention) -> bool:
    """True for a role noun and its nationality adjective read as one mention (جنديا أمريكيا: a person's kind, no
    name)."""
    return m.kind == "actor" and m.get("type") == "person" and not m.get("name") and m.tok_end - m.tok_start >= 2


def _participle_in_prep(toks: list[Token], group: Group, m: Mention) -> bool:
    """True for a definite plural participle in ـين (المتشددين) right after a one-word plural of people (no ـة, ـات)
    in a preposition: in the genitive no object follows, so it is the noun's adjective («تحويل اثنين من اليهود
    المتشددين إلى الاعتقال»; after a verb it may be the object: «ضرب الجنود المصلين»)."""
    last, word = group.mentions[-1], toks[m.tok_start].norm
    governed = last.get("prefix")[-1:] in ("ب", "ل") or last.tok_start >= 1 and \
        toks[last.tok_start - 1].norm in _WRITTEN_APART  # (the preposition right before: not «في 2013 المقاتلين»)
    return governed and len(group.mentions) == 1 and last.kind == "agent" and \
        last.tok_end - last.tok_start == 1 and not toks[last.tok_start].norm.endswith(("ه", "ات")) and \
        word.startswith("الم") and word.endswith("ين") and m.tok_end - m.tok_start == 1


def _unagreeing(toks: list[Token], last: Mention, word: str) -> bool:
    """True for a masculine singular word (no ة, ات, ين, ون, ي) after a body whose head noun is feminine or a plural
    of things (الشرطة، قوات): no adjective of it, which would agree (القوات المسلحة), but the verb's object
    (اقتحمت الشرطة الإسرائيلية | المسجد، اقتحمت قوات الاحتلال | المسجد)."""
    head = toks[last.tok_start].norm[len(last.get("prefix")):]
    return head.endswith(("ه", "ات")) and not word.endswith(("ه", "ات", "ين", "ون", "ي")) or \
        head.endswith("ات") and word.endswith(("ين", "ون"))  # (a plural of things takes no plural of men for adjective:
    # «تحاصر القوات الموالية لهادي | المتمردين الحوثيين»)


def _person_after_body(toks: list[Token], group: Group, m: Mention) -> bool:
    """True for a definite masculine one-word role noun right after a phrase that is a feminine body alone (ـة، ـات),
    which cannot be its adjective: a person's title (اعتقلت قوات الأمن | المتحدث باسم الجماعة), or any such word after
    a one-word body, with which an adjective would agree (اعتقلت الشرطة | القيادي في الجماعة): the verb's object, a
    second phrase. (A rank after a body that a title governs is that title's name: المتحدث باسم الشرطة اللواء فلان.)"""
    if m.kind != "agent" or len(group.mentions) != 1 or m.tok_end - m.tok_start != 1 or m.get("prefix"):
        return False
    last = group.mentions[0]
    if m.tok_start != last.tok_end or group.prep or not (
            last.kind == "agent" or last.get("type") in _BODIES) or not last.get("sector"):
        return False
    word, head = toks[m.tok_start].norm, toks[last.tok_start].norm
    if not word.startswith("ال") or word.endswith(("ه", "ات", "ون", "ين", "ان")) or not head.endswith(("ه", "ات")) or not (
            _definite(toks, last) or _definite_construct(toks, last)):
        return False  # (nor a construct head, whose genitive follows: حكومة الرئيس حسن روحاني)  # (a body is feminine, الشرطة، قوات الأمن; a masculine office, ولي العهد | النائب، is a person's)
    return _title(toks[m.tok_start]) or last.tok_end - last.tok_start == 1 and head.startswith("ال")


def _defective_participle(w: str) -> bool:
    """True for a definite active participle of a root in ي, فاعي (الجاني، الرامي): its ي is no nisba's, so it
    is no adjective of the phrase before it (اعتقلت الشرطة | الجاني)."""
    return len(w) == 6 and w[3] == "ا" and w[5] == "ي"


def _plural_in_yaa(w: str) -> bool:
    """True for a definite broken plural of the shape أفاعي (الأهالي): its ي is no nisba's, so it is no adjective
    of the phrase before it («دعت الحكومة المحلية | الأهالي إلى»)."""
    return len(w) == 7 and w[2] in "أا" and w[4] == "ا" and w[6] == "ي"


def feminine_noun(w: str) -> bool:
    """True for a normalised definite word in ة that is no adjective: neither a nisba (الأمنية) nor participle-shaped
    (المسلحة، المعارضة): after a definite role noun, a noun heading a phrase of its own (انتقد المسؤول | الحكومة، هاجم
    الجيش | الشرطة)."""
    return w.startswith("ال") and w.endswith("ه") and not w.endswith("يه") and (
        not w[2:].startswith("م") or w in _NOUNS_IN_MIM)


# nouns in ة whose م is a root letter, no participle's prefix («اعتقلت الشرطة | المرأة»، «طالبت الحكومة | المنظمة»)
_NOUNS_IN_MIM = frozenset({"المراه", "المحكمه", "المنظمه", "المجموعه"})


def _governed(toks: list[Token], group: Group) -> bool:
    """True for a phrase a preposition governs, attached to it or to the noun before it (في إيران، بمحافظة
    الطائف): what follows it is no object of the main verb for certain, so it is left as it is read."""
    k = group.start_tok
    return bool(group.prep) or (k > 0 and bool(_attached(toks[k - 1].norm)))


def _office_holder_after(toks: list[Token], group: Group, m: Mention) -> bool:
    """True for a body's office of two words or more, definite (الأمين العام للأمم المتحدة), right after a phrase of
    one bare definite role noun (الوزير، الرئيس): two phrases side by side, the subject and the object («دعا الوزير
    الأمين العام للأمم المتحدة إلى»), not one title. A person's name is the title's own («الرئيس الباجي قائد السبسي»)."""
    return m.kind == "actor" and m.get("type") in ("igo", "institution") and bool(m.get("sector")) \
        and m.tok_end - m.tok_start > 1 and not m.get("prefix") \
        and toks[m.tok_start].norm.startswith("ال") and group.end_tok - group.start_tok == 1 \
        and all(x.kind == "agent" for x in group.mentions) and toks[group.start_tok].norm.startswith("ال")


def _second_phrase(toks: list[Token], group: Group, m: Mention, fw: FunctionWords) -> list[Mention]:
    """The role nouns at the end of `group` that open a second phrase with the actor m right after them, when m
    cannot join the group (another country, a second name) but can join them: «التقى المبعوث الأممي الرئيس
    اليمني»، «استقبل وزير الخارجية السعودي نظيره الأمريكي» are two phrases side by side, the subject and the object.
    The role nouns follow an actor of the group word after word (not over من/في or a link word)."""
    if m.kind != "actor" or m.get("prefix").startswith("و") or toks[m.tok_start].norm in fw.office:
        return []  # (a title phrase of its own, سفير بريطانيا، leaves the role nouns before it where they are)
    k = len(group.mentions)
    while k > 0 and group.mentions[k - 1].kind == "agent":
        k -= 1
    trail = group.mentions[k:]
    if not trail or k == 0 or group.mentions[k - 1].kind != "actor" or not all(
            b.tok_start == a.tok_end for a, b in zip(group.mentions[k - 1:], trail)):
        return []
    word = toks[trail[0].tok_start]
    if not _definite(toks, trail[0]) and word.norm.endswith("ا"):
        return []  # ودعمت واشنطن دبلوماسيا كييف: an indefinite accusative is an adverb or an object, no title
    if _compatible(group, m, toks) or not _compatible(Group(trail[0].tok_start, trail[-1].tok_end, list(trail)), m, toks):
        return []
    return list(trail)


_OPENING_QUOTES = frozenset(("“", "«", '"', "„", "'"))
_CLOSING_QUOTES = frozenset(("”", "»", '"', "'"))  # the mark that ends a quoted name
# … and the brackets the press sets a group's name in after its fighters («مسلحي (داعش)»), as it sets quotes
_NAME_OPENERS, _NAME_CLOSERS = _OPENING_QUOTES | {"("}, _CLOSING_QUOTES | {")"}


def _fighters_of(toks: list[Token], group: Group, m: Mention) -> bool:
    """True for a named armed group after a noun of gunmen in construct (مقاتلو "فيلق الرحمن"، عناصر حركة أحرار
    الشام): the men are the group's, so the group's own sector (REB) is the phrase's, not the noun's UAF."""
    last = group.mentions[-1]
    if last.kind != "agent" or last.label != "UAF" or m.kind != "actor" or m.get("type") not in _BODIES or \
            m.get("sector") != "REB":  # (a body too: مسلحي المقاومة, the resistance of the story's country)
        return False
    w = toks[last.tok_start].norm[len(last.get("prefix")):]
    name = toks[m.tok_start].norm[len(m.get("prefix")):]
    # (a noun in construct, then a definite or quoted name: المسلحين الحوثيين، مسلحون حوثيون are a noun and its
    # adjective)
    return not w.startswith("ال") and (name.startswith("ال") or m.tok_end - m.tok_start > 1 or
                                       toks[m.tok_start - 1].text in _OPENING_QUOTES)


def _suspected_of(toks: list[Token], group: Group, m: Mention, fw: FunctionWords) -> bool:
    """True for a named body (m) in the clause of suspicion (function_words suspected) right after an indefinite role
    noun ending `group`, past «أنه، بأنهم» and «من» or a word of belonging (function_words belonging, loyal, and
    affiliated less its article) before its ل or إلى: «مسلحين يشتبه بأنهم من جماعة «بوكو حرام» قتلوا»، «طائرات حربية
    يعتقد أنها تابعة للتحالف»، «انتحاري يشتبه في أنه ينتمي لتنظيم داعش»: the men's side, the party that acts."""
    last = group.mentions[-1]
    k = group.end_tok
    if last.kind != "agent" or last.tok_end != k or _definite(toks, last) or m.kind != "actor" or \
            m.get("type") not in _BODIES or not m.get("code"):
        return False
    if k + 1 < len(toks) and toks[k].text in ",،":
        k += 1  # (set off by commas: «بعد أن قتل انتحاري، يشتبه بأنه ينتمي لتنظيم داعش، 32 شخصًا»)
    if not k + 2 < m.tok_start <= k + 6 or toks[k].norm not in fw.suspected:
        return False
    j = k + 2 if toks[k + 1].norm == "في" else k + 1
    if j >= m.tok_start or toks[j].norm not in fw.pronoun_that:
        return False
    between = [t for t in toks[j + 1:m.tok_start] if t.text not in _NAME_OPENERS]
    if len(between) + 1 < m.tok_start - j - 1:
        return False  # (one opening quote at most)
    words = [t.norm for t in between]
    prefix = m.get("prefix")
    belongs = bool(words) and (words[0] in fw.belonging or words[0] in fw.loyal or "ال" + words[0] in fw.affiliated)
    return words == ["من"] and not prefix or len(words) == 1 and belongs and prefix in ("ل", "لل") \
        or len(words) == 2 and belongs and words[1] == "الي" and not prefix


def _quoted_genitive(toks: list[Token], group: Group, m: Mention) -> bool:
    """True for a named body in quotation marks right after a role noun with no article (لقوات “المقاومة الشعبية”،
    عناصر «جبهة النصرة»), or in brackets that hold it alone («مسلحي (داعش)»، «مقاتلي (داعش)»): a noun in construct
    needs its genitive, so the quoted name is it, not a phrase of its own."""
    if m.tok_start != group.end_tok + 1 or m.kind != "actor" or m.get("prefix"):
        return False
    last = group.mentions[-1]
    if last.kind != "agent" or last.tok_end != group.end_tok or toks[group.end_tok].text not in _NAME_OPENERS:
        return False
    if toks[group.end_tok].text == "(" and (m.tok_end >= len(toks) or toks[m.tok_end].text != ")"):
        return False  # (a bracket holds the name alone: «قوات (الدعم السريع)», not a gloss «(إف بي آي) من»)
    w = toks[last.tok_end - 1].norm[len(last.get("prefix")) if last.tok_end - last.tok_start == 1 else 0:]
    return not w.startswith("ال")


def _title_adjectives(toks: list[Token], group: Group, m: Mention) -> bool:
    """True for a title, one or two adjectives of it and a person's name: الرئيس الراحل ياسر عرفات، رئيس
    الوزراء السابق إيهود أولمرت، الرئيس الشهيد رفيق الحريري (the adjectives are definite, like the title)."""
    gap = m.tok_start - group.end_tok
    if not 1 <= gap <= 2 or m.kind != "actor" or m.get("type") != "person" or m.get("prefix"):
        return False
    if not (group.mentions[-1].kind == "agent" or _titled_office(toks, group.mentions[-1])) or any(
            x.kind == "actor" and x.get("type") == "person" for x in group.mentions):
        return False
    return all(toks[k].kind == "ar" and toks[k].norm.startswith("ال") and len(toks[k].norm) > 3
               for k in range(group.end_tok, m.tok_start)) or _abbreviated_title(toks, group.end_tok, m.tok_start)


def _demonym_past_adjectives(toks: list[Token], group: Group, m: Mention, fw: FunctionWords) -> bool:
    """True for a singular nationality adjective with the article past one or two definite nisba adjectives the
    lexicons lack, after a role phrase that ends definite (حزب الشعب الديموقراطي التركي), or adjectives of rank
    (function_words.tsv rank_adjective: المحكمة العليا الإسرائيلية): the phrase's own adjective, not a party of its
    own (a plural people stays one: الزعيم الروحي | الإيرانيين)."""
    gap = range(group.end_tok, m.tok_start)
    if not 1 <= len(gap) <= 2 or m.kind != "actor" or m.get("type") != "demonym" or m.get("prefix") or \
            group.mentions[-1].kind != "agent" or not toks[group.end_tok - 1].norm.startswith("ال"):
        return False
    word = toks[m.tok_start].norm
    return word.startswith("ال") and word.endswith(("ي", "يه")) and all(
        toks[k].kind == "ar" and toks[k].norm.startswith("ال") and (nisba_shaped(toks[k].norm) or toks[k].norm in
                                                                     fw.rank_adjective) for k in gap)


def _titled_office(toks: list[Token], m: Mention) -> bool:
    """True for a known office one person holds, read as a body with its country, that opens with a title word
    (مفتي عام المملكة الشيخ عبدالعزيز آل الشيخ: the mufti's name follows his rank in apposition)."""
    return m.kind == "actor" and m.get("type") == "institution" and bool(m.get("code")) and not m.get("prefix") and \
        _title(toks[m.tok_start])


def _honorifics_between(toks: list[Token], group: Group, m: Mention, fw: FunctionWords) -> bool:
    """True for a title phrase with no name, then forms of address, then a title or a person's name: one person
    (نائب خادم الحرمين الشريفين صاحب السمو الملكي الأمير محمد بن نايف). After a name (خادم الحرمين الشريفين،
    الملك سلمان) the forms of address open another person's phrase, the object."""
    gap = range(group.end_tok, m.tok_start)
    if not 1 <= len(gap) <= 4 or m.get("prefix") or not all(toks[k].norm in fw.honorific for k in gap):
        return False
    if group.placed or any(x.kind == "actor" and x.get("type") in ("person", UNKNOWN_NAME, TITLED_NAME, *_PLACE_TYPES)
                           for x in group.mentions):
        return False  # (nor after a place: في مقر الوزارة بمدينة الرياض | معالي وزير الإسكان)
    return m.kind == "actor" and m.get("type") == "person" or m.kind == "agent" and _title(toks[m.tok_start])


def _title_of_next_name(toks: list[Token], group: Group, m: Mention) -> bool:
    """True for a definite title right after a person's name and right before a given name (given_names.tsv): the
    title of the next person, another phrase (استقبل الوزير عادل الجبير | السفير محمد الهيصمي), not the first's."""
    k = m.tok_end
    if m.kind != "agent" or k >= len(toks) or toks[k].norm not in _given_names() or not _definite(toks, m) or (
            not _title(toks[m.tok_start])):
        return False
    return group.mentions[-1].kind == "actor" and group.mentions[-1].get("type") in ("person", UNKNOWN_NAME, TITLED_NAME)


def _office_of_unknown(toks: list[Token], group: Group, m: Mention, mentions: list[Mention]) -> bool:
    """True for a one-word title with no article after a coded phrase, whose genitive is a definite word that no
    mention begins (سامح شكري وزير الخارجية المصري | رئيس الاجتماع): the person's office of something the lexicons
    lack, no role of its own; left out of the phrase, its span ends at the name and titles before."""
    k = m.tok_end
    if m.kind != "agent" or k - m.tok_start != 1 or m.get("prefix") or k >= len(toks) or toks[k].kind != "ar" or (
            not toks[k].norm.startswith("ال")) or toks[m.tok_start].norm.startswith("ال") or not _title(toks[m.tok_start]):
        return False
    if not any(x.kind == "actor" and x.get("code") for x in group.mentions):
        return False
    return not any(x.tok_start == k for x in mentions)


def _name_then_office(toks: list[Token], group: Group, m: Mention, fw: FunctionWords,
                      after: list[Mention] = ()) -> bool:
    """True for a definite title word with no name nor code (الرئيس، السفير), one to three words of a name the lexicons lack, and
    an office with no article that m opens (رئيس جمهورية النيجر، حاكم عام جامايكا): one person, whose office names
    the country («برقية تهنئة لفخامة الرئيس إيسوفو محمدو رئيس جمهورية النيجر», «السفير محمد الهيصمي مندوب
    اليمن»). The name's words have no article but the last (الهيصمي), and nothing else stands between but بن
    (السفير أحمد بن حلي نائب الأمين العام). A definite office (السفير محمد صبيح الأمين العام المساعد للجامعة العربية)
    is his too where no person's name follows it among the mentions `after` (else it may be the verb's object with
    its own name: استقبل … الأمين العام للجامعة نبيل العربي). So too a bare office word the lexicons leave out
    before a body that m names (العقيد محمد السعد مدير | الإدارة العامة للعلاقات): the office is the body's."""
    if not 1 <= m.tok_start - group.end_tok <= 5:
        return False  # (most pairs of mentions: too near or too far for any gap below, at one token back or not)
    at = m.tok_start - 1 if _office_before_body(toks, group, m, fw) else m.tok_start
    gap = at - group.end_tok
    if not 1 <= gap <= 4 or m.get("prefix") or any(x.kind != "agent" for x in group.mentions):
        return False
    if getattr(m.entry, "construct", False):
        return False  # (a plural in construct is many, no one's office: «الأستاذ منصور الدريويش | مسؤولي المدارس»)
    w = strip_wa(toks[group.mentions[-1].tok_start].norm)
    w = w[2:] if w.startswith(("ال", "لل")) else w[3:] if w.startswith("بال") else ""
    if group.mentions[-1].tok_end - group.mentions[-1].tok_start != 1 or not (
            w in _cue_words("title") or w.endswith("ه") and w[:-1] in _cue_words("title")):
        return False  # (a definite title word, للرئيس too: «جهات حكومية شملت | وزارة الداخلية» is no person)
    office = toks[at]
    if office.norm.startswith("ال") and not (m.kind == "agent" and _title(office) and not any(
            x.kind == "actor" and x.get("type") in _PERSONS for x in after)):
        return False
    if not (office.norm in fw.office or _title(office) or (m.kind == "agent" and m.get("sector") == "GOV"
                                                            and not _body_noun(office))):
        return False  # (a body is no one's office: «أدان الوزير إعلان | وزارة الداخلية» names no minister إعلان)
    name = toks[group.end_tok:at]
    return _name_word(name[0], fw) and all(_name_shaped(t, fw) or 0 < j < gap - 1 and t.norm in fw.kinship
                                           for j, t in enumerate(name[:-1])) and (
        _name_shaped(name[-1], fw) or gap > 1 and _family_name(name[-1], fw))


def _body_noun(tok: Token) -> bool:
    """True for a word with no article written as a feminine singular or plural (وزارة، هيئة، حكومة، مؤسسات): a
    body's noun, never a person's office (مندوب، ممثل; the feminine titles, وزيرة، رئيسة, are read as titles)."""
    return tok.text.endswith(("ة", "ات")) and not tok.norm.startswith("ال")


def _definite_body_noun(tok: Token) -> bool:
    """True for a feminine singular noun with the article and no clitic (الهيئة، القيادة، اللجنة): a body's organ
    as `_body_noun` reads it bare, not a title (الرئيسة)."""
    return tok.text.startswith("ال") and tok.text.endswith("ة") and not _title(tok)


def _office_before_body(toks: list[Token], group: Group, m: Mention, fw: FunctionWords) -> bool:
    """True for a body (a role noun with the article, or a named body) right after a bare office word of the
    office class that no mention covers, past a name after the group (… مدير | الإدارة العامة، … مدير |
    المديرية العامة للجوازات): the word is the office of that body."""
    k = m.tok_start - 1
    return k > group.end_tok and toks[k].kind == "ar" and toks[k].norm in fw.office and (
        m.kind == "agent" and toks[m.tok_start].norm.startswith("ال") or m.get("type") in _BODIES)


def _office_genitive(toks: list[Token], group: Group, m: Mention, fw: FunctionWords) -> bool:
    """True for a title word with no article, its genitive the lexicons do not read (a noun with no article, often
    with a pronoun: مكتبها، خارجيتها), at most one definite adjective, then a person's name: one person («اجتمع مع
    رئيس مكتبها السياسي خالد مشعل»، «وزير خارجيتها عادل الجبير»)."""
    gap = m.tok_start - group.end_tok
    if not 1 <= gap <= 2 or m.kind != "actor" or m.get("type") != "person" or m.get("prefix"):
        return False
    last = group.mentions[-1]
    if last.kind != "agent" or last.tok_end - last.tok_start != 1 or _definite(toks, last) or not _title(
            toks[last.tok_start]):
        return False
    head = toks[group.end_tok]
    if head.kind != "ar" or head.norm.startswith("ال") or _attached(head.norm) or head.norm in fw.preposition \
            or head.norm in fw.adverb or head.norm in fw.filler or head.norm in fw.complementizer or _title(head):
        return False
    return gap == 1 or (toks[group.end_tok + 1].kind == "ar" and toks[group.end_tok + 1].norm.startswith("ال"))


def _abbreviated_title(toks: list[Token], k: int, end: int) -> bool:
    """True for tokens k..end that are one title abbreviated to a letter and its dot glued to the name (وزير التعليم
    د.عزام الدخيل: the doctor's title). (With a space, «د. عزام», the dot still ends the clause for the light verbs'
    search of their subject, «قام وزير التعليم د. عزام الدخيل … بزيارة», so the phrases are left apart.)"""
    return end == k + 2 and toks[k].kind == "ar" and len(toks[k].norm) == 1 and toks[k + 1].text == "." and (
        toks[k + 1].end == toks[end].start)


def _adjective_in_prep_phrase(toks: list[Token], m: Mention, fw: FunctionWords) -> str:
    """The preposition before a definite noun the lexicons do not read, when a bare nationality adjective follows
    that noun (العصابات المتمردة على الشرعية اليمنية: «اليمنية» is the legitimacy's, inside «على …», no subject);
    '' otherwise."""
    k = m.tok_start
    if k < 2 or m.kind != "actor" or m.get("type") != "demonym" or m.get("prefix") or m.tok_end - k != 1:
        return ""
    noun, prep = toks[k - 1], toks[k - 2]
    if noun.kind != "ar" or not noun.text.startswith("ال") or len(noun.norm) <= 3 or prep.norm not in fw.adjective_prep:
        return ""
    return prep.norm


def _construct_nationality(toks: list[Token], group: Group, m: Mention) -> bool:
    """True for a construct phrase whose genitive the lexicon does not know, then its nationality adjective:
    وزارة النفط العراقية، وكيل وزارة النفط العراقية، وزارة الشباب والرياضة الجزائرية (the head is indefinite, the
    genitive definite: one word, or two or three joined by و); and for a named body of that nationality, one or two
    adjectives of it, then the nationality (حركة الشباب الإسلامية الصومالية: the movement's, no party of its own)."""
    gap = m.tok_start - group.end_tok
    if not 1 <= gap <= 3 or m.kind != "actor" or m.get("type") != "demonym" or m.get("prefix"):
        return False
    last = group.mentions[-1]
    if last.kind == "actor" and last.get("type") in _NAMED_BODIES and last.get("code") and (
            last.get("code") == m.get("code")) and gap <= 2:
        return all(toks[k].kind == "ar" and toks[k].norm.startswith("ال") and nisba_shaped(toks[k].norm)
                   for k in range(group.end_tok, m.tok_start))
    if last.kind != "agent" or _definite(toks, last) or any(x.get("code") for x in group.mentions):
        return False
    if gap > 1 and toks[last.tok_end - 1].norm.endswith("ه") != toks[m.tok_start].norm.endswith("يه"):
        return False  # (past a conjunct the adjective agrees with the head: «وزارة التعليم والبريد | السعودي» is the post's)
    if gap == 1 and _indefinite_adjective(toks[group.end_tok]) and not toks[m.tok_start].norm.startswith("ال"):
        return True  # مقاتلات حربية تركية، طائرات حربية روسية: an indefinite head, its adjective, then its nationality
    if gap == 1 and _plural_nationality_past_genitive(toks, group.end_tok, m):
        return True  # صيادي سمك نيجيريين: the plural nationality is the plural head's, past its singular genitive
    return all(toks[k].kind == "ar" and len(toks[k].norm) > 3 and (toks[k].norm.startswith("ال") if k == group.end_tok
                                                                   else toks[k].norm.startswith("وال"))
               for k in range(group.end_tok, m.tok_start))


_NAMED_BODIES = ("group", "institution")  # the named bodies whose nationality may follow their adjectives


def _plural_nationality_past_genitive(toks: list[Token], k: int, m: Mention) -> bool:
    """True for an indefinite plural nationality (`m`: نيجيريين، بحرينيون) right after an indefinite singular noun at
    token k, the genitive of the head before it: it agrees with the plural head alone (2015-07-31 #834: «عشرة صيادي
    سمك نيجيريين»: Nigerian fishermen)."""
    gen, nat = toks[k], toks[m.tok_start].norm
    # (the head a plural in construct, its ن dropped: «صيادي سمك»; not «39 سائحا معظمهم بريطانيون», a partitive)
    return k > 0 and toks[k - 1].norm.endswith("ي") and gen.kind == "ar" and not gen.norm.startswith("ال") and not gen.norm.endswith(("ين", "ون", "ات", "ه")) and (
        not nat.startswith("ال") and nat.endswith(("يين", "يون")))


def _indefinite_adjective(tok: Token) -> bool:
    """True for an indefinite nisba adjective with no clitic, one word (حربية، عسكرية، أمنية)."""
    w = tok.norm
    return tok.kind == "ar" and not w.startswith(("ال", "و", "ب", "ل")) and nisba_shaped("ال" + w)


def _definite_construct(toks: list[Token], m: Mention) -> bool:
    """True for a role phrase of two or more words whose last word has the article (قوات الاحتلال، وزارة
    الخارجية): a construct, definite by its genitive."""
    return (m.kind == "agent" or m.get("type") in ("group", "institution")) and m.tok_end - m.tok_start >= 2 \
        and toks[m.tok_end - 1].norm.startswith("ال")


def _named_construct(toks: list[Token], m: Mention) -> bool:
    """True for a named body of two or more words whose genitive is a name (شرطة دبي، حركة حماس): a lexicon's body is
    definite by its name, though no word of it has the article; not one that ends in an indefinite adjective
    («جماعة إسلامية متشددة»، «معارضة سورية مسلحة»)."""
    last = toks[m.tok_end - 1].norm
    return m.kind == "actor" and m.get("type") in ("group", "institution") and m.tok_end - m.tok_start >= 2 and \
        not last.endswith("ه") and not (not last.startswith("ال") and _adjective_shaped(last))


def _definite(toks: list[Token], m: Mention) -> bool:
    """True if the mention's first word carries the article (after its clitics): الجيش، للجيش، والجيش."""
    word = toks[m.tok_start].norm[len(m.get("prefix")):]
    return word.startswith("ال") or (m.get("prefix")[-1:] == "ل" and word.startswith("ل"))


def _affiliation(link: str, group: Group, m: Mention, toks: list[Token] | None = None,
                 nxt: Mention | None = None) -> bool:
    """True for 'role noun + من/في + organisation' (مهاجم من حركة طالبان، ناشط في كتائب الأقصى، مسلحا من مليشيات
    الحوثي: a body's noun in construct with the named group right after it, `nxt`), and for a member of a legislature
    + عن + the party or bloc he sits for (النائب عن حزب المحافظين، نائب عن التحالف الوطني)."""
    if link == "عن" and all(x.kind == "agent" for x in group.mentions):
        return group.mentions[-1].get("sector") == "LEG" and m.kind == "actor" and m.get("type") in ("group", "igo",
                                                                                                   "institution")
    if link not in ("من", "في") or not all(x.kind == "agent" for x in group.mentions):
        return False
    if m.kind == "actor":
        return m.get("type") in ("group", "igo", "institution")
    if link == "من" and toks is not None and nxt is not None and nxt.kind == "actor" and nxt.tok_start == m.tok_end \
            and nxt.get("type") == "group" and nxt.get("sector") == m.get("sector") == "REB" and not nxt.get("prefix") \
            and m.tok_end - m.tok_start == 1 and not toks[m.tok_start].norm.startswith("ال"):
        return True  # «قتل 13 مسلحا من مليشيات الحوثي»: the militia in construct with the group's name is his side
    # a role noun with no sector of its own and a body with one (متطوعا في الجيش العراقي، قائد في الشرطة)
    return bool(m.get("sector")) and not any(x.get("sector") for x in group.mentions) and _definite_word(m)


def _member_in_bi(toks: list[Token], last: Group, m: Mention, fw: FunctionWords,
                  after_verbs: frozenset[int] = frozenset(), mentions: list[Mention] | None = None) -> bool:
    """True for a body in بـ right after a lone member noun (function_words member_bi: مسؤول، قيادي، عضو): the body he
    belongs to, «مسؤول بوزارة الطاقة», when the noun is indefinite (an adjective phrase of the indefinite, no verb's
    complement), but for the subject right after a verb (`after_verbs`) with no object past the body («ندد ناشط
    بالشرطة بعد …»: the verb's own بـ; `mentions` tell a named object: «وزير»); after the definite noun, only with a
    given name right past the body («أثنى القيادي بالمقاومة الشعبية سالم سمران»), not the thing praised in «أشاد
    المسؤول بالحكومة»."""
    if m.get("prefix") != "ب" or m.tok_start != last.end_tok or len(last.mentions) != 1 or last.prefix:
        return False
    role = last.mentions[0]
    word = _strip_wa(toks[role.tok_start].norm)
    if role.kind != "agent" or role.tok_end != m.tok_start or word not in fw.member_bi:
        return False
    if not (m.kind == "actor" and m.get("type") in ("group", "institution", "igo") or m.kind == "agent" and
            m.get("sector") and (m.tok_end - m.tok_start >= 2 or toks[m.tok_start].norm.startswith("بال"))):
        return False
    if not word.startswith("ال"):
        return role.tok_start not in after_verbs or _object_past(toks, m.tok_end, fw, mentions or [])
    return m.tok_end < len(toks) and toks[m.tok_end].norm in _given_names()


def _object_past(toks: list[Token], k: int, fw: FunctionWords, mentions: list[Mention]) -> bool:
    """True if, past the definite nisba adjectives from token k (العراقية), a word comes that may be a verb's object or
    its بـ complement («أدان مسؤول بالخارجية الأمريكية الهجوم»، «ندد عضو بالبرلمان بالهجوم»): a mention not in و there, or
    not the clause's end, a preposition, a word in و/ف/ل, an adverb or a day («ندد ناشط بالشرطة بعد اعتقال»)."""
    while k < len(toks) and toks[k].kind == "ar" and toks[k].norm.startswith("ال") and nisba_shaped(toks[k].norm):
        k += 1
    if k >= len(toks) or toks[k].kind != "ar":
        return False
    w = toks[k].norm
    return any(x.tok_start == k and x.get("prefix")[:1] not in ("و", "ف") for x in mentions) or not w.startswith(
        ("و", "ف", "ل")) and w not in fw.preposition and w not in fw.adverb and w not in fw.day


def _states_region(m: Mention, fw: FunctionWords) -> bool:
    """True for a body named as a region's states (دول الخليج: function_words.tsv states_noun): after في,
    «المغتربين في دول الخليج» are those living there, no members of it (after من, «الجنود من دول الخليج», they
    are its own)."""
    return m.kind == "actor" and normalize(m.text.split(" ", 1)[0]) in fw.states_noun


def _definite_word(m: Mention) -> bool:
    """True if the mention's text (after its clitics) starts with the article: a body named, not a role."""
    return m.text.startswith(("ال", "أل"))


def _quantity(norm: str, fw: FunctionWords) -> bool:
    """True for a quantity word, with or without و or the article (بعض، عدد، العديد، الكثير، وعشرات)."""
    w = strip_wa(norm)
    w = w[2:] if w.startswith("ال") else w
    return w in fw.filler or w in fw.number


@lru_cache(maxsize=1)
def _nation_nouns() -> dict[str, str]:
    """The definite nouns of not_entities.tsv that a nationality adjective after them describes, each with the sector
    it gives (note «nation's…»: الجانب GOV, a nation's side) or "" (note «thing…»: الاتفاق, no party)."""
    return {normalize(r["form"]): "" if r["note"].startswith("thing") else r["label"]
            for r in _rows("not_entities.tsv") if r.get("label") and r.get("note", "").startswith(("nation's", "thing"))
            and " " not in r["form"] and r["form"].startswith("ال")}


def _nation_heads(toks: list[Token], groups: list[Group], fw: FunctionWords, ends: dict[int, Mention]) -> None:
    """A phrase that opens with a nationality adjective (الروسي، الإيرانية) right after a definite noun no lexicon
    reads belongs to that noun: a nation's role noun of not_entities.tsv («الجانب الروسي»، «المرشد الإيراني علي
    خامنئي») heads it and gives its sector; a thing noun there («الاتفاق الإيراني»، «الملف النووي الإيراني»)
    makes it no party, and the phrase is dropped. In place."""
    nouns = _nation_nouns()
    drop = []
    group_ends = None
    for g in groups:
        m = g.mentions[0]
        if g.head_start is not None or m.kind != "actor" or m.get("type") != "demonym" or m.get("prefix") or (
                g.prep == "conj") or g.start_tok < 1 or not toks[m.tok_start].norm.startswith("ال"):
            continue
        h = g.start_tok - 1
        if toks[h].kind != "ar":
            continue
        if group_ends is None:
            group_ends = {x.end_tok for x in groups}  # (no group's end moves in this loop)
        if g.start_tok in group_ends:
            continue
        w = strip_wa(toks[h].norm)
        attached = "ل" if w.startswith("لل") else w[0] if w[0] in "بك" and w[1:3] == "ال" else ""
        label = nouns.get("ال" + w[2:] if attached == "ل" else w[1:] if attached else w)
        if label is None:
            continue
        if label:
            g.head_start, g.start_tok, g.peer_sector, g.nation_head = toks[h].start, h, label, True
            g.prep = _prep_of(toks, h, attached, fw, ends)
        elif len(g.mentions) == 1 and not g.conj:
            drop.append(g)
    if drop:
        gone = {id(g) for g in drop}
        groups[:] = [g for g in groups if id(g) not in gone]


_COUNTERPART_HOMES = frozenset({"country", "igo", "group", "institution", "demonym"})  # (not a city: «نظيره في جنيف»
# is where they met)


def _counterparts(toks: list[Token], groups: list[Group], fw: FunctionWords, ends: dict[int, Mention]) -> None:
    """Give a phrase after a counterpart noun (نظيره الفرنسي، بنظيره اللبناني: statement_cues counterpart), or after
    its في or من when the phrase names a state or a body (نظرائه في دول مجلس التعاون; not a city, «نظيره في
    جنيف»), that noun as its head, the preposition before it, and the sector of the phrase before, whose counterpart it is (the
    foreign minister's counterpart is a minister too; the first such phrase of the sentence): in place."""
    words = _cue_words("counterpart")
    for i, g in enumerate(groups):
        h = g.start_tok - 1
        if h < 0 or toks[h].kind != "ar" or g.head_start is not None:
            continue
        if h >= 1 and toks[h].norm in ("في", "من") and toks[h - 1].kind == "ar" and any(
                m.get("code") and m.get("type") in _COUNTERPART_HOMES for m in g.mentions):
            # نظرائه في دول مجلس التعاون، نظيرته في بنغلادش: the counterparts in a state or a body named by في or من
            # are its own men
            w = strip_wa(toks[h - 1].norm)
            if w in words or _attached(w) and w[1:] in words:
                h -= 1
        w = strip_wa(toks[h].norm)
        attached = _attached(w)
        if w not in words and not (attached and w[1:] in words):
            continue
        g.head_start, g.start_tok, g.counterpart = toks[h].start, h, True
        g.prep = _prep_of(toks, h, attached, fw, ends)
        # (the first phrase with a sector is mostly the clause's subject, whose counterpart it is: كيري … الصحافي …
        # نظيره الإيراني is Kerry's counterpart, not the journalist's)
        g.peer_sector = next((sector for before in groups[:i] if (sector := _sector_of(before))), None)


_OWNING_BODIES = ("igo", "group", "institution")  # the kinds of a body whose officer a title with ل names


def _officers(toks: list[Token], groups: list[Group]) -> None:
    """Give a named body in ل (لحلف الناتو، لمنظمة التعاون الإسلامي، لجامعة الدول العربية) right after a definite
    title with its adjective (two words or more, each with the article: الأمين العام، المدير العام، المبعوث الخاص)
    that title as its head and its sector: a title so described takes no genitive, so the ل names whose officer it
    is («الأمين العام لحلف الناتو» IGO GOV). The phrases stay two (the roles read the body as the owner that acts);
    not a country (المبعوث الخاص لليمن: the UN's envoy to Yemen). A title that ends a phrase of a title and a name
    (السفير محمد صبيح الأمين العام المساعد للجامعة العربية: see `_name_then_office`) takes the body into its phrase:
    one person, the body's officer. In place."""
    merged = []
    for prev, g in zip(groups, groups[1:]):
        if g.prep != "ل" or g.start_tok != prev.end_tok or g.head_start is not None or len(prev.mentions) != 1 and (
                len(prev.mentions) != 2 or prev.mentions[0].kind != "agent" or prev.mentions[1].tok_start - prev.mentions[0].tok_end < 2):
            continue
        title, body = prev.mentions[-1], g.mentions[0]
        if title.kind != "agent" or title.tok_end - title.tok_start < 2 or not title.get("sector") or (
                body.kind != "actor" or body.get("type") not in _OWNING_BODIES):
            continue
        if (_title(toks[title.tok_start]) or len(prev.mentions) == 1 and _definite_body_noun(toks[title.tok_start])) \
                and _definite(toks, title) and all(t.norm.startswith("ال") for t in toks[title.tok_start + 1:title.tok_end]):
            if len(prev.mentions) == 1:  # (so a body's organ: الهيئة العامة للأمم المتحدة، القيادة العامة للقوات)
                g.head_start, g.peer_sector = title.start, title.get("sector")
            elif not g.conj:
                merged.append((prev, g))
    for prev, g in merged:
        prev.mentions += g.mentions
        prev.end_tok = g.end_tok
        groups.remove(g)


def _sector_of(g: Group) -> str | None:
    """The sector a phrase's role noun (or else its named actor) gives it, as Group.entity reads it."""
    return next((m.get("sector") for m in g.mentions if m.kind == "agent" and m.get("sector")), None) or next(
        (m.get("sector") for m in g.mentions if m.kind == "actor" and m.get("sector")), None)


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """The normalised place and administrative-unit nouns of place_words.tsv (مدينة، محافظة، منطقة)."""
    from ..lexicon.gazetteer import PlaceWords
    words = PlaceWords.load()
    return words.place_noun | frozenset(words.admin_noun)


def nisba_shaped(norm: str) -> bool:
    """True for a normalised word with the article ending as an adjective of origin does (السعوديه، الامريكي،
    الكوريين; not a short word such as الي)."""
    return len(norm) > 5 and norm.startswith("ال") and norm.endswith(("ي", "يه", "يين", "يون", "يات"))


def _bare_demonym(toks: list[Token], m: Mention) -> bool:
    """True for a nationality-shaped name with no article (سورية، تونسية): in construct after a direction noun, «في
    شمال سورية», it is the country, a place, not the adjective of a people."""
    return m.get("type") == "demonym" and not toks[m.tok_start].norm.startswith("ال") and not m.get("prefix")


def _place_mention(m: Mention) -> bool:
    """True for a mention of a place: a town, a region, a capital or a country."""
    return m.kind == "actor" and m.get("type") in _PLACE_TYPES


def _place_adjective(toks: list[Token], m: Mention) -> bool:
    """True for a nationality with the article and no clitic (السورية، الأميركية): right after a place or a place
    noun it says whose that place is («في مدينة درعا السورية»، «في العاصمة التونسية»، «بولاية كنتاكي الأميركية»),
    part of the place, no party."""
    return m.kind == "actor" and m.get("type") == "demonym" and m.tok_end - m.tok_start == 1 and not m.get(
        "prefix") and toks[m.tok_start].norm.startswith("ال")


def _after_place_noun(toks: list[Token], k: int) -> bool:
    """True if the word before token k is a place noun, bare or with an attached ب/ل (بمحافظة الطائف)."""
    if k < 1 or toks[k - 1].kind != "ar":
        return False
    w = strip_wa(toks[k - 1].norm)
    nouns = _place_nouns()
    return w in nouns or (_attached(w) != "" and w[1:] in nouns)


def _spread_prep(toks: list[Token], k: int, fw: FunctionWords, ends: dict[int, Mention]) -> str:
    """The preposition before the nouns of a place's parts or extent that stand right before token k (place_words.tsv
    part and extent, with fillers: «في جميع أنحاء تركيا»، «بكل أرجاء المملكة»): it governs the place; "" when none."""
    spread = _place_spread()
    j = k
    while j > 0 and k - j < 3 and toks[j - 1].kind == "ar" and (
            (w := toks[j - 1].norm) in spread or w in fw.filler or j == k and strip_wa(w) in spread):
        j -= 1
    if j == k:
        w = strip_wa(toks[k - 1].norm) if k > 0 and toks[k - 1].kind == "ar" else ""
        return _prep_of(toks, k - 1, w[0], fw, ends) if w[:1] in ("ب", "ل") and w[1:] in spread else ""
    if toks[k - 1].norm in fw.filler and strip_wa(toks[k - 1].norm) not in spread:
        return ""  # (a filler right before the place is no noun of its parts)
    first = toks[j].norm
    attached = first[0] if first[:1] in ("ب", "ل") and (first[1:] in spread or first[1:] in fw.filler) else ""
    return _prep_of(toks, j, attached, fw, ends)


@lru_cache(maxsize=1)
def _place_spread() -> frozenset[str]:
    """The normalised nouns of a place's parts and extent (place_words.tsv part and extent: أنحاء، أرجاء، ربوع)."""
    from ..lexicon.gazetteer import PlaceWords
    words = PlaceWords.load()
    return words.part | words.extent


def _place_noun_clitic(norm: str) -> str:
    """The attached ب/ل of a place noun before a name (بمدينة → ب), none where the ب is the noun's own (بلدة،
    بلدتي: «قصفت الطائرات بلدة الزبداني» names the shelled town, not where)."""
    return "" if strip_wa(norm) in _place_nouns() else _attached(norm)


def _opens_with_place_noun(toks: list[Token], m: Mention) -> bool:
    """True for a place's mention of two words or more whose first word, past its clitics, is a place noun
    (بمنطقة عسير، بمحافظة جدة: the region's name with its noun, matched whole)."""
    if m.tok_end - m.tok_start < 2:
        return False
    return strip_wa(toks[m.tok_start].norm)[len(m.get("prefix").lstrip("وف")):] in _place_nouns()


def _attached(norm: str) -> str:
    """The attached preposition letters of a word that is not in any lexicon (بمقر → ب, لمكتب → ل)."""
    w = norm[1:] if len(norm) > 3 and norm[0] in "وف" else norm
    return w[0] if len(w) > 3 and w[0] in "بل" and not w.startswith("ال") else ""


def _conj_head(groups: list[Group]) -> Group:
    """The first group of the coordination the last group belongs to."""
    k = len(groups) - 1
    while k > 0 and groups[k].prep == "conj":
        k -= 1
    return groups[k]


_ATTACHED_PREPS = {"ب": "ب", "ل": "ل", "ك": "ك"}  # the clitic letters that are a preposition of their own


def _held_in_hand(toks: list[Token], c: Mention, fw: FunctionWords) -> bool:
    """True for «بيد» right after a verb of being or staying (function_words be_verb, still: «لا تزال بيد فصائل
    المعارضة»، «باتت بيد الحوثيين»): in the hands of, who holds a place, no doer of an act."""
    if c.tok_start < 1 or toks[c.tok_start].norm != "بيد":
        return False
    w = strip_wa(toks[c.tok_start - 1].norm)
    core = w[2:] if w.startswith(("لا", "ما")) and len(w) > 4 else w  # (joined: لاتزال، مايزال، مازالت)
    return w in fw.be_verb or any(core.endswith(x) and len(core) - len(x) <= 1 for x in fw.still)  # (no زلزال)


def _prep_of(toks: list[Token], k: int, prefix: str, fw: FunctionWords,
             ends: dict[int, Mention] | None = None) -> str:
    """The preposition governing the noun phrase at token k: attached ب/ل, a word before, or ''.

    `ends` maps a token index to the cue phrase that ends just before it (for على يد / من قبل).
    """
    attached = prefix.lstrip("وف")
    if attached:
        if attached[0] == "ل" and k > 0 and toks[k - 1].norm in fw.owner:
            return ""  # طائرة تابعة لوكالة المخابرات: the owner, read as a genitive
        return _ATTACHED_PREPS.get(attached[0], "")
    while k > 1 and toks[k - 1].kind == "punct" and toks[k - 1].text in "«“\"":
        k -= 1  # قيادية في «داعش»: the preposition stands before the opening quote of the name
    if k > 1 and strip_wa(toks[k - 1 - (toks[k - 1].text in NAME_OPENERS)].norm) in fw.so_called:
        k -= 1 + (toks[k - 1].text in NAME_OPENERS)  # القبض على المدعو: قاسم، المدعو / شاه: the preposition stands
        # before «the one called»
    if k > 0 and (h := _honorific_prep(toks, k, fw)):
        return h  # لفخامة الرئيس، بسمو ولي العهد، لصاحب السمو الملكي الأمير: the form of address carries it
    if k > 0:
        prev = toks[k - 1].norm
        if prev in ("ل", "ب") and toks[k - 1].text.endswith("\u0640"):
            return prev  # لـ«داعش»: the clitic written apart with a tatweel before the quoted name
        if (c := _count_clitic(toks, k, fw)):
            return c  # التقى بعدد من المسؤولين اليمنيين: the ب on the count governs what it counts
        if toks[k - 1].kind == "ar" and (c := _clitic_on_count(strip_wa(prev), (fw.number,))):
            return c  # وجهت اتهامات لتسعة مسؤولين: the ل on the number governs the noun it counts
        # (past «آخر، أخرى» after the count: «وقام عدد آخر من المواطنين بتنظيم مظاهرة»)
        q = k - 3 if k > 3 and toks[k - 2].norm in ("اخر", "اخري") else k - 2
        if prev == "من" and k > 1 and (toks[q].kind == "num" or strip_wa(toks[q].norm) in fw.filler
                                       or toks[q].norm.startswith("ال") and toks[q].norm[2:] in fw.filler
                                       or toks[q].norm in fw.many_of and not (
                                           q > 0 and strip_wa(toks[q - 1].norm) in fw.complementizer)):
            if q > 0 and toks[q].kind == "ar" and strip_wa(toks[q - 1].norm) == "مع":
                return "مع"  # (a count in مع: «اجتماعات مكثفة أمس مع عدد من الوزراء», the ones met)
            return ""  # partitive: العشرات من مستوطني …، اثنين من الجنود، الكثير من رجال الأعمال، (an accusative
            # count, the verb's object) والتقى كارتر عددا من الجنود الأميركيين (not the subject of أن: «أن عددا من
            # المدنيين سقطوا بين قتيل وجريح», whose من-phrase stays as it was read)
        j = i = _past_bracketed_count(toks, k)  # قبضت الأجهزة الأمنية على (8) مطلوبين
        while j > 0 and i - j < 3 and (toks[j - 1].kind == "num" or strip_wa(toks[j - 1].norm) in fw.filler):
            j -= 1  # على يد عشرة مسلحين، من قبل أربعة مسلحين: the count stands between
        c = ends.get(j) if ends else None
        if c is not None and c.label == "passive_agent" and not _held_in_hand(toks, c, fw):
            return "passive_agent"  # على يد، من قبل، بيد (cues.tsv)
        if prev in fw.preposition:
            return prev
        if prev[:1] in "وف" and prev[1:] in fw.preposition and prev[1:] not in ("من", "بين"):
            return prev[1:]  # وفي مأرب، وعلى الحدود: the preposition after و is one all the same (not the second
            # بين of «بينها وبين السكان», whose phrase is a side)
        if j < k and j > 0 and toks[j - 1].norm in fw.preposition and toks[j - 1].norm != "من":
            return toks[j - 1].norm  # قتل مع 9 مواطنين: the count is governed by the preposition
    return ""


def _prep_past_demonstrative(toks: list[Token], k: int, fw: FunctionWords, ends: dict[int, Mention]) -> str:
    """The preposition before a demonstrative (cues.tsv demonstrative) that stands right before token k, «القبض على
    هؤلاء المجرمين»، «لهذه الجماعة»: it governs the noun the demonstrative points at; "" when there is none."""
    c = ends.get(k)
    if c is None or c.label != "demonstrative" or c.tok_end - c.tok_start != 1:
        return ""
    j = c.tok_start - 1  # (not the على of duty opening a clause, its subject after the demonstrative: «أن على هذه
    # الميليشيات الانسحاب»)
    if not c.get("prefix") and j >= 0 and toks[j].norm == "علي" and (
            j == 0 or toks[j - 1].kind != "ar" or strip_wa(toks[j - 1].norm) in fw.complementizer):
        return ""
    return _prep_of(toks, c.tok_start, c.get("prefix") or "", fw, ends)


def _prep_past_each_of(toks: list[Token], k: int, fw: FunctionWords, ends: dict[int, Mention]) -> str | None:
    """For a phrase at token k right after «كل من» (each of: function_words.tsv some_all, then من): the preposition
    before «كل» («اتصالات هاتفية مع كل من والي ولاية شانلي أورفة»، «لكل من»), or "" where none stands there
    («اعتقلت كل من فلان وفلان»: the verb's object); None when the phrase stands after no such words."""
    if k < 2 or toks[k - 1].norm != "من" or toks[k - 2].kind != "ar":
        return None
    w = strip_wa(toks[k - 2].norm)
    if w in fw.some_all:
        return _prep_of(toks, k - 2, "", fw, ends)
    if w[:1] in _ATTACHED_PREPS and w[1:] in fw.some_all:
        return _ATTACHED_PREPS[w[0]]  # (بكل من، لكل من)
    return None


def _past_bracketed_count(toks: list[Token], k: int) -> int:
    """The token where a count in brackets right before token k starts («على (8) مطلوبين», «قتل (7) مطلوبين»: the
    brackets the press sets a figure in), or k when there is none."""
    if k >= 3 and toks[k - 1].text == ")" and toks[k - 2].kind == "num" and toks[k - 3].text == "(":
        return k - 3
    return k


def _count_clitic(toks: list[Token], k: int, fw: FunctionWords) -> str:
    """The ب or ل attached to a count or quantity word before من right before token k («التقى بعدد من المسؤولين»,
    also past the one definite noun between: «بعدد من الأشقاء اليمنيين»): it governs the phrase counted; ""
    otherwise."""
    if k >= 3 and toks[k - 1].kind == "ar" and toks[k - 1].norm.startswith("ال") and toks[k - 2].norm == "من":
        k -= 1
    if k < 2 or toks[k - 1].norm != "من" or toks[k - 2].kind != "ar":
        return ""
    return _clitic_on_count(strip_wa(toks[k - 2].norm), (fw.count, fw.filler))


def _clitic_on_count(w: str, words: tuple[frozenset[str], ...]) -> str:
    """The ب or ل attached to word `w` when the rest is in one of the sets of count `words` (بعدد، لتسعة; ل before
    the article drops its alif: للعديد is ل + العديد); "" otherwise."""
    if w[:1] not in ("ب", "ل"):
        return ""
    rest = "ال" + w[2:] if w.startswith("لل") else w[1:]
    return w[0] if any(rest in ws or rest.startswith("ال") and rest[2:] in ws for ws in words) else ""


def _honorific_prep(toks: list[Token], k: int, fw: FunctionWords) -> str:
    """The preposition before the forms of address that stand right before token k (لفخامة الرئيس، بسمو ولي العهد،
    لصاحب السمو الملكي الأمير، إلى معالي الوزير) or a title of rank (بالدكتور: function_words.tsv rank): ل or ب
    attached to the first of them, or a preposition word before it; "" when none (صاحب السمو الملكي الأمير with
    nothing before: a subject)."""
    j = k
    while j > 0 and k - j < 4 and toks[j - 1].kind == "ar":
        w = strip_wa(toks[j - 1].norm)
        if w in fw.honorific or toks[j - 1].norm in fw.rank:
            j -= 1  # (a rank past the form of address: «مع أخيه صاحب السمو الشيخ تميم»; فخامة keeps its ف, see strip_wa)
            continue
        if w[:1] in ("ل", "ب") and (w[1:] in fw.honorific and w[1:] not in ("الله", "حفظه") or w[1:] in fw.rank
                                      or w[:2] == "لل" and "ا" + w[1:] in fw.rank):
            return w[0]  # (and a title of rank: «اللقاء الذى جمعه مؤخرا بالدكتور عبدالواحد النبوي»، للدكتور)
        break
    if j == k or j == 0:
        return ""
    prev = toks[j - 1].norm
    return prev if prev in fw.preposition and prev != "من" else ""
