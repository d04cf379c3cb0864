"""The `hadath` command: code, annotate, show, eval and eval-anchors (thin commands over the library)."""

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
    ea = sub.add_parser("eval-anchors", help="score time expressions and places on the project's gold files")
    ea.add_argument("--times", default="benchmarks/gold/times.jsonl", help="time-expression gold (JSONL)")
    ea.add_argument("--places", default="benchmarks/gold/places.jsonl", help="toponym gold (JSONL)")
    ea.add_argument("--shared", default="../shared", help="the shared/ folder the gold's documents are in")
    ea.add_argument("--json", action="store_true", help="print the report as JSON")
    ea.add_argument("--errors", metavar="FILE", help="write every miss and spurious item here (JSON)")
    ea.add_argument("--check", metavar="FLOORS", help="fail (exit 1) if a figure drops below FLOORS (JSON)")
    ea.add_argument("--write-floors", metavar="FLOORS", help="store the measured figures as floors")
    return p


def _iso_date(value: str) -> str:
    """An argparse type: a YYYY-MM-DD date, or a clear usage error."""
    from .inputs import iso_date

    parsed = iso_date(value)
    if parsed is None:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}")
    return parsed


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
    try:
        records = read_records(args.file, args.format, args.date, problems)
        for article in records:
            try:
                write(nlp(article))
            except BrokenPipeError:
                raise  # the reader went away (| head): stop, do not report every record as failed
            except Exception as err:  # one bad record must not lose the batch
                failed += 1
                print(f"hadath: record {article.id}: failed ({type(err).__name__}: {err})", file=sys.stderr)
    except OSError as err:
        print(f"hadath: cannot read {args.file}: {err.strerror or err}", file=sys.stderr)
        return 2
    for p in problems:
        print(f"hadath: {p}", file=sys.stderr)
    skipped = sum(p.skipped for p in problems)
    return 1 if failed or skipped else 0


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
    report = anchor_report(hadath.load(args.settings), Path(args.times), Path(args.places), Path(args.shared),
                           errors)
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


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `hadath` console script."""
    args = _parser().parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    handler = {"code": cmd_code, "annotate": cmd_annotate, "show": cmd_show, "eval": cmd_eval,
               "eval-anchors": cmd_eval_anchors}[args.command]
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
