"""Round 116 (sc116): outlets.tsv, the news outlets and the country of their domestic stories."""

import re
from importlib import resources

from hadath.lexicon.outlets import outlet_home


def _lines():
    return resources.files("hadath.lexicon").joinpath("data", "outlets.tsv").read_text("utf-8").splitlines()


def test_outlets_file_is_versioned_with_its_header():
    """The first line is its version; the header and every row have four fields; a country is alpha-3 or empty."""
    lines = _lines()
    assert re.fullmatch(r"# version: \d+", lines[0])
    header, *rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    assert header == ["outlet", "host", "country", "kind"]
    assert rows and all(len(r) == 4 and re.fullmatch(r"(?:[A-Z]{3})?", r[2]) for r in rows)
    assert all((r[3] == "pan_arab") == (r[2] == "") for r in rows)


def test_outlet_home_by_source_and_host():
    """A Saudi paper by its source name or host (a sub-host too); a pan-Arab outlet or an unknown one: none."""
    assert outlet_home("sabq", None) == "SAU"
    assert outlet_home(None, "http://www.okaz.com.sa/new/Issues/20150721/Con1.htm") == "SAU"
    assert outlet_home(None, "https://m.youm7.com/story/1") == "EGY"
    assert outlet_home("aawsat", "http://aawsat.com/home/article/1") is None
    assert outlet_home(None, "http://www.bbc.com/arabic/middleeast") is None
    assert outlet_home("unknown paper", None) is None
