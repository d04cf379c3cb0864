"""The embedded event store: one DuckDB file with articles, sentences, events, entities, times, places,
statements and failures. One writer at a time (DuckDB locks the file); many readers.

Rows are written a batch at a time in one transaction, so a crash or Ctrl-C loses at most the batch
in flight, and the next run, which skips every article already stored, finishes it: the database
ends as one clean run would have made it.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from .errors import StoreError

SCHEMA_VERSION = "1"

# table → ordered (column, DuckDB type); rows are written in this order
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [
        ("doc_id", "VARCHAR"), ("seq", "BIGINT"), ("content_hash", "VARCHAR"), ("source", "VARCHAR"), ("record", "VARCHAR"),
        ("kind", "VARCHAR"), ("url", "VARCHAR"), ("site", "VARCHAR"), ("title", "VARCHAR"),
        ("published", "DATE"), ("language", "VARCHAR"), ("text", "VARCHAR"), ("norm_text", "VARCHAR"),
        ("story_end", "INTEGER"), ("sentences", "INTEGER"), ("events", "INTEGER"),
        ("story_id", "VARCHAR"), ("duplicate_of", "VARCHAR"), ("similarity", "DOUBLE"), ("sketch", "UINTEGER[]"),
    ],
    "sentences": [("doc_id", "VARCHAR"), ("idx", "INTEGER"), ("start", "INTEGER"), ("end", "INTEGER"),
                  ("in_story", "BOOLEAN")],
    "events": [
        ("event_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("event", "VARCHAR"), ("mode", "VARCHAR"),
        ("context", "VARCHAR[]"), ("cameo", "VARCHAR"), ("quad_class", "VARCHAR"), ("quad_code", "INTEGER"),
        ("date", "DATE"), ("enddate", "DATE"), ("date_source", "VARCHAR"),
        ("negated", "BOOLEAN"), ("future", "BOOLEAN"), ("hypothetical", "BOOLEAN"),
        ("actor_codes", "VARCHAR[]"), ("actor_sectors", "VARCHAR[]"), ("actor_text", "VARCHAR"),
        ("recipient_codes", "VARCHAR[]"), ("recipient_sectors", "VARCHAR[]"), ("recipient_text", "VARCHAR"),
        ("trigger", "VARCHAR"), ("trigger_start", "INTEGER"), ("trigger_end", "INTEGER"),
        ("sentence", "INTEGER"), ("sentence_start", "INTEGER"), ("sentence_end", "INTEGER"), ("text", "VARCHAR"),
        ("loc_geonameid", "BIGINT"), ("loc_name", "VARCHAR"), ("loc_country", "VARCHAR"),
        ("loc_lat", "DOUBLE"), ("loc_lon", "DOUBLE"), ("story_id", "VARCHAR"),
        ("stance", "VARCHAR"), ("claimed_by", "VARCHAR"), ("claimed_by_code", "VARCHAR"), ("statement_id", "VARCHAR"),
        ("reported_via", "VARCHAR"), ("contested", "BOOLEAN"), ("record", "VARCHAR"),
    ],
    "entities": [("event_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("role", "VARCHAR"), ("code", "VARCHAR"),
                 ("sector", "VARCHAR"), ("name", "VARCHAR"), ("text", "VARCHAR"), ("start", "INTEGER"),
                 ("end", "INTEGER")],
    "times": [("doc_id", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"), ("text", "VARCHAR"),
              ("value", "VARCHAR"), ("granularity", "VARCHAR"), ("relative", "BOOLEAN"),
              ("end_value", "VARCHAR"), ("sentence", "INTEGER")],
    "places": [("doc_id", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"), ("text", "VARCHAR"),
               ("geonameid", "BIGINT"), ("name", "VARCHAR"), ("country_code", "VARCHAR"), ("lat", "DOUBLE"),
               ("lon", "DOUBLE"), ("feature", "VARCHAR"), ("sentence", "INTEGER")],
    "statements": [("statement_id", "VARCHAR"), ("doc_id", "VARCHAR"), ("sentence", "INTEGER"),
                   ("speaker", "VARCHAR"), ("speaker_code", "VARCHAR"), ("speaker_sector", "VARCHAR"),
                   ("speaker_start", "INTEGER"), ("speaker_end", "INTEGER"), ("continued", "BOOLEAN"),
                   ("cue", "VARCHAR"), ("cue_start", "INTEGER"), ("cue_end", "INTEGER"),
                   ("content_start", "INTEGER"), ("content_end", "INTEGER"), ("content", "VARCHAR"),
                   ("stance", "VARCHAR"), ("direct", "BOOLEAN"), ("reported_via", "VARCHAR"), ("record", "VARCHAR")],
    "failures": [("source", "VARCHAR"), ("record", "VARCHAR"), ("stage", "VARCHAR"), ("reason", "VARCHAR")],
}
KEYS = {"articles": "doc_id", "failures": None}


def _ddl() -> list[str]:
    """CREATE TABLE statements of the schema."""
    out = []
    for name, cols in TABLES.items():
        body = ", ".join(f'"{c}" {t}' for c, t in cols)
        key = KEYS.get(name)
        if key:
            body += f', PRIMARY KEY ("{key}")'
        out.append(f'CREATE TABLE IF NOT EXISTS {name} ({body})')
    out.append('CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)')
    out.append('CREATE TABLE IF NOT EXISTS cluster_members (event_id VARCHAR, cluster_id VARCHAR)')
    out.append(f'CREATE TABLE IF NOT EXISTS event_clusters ({", ".join(f"{c} {t}" for c, t in CLUSTER_COLUMNS)})')
    return out


# the canonical events (hadath.clusters): one row a cluster, rebuilt from the events after every ingest
CLUSTER_COLUMNS = [
    ("cluster_id", "VARCHAR"), ("event", "VARCHAR"), ("actor_codes", "VARCHAR[]"), ("recipient_codes", "VARCHAR[]"),
    ("first_date", "DATE"), ("last_date", "DATE"), ("mentions", "BIGINT"), ("articles", "BIGINT"),
    ("stories", "BIGINT"), ("sources", "BIGINT"), ("first_seen", "DATE"), ("first_doc", "VARCHAR"),
    ("asserted", "BIGINT"), ("denied", "BIGINT"), ("contested", "BOOLEAN"), ("example", "VARCHAR"),
]


def _scrub(text: str) -> str:
    """`text` with its lone surrogates replaced by U+FFFD (hadath.inputs.scrub)."""
    from .inputs import scrub

    return scrub(text)


def named_format(output: str | Path, fmt: str | None, known: tuple[str, ...]) -> str | None:
    """The format that file `output`'s extension names among `known` (None when it names none); a `fmt` asked for that
    the extension contradicts (CSV into events.parquet) is a StoreError, not a file whose name lies."""
    suffix = Path(output).suffix.lower().lstrip(".")
    if suffix not in known:
        return None
    if fmt and fmt != suffix:
        raise StoreError(f"{output} is named .{suffix} but the format asked for is {fmt}")
    return suffix


class Store:
    """A DuckDB event store opened for writing (one writer) or reading."""

    def __init__(self, path: str | Path, read_only: bool = False):
        import duckdb

        self.path = Path(path)
        self.read_only = read_only
        if read_only and not self.path.is_file():
            raise StoreError(f"{self.path}: no such store")
        try:
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as err:
            msg = str(err)
            if "lock" in msg.lower():
                raise StoreError(f"{self.path} is being written by another process (one writer at a time)") from err
            raise StoreError(f"{self.path}: cannot open the store: {msg.splitlines()[0]}") from err
        except duckdb.Error as err:
            raise StoreError(f"{self.path} is not a Hadath store: {str(err).splitlines()[0]}") from err
        # a bounded buffer: the store is written a batch at a time and needs little memory
        self.con.execute(f"SET memory_limit = '{os.environ.get('HADATH_DB_MEMORY', '1GB')}'")
        if not read_only:
            for stmt in _ddl():
                self.con.execute(stmt)
            self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])
        else:
            tables = {r[0] for r in self.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
            if "articles" not in tables:
                raise StoreError(f"{self.path} is not a Hadath store (no articles table)")
        self.has_clusters = not read_only or "event_clusters" in tables
        self._tmp = Path(tempfile.mkdtemp(prefix="hadath-batch-")) if not read_only else None

    def close(self) -> None:
        """Close the connection and remove the batch staging folder."""
        self.con.close()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- writing -------------------------------------------------------------------------------------
    def known_ids(self) -> set[str]:
        """The doc_ids already stored (a re-run skips them)."""
        return {r[0] for r in self.con.execute("SELECT doc_id FROM articles").fetchall()}

    def failed_keys(self) -> set[tuple[str, str]]:
        """(source, record) of the failures already recorded."""
        return {(r[0], r[1]) for r in self.con.execute("SELECT source, record FROM failures").fetchall()}

    def sketches(self):
        """(doc_id, story_id, sketch) of every stored article in the order stored, for near-duplicate linking."""
        return self.con.execute("SELECT doc_id, story_id, sketch FROM articles ORDER BY seq").fetchall()

    def write_batch(self, rows: dict[str, list[dict[str, Any]]]) -> None:
        """Write rows of several tables in one transaction (all or nothing)."""
        staged = []
        for table, items in rows.items():
            if not items:
                continue
            cols = TABLES[table]
            path = self._tmp / f"{table}.jsonl"
            longest = 0
            with path.open("w", encoding="utf-8") as fh:
                for item in items:
                    line = json.dumps({c: item.get(c) for c, _ in cols}, ensure_ascii=False) + "\n"
                    try:
                        size = len(line.encode("utf-8"))
                    except UnicodeEncodeError:  # a lone surrogate (an undecodable file name, a "\ud800" escape)
                        line = _scrub(line)
                        size = len(line.encode("utf-8"))
                    longest = max(longest, size)
                    fh.write(line)
            staged.append((table, cols, path, longest))
        if not staged:
            return
        self.con.execute("BEGIN TRANSACTION")
        try:
            for table, cols, path, longest in staged:
                spec = "{" + ", ".join(f"'{c}': '{t}'" for c, t in cols) + "}"
                names = ", ".join(f'"{c}"' for c, _ in cols)
                verb = "INSERT OR IGNORE" if KEYS.get(table) else "INSERT"
                size = max(1 << 20, longest + 1024)  # the reader's buffer: as large as the longest row
                self.con.execute(f"{verb} INTO {table} ({names}) SELECT {names} FROM read_json(?, columns={spec}, "
                                 f"format='newline_delimited', maximum_object_size={size})", [str(path)])
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        finally:
            for _, _, path, _ in staged:
                try:
                    os.unlink(path)
                except OSError:
                    pass

    def refresh_clusters(self) -> int:
        """Rebuild the canonical events (`hadath.clusters` states the rule) from all stored events; returns
        how many clusters there are. Run after each ingest; deterministic, so a re-run gives the same rows."""
        import csv

        from .clusters import KEY_SQL, assign

        cur = self.con.execute(f"""
            SELECT e.event_id, {KEY_SQL} AS k, coalesce(e.date, a.published) AS day
            FROM events e JOIN articles a USING (doc_id)
            WHERE NOT (e.future OR e.hypothetical) AND (NOT e.negated OR e.stance = 'deny')
            ORDER BY k, day NULLS LAST, e.event_id""")
        path = self._tmp / "cluster_members.csv"

        def rows():
            while chunk := cur.fetchmany(50_000):
                yield from chunk

        with path.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows(assign(rows()))
            members = fh.tell() > 0  # no events at all: an empty file, which read_csv refuses
        names = ", ".join(c for c, _ in CLUSTER_COLUMNS)
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("DELETE FROM cluster_members")
            if members:
                self.con.execute("INSERT INTO cluster_members SELECT * FROM read_csv(?, header=false, quote='\"', "
                                 "columns={'event_id': 'VARCHAR', 'cluster_id': 'VARCHAR'})", [str(path)])
            self.con.execute("DELETE FROM event_clusters")
            self.con.execute(f"""
                INSERT INTO event_clusters ({names})
                SELECT m.cluster_id, any_value(e.event),
                       any_value(list_sort(list_distinct(coalesce(e.actor_codes, [])))),
                       any_value(list_sort(list_distinct(coalesce(e.recipient_codes, [])))),
                       min(coalesce(e.date, a.published)), max(coalesce(e.date, a.published)),
                       count(*), count(DISTINCT e.doc_id), count(DISTINCT a.story_id),
                       count(DISTINCT coalesce(a.site, a.source)), min(a.published), arg_min(e.doc_id, a.seq),
                       count(*) FILTER (WHERE coalesce(e.stance, 'assert') <> 'deny'),
                       count(*) FILTER (WHERE e.stance = 'deny'),
                       count(*) FILTER (WHERE e.stance = 'deny') > 0
                         AND count(*) FILTER (WHERE coalesce(e.stance, 'assert') <> 'deny') > 0,
                       arg_min(e.event_id, (a.seq, e.sentence, e.trigger_start))
                FROM cluster_members m JOIN events e USING (event_id) JOIN articles a USING (doc_id)
                GROUP BY m.cluster_id""")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        finally:
            path.unlink(missing_ok=True)
        return self.con.execute("SELECT count(*) FROM event_clusters").fetchone()[0]

    # --- reading -------------------------------------------------------------------------------------
    def export(self, output: str | Path, tables: list[str] | None = None, fmt: str | None = None
               ) -> list[tuple[str, str, int]]:
        """Write tables to Parquet or CSV: into folder `output` (one file a table), or to the file `output`
        when one table is asked for and `output` ends in .parquet/.csv. Returns (table, path, rows).
        With no `fmt`, a file's name gives its format and a folder's files are Parquet; a `fmt` that the file's
        name contradicts (CSV into x.parquet) is a StoreError, not a file whose name lies."""
        names = [t for t in TABLES] + (["event_clusters", "cluster_members"] if self.has_clusters else [])
        wanted = names if not tables else [t.strip() for t in tables if t.strip()]
        unknown = [t for t in wanted if t not in names]
        if unknown:
            raise StoreError(f"no such table: {', '.join(unknown)} (tables: {', '.join(names)})")
        out = Path(output)
        named = named_format(out, fmt, ("parquet", "csv"))
        single = len(wanted) == 1 and named is not None
        fmt = (named if single else fmt) or "parquet"
        if not single:
            out.mkdir(parents=True, exist_ok=True)
        done = []
        for table in wanted:
            path = out if single else out / f"{table}.{fmt}"
            self.copy_to(f"SELECT * FROM {table}", path, "PARQUET" if fmt == "parquet" else "CSV, HEADER")
            done.append((table, str(path), self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]))
        return done

    def copy_to(self, sql: str, path: str | Path, fmt: str, params: list | None = None) -> None:
        """Write the rows of `sql` to the file `path` in DuckDB format `fmt` ("PARQUET", "CSV, HEADER"); a file that
        cannot be written (its folder missing, a folder by that name) is a StoreError that names it."""
        import duckdb

        quoted = str(path).replace("'", "''")
        try:
            self.con.execute(f"COPY ({sql}) TO '{quoted}' (FORMAT {fmt})", params or [])
        except duckdb.IOException as err:
            raise StoreError(f"cannot write {path}: {str(err).splitlines()[0]}") from err

    def stats(self) -> dict[str, Any]:
        """Counts per table, events per type, date range, failures per stage."""
        q = self.con.execute
        out: dict[str, Any] = {t: q(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        out["stories"] = q("SELECT count(DISTINCT story_id) FROM articles").fetchone()[0]
        if self.has_clusters:
            out["event_clusters"] = q("SELECT count(*) FROM event_clusters").fetchone()[0]
            out["contested_clusters"] = q("SELECT count(*) FROM event_clusters WHERE contested").fetchone()[0]
        out["duplicates"] = q("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
        out["events_by_type"] = dict(q("SELECT event, count(*) FROM events GROUP BY 1 ORDER BY 2 DESC, 1").fetchall())
        lo, hi = q("SELECT min(published), max(published) FROM articles").fetchone()
        out["published"] = [str(lo) if lo else None, str(hi) if hi else None]
        out["failures_by_stage"] = dict(q("SELECT stage, count(*) FROM failures GROUP BY 1 ORDER BY 1").fetchall())
        out["languages"] = dict(q("SELECT coalesce(language, '?'), count(*) FROM articles GROUP BY 1 ORDER BY 2 DESC").fetchall())
        return out

    def claims(self, contested_only: bool = False, limit: int | None = None) -> list[dict[str, Any]]:
        """Events told in statements, with who claims or denies them; contested ones within an article, and
        across articles: the same type, the same actor (and recipient, when either names one) within three
        days, asserted in one article and denied in another, or a canonical event (hadath.clusters) with
        both asserting and denying mentions."""
        rows = self.con.execute("""
            WITH told AS (
              SELECT e.*, a.site, a.published FROM events e JOIN articles a USING (doc_id) WHERE e.stance IS NOT NULL),
            cross_contested AS (
              SELECT DISTINCT x.event_id FROM told x JOIN told y
                ON x.event = y.event AND x.stance <> y.stance AND x.doc_id <> y.doc_id
               AND abs(date_diff('day', coalesce(x.date, x.published), coalesce(y.date, y.published))) <= 3
               AND len(list_intersect(x.actor_codes, y.actor_codes)) > 0
               AND (len(list_intersect(x.recipient_codes, y.recipient_codes)) > 0
                    OR (len(x.recipient_codes) = 0 AND len(y.recipient_codes) = 0)))
            SELECT t.event_id, t.doc_id, t.event, t.date, t.stance, t.claimed_by, t.claimed_by_code, t.reported_via,
                   t.actor_codes, t.recipient_codes, t.trigger, t.text, t.site,
                   t.contested OR t.event_id IN (SELECT event_id FROM cross_contested)
                   {clustered} AS contested
            FROM told t ORDER BY t.date, t.doc_id, t.event_id""".format(clustered=(
            "OR t.event_id IN (SELECT m.event_id FROM cluster_members m JOIN event_clusters c USING (cluster_id) "
            "WHERE c.contested)") if self.has_clusters else "")).fetchall()
        names = ["event_id", "doc_id", "event", "date", "stance", "claimed_by", "claimed_by_code", "reported_via",
                 "actor_codes", "recipient_codes", "trigger", "text", "site", "contested"]
        out = [dict(zip(names, r)) for r in rows]
        if contested_only:
            out = [r for r in out if r["contested"]]
        return out[:limit] if limit else out

    def event_clusters(self, limit: int | None = None, contested: bool = False) -> list[dict[str, Any]]:
        """Canonical events (`hadath.clusters`), most mentioned first: type, actor and recipient codes, first
        and last day, mentions, articles, near-duplicate stories, distinct sources (sites), first seen."""
        if not self.has_clusters:
            return []
        where = " WHERE contested" if contested else ""
        sql = (f"SELECT * FROM event_clusters{where} ORDER BY mentions DESC, sources DESC, first_date, cluster_id"
               + (f" LIMIT {int(limit)}" if limit else ""))
        cur = self.con.execute(sql)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r)) for r in cur.fetchall()]

    def query_events(self, actor: str | None = None, etype: str | None = None, date_from: str | None = None,
                     date_to: str | None = None, factual: bool = False, limit: int | None = None):
        """(SQL, parameters) selecting events by actor or recipient code, type and date range."""
        where, params = [], []
        if actor:
            where.append("(list_contains(actor_codes, ?) OR list_contains(recipient_codes, ?))")
            params += [actor, actor]
        if etype:
            where.append("event = ?")
            params.append(etype.upper())
        if date_from:
            where.append("date >= CAST(? AS DATE)")
            params.append(date_from)
        if date_to:
            where.append("date <= CAST(? AS DATE)")
            params.append(date_to)
        if factual:
            where.append("NOT (negated OR future OR hypothetical)")
        if self.has_clusters:
            src = ("(SELECT e.*, m.cluster_id, c.mentions, c.articles, c.sources, c.first_seen FROM events e "
                   "LEFT JOIN cluster_members m USING (event_id) LEFT JOIN event_clusters c USING (cluster_id))")
        else:
            src = ("(SELECT *, NULL::VARCHAR AS cluster_id, NULL::BIGINT AS mentions, NULL::BIGINT AS articles, "
                   "NULL::BIGINT AS sources, NULL::DATE AS first_seen FROM events)")
        sql = f"SELECT * FROM {src}" + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY date, doc_id, event_id"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return sql, params


def search_pattern(query: str) -> str:
    """An RE2/Python regex matching every word of `query` in normalised text, with clitics before it
    (و ف ب ك ل ال) and inflectional endings after it, so روسيا finds وروسيا and بالروسية."""
    import re

    from .arabic.normalize import normalize, word_key

    parts = []
    for word in re.findall(r"[^\W_]+", normalize(query)):  # «روسيا» and روسيا، are روسيا; ( . * | are no words
        key = word_key(word)
        if not key:
            continue
        esc = "".join(ch if ch.isalnum() else "\\" + ch for ch in key)
        parts.append("(?:^|[^\u0621-\u064A])(?:[وف])?(?:[بكل])?(?:ال|ل)?" + esc
                     + "(?:ه|ا|ي|يه|ون|ين|ات|ان|يون|يين|يات|يه)?(?:[^\u0621-\u064A]|$)")
    return "|".join(parts) if len(parts) == 1 else "\n".join(parts)


def search(store: "Store", query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Stored articles containing every word of `query` (normalised, clitics understood), newest first."""
    import re

    from .arabic.normalize import normalize_with_offsets

    patterns = [p for p in search_pattern(query).split("\n") if p]
    if not patterns:
        return []
    where = " AND ".join("regexp_matches(norm_text, ?)" for _ in patterns)
    rows = store.con.execute(f"SELECT doc_id, title, published, url, text, norm_text FROM articles WHERE {where} "
                             "ORDER BY published DESC NULLS LAST, doc_id LIMIT ?", [*patterns, limit]).fetchall()
    out = []
    first = re.compile(patterns[0])
    for doc_id, title, published, url, text, _norm in rows:
        norm, offsets = normalize_with_offsets(text)  # find the hit in the original text, marks and all
        m = first.search(norm)
        at = offsets[m.start()] if m and offsets else 0
        s = max(0, at - 80)
        snippet = text[s:at + 120].replace("\n", " ")
        out.append({"doc_id": doc_id, "title": title, "published": str(published) if published else None,
                    "url": url, "snippet": snippet})
    return out
