"""A JSONL record whose title, url or source is not a string is still coded; the bad field is ignored and recorded."""

import json

import hadath
from hadath.inputs import read_records

_TEXT = "قالت وزارة الداخلية إن الشرطة اعتقلت ثلاثة مسلحين في الرياض أمس."


def test_non_string_url_source_and_title_are_ignored_and_recorded(tmp_path):
    path = tmp_path / "bad.jsonl"
    good = {"text": _TEXT, "url": "http://www.okaz.com.sa/x", "source": "okaz", "title": "القبض على مسلحين"}
    bad = {"text": _TEXT, "url": 123, "source": 7, "title": ["x"], "date": "2015-07-21"}
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in (good, bad)) + "\n", encoding="utf-8")
    problems = []
    articles = list(read_records(str(path), None, "2015-07-21", problems))
    assert [a.url for a in articles] == ["http://www.okaz.com.sa/x", None]
    assert [a.source for a in articles] == ["okaz", None]
    assert articles[1].title is None
    assert sorted(p.reason.split("'")[1] for p in problems) == ["source", "title", "url"]
    assert all(p.where.endswith(":2") and not p.skipped for p in problems)
    nlp = hadath.load()
    arrests = [e for e in nlp(articles[1]).events if e.event == "COERCE"]
    assert arrests and arrests[0].trigger.text == "اعتقلت"
