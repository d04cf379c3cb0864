"""Settings: defaults shipped in the package, a user file overriding only the keys it sets."""

from __future__ import annotations

import configparser
import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .errors import HadathError


class SettingsError(HadathError):
    """A settings file that cannot be read or holds a bad value."""

    code = "settings"


@dataclass(frozen=True)
class Settings:
    """The coder's options (see the packaged settings.cfg for what each one does)."""

    report_filter: bool = True
    topic_gate: bool = True
    merge_repeats: bool = True
    nonevent_filter: bool = True
    party_check: bool = True
    party_filler: bool = True
    background_dater: bool = True
    story_days: bool = True
    acts_to_come: bool = True
    report_thresholds: dict[str, float] = field(default_factory=dict)
    nonevent_threshold: float | None = None  # None: the threshold the model was trained with
    nonevent_repeat_threshold: float | None = None  # the same, for the filter's repeat model


def load_settings(path: str | os.PathLike | None = None) -> Settings:
    """Packaged defaults, overridden by `path` or else by the file named in HADATH_SETTINGS."""
    parser = configparser.ConfigParser()
    parser.read_string(resources.files("hadath").joinpath("settings.cfg").read_text("utf-8"))
    user = path or os.environ.get("HADATH_SETTINGS")
    if user:
        p = Path(user)
        if not p.is_file():
            raise SettingsError(f"settings file {p} does not exist")
        try:
            parser.read_string(p.read_text(encoding="utf-8"), source=str(p))
        except configparser.Error as err:
            raise SettingsError(f"settings file {p}: {err}") from err
    coder = parser["coder"]
    flags = {}
    for key in ("report_filter", "topic_gate", "merge_repeats", "nonevent_filter", "party_check", "party_filler",
                "background_dater", "story_days", "acts_to_come"):
        try:
            flags[key] = coder.getboolean(key, fallback=True)
        except ValueError as err:
            raise SettingsError(f"{key}: {err}") from err
    return Settings(**flags, report_thresholds=_thresholds(coder.get("report_thresholds", "")),
                    nonevent_threshold=_probability("nonevent_threshold", coder.get("nonevent_threshold", "")),
                    nonevent_repeat_threshold=_probability("nonevent_repeat_threshold",
                                                           coder.get("nonevent_repeat_threshold", "")))


def _probability(key: str, value: str) -> float | None:
    """The threshold `key` sets, between 0 and 1, or None for an empty value; anything else is a SettingsError."""
    if not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        raise SettingsError(f"{key}: {value.strip()!r} is not a number") from None
    if not 0.0 <= number <= 1.0:
        raise SettingsError(f"{key}: {number} is not between 0 and 1")
    return number


def _thresholds(value: str) -> dict[str, float]:
    """'ASSAULT=0.3, PROTEST=0.3' as a dict; a malformed item is a SettingsError."""
    out: dict[str, float] = {}
    for item in filter(None, (x.strip() for x in value.split(","))):
        name, _, number = item.partition("=")
        try:
            out[name.strip().upper()] = float(number)
        except ValueError:
            raise SettingsError(f"report_thresholds: {item!r} is not TYPE=NUMBER") from None
    return out
