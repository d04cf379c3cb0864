"""Canonical events in the store: one real-world event told by many articles and outlets is one cluster."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hadath.cli import main
from hadath.ingest.run import ingest
from hadath.store import Store

# (outlet, published, text): four outlets tell Russia's request to Washington, one denies it, one tells a
# later request; a Saudi minister's two different meetings on one day; a copy of one of them elsewhere
ARTICLES = [
    ("a.example", "2016-05-21", "أعلن وزير الدفاع الروسي سيرجي شويغو أن موسكو طلبت من واشنطن تنفيذ ضربات جوية "
                                "مشتركة في سوريا."),
    ("b.example", "2016-05-22", "قالت مصادر دبلوماسية إن روسيا طلبت من الولايات المتحدة شن غارات مشتركة على "
                                "مواقع المسلحين في سوريا، في خطوة نادرة بين البلدين."),
    ("c.example", "2016-05-22", "نفت وزارة الدفاع الأمريكية أن تكون روسيا قد طلبت من الولايات المتحدة تنفيذ "
                                "ضربات جوية مشتركة."),
    ("b.example", "2016-06-10", "طلبت روسيا من الولايات المتحدة مجددا استئناف التنسيق العسكري في سوريا بعد تعثر "
                                "المحادثات."),
    ("a.example", "2016-05-21", "استقبل وزير الخارجية السعودي عادل الجبير في الرياض اليوم وفدا رسميا وبحث معه "
                                "العلاقات الثنائية في مختلف المجالات وسبل تعزيزها بما يخدم مصالح البلدين."),
    ("d.example", "2016-05-21", "استقبل وزير الخارجية السعودي عادل الجبير في الرياض اليوم وفدا رسميا وبحث معه "
                                "العلاقات الثنائية في مختلف المجالات وسبل تعزيزها بما يخدم مصالح البلدين الشقيقين."),
    ("c.example", "2016-05-21", "التقى وزير الخارجية السعودي عادل الجبير في جدة اليوم رجال أعمال وبحث معهم فرص "
                                "الاستثمار."),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("clusters")
    rows = [{"url": f"https://{site}/{i}", "content": text, "date_extracted": day, "source": site}
            for i, (site, day, text) in enumerate(ARTICLES)]
    (d / "in.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    path = d / "h.duckdb"
    summary = ingest([str(d / "in.jsonl")], str(path))
    assert summary.stored == len(ARTICLES) and summary.clusters > 0
    return path


def _cluster_of(store: Store, url: str, event: str) -> dict:
    cid = store.con.execute("""SELECT m.cluster_id FROM events e JOIN articles a USING (doc_id)
                               JOIN cluster_members m USING (event_id) WHERE a.url = ? AND e.event = ?""",
                            [url, event]).fetchall()
    assert len({c for (c,) in cid}) == 1, (url, event, cid)
    row = store.con.execute("SELECT * FROM event_clusters WHERE cluster_id = ?", [cid[0][0]]).fetchone()
    names = [d[0] for d in store.con.description]
    return dict(zip(names, row))


def test_one_request_told_by_three_outlets_and_denied_by_one_is_one_contested_event(db):
    with Store(db, read_only=True) as s:
        c = _cluster_of(s, "https://a.example/0", "REQUEST")
        assert c["event"] == "REQUEST" and c["actor_codes"] == ["RUS"] and c["recipient_codes"] == ["USA"]
        assert c["mentions"] == 3 and c["articles"] == 3 and c["sources"] == 3
        assert c["asserted"] == 2 and c["denied"] == 1 and c["contested"]
        assert str(c["first_seen"]) == "2016-05-21" and str(c["first_date"]) == "2016-05-21"
        assert _cluster_of(s, "https://c.example/2", "REQUEST")["cluster_id"] == c["cluster_id"]
        # the request of June is another event
        later = _cluster_of(s, "https://b.example/3", "REQUEST")
        assert later["cluster_id"] != c["cluster_id"] and later["mentions"] == 1 and not later["contested"]


def test_one_sided_events_join_only_copies_of_their_story(db):
    with Store(db, read_only=True) as s:
        riyadh = _cluster_of(s, "https://a.example/4", "CONSULT")
        copy = _cluster_of(s, "https://d.example/5", "CONSULT")
        jeddah = _cluster_of(s, "https://c.example/6", "CONSULT")
        assert riyadh["cluster_id"] == copy["cluster_id"] and riyadh["sources"] == 2 and riyadh["articles"] == 2
        assert jeddah["cluster_id"] != riyadh["cluster_id"] and jeddah["articles"] == 1


def test_event_records_carry_mentions_sources_and_stories_lists_canonical_events(db, capsys):
    assert main(["events", "--db", str(db), "--type", "REQUEST", "--format", "jsonl"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    may = [r for r in records if r["date"] < "2016-06-01"]
    assert len(may) == 3 and len({r["cluster_id"] for r in may}) == 1
    assert all(r["mentions"] == 3 and r["sources"] == 3 and r["articles"] == 3 and r["first_seen"] == "2016-05-21"
               and r["story_id"] for r in may)
    assert main(["stories", "--db", str(db), "--contested", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(r["event"], r["actor_codes"], r["recipient_codes"], r["mentions"]) for r in rows] == [
        ("REQUEST", ["RUS"], ["USA"], 3)]
    assert main(["stories", "--db", str(db)]) == 0
    assert "3 mentions in 3 articles, 3 sources, first seen 2016-05-21 CONTESTED" in capsys.readouterr().out


def test_clusters_are_rebuilt_the_same_and_a_second_ingest_extends_them(db, tmp_path):
    with Store(db, read_only=True) as s:
        before = s.con.execute("SELECT * FROM event_clusters ORDER BY cluster_id").fetchall()
    copy = tmp_path / "h.duckdb"
    copy.write_bytes(db.read_bytes())
    extra = tmp_path / "more.jsonl"
    extra.write_text(json.dumps({"url": "https://e.example/x", "date_extracted": "2016-05-23", "source": "e.example",
                                 "content": "ذكرت صحيفة روسية أن موسكو طلبت من واشنطن تنسيق الضربات الجوية ضد "
                                            "المتشددين قبل يومين."}, ensure_ascii=False) + "\n", encoding="utf-8")
    with Store(copy) as s:
        s.refresh_clusters()
        assert s.con.execute("SELECT * FROM event_clusters ORDER BY cluster_id").fetchall() == before
    ingest([str(extra)], str(copy))
    with Store(copy, read_only=True) as s:
        c = _cluster_of(s, "https://e.example/x", "REQUEST")
        assert c["mentions"] == 4 and c["sources"] == 4 and c["contested"]


def test_claims_lists_the_contested_request_from_both_sides(db, capsys):
    assert main(["claims", "--db", str(db), "--contested", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    request = [r for r in rows if r["event"] == "REQUEST" and r["date"] < "2016-06-01"]
    assert {r["stance"] for r in request} == {"assert", "deny"} and all(r["contested"] for r in request)
    assert not any(r["date"] >= "2016-06-01" for r in rows)  # June's request is denied by nobody
