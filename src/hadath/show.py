"""Readable rendering of an Article's events for people (`hadath show`)."""

from __future__ import annotations

from .article import Article
from .records import Entity, Event


def _entities(ents: tuple[Entity, ...]) -> str:
    """Entities as 'CODE/SECTOR name «text»' joined by ' + '."""
    if not ents:
        return "—"
    parts = []
    for e in ents:
        code = "/".join(x for x in (e.code, e.sector) if x) or "?"
        label = f" {e.name}" if e.name else ""
        parts.append(f"{code}{label} «{e.text}»")
    return " + ".join(parts)


def _flags(ev: Event) -> str:
    """The auxiliary modes of an event as short words."""
    flags = [f for f, on in (("negated", ev.negated), ("future", ev.future), ("hypothetical", ev.hypothetical),
                             ("denied", ev.stance == "deny"), ("contested", ev.contested)) if on]
    return f" [{', '.join(flags)}]" if flags else ""


def _when(ev: Event) -> str:
    """The event's date and where it comes from."""
    if ev.date_source == "before_published":
        told = f" «{ev.date_evidence.text}»" if ev.date_evidence is not None else ""
        return f"on or before {ev.enddate} (told as background){told}"
    if ev.date_source == "after_published":
        return "to come: no day of its own (after publication, if it happens)"
    if ev.date is None:
        return "— (no date in the sentence and no publication date)"
    span = f"{ev.date}–{ev.enddate}" if ev.enddate else ev.date
    if ev.date_source == "text" and ev.date_evidence is not None:
        return f"{span} «{ev.date_evidence.text}»"
    if ev.date_source == "story" and ev.date_evidence is not None:
        return f"{span} «{ev.date_evidence.text}» (the day another sentence of the story gives)"
    return f"{span} (publication date)"


def render(article: Article, show_all: bool = True) -> str:
    """A plain-text table of the article's events, each with its trigger and sentence as evidence."""
    lines = [f"# {article.id}" + (f"  ({article.published})" if article.published else "")]
    if article.story_end is not None:
        lines.append(f"  (related-story teasers from offset {article.story_end} are not coded)")
    events = [e for e in article.events if show_all or e.factual]
    if not events:
        lines.append("  no events found")
    for n, ev in enumerate(events, 1):
        lines.append(f"{n:>3}. {ev.event}{('/' + ev.mode) if ev.mode else ''}{_flags(ev)}  "
                     f"cameo {ev.cameo or '-'}  sentence {ev.sentence}")
        lines.append(f"     actor:     {_entities(ev.actor)}")
        lines.append(f"     recipient: {_entities(ev.recipient)}")
        lines.append(f"     trigger:   «{ev.trigger.text}» [{ev.trigger.start}:{ev.trigger.end}]")
        lines.append(f"     when:      {_when(ev)}")
        if ev.claim is not None:
            sp = ev.claim.speaker
            who = f"{'/'.join(x for x in (sp.code, sp.sector) if x) or '?'} «{sp.text}»" if sp else "an unnamed source"
            via = f", via {ev.claim.reported_via_name or ev.claim.reported_via.text}" if ev.claim.reported_via else ""
            verb = "denied by" if ev.claim.stance == "deny" else "claimed by"
            lines.append(f"     source:    {verb} {who} «{ev.claim.cue.text}»{via}")
        if ev.location is not None:
            p = ev.location
            gid = f", GeoNames {p.geonameid}" if p.geonameid else ""
            lines.append(f"     where:     {p.name}, {p.country_code} ({p.feature}{gid}) «{p.text}»")
        sent = ev.sentence_text if len(ev.sentence_text) <= 240 else ev.sentence_text[:237] + "…"
        lines.append(f"     text:      {sent}")
    return "\n".join(lines)
