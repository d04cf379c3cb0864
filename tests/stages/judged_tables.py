"""The judges' tables the learned party models are fitted on (tools/judged/*.tsv) and the hashes their packaged
weights record, for the party filler's and the party check's tests."""

from __future__ import annotations

import re
from pathlib import Path

ROLES = ("actor", "recipient")


def assert_choices_table(path: Path, fewest: int) -> None:
    """Check a table of judged roles: its header, one well-formed row per (day, record, trigger, type, role), and
    more than `fewest` rows."""
    lines = [x for x in path.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    assert lines[0] == "day\trecord\ttrigger_start\tevent\trole\tspans"
    keys = set()
    for line in lines[1:]:
        day, record, start, etype, role, spans = line.split("\t")
        assert re.fullmatch(r"2015-\d\d-\d\d", day) and record.isdigit() and start.isdigit()
        assert etype.isupper() and role in ROLES
        assert spans == "0" or re.fullmatch(r"\d+-\d+(,\d+-\d+)*", spans)
        keys.add((day, record, start, etype, role))
    assert len(keys) == len(lines) - 1 > fewest


def recorded_sha(weights: Path, label: str) -> str | None:
    """The 16-hex-digit sha256 a weights file's header records after `label` (e.g. "choices sha256")."""
    header = " ".join(line[2:] for line in weights.read_text(encoding="utf-8").splitlines() if line.startswith("# "))
    found = re.search(re.escape(label) + r" ([0-9a-f]{16})", header)
    return found.group(1) if found else None
