"""Calendar arithmetic for Arabic dates: the Umm al-Qura Hijri calendar, weekdays, ISO weeks.

The Hijri table ships with the package (lexicon/data/ummalqura.tsv, 1343–1500 AH); dates outside
it are not converted (None), never guessed.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..lexicon.packaged import packaged_text


class HijriCalendar:
    """Umm al-Qura conversions, from the packaged month table."""

    def __init__(self, table: dict[int, tuple[date, tuple[int, ...]]]):
        self.table = table
        self._starts = sorted((first, year) for year, (first, _) in table.items())

    @classmethod
    def load(cls) -> "HijriCalendar":
        """The packaged Umm al-Qura table."""
        raw = packaged_text("ummalqura.tsv")
        table: dict[int, tuple[date, tuple[int, ...]]] = {}
        for line in raw.splitlines():
            if not line or line.startswith("#") or line.startswith("year"):
                continue
            year, first, lengths = line.split("\t")
            table[int(year)] = (date.fromisoformat(first), tuple(int(x) for x in lengths.split(",")))
        return cls(table)

    def month_start(self, year: int, month: int) -> date | None:
        """The Gregorian date of the 1st of a Hijri month (None outside the table)."""
        row = self.table.get(year)
        if row is None or not 1 <= month <= 12:
            return None
        first, lengths = row
        return first + timedelta(days=sum(lengths[: month - 1]))

    def month_length(self, year: int, month: int) -> int | None:
        """Days in a Hijri month (None outside the table)."""
        row = self.table.get(year)
        return row[1][month - 1] if row and 1 <= month <= 12 else None

    def to_gregorian(self, year: int, month: int, day: int) -> date | None:
        """The Gregorian date of a Hijri date; None when impossible or outside the table."""
        start, length = self.month_start(year, month), self.month_length(year, month)
        if start is None or length is None or not 1 <= day <= length:
            return None
        return start + timedelta(days=day - 1)

    def month_interval(self, year: int, month: int) -> tuple[date, date] | None:
        """First and last Gregorian day of a Hijri month."""
        start, length = self.month_start(year, month), self.month_length(year, month)
        if start is None or length is None:
            return None
        return start, start + timedelta(days=length - 1)

    def year_interval(self, year: int) -> tuple[date, date] | None:
        """First and last Gregorian day of a Hijri year."""
        row = self.table.get(year)
        if row is None:
            return None
        return row[0], row[0] + timedelta(days=sum(row[1]) - 1)

    def from_gregorian(self, day: date) -> tuple[int, int, int] | None:
        """The Hijri (year, month, day) of a Gregorian date; None outside the table."""
        year = None
        for first, y in self._starts:
            if first <= day:
                year = y
            else:
                break
        if year is None:
            return None
        first, lengths = self.table[year]
        offset = (day - first).days
        for month, length in enumerate(lengths, 1):
            if offset < length:
                return year, month, offset + 1
            offset -= length
        return None


def iso_week(day: date) -> str:
    """The ISO week of a date as YYYY-Www."""
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by `delta` months."""
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def weekday_near(anchor: date, weekday: int, direction: str) -> date:
    """The date of `weekday` (0 = Monday) relative to `anchor`.

    direction: "past" (strictly before), "next" (strictly after), "on_or_before", "on_or_after".
    """
    diff = (anchor.weekday() - weekday) % 7
    if direction == "past":
        return anchor - timedelta(days=diff or 7)
    if direction == "on_or_before":
        return anchor - timedelta(days=diff)
    ahead = (weekday - anchor.weekday()) % 7
    if direction == "next":
        return anchor + timedelta(days=ahead or 7)
    return anchor + timedelta(days=ahead)


def first_day(value: str | None) -> str | None:
    """The first day (YYYY-MM-DD) a time value covers: a day, week, month, year or "start/end" interval."""
    if not value:
        return None
    if "/" in value:
        return value.split("/", 1)[0]
    if "-W" in value:
        y, w = value.split("-W")
        return date.fromisocalendar(int(y), int(w), 1).isoformat()
    if len(value) == 4:
        return value + "-01-01"
    if len(value) == 7:
        return value + "-01"
    return value
