"""The `hadath` command: code, annotate, show, eval, eval-anchors, ingest, events, stats and search
(thin commands over the library)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import IO

from . import __version__
from .errors import HadathError
from .inputs import InputProblem, read_records


def _parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    p = argparse.ArgumentParser(prog="hadath", description="Arabic news to PLOVER political event data.")
    p.add_argument("--version", action="version", version=f"hadath {__version__}")
    p.add_argument("--settings", metavar="FILE", help="a settings file overriding the packaged defaults")
    sub = p.add_subparsers(dest="command", required=True)

    def inputs(sp: argparse.ArgumentParser) -> None:
        sp.add_argument("file", nargs="?", default="-", help="input file, or - for standard input")
        sp.add_argument("--format", choices=("text", "jsonl"), help="input format (detected when omitted)")
        sp.add_argument("--date", type=_iso_date, help="publication date YYYY-MM-DD for records that carry none")
        sp.add_argument("-o", "--output", help="write here instead of standard output")

    inputs(sub.add_parser("code", help="PLOVER JSONL out, one event per line"))
    inputs(sub.add_parser("annotate", help="one JSON Article per input record, every layer with offsets"))
    sp = sub.add_parser("show", help="a readable table of the events with their Arabic evidence")
    inputs(sp)
    sp.add_argument("--facts", action="store_true", help="list only factual events (no negated, future, hypothetical)")
    ev = sub.add_parser("eval", help="score the coder on a gold directory")
    ev.add_argument("--gold", default="../shared/gold", help="directory of *.jsonl gold files")
    ev.add_argument("--json", action="store_true", help="print the full report as JSON")
    ev.add_argument("--check", metavar="FLOORS", help="fail (exit 1) if a figure drops below FLOORS (JSON)")
    ev.add_argument("--write-floors", metavar="FLOORS", help="store the measured figures as floors")
    ea = sub.add_parser("eval-anchors", help="score time expressions, places and statements on the project's gold files")
    ea.add_argument("--times", default="benchmarks/gold/times.jsonl", help="time-expression gold (JSONL)")
    ea.add_argument("--places", default="benchmarks/gold/places.jsonl", help="toponym gold (JSONL)")
    ea.add_argument("--statements", default="benchmarks/gold/statements.jsonl",
                    help="statement gold (JSONL); 'none' to skip")
    ea.add_argument("--more-statements", nargs="*", default=["benchmarks/gold/statements_dev2.jsonl"],
                    help="further statement gold files, each scored on its own")
    ea.add_argument("--shared", default="../shared", help="the shared/ folder the gold's documents are in")
    ea.add_argument("--json", action="store_true", help="print the report as JSON")
    ea.add_argument("--errors", metavar="FILE", help="write every miss and spurious item here (JSON)")
    ea.add_argument("--check", metavar="FLOORS", help="fail (exit 1) if a figure drops below FLOORS (JSON)")
    ea.add_argument("--write-floors", metavar="FLOORS", help="store the measured figures as floors")
    ig = sub.add_parser("ingest", help="read pages, feeds, WARCs, exports and text into the event store")
    ig.add_argument("paths", nargs="+", help="files or folders (HTML, RSS/Atom, WARC/ARC, zip/tar, JSON/JSONL/CSV, text)")
    ig.add_argument("--db", default="hadath.duckdb", help="the store (DuckDB file; created when absent)")
    ig.add_argument("--since", type=_iso_date, help="skip articles published before this date")
    ig.add_argument("--workers", type=int, default=1, help="local processes that code articles (default 1)")
    ig.add_argument("--batch", type=int, default=200, help="articles per committed batch")
    ig.add_argument("--map", metavar="ROLE=FIELD,…", help="export fields, e.g. text=content,date=date_extracted")
    ig.add_argument("--quiet", action="store_true", help="no progress line")
    evs = sub.add_parser("events", help="events from the store, filtered")
    evs.add_argument("--db", default="hadath.duckdb", help="the store")
    evs.add_argument("--actor", help="actor or recipient code, e.g. RUS")
    evs.add_argument("--type", dest="etype", help="PLOVER event type, e.g. ASSAULT")
    evs.add_argument("--from", dest="date_from", type=_iso_date, help="first event date")
    evs.add_argument("--to", dest="date_to", type=_iso_date, help="last event date")
    evs.add_argument("--facts", action="store_true", help="only factual events (no negated, future, hypothetical)")
    evs.add_argument("--limit", type=_count, help="at most this many events")
    evs.add_argument("--format", choices=("table", "jsonl", "csv", "parquet"),
                     help="output format (default: the -o file's extension .jsonl/.csv/.parquet, else table)")
    evs.add_argument("-o", "--output", help="write here (required for parquet)")
    st = sub.add_parser("stats", help="what the store holds")
    st.add_argument("--db", default="hadath.duckdb", help="the store")
    st.add_argument("--json", action="store_true", help="as JSON")
    cl = sub.add_parser("claims", help="events told in statements: who claims, who denies, which are contested")
    cl.add_argument("--db", default="hadath.duckdb", help="the store")
    cl.add_argument("--contested", action="store_true", help="only events asserted by one source and denied by another")
    cl.add_argument("--limit", type=_count)
    cl.add_argument("--json", action="store_true", help="one JSON object per line")
    sto = sub.add_parser("stories", help="canonical events with their number of mentions, sources and first sighting")
    sto.add_argument("--db", default="hadath.duckdb", help="the store")
    sto.add_argument("--limit", type=_count, default=50)
    sto.add_argument("--contested", action="store_true", help="only events asserted by some and denied by others")
    sto.add_argument("--json", action="store_true", help="one JSON object per line")
    ex = sub.add_parser("export", help="store tables to Parquet or CSV files (statements, events, places…)")
    ex.add_argument("--db", default="hadath.duckdb", help="the store")
    ex.add_argument("--tables", default="all", help="comma-separated table names, or 'all'")
    ex.add_argument("--format", choices=("parquet", "csv"),
                    help="file format (default: the -o file's extension, else parquet)")
    ex.add_argument("-o", "--output", required=True, help="a folder (one file a table), or a file for one table")
    se = sub.add_parser("search", help="full-text search of stored articles (Arabic normalisation and clitics)")
    se.add_argument("query", help="words that must all appear")
    se.add_argument("--db", default="hadath.duckdb", help="the store")
    se.add_argument("--limit", type=_count, default=20)
    se.add_argument("--json", action="store_true", help="one JSON object per hit")
    return p


def _iso_date(value: str) -> str:
    """An argparse type: a YYYY-MM-DD date, or a clear usage error."""
    from .inputs import iso_date

    parsed = iso_date(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}")
    return parsed


def _count(value: str) -> int:
    """An argparse type: a whole number, 0 or more (a negative LIMIT is an SQL error, not a usage one)."""
    try:
        n = int(value)
    except ValueError:
        n = -1
    if n < 0:
        raise argparse.ArgumentTypeError(f"not a count (a whole number, 0 or more): {value!r}")
    return n


def _open_out(path: str | None) -> IO[str]:
    """The output stream: a file, or standard output."""
    if path:
        return open(path, "w", encoding="utf-8")
    return sys.stdout


def _run_records(args: argparse.Namespace, write) -> int:
    """Code every input record, handing each Article to `write`; failures are reported, not fatal."""
    import hadath

    problems: list[InputProblem] = []
    nlp = hadath.load(args.settings)
    failed = 0
    places: dict[int, str] = {}  # id(Article) → where a reader found it (a page's file, a WARC record's offset)
    try:
        records = _articles(args, problems, places)
        for article in records:
            where = places.pop(id(article), None)
            try:
                write(nlp(article))
            except BrokenPipeError:
                raise  # the reader went away (| head): stop, do not report every record as failed
            except Exception as err:  # one bad record must not lose the batch
                failed += 1
                at = f" ({where})" if where else ""
                print(f"hadath: record {article.id}{at}: failed ({type(err).__name__}: {err})", file=sys.stderr)
    except BrokenPipeError:
        raise  # the output's reader went away: no read error (main leaves quietly)
    except OSError as err:
        print(f"hadath: cannot read {args.file}: {err.strerror or err}", file=sys.stderr)
        return 2
    for p in problems:
        print(f"hadath: {p}", file=sys.stderr)
    skipped = sum(p.skipped for p in problems)
    return 1 if failed or skipped else 0


def _articles(args: argparse.Namespace, problems: list[InputProblem], places: dict[int, str]):
    """The input's Articles: text and JSONL as before; pages, feeds, WARCs, archives and exports through
    the ingest readers (chosen by content), each failure reported as a skipped record."""
    if args.format:
        return read_records(args.file, args.format, args.date, problems)
    from .ingest.readers import iter_documents, read_bytes, sniff

    if args.file == "-" or not _regular_file(args.file):
        # standard input, or a pipe named by path (/dev/stdin, <(…)): it can be read only once
        with (sys.stdin.buffer if args.file == "-" else open(args.file, "rb")) as fh:
            data = fh.read()
        name = "<stdin>" if args.file == "-" else args.file
        kind = sniff(data[:8192]) if args.file == "-" else sniff(data[:8192], args.file)
        if kind in ("text", "jsonl"):
            return read_records("-", None, args.date, problems, stdin=_Bytes(data))
        items = read_bytes(data, name, kind=kind)
    else:
        with open(args.file, "rb") as fh:
            kind = sniff(fh.read(8192), args.file)
        if kind in ("text", "jsonl"):
            return read_records(args.file, None, args.date, problems)
        items = iter_documents([args.file])
    return _documents_as_articles(items, args.date, problems, places)


def _regular_file(path: str) -> bool:
    """True unless the path names something that exists and is no regular file (a pipe, a device)."""
    import os
    import stat

    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return True  # a missing file: the reader below reports it


class _Bytes:
    """Standard input already read, handed on as a binary stream."""

    def __init__(self, data: bytes):
        self.data = data

    def read(self) -> bytes:
        return self.data


def _documents_as_articles(items, date: str | None, problems: list[InputProblem], places: dict[int, str]):
    """Articles from reader Documents (the extracted body, with title, date, URL, site, language); where each was
    read is put in `places`, by the Article's id()."""
    from .article import Article
    from .ingest.document import Failure

    for item in items:
        if isinstance(item, Failure):
            where = item.source + (f" ({item.offset})" if item.offset else "")
            problems.append(InputProblem(where, f"{item.stage}: {item.reason}", True))
            continue
        article = Article(text=item.text, id=item.doc_id(), url=item.url, source=item.site, title=item.title,
                          language=item.language, published=item.published or date)
        places[id(article)] = item.source + (f" at {item.offset}" if item.offset else "")
        yield article


def cmd_code(args: argparse.Namespace) -> int:
    """`hadath code`: PLOVER JSONL, one event per line."""
    out = _open_out(args.output)
    try:
        return _run_records(args, lambda a: [out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
                                             for e in a.events])
    finally:
        if out is not sys.stdout:
            out.close()


def cmd_annotate(args: argparse.Namespace) -> int:
    """`hadath annotate`: one Article object per input record."""
    out = _open_out(args.output)
    try:
        return _run_records(args, lambda a: out.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n"))
    finally:
        if out is not sys.stdout:
            out.close()


def cmd_show(args: argparse.Namespace) -> int:
    """`hadath show`: events as a table for people."""
    from .show import render

    out = _open_out(args.output)
    try:
        return _run_records(args, lambda a: out.write(render(a, show_all=not args.facts) + "\n"))
    finally:
        if out is not sys.stdout:
            out.close()


def cmd_eval(args: argparse.Namespace) -> int:
    """`hadath eval`: figures on the gold standards, optionally gated by floors."""
    import hadath
    from .evaluate import check_floors, evaluate, format_report, headline

    gold = Path(args.gold)
    if not gold.is_dir() or not any(gold.glob("*.jsonl")):
        print(f"hadath: no gold files (*.jsonl) in {gold}", file=sys.stderr)
        return 2
    report = evaluate(hadath.load(args.settings), gold)
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else format_report(report))
    if args.write_floors:
        floors = {"corpus_sha256": report["corpus_sha256"], "tolerance": 0.0,
                  "floors": {k: round(v - 0.005, 4) for k, v in headline(report).items()}}
        Path(args.write_floors).write_text(json.dumps(floors, indent=1) + "\n", encoding="utf-8")
    if args.check:
        problems = check_floors(report, json.loads(Path(args.check).read_text(encoding="utf-8")))
        if problems:
            print("\nEVAL GATE FAILED:", *problems, sep="\n  ", file=sys.stderr)
            return 1
        print("\neval gate: all figures at or above their floors")
    return 0


def cmd_eval_anchors(args: argparse.Namespace) -> int:
    """`hadath eval-anchors`: time and place figures on the project's gold, optionally gated by floors."""
    import hadath
    from .evaluate_anchors import anchor_report, check_anchor_floors, format_anchor_report

    errors: list = []
    statements = None if args.statements == "none" else Path(args.statements)
    report = anchor_report(hadath.load(args.settings), Path(args.times), Path(args.places), Path(args.shared),
                           errors, statements, tuple(Path(p) for p in args.more_statements or ()))
    print(json.dumps(report, ensure_ascii=False, indent=1) if args.json else format_anchor_report(report))
    if args.errors:
        Path(args.errors).write_text(json.dumps(errors, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.write_floors:
        floors = {"gold_sha256": report["gold_sha256"],
                  "floors": {k: round(v - 0.005, 4) for k, v in report["headline"].items()}}
        Path(args.write_floors).write_text(json.dumps(floors, indent=1) + "\n", encoding="utf-8")
    if args.check:
        problems = check_anchor_floors(report, json.loads(Path(args.check).read_text(encoding="utf-8")))
        if problems:
            print("\nEVAL GATE FAILED:", *problems, sep="\n  ", file=sys.stderr)
            return 1
        print("\neval gate: all figures at or above their floors")
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """`hadath ingest`: inputs into the store, with a progress line and a summary."""
    from .ingest.readers import Mapping
    from .ingest.run import ingest

    summary = ingest(args.paths, args.db, since=args.since, workers=max(1, args.workers), batch=max(1, args.batch),
                     settings=args.settings, mapping=Mapping.parse(args.map),
                     progress=None if args.quiet else sys.stderr)
    if args.quiet:
        print(summary.line(), file=sys.stderr)
    if summary.failures:
        print(f"hadath: {summary.failures} inputs failed or were skipped; see `hadath stats --db {args.db}` "
              "and the failures table", file=sys.stderr)
    return 1 if summary.failures - summary.not_arabic else 0


def _events_format(fmt: str | None, output: str | None) -> str:
    """The format of `hadath events`: the one asked for, else the -o file's extension, else a table; a format that the
    file's extension contradicts (CSV into events.parquet) is a usage error, not a file whose name lies."""
    from .store import named_format

    named = named_format(output, fmt, ("jsonl", "csv", "parquet")) if output else None
    return fmt or named or "table"


def cmd_events(args: argparse.Namespace) -> int:
    """`hadath events`: stored events, filtered, as a table, JSONL (PLOVER records), CSV or Parquet."""
    from .store import Store

    args.format = _events_format(args.format, args.output)
    with Store(args.db, read_only=True) as store:
        sql, params = store.query_events(args.actor, args.etype, args.date_from, args.date_to, args.facts, args.limit)
        if args.format == "parquet" or (args.format == "csv" and args.output):
            if not args.output:
                print("hadath: --format parquet needs -o FILE", file=sys.stderr)
                return 2
            fmt = "PARQUET" if args.format == "parquet" else "CSV, HEADER"
            cols = "* EXCLUDE (record)" if args.format == "csv" else "*"  # with the cluster columns
            store.copy_to(f"SELECT {cols} FROM ({sql})", args.output, fmt, params)
            return 0
        cur = store.con.execute(sql, params)
        names = [d[0] for d in cur.description]
        out = _open_out(args.output)
        try:
            if args.format == "jsonl":
                i = names.index("record")
                extra = [(k, names.index(k)) for k in ("cluster_id", "mentions", "articles", "sources", "first_seen")]
                for row in cur.fetchall():
                    record = json.loads(row[i])
                    record.update((k, row[j] if k != "first_seen" or row[j] is None else str(row[j]))
                                  for k, j in extra)
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
            elif args.format == "csv":
                import csv

                w = csv.writer(out)
                keep = [k for k, n in enumerate(names) if n != "record"]
                w.writerow([names[k] for k in keep])
                for row in cur.fetchall():
                    w.writerow([_cell(row[k]) for k in keep])
            else:
                for row in cur.fetchall():
                    r = dict(zip(names, row))
                    actor = "/".join(r["actor_codes"] or []) or "-"
                    recip = "/".join(r["recipient_codes"] or []) or "-"
                    flags = "".join(f for f, on in (("N", r["negated"]), ("F", r["future"]), ("H", r["hypothetical"])) if on)
                    out.write(f"{str(r['date'] or '-'):<10}  {r['event']:<10} {flags:<3} {actor:<12} {recip:<12} "
                              f"«{r['trigger']}»  {r['loc_name'] or ''}  {r['doc_id']}\n")
        finally:
            if out is not sys.stdout:
                out.close()
    return 0


def _sql_str(value: str) -> str:
    """A value quoted for inclusion in a SQL string literal."""
    return value.replace("'", "''")


def _cell(value) -> str:
    """A value as a CSV cell (lists joined by ';')."""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return "" if value is None else str(value)


def cmd_stats(args: argparse.Namespace) -> int:
    """`hadath stats`: counts of what the store holds."""
    from .store import Store

    with Store(args.db, read_only=True) as store:
        stats = store.stats()
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=1))
        return 0
    for key, value in stats.items():
        print(f"{key:>18}: {value}")
    return 0


def cmd_claims(args: argparse.Namespace) -> int:
    """`hadath claims`: events told in statements, with stance and speaker; contested ones marked."""
    from .store import Store

    def line(r: dict) -> str:
        mark = "CONTESTED " if r["contested"] else ""
        return (f"{str(r['date'] or '-'):<10}  {mark}{r['event']:<10} {r['stance']:<6} "
                f"by {r['claimed_by'] or '?'} ({r['claimed_by_code'] or '-'})  «{r['trigger']}»  {r['doc_id']}")

    with Store(args.db, read_only=True) as store:
        _print_rows(store.claims(args.contested, args.limit), args.json, line)
    return 0


def _print_rows(rows: list[dict], as_json: bool, line) -> None:
    """Rows as one JSON object a line, or as the readable lines `line` makes."""
    for r in rows:
        print(json.dumps(r, ensure_ascii=False, default=str) if as_json else line(r))


def cmd_stories(args: argparse.Namespace) -> int:
    """`hadath stories`: canonical events (one real-world event told by many mentions), most reported first."""
    from .store import Store

    def line(r: dict) -> str:
        days = str(r["first_date"] or "-") + (f"…{r['last_date']}" if r["last_date"] != r["first_date"] else "")
        mark = " CONTESTED" if r["contested"] else ""
        return (f"{days:<10}  {r['event']:<10} {'/'.join(r['actor_codes']) or '-':<10} → "
                f"{'/'.join(r['recipient_codes']) or '-':<10}  {r['mentions']} mentions in {r['articles']} articles, "
                f"{r['sources']} sources, first seen {r['first_seen']}{mark}  e.g. {r['example']}")

    with Store(args.db, read_only=True) as store:
        _print_rows(store.event_clusters(args.limit, args.contested), args.json, line)
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """`hadath export`: store tables to Parquet (or CSV) files, one a table."""
    from .store import Store

    with Store(args.db, read_only=True) as store:
        written = store.export(args.output, None if args.tables == "all" else args.tables.split(","), args.format)
    for table, path, rows in written:
        print(f"{table:<16} {rows:>9} rows  {path}")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """`hadath search`: stored articles containing every word of the query."""
    from .store import Store, search, search_pattern

    if not search_pattern(args.query):
        print(f"hadath: no word to search for in {args.query!r}", file=sys.stderr)
        return 2
    with Store(args.db, read_only=True) as store:
        hits = search(store, args.query, args.limit)
    for h in hits:
        if args.json:
            print(json.dumps(h, ensure_ascii=False))
        else:
            print(f"{h['published'] or '-':<10}  {h['doc_id']}  {h['title'] or ''}\n    {h['snippet']}")
    return 0 if hits else 1


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `hadath` console script."""
    args = _parser().parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    handler = {"code": cmd_code, "annotate": cmd_annotate, "show": cmd_show, "eval": cmd_eval,
               "eval-anchors": cmd_eval_anchors, "ingest": cmd_ingest, "events": cmd_events, "stats": cmd_stats,
               "search": cmd_search, "claims": cmd_claims, "stories": cmd_stories, "export": cmd_export}[args.command]
    try:
        return handler(args)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout at exit
        return 0
    except OSError as err:
        print(f"hadath: {err.filename or ''}: {err.strerror or err}", file=sys.stderr)
        return 2
    except HadathError as err:
        print(f"hadath: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
