"""tools/judged/dates.tsv, the judges' verdicts on the coder's dates: well formed, one row an event, never of the
blind day, and its verdicts and kinds those its header names."""

import re
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "tools" / "judged" / "dates.tsv"


def test_the_dates_table_is_well_formed():
    lines = [x for x in TABLE.read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    assert lines[0] == "day\trecord\tstart\tevent\tdate_source\tdate\tenddate\tverdict\ttrue\tkind"
    keys, verdicts = set(), {"ok": 0, "wrong": 0, "unsure": 0}
    for line in lines[1:]:
        day, record, start, event, source, date, end, verdict, true, kind = line.split("\t")
        assert re.fullmatch(r"2015-0[78]-\d\d", day) and day != "2015-08-11"  # (the blind day is never judged here)
        assert record.isdigit() and start.isdigit() and event.isupper()
        assert source in ("text", "published", "story", "before_published", "after_published")
        assert date == "-" or re.fullmatch(r"\d{4}-\d\d-\d\d", date)
        verdicts[verdict] += 1
        if verdict == "wrong":
            assert kind in ("background", "other_time", "misread", "needs_day", "planned", "other")
            assert true in ("before", "after", "?") or re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", true)
        else:
            assert (true, kind) == ("-", "-")
        keys.add((day, record, start, event))
    assert len(keys) == len(lines) - 1 > 3000
    assert verdicts["ok"] > 2 * verdicts["wrong"] > 0
