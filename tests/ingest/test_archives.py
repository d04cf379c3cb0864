"""iter_archive: zip and tar archives of pages, members read in order with bounded reads; bombs refused."""

from __future__ import annotations

import io
import struct
import tarfile
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from hadath.ingest.archives import iter_archive
from hadath.ingest.document import Document, Failure

P1 = "<html><body><p>أعلنت الحكومة حالة الطوارئ في ثلاث محافظات.</p></body></html>"
P2 = "<html><body><p>التقى وزير الخارجية نظيره التركي في أنقرة.</p></body></html>"
P3 = "<html><body><p>أفرجت السلطات عن عشرين معتقلا بعد وساطة قبلية.</p></body></html>"


class FakeReader:
    """Stands for the dispatcher's member reader: records what it was given, one Document a page."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def __call__(self, name: str, data: bytes):
        self.names.append(name)
        if data.startswith(b"RAISE"):
            raise ValueError("cannot sniff this member")
        if name.endswith(".bin"):
            yield Failure(name, "", "decode", "not a page")
            return
        yield Document(text=data.decode("utf-8"), source=name, kind="html")


def kinds(items):
    return [type(x).__name__ for x in items]


def make_zip(path: Path, members: list[tuple[str, bytes]], method=zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as zf:
        for name, data in members:
            if name.endswith("/"):
                zf.writestr(zipfile.ZipInfo(name), b"")
            else:
                zf.writestr(name, data)
    return path


def make_tar(path: Path, members: list[tuple[str, bytes]], mode: str = "w") -> Path:
    with tarfile.open(path, mode) as tf:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("pages/link.html")
        link.type, link.linkname = tarfile.SYMTYPE, "../../etc/passwd"
        tf.addfile(link)
    return path


MEMBERS = [("pages/", b""), ("pages/a.html", P1.encode()), ("pages/b.html", P2.encode()),
           ("pages/logo.bin", b"\x89PNG"), ("pages/c.html", P3.encode())]


def test_zip_members_are_read_in_order(tmp_path):
    path = make_zip(tmp_path / "pages.zip", MEMBERS)
    reader = FakeReader()
    out = list(iter_archive(path, member_reader=reader))
    assert reader.names == [f"{path}!pages/a.html", f"{path}!pages/b.html", f"{path}!pages/logo.bin",
                            f"{path}!pages/c.html"]  # the directory is skipped
    assert kinds(out) == ["Document", "Document", "Failure", "Document"]
    assert [d.text for d in out if isinstance(d, Document)] == [P1, P2, P3]
    assert out[0].source == f"{path}!pages/a.html"
    assert out[2].reason == "not a page"  # the member reader's Failure passes through


@pytest.mark.parametrize("suffix, mode", [(".tar", "w"), (".tar.gz", "w:gz"), (".tgz", "w:gz"),
                                          (".tar.bz2", "w:bz2"), (".tar.xz", "w:xz")])
def test_tar_members_are_read_in_order(tmp_path, suffix, mode):
    path = make_tar(tmp_path / f"pages{suffix}", [m for m in MEMBERS if not m[0].endswith("/")], mode)
    reader = FakeReader()
    out = list(iter_archive(path, member_reader=reader))
    assert kinds(out) == ["Document", "Document", "Failure", "Document"]  # the symlink is skipped
    assert reader.names[0] == f"{path}!pages/a.html" and len(reader.names) == 4
    assert [d.text for d in out if isinstance(d, Document)] == [P1, P2, P3]


def test_a_zip_bomb_is_refused_quickly_without_memory_and_the_next_member_is_read(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("a.html", P1)
        with zf.open("zeros.html", "w", force_zip64=True) as member:
            chunk = bytes(1 << 20)
            for _ in range(200):  # 200 MB of zeros, about 200 KB compressed
                member.write(chunk)
        zf.writestr("c.html", P3)
    assert path.stat().st_size < 1_000_000
    tracemalloc.start()
    started = time.perf_counter()
    try:
        out = list(iter_archive(path, member_reader=FakeReader()))
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert kinds(out) == ["Document", "Failure", "Document"]
    assert out[1].source == f"{path}!zeros.html" and "larger than 50000000" in out[1].reason
    assert elapsed < 1.0 and peak < 5_000_000, (elapsed, peak)


class Zeros(io.RawIOBase):
    """`n` zero bytes, never held in memory at once."""

    def __init__(self, n: int) -> None:
        self.left = n

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        n = min(len(buffer), self.left)
        buffer[:n] = bytes(n)
        self.left -= n
        return n


def test_a_huge_tar_gz_member_is_skipped_in_bounded_memory_and_the_next_is_read(tmp_path):
    path = tmp_path / "bomb.tar.gz"
    with tarfile.open(path, "w:gz", compresslevel=1) as tf:
        for name, size, data in (("a.html", None, P1.encode()), ("zeros.html", 100_000_000, None),
                                 ("c.html", None, P3.encode())):
            info = tarfile.TarInfo(name)
            info.size = size or len(data)
            tf.addfile(info, io.BufferedReader(Zeros(size)) if size else io.BytesIO(data))
    tracemalloc.start()
    started = time.perf_counter()
    try:
        out = list(iter_archive(path, member_reader=FakeReader()))
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert kinds(out) == ["Document", "Failure", "Document"]
    assert "larger than 50000000" in out[1].reason
    assert peak < 5_000_000 and elapsed < 5.0, (peak, elapsed)


def test_a_member_under_the_size_limit_that_inflates_too_much_is_refused(tmp_path):
    path = make_zip(tmp_path / "ratio.zip", [("zeros.html", bytes(10_000_000)), ("b.html", P2.encode())])
    out = list(iter_archive(path, member_reader=FakeReader()))
    assert kinds(out) == ["Failure", "Document"]
    assert "decompression bomb" in out[0].reason and "more than 100 times" in out[0].reason
    # a small member is never judged by its ratio: 500 KB of spaces compress 1000 times
    path = make_zip(tmp_path / "small.zip", [("blank.html", b" " * 500_000)])
    assert kinds(iter_archive(path, member_reader=FakeReader())) == ["Document"]


def _patch_member(data: bytearray, name: bytes, *, local: dict[int, bytes], central: dict[int, bytes]) -> None:
    """Overwrite fields of one member's local header and central directory entry (offsets within each)."""
    for sig, fields in ((b"PK\x03\x04", local), (b"PK\x01\x02", central)):
        at = 0
        while True:
            at = data.index(sig, at)
            name_at = at + (30 if sig == b"PK\x03\x04" else 46)
            if data[name_at: name_at + len(name)] == name:
                break
            at += 4
        for offset, value in fields.items():
            data[at + offset: at + offset + len(value)] = value


def test_a_member_whose_header_lies_about_its_size_is_a_failure(tmp_path):
    path = make_zip(tmp_path / "liar.zip", [("a.html", P1.encode()), ("zeros.html", bytes(5_000_000)),
                                           ("c.html", P3.encode())])
    data = bytearray(path.read_bytes())
    small = struct.pack("<I", 1000)  # the header says 1000 bytes; 5 MB are there
    _patch_member(data, b"zeros.html", local={22: small}, central={24: small})
    path.write_bytes(bytes(data))
    out = list(iter_archive(path, member_reader=FakeReader()))
    assert kinds(out) == ["Document", "Failure", "Document"]
    assert out[1].source == f"{path}!zeros.html" and "corrupt member" in out[1].reason


def test_corrupt_and_encrypted_members_are_failures_and_the_rest_is_read(tmp_path):
    path = make_zip(tmp_path / "corrupt.zip", [("a.html", P1.encode() * 20), ("b.html", P2.encode() * 20),
                                              ("c.html", P3.encode())])
    data = bytearray(path.read_bytes())
    start = data.index(b"PK\x03\x04", 10)  # b.html's local header
    body = start + 30 + len("b.html") + 10
    data[body: body + 20] = bytes(20)
    _patch_member(data, b"c.html", local={6: b"\x01\x00"}, central={8: b"\x01\x00"})  # "encrypted"
    path.write_bytes(bytes(data))
    out = list(iter_archive(path, member_reader=FakeReader()))
    assert kinds(out) == ["Document", "Failure", "Failure"]
    assert out[1].source.endswith("!b.html") and out[1].reason.startswith("corrupt member")
    assert out[2].source.endswith("!c.html") and "encrypted" in out[2].reason


def test_a_member_reader_that_raises_is_a_failure_for_that_member(tmp_path):
    path = make_zip(tmp_path / "r.zip", [("a.html", P1.encode()), ("b.html", b"RAISE"), ("c.html", P3.encode())])
    out = list(iter_archive(path, member_reader=FakeReader()))
    assert kinds(out) == ["Document", "Failure", "Document"]
    assert out[1].source.endswith("!b.html") and out[1].stage == "parse"
    assert out[1].reason == "ValueError: cannot sniff this member"


@pytest.mark.parametrize("mode", ["w", "w:gz"])
def test_a_truncated_tar_yields_what_was_read_then_one_failure(tmp_path, mode):
    big = ("<p>" + "خبر " * 40_000 + "</p>").encode()  # about 320 KB, so the cut falls inside it
    whole = make_tar(tmp_path / "whole.tar", [("a.html", P1.encode()), ("b.html", big), ("c.html", P3.encode())], mode)
    data = whole.read_bytes()
    path = tmp_path / "cut.tar"
    path.write_bytes(data[: len(data) // 2])
    out = list(iter_archive(path, member_reader=FakeReader()))
    assert kinds(out) == ["Document", "Failure"]
    assert out[1].source == str(path) and out[1].offset == "b.html"
    assert out[1].reason.startswith("truncated or corrupt archive inside member b.html")


def test_a_truncated_zip_and_a_non_archive_are_one_failure(tmp_path):
    whole = make_zip(tmp_path / "whole.zip", MEMBERS)
    path = tmp_path / "cut.zip"
    path.write_bytes(whole.read_bytes()[:-30])  # the end of the central directory is gone
    (f,) = list(iter_archive(path, member_reader=FakeReader()))
    assert f.source == str(path) and f.stage == "open" and f.reason.startswith("not a readable zip archive")
    text = tmp_path / "notes.tgz"
    text.write_text("not an archive at all\n" * 50, encoding="utf-8")
    (g,) = list(iter_archive(text, member_reader=FakeReader()))
    assert g.reason.startswith("not a zip or tar archive")
    (h,) = list(iter_archive(tmp_path / "absent.zip", member_reader=FakeReader()))
    assert h.reason.startswith("cannot open")


def test_limits_on_members_on_the_total_and_on_the_count(tmp_path):
    members = [("a.html", P1.encode()), ("b.html", P2.encode() * 10), ("c.html", P3.encode())]
    for path in (make_zip(tmp_path / "l.zip", members), make_tar(tmp_path / "l.tar.gz", members, "w:gz")):
        out = list(iter_archive(path, member_reader=FakeReader(), max_member_bytes=1000))
        assert kinds(out) == ["Document", "Failure", "Document"] and "larger than 1000" in out[1].reason
        out = list(iter_archive(path, member_reader=FakeReader(), max_total_bytes=1200))  # tar counts headers
        assert kinds(out) == ["Document", "Failure"] and "expands past" in out[1].reason
        assert out[1].source == str(path) and out[1].offset == "b.html"
        out = list(iter_archive(path, member_reader=FakeReader(), max_members=2))
        assert kinds(out) == ["Document", "Document", "Failure"] and "more than 2 members" in out[2].reason


def test_an_empty_archive_yields_nothing(tmp_path):
    assert list(iter_archive(make_zip(tmp_path / "e.zip", []), member_reader=FakeReader())) == []
    with tarfile.open(tmp_path / "e.tar", "w"):
        pass
    assert list(iter_archive(tmp_path / "e.tar", member_reader=FakeReader())) == []
