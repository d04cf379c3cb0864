"""The packaged actor and agent tables are exactly what tools/build_actor_lexicon.py makes from lexicon_src/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "src" / "hadath" / "lexicon" / "data"


def test_build_reproduces_the_packaged_tables(shared_dir: Path, tmp_path: Path) -> None:
    """A row written into the built table by hand (and lost at the next build) fails here."""
    pytest.importorskip("babel")
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_actor_lexicon.py"), "--shared", str(shared_dir),
                    "--out", str(tmp_path)], check=True, capture_output=True)
    for name in ("actors.tsv", "agents.tsv"):
        built = (tmp_path / name).read_text(encoding="utf-8").splitlines()
        packaged = (DATA / name).read_text(encoding="utf-8").splitlines()
        assert set(packaged) - set(built) == set(), f"{name}: rows only in the package (add them to lexicon_src/)"
        assert built == packaged, f"{name}: rebuild with tools/build_actor_lexicon.py"
