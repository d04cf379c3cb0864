"""Canonical events: the mentions of one real-world event, across the sentences of an article and across
the articles and outlets of a store, grouped into one cluster (GDELT's NumMentions / NumArticles /
NumSources, done from the coded text rather than a 15-minute window).

The rule, applied to every stored event that is not future or hypothetical, nor negated unless denied:

1. Key: the PLOVER type, the set of actor codes and the set of recipient codes, and how far the event may
   be matched:
   - coded on both sides: across the whole store (RUS → USA REQUEST told by any outlet);
   - coded on one side only: only among the copies of one story (near-duplicate articles, `hadath.dedup`)
     — "Saudi Arabia met someone" on one day is many events, not one, even at one place;
   - coded on neither side: only the same sentence in the copies of one story;
   - with no day at all (no date in the text, no publication date): only within its article.
2. Day: the event's own date when the text gives one, else its article's publication date.
3. Within a key, events are taken in order of day; a cluster begins at its earliest mention and takes
   every later event of the key dated at most `WINDOW_DAYS` days after that first day; the next event
   opens a new cluster. (Anchored windows, not chains: an attack reported every day for a month is
   thirty events, not one.)
4. A denied event joins the cluster of what it denies: a cluster with both asserted and denied mentions
   is contested across its sources.

A cluster's id is a hash of its key and first day, so it is the same on every rebuild of the same store.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Iterable, Iterator

WINDOW_DAYS = 2


# rule 1 as SQL over `events e JOIN articles a` (the store computes keys where the rows are)
KEY_SQL = """
  e.event || '|' || array_to_string(list_sort(list_distinct(coalesce(e.actor_codes, []))), '+')
  || '|' || array_to_string(list_sort(list_distinct(coalesce(e.recipient_codes, []))), '+')
  || CASE
       WHEN coalesce(e.date, a.published) IS NULL THEN '|doc:' || e.doc_id
       WHEN len(coalesce(e.actor_codes, [])) > 0 AND len(coalesce(e.recipient_codes, [])) > 0 THEN ''
       WHEN len(coalesce(e.actor_codes, [])) + len(coalesce(e.recipient_codes, [])) > 0
         THEN '|story:' || coalesce(e.story_id, e.doc_id)
       ELSE '|story:' || coalesce(e.story_id, e.doc_id) || '|' || md5(e.text)
     END"""


def cluster_id(key: str, first_day: date | None) -> str:
    """The stable id of the cluster of `key` that begins on `first_day`."""
    return "c" + hashlib.sha1(f"{key}|{first_day}".encode("utf-8")).hexdigest()[:16]


def assign(rows: Iterable[tuple[str, str, date | None]]) -> Iterator[tuple[str, str]]:
    """(event_id, cluster_id) for rows of (event_id, key, day) sorted by key, then day, undated last (rules 2–3)."""
    current_key: str | None = None
    start: date | None = None
    cid = ""
    for event_id, key, day in rows:
        if key != current_key or (day is not None and (start is None or (day - start).days > WINDOW_DAYS)):
            current_key, start = key, day
            cid = cluster_id(key, day)
        yield event_id, cid
