"""`hadath ingest`: read inputs, code every Arabic article, link near-duplicates, keep it all in the store.

Idempotent and resumable: an article is keyed by its id (given, or derived from where it was read),
and a re-run skips every article and failure already stored. Rows are committed a batch at a time;
a crash, `kill -9` or Ctrl-C loses at most the batch in flight, which the next run redoes, ending
with the same database one clean run makes. With `workers` > 1, articles are coded by local
processes and stored in input order by this one (the only writer).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..arabic.normalize import normalize
from ..article import Article
from ..dedup import DuplicateIndex, sketch
from ..inputs import scrub
from ..store import Store
from .document import Document, Failure
from .readers import Mapping, iter_documents


@dataclass
class Summary:
    """What one ingest run did."""

    read: int = 0
    stored: int = 0
    clusters: int = 0
    already: int = 0
    duplicates: int = 0
    events: int = 0
    failures: int = 0
    not_arabic: int = 0
    before_since: int = 0
    seconds: float = 0.0
    failure_reasons: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        """One line for people."""
        rate = self.stored / self.seconds if self.seconds else 0.0
        return (f"{self.read} read, {self.stored} stored ({self.duplicates} near-duplicates), {self.already} already "
                f"stored, {self.events} events ({self.clusters} canonical in the store), {self.failures} failures ({self.not_arabic} not Arabic), "
                f"{self.before_since} before --since; {self.seconds:.1f} s, {rate:.0f} articles/s")


# --- coding (runs in worker processes too) ------------------------------------------------------------
_NLP = None


def _init_worker(settings: str | None) -> None:
    """Build the pipeline once per worker process."""
    global _NLP
    import hadath

    _NLP = hadath.load(settings)


def code_document(doc: Document) -> dict[str, Any]:
    """Code one Document into the rows of every table (or a failure row)."""
    try:
        art = _NLP(Article(text=doc.text, id=doc.doc_id(), url=doc.url, source=doc.site, title=doc.title,
                           language=doc.language, published=doc.published))
    except Exception as err:  # a coder bug must not stop the batch: recorded with its reason
        return {"failure": {"source": doc.source, "record": doc.offset, "stage": "code",
                            "reason": f"{type(err).__name__}: {err}"}}
    return article_rows(art, doc)


def article_rows(art: Article, doc: Document) -> dict[str, Any]:
    """The store rows of one coded Article."""
    did = art.id
    events, entities = [], []
    for ev in art.events:
        d = ev.to_dict()
        loc = ev.location
        events.append({
            "event_id": ev.id, "doc_id": did, "event": ev.event, "mode": ev.mode, "context": list(ev.context),
            "cameo": ev.cameo, "quad_class": ev.quad_class, "quad_code": ev.quad_code, "date": ev.date,
            "enddate": ev.enddate, "date_source": ev.date_source, "negated": ev.negated, "future": ev.future,
            "hypothetical": ev.hypothetical,
            "actor_codes": [e.code for e in ev.actor if e.code], "actor_sectors": [e.sector for e in ev.actor if e.sector],
            "actor_text": " + ".join(e.text for e in ev.actor) or None,
            "recipient_codes": [e.code for e in ev.recipient if e.code],
            "recipient_sectors": [e.sector for e in ev.recipient if e.sector],
            "recipient_text": " + ".join(e.text for e in ev.recipient) or None,
            "trigger": ev.trigger.text, "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end,
            "sentence": ev.sentence, "sentence_start": ev.sentence_start, "sentence_end": ev.sentence_end,
            "text": ev.sentence_text, "loc_geonameid": loc.geonameid if loc else None,
            "loc_name": loc.name if loc else None, "loc_country": (loc.country_code or None) if loc else None,
            "loc_lat": loc.lat if loc else None, "loc_lon": loc.lon if loc else None,
            "stance": ev.stance, "claimed_by": ev.claim.speaker.text if ev.claim and ev.claim.speaker else None,
            "claimed_by_code": ev.claim.speaker.code if ev.claim and ev.claim.speaker else None,
            "statement_id": ev.claim.id if ev.claim else None, "reported_via": d.get("reported_via"),
            "contested": ev.contested, "record": _json(d)})
        for role, ents in (("actor", ev.actor), ("recipient", ev.recipient)):
            for e in ents:
                entities.append({"event_id": ev.id, "doc_id": did, "role": role, "code": e.code, "sector": e.sector,
                                 "name": e.name, "text": e.text, "start": e.start, "end": e.end})
    return {
        "article": {"doc_id": did, "content_hash": doc.content_hash, "source": doc.source, "record": doc.offset,
                    "kind": doc.kind, "url": doc.url, "site": doc.site, "title": doc.title, "published": doc.published,
                    "language": doc.language, "text": art.text, "norm_text": normalize(art.text),
                    "story_end": art.story_end, "sentences": len(art.sentences), "events": len(art.events)},
        "sketch": sketch(art.text),
        "sentences": [{"doc_id": did, "idx": s.index, "start": s.start, "end": s.end, "in_story": s.in_story}
                      for s in art.sentences],
        "events": events,
        "entities": entities,
        "times": [{"doc_id": did, **{k: v for k, v in t.to_dict().items() if k in
                   ("start", "end", "text", "value", "granularity", "relative", "end_value", "sentence")}}
                  for t in art.times],
        "statements": [_statement_row(did, st, art.text) for st in art.statements],
        "places": [{"doc_id": did, **{k: v for k, v in p.to_dict().items() if k in
                    ("start", "end", "text", "geonameid", "name", "country_code", "lat", "lon", "feature", "sentence")}}
                   for p in art.places],
    }


def _statement_row(did: str, st, text: str) -> dict[str, Any]:
    """The store row of one statement."""
    sp = st.speaker
    return {"statement_id": st.id, "doc_id": did, "sentence": st.sentence, "speaker": sp.text if sp else None,
            "speaker_code": sp.code if sp else None, "speaker_sector": sp.sector if sp else None,
            "speaker_start": sp.start if sp else None, "speaker_end": sp.end if sp else None,
            "continued": st.continued, "cue": st.cue.text, "cue_start": st.cue.start, "cue_end": st.cue.end,
            "content_start": st.content_start, "content_end": st.content_end,
            "content": text[st.content_start:st.content_end], "stance": st.stance, "direct": st.direct,
            "reported_via": (st.reported_via_name or st.reported_via.text) if st.reported_via else None,
            "record": _json(st.to_dict())}


def _json(obj) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False)


# --- the run --------------------------------------------------------------------------------------------
def ingest(paths: Iterable[str], db: str, *, since: str | None = None, workers: int = 1, batch: int = 200,
           settings: str | None = None, mapping: Mapping | None = None, progress: TextIO | None = None,
           threshold: float = 0.7) -> Summary:
    """Ingest `paths` into the store at `db`; returns what was done."""
    t0 = time.perf_counter()
    summary = Summary()
    with Store(db) as store:
        known = store.known_ids()
        failed = store.failed_keys()
        recorded = set(failed)  # failures in the store: an article that fails its coding again is not recorded twice
        index = DuplicateIndex(threshold)
        for doc_id, story_id, sk in store.sketches():
            index.add(doc_id, list(sk or []), story_id)
        todo = _select(iter_documents(paths, mapping), known, failed, since, summary)
        pending: list[dict[str, Any]] = []
        last = 0.0
        for rows in _coded(todo, workers, settings):
            pending.append(rows)
            if len(pending) >= batch:
                _flush(store, pending, index, summary, recorded)
                pending = []
            if progress is not None and time.perf_counter() - last > 0.5:
                last = time.perf_counter()
                summary.seconds = last - t0
                progress.write("\r" + summary.line()[:160])
                progress.flush()
        _flush(store, pending, index, summary, recorded)
        summary.clusters = store.refresh_clusters()
    summary.seconds = time.perf_counter() - t0
    if progress is not None:
        progress.write("\r" + summary.line() + "\n")
    return summary


def _select(items: Iterator[Document | Failure], known: set[str], failed: set[tuple[str, str]], since: str | None,
            summary: Summary) -> Iterator[Document | dict[str, Any]]:
    """Documents still to code, and failure rows still to record (known ones skipped)."""
    for item in items:
        summary.read += 1
        key = (scrub(item.source), scrub(item.offset))  # as the store keeps it (a file name may not be UTF-8)
        if isinstance(item, Failure):
            if key not in failed:
                failed.add(key)
                yield {"failure": item.to_dict() | {"record": item.offset}}
            continue
        did = item.doc_id()
        if did in known:
            summary.already += 1
            continue
        known.add(did)
        if item.language != "ar":
            if key not in failed:
                failed.add(key)
                yield {"failure": {"source": item.source, "record": item.offset, "stage": "language",
                                   "reason": f"not Arabic (language {item.language or 'unknown'}); skipped"}}
            continue
        if since and item.published and item.published < since:
            summary.before_since += 1
            continue
        yield item


def _coded(items: Iterator[Document | dict[str, Any]], workers: int, settings: str | None) -> Iterator[dict[str, Any]]:
    """Row sets in input order: failures pass through, documents are coded here or by worker processes."""
    if workers <= 1:
        _init_worker(settings)
        for item in items:
            yield item if isinstance(item, dict) else code_document(item)
        return
    import multiprocessing as mp

    ctx = mp.get_context("spawn" if sys.platform == "win32" else "fork")
    with ctx.Pool(workers, initializer=_init_worker, initargs=(settings,)) as pool:
        yield from pool.imap(_code_or_pass, items, chunksize=8)


def _code_or_pass(item: Document | dict[str, Any]) -> dict[str, Any]:
    """Worker side: code a Document, pass a failure row through."""
    return item if isinstance(item, dict) else code_document(item)


def _flush(store: Store, pending: list[dict[str, Any]], index: DuplicateIndex, summary: Summary,
           recorded: set[tuple[str, str]]) -> None:
    """Link near-duplicates and write one batch in one transaction (a failure already recorded is counted, not
    written again)."""
    if not pending:
        return
    tables: dict[str, list[dict[str, Any]]] = {t: [] for t in
                                              ("articles", "sentences", "events", "entities", "times", "places",
                                               "statements", "failures")}
    for rows in pending:
        if "failure" in rows:
            key = (scrub(rows["failure"]["source"]), scrub(rows["failure"]["record"] or ""))
            if key not in recorded:
                recorded.add(key)
                tables["failures"].append(rows["failure"])
            summary.failures += 1
            stage = rows["failure"]["stage"]
            summary.not_arabic += stage == "language"
            summary.failure_reasons[stage] = summary.failure_reasons.get(stage, 0) + 1
            continue
        art = rows["article"]
        story, dup, sim = index.link(art["doc_id"], rows["sketch"])
        art.update(story_id=story, duplicate_of=dup, similarity=round(sim, 4) if dup else None, sketch=rows["sketch"],
                   seq=len(index.order))  # the order stored: "earliest" among near-duplicates
        tables["articles"].append(art)
        for ev in rows["events"]:
            ev["story_id"] = story
            ev["record"] = ev["record"][:-1] + f', "story_id": {_json(story)}}}'  # the PLOVER record names its story
        for t in ("sentences", "events", "entities", "times", "places", "statements"):
            tables[t].extend(rows[t])
        summary.stored += 1
        summary.duplicates += dup is not None
        summary.events += len(rows["events"])
    store.write_batch(tables)
