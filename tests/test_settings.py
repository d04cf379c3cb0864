"""Settings: packaged defaults, a user file overriding only what it sets, errors that say what is wrong."""

import json

import pytest

import hadath
from hadath.cli import main
from hadath.settings import Settings, SettingsError, load_settings

TOPIC = "وقال إن الحديث عن اغتيال الزعيم الراحل ما زال يشغل الرأي العام منذ سنوات طويلة جدا."


def test_packaged_defaults():
    assert load_settings() == Settings(report_filter=True, topic_gate=True, report_thresholds={})


def test_user_file_overrides_only_what_it_sets(tmp_path):
    f = tmp_path / "my.cfg"
    f.write_text("[coder]\nreport_thresholds = assault=0.3\n", encoding="utf-8")
    s = load_settings(f)
    assert s.report_filter is True and s.report_thresholds == {"ASSAULT": 0.3}


def test_environment_names_the_user_file(tmp_path, monkeypatch):
    f = tmp_path / "env.cfg"
    f.write_text("[coder]\nreport_filter = no\n", encoding="utf-8")
    monkeypatch.setenv("HADATH_SETTINGS", str(f))
    assert load_settings().report_filter is False


@pytest.mark.parametrize("content", ["[coder]\nreport_filter = maybe\n", "[coder]\ntopic_gate = perhaps\n", "[coder]\nreport_thresholds = ASSAULT:x\n",
                                     "not an ini file"])
def test_bad_settings_are_clear_errors(tmp_path, content):
    f = tmp_path / "bad.cfg"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(SettingsError):
        load_settings(f)


def test_turning_the_report_filter_off_keeps_topic_mentions():
    assert "ASSAULT" not in [e.event for e in hadath.load()(TOPIC).events]
    recall = hadath.load(Settings(report_filter=False))
    assert "ASSAULT" in [e.event for e in recall(TOPIC).events]


def test_cli_takes_a_settings_file(tmp_path, capsys):
    f = tmp_path / "s.cfg"
    f.write_text("[coder]\nreport_filter = off\n", encoding="utf-8")
    t = tmp_path / "t.txt"
    t.write_text(TOPIC, encoding="utf-8")
    assert main(["--settings", str(f), "code", str(t)]) == 0
    assert any(json.loads(x)["event"] == ["ASSAULT"] for x in capsys.readouterr().out.splitlines())
    assert main(["--settings", str(tmp_path / "missing.cfg"), "code", str(t)]) == 2
    assert "does not exist" in capsys.readouterr().err


SPORT = ("وصل فريق النصر إلى النمسا أمس لإقامة معسكره الخارجي استعدادا للموسم الجديد. "
         "وأكد المدرب أن جميع اللاعبين في حالة جيدة قبل مباراة السوبر. "
         "ويلتقي الفريق في أول مباراة ودية نظيره النمساوي يوم الأحد. "
         "وكانت إدارة النادي قد دخلت في مفاوضات مع اللاعب البرازيلي لتمديد عقده.")


def test_turning_the_topic_gate_off_keeps_a_sport_storys_meetings(tmp_path):
    """topic_gate = off: the sport story's meetings and talks stay coded, and no topic is told."""
    assert not {e.event for e in hadath.load()(SPORT).events} - {"ASSAULT", "PROTEST"}
    f = tmp_path / "s.cfg"
    f.write_text("[coder]\ntopic_gate = off\n", encoding="utf-8")
    assert load_settings(f).topic_gate is False and load_settings(f).report_filter is True
    art = hadath.load(str(f))(SPORT)
    assert {e.event for e in art.events} & {"CONSULT"} and art.topic is None
