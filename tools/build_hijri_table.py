"""Write the Umm al-Qura month table (lexicon/data/ummalqura.tsv) from the hijridate package.

    pip install -e ".[build]" && python3 tools/build_hijri_table.py

One line per Hijri year: the Gregorian date of 1 Muharram and the lengths of its twelve months.
hijridate (MIT) carries the official Umm al-Qura calendar tables for 1343–1500 AH.
"""

from __future__ import annotations

from pathlib import Path

from hijridate import Hijri

OUT = Path(__file__).resolve().parent.parent / "src" / "hadath" / "lexicon" / "data" / "ummalqura.tsv"


def main() -> None:
    """Build the table for every year hijridate covers."""
    lines = ["# version: 1",
             "# Umm al-Qura calendar, from hijridate (MIT, (c) Mohammed H Alshehri); built by tools/build_hijri_table.py",
             "year\tmuharram_1\tmonth_lengths"]
    for year in range(1343, 1501):
        try:
            first = Hijri(year, 1, 1).to_gregorian()
            lengths = [Hijri(year, m, 1).month_length() for m in range(1, 13)]
        except (ValueError, OverflowError):
            continue
        lines.append(f"{year}\t{first.isoformat()}\t{','.join(map(str, lengths))}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 3} years → {OUT}")


if __name__ == "__main__":
    main()
