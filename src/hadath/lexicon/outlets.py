"""News outlets and the country of their domestic stories (outlets.tsv), read by a source name or a web host."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import urlsplit

from .compile import _rows


@lru_cache(maxsize=1)
def _outlets() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(source name → (country, host), host → country) of outlets.tsv, lower case; a pan-Arab outlet's country is ""."""
    names: dict[str, tuple[str, str]] = {}
    hosts: dict[str, str] = {}
    for r in _rows("outlets.tsv"):
        names.setdefault(r["outlet"].lower(), (r["country"], r["host"].lower()))
        hosts[r["host"].lower()] = r["country"]
    return names, hosts


def _host(url: str) -> str:
    """The web host of `url` in lower case, «www.» and a closing dot taken off ("" where it has none): a url with no
    scheme («m.okaz.com.sa/x», «okaz.com.sa/a//b») is read as a host and a path, spaces round it are left out."""
    url = url.strip()
    try:
        host = urlsplit(url if "://" in url or url.startswith("//") else "//" + url).hostname or ""
    except ValueError:
        return ""
    host = host.rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _site(host: str) -> str:
    """The first label of a web host, its site's name («alwatan» of alwatan.com.kw and alwatan.com.sa)."""
    return host.partition(".")[0]


def outlet_home(source: str | None, url: str | None) -> str | None:
    """The alpha-3 code of the state whose domestic news the article's outlet tells, by its web host (or a host it is
    a sub-host of: m.youm7.com) else its source name; None for a pan-Arab or international outlet (aawsat), for an
    outlet outlets.tsv does not list, and for a source name whose url is a namesake's unlisted host of the same site
    name (source alwatan, the Saudi paper's name, with a url of another Al Watan, «alwatan.ps»). A source or url that
    is no string is none."""
    return _home(source if isinstance(source, str) else "", url if isinstance(url, str) else "")


@lru_cache(maxsize=256)
def _home(source: str, url: str) -> str | None:
    """`outlet_home` of a source name and a url that are strings ("" for none)."""
    names, hosts = _outlets()
    source = source.strip().lower()
    full = host = _host(url) if url else ""
    while host:
        if host in hosts:
            return hosts[host] or None
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    country, own = names.get(source, ("", ""))
    if full and "." in full and _site(full) == _site(own):
        return None  # (a namesake outlet of another land: its own host, not the one the source name's outlet has)
    return country or None
