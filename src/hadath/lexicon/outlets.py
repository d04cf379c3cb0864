"""News outlets and the country of their domestic stories (outlets.tsv), read by a source name or a web host."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from .compile import _rows


@lru_cache(maxsize=1)
def _outlets() -> tuple[dict[str, str], dict[str, str]]:
    """(source name → country, host → country) of outlets.tsv, lower case; a pan-Arab outlet's country is ""."""
    names: dict[str, str] = {}
    hosts: dict[str, str] = {}
    for r in _rows("outlets.tsv"):
        names[r["outlet"].lower()] = r["country"]
        hosts[r["host"].lower()] = r["country"]
    return names, hosts


def _host(url: str) -> str:
    """The web host of `url` in lower case, «www.» taken off ("" where it has none)."""
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname or ""
    except ValueError:
        return ""
    return host[4:] if host.startswith("www.") else host


def outlet_home(source: str | None, url: str | None) -> str | None:
    """The alpha-3 code of the state whose domestic news the article's outlet tells, by its web host (or a host it is
    a sub-host of: m.youm7.com) else its source name; None for a pan-Arab or international outlet (aawsat) and for
    an outlet outlets.tsv does not list."""
    names, hosts = _outlets()
    host = _host(url) if url else ""
    while host:
        if host in hosts:
            return hosts[host] or None
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return names.get(source.strip().lower()) or None if source else None
