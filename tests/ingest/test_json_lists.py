"""A JSON file of one list: what comes after the list's end is reported, not lost silently."""

import json

from hadath.ingest.readers import iter_documents


def test_a_second_list_after_the_first_is_a_failure_with_its_line(tmp_path):
    first = [{"text": "قال وزير الخارجية إن بلاده تدعم الحل السياسي.", "id": "a1"}]
    second = [{"text": "أدانت الحكومة الهجوم على السفارة.", "id": "a2"}]
    path = tmp_path / "two.json"
    path.write_text(json.dumps(first, ensure_ascii=False) + "\n" + json.dumps(second, ensure_ascii=False),
                    encoding="utf-8")
    got = list(iter_documents([str(path)]))
    assert [type(x).__name__ for x in got] == ["Document", "Failure"]
    assert "extra data after the JSON list at line 2" in got[1].reason


def test_whitespace_after_the_list_is_nothing(tmp_path):
    path = tmp_path / "one.json"
    path.write_text(json.dumps([{"text": "قال الوزير"}], ensure_ascii=False) + "\n\n  \n", encoding="utf-8")
    assert [type(x).__name__ for x in iter_documents([str(path)])] == ["Document"]
