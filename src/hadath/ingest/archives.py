"""Archives of pages (.zip, .tar, .tar.gz/.tgz, .tar.bz2, .tar.xz): each member handed to a reader in turn.

`iter_archive` writes nothing to disk (so member paths cannot escape anywhere) and reads every member
with a bounded read, never trusting the sizes its header claims: a member over the per-member limit,
or a zip member that inflates more than `max_ratio` times its compressed size (a zip bomb), is a
Failure without being decompressed, and the archive stops when the bytes it expands to pass the total
limit. A corrupt member (bad CRC, bad deflate data, encrypted) is a Failure and the next is read; a
corrupt or truncated archive is one Failure and ends. A tar is read as a stream, member by member.
"""

from __future__ import annotations

import bz2
import lzma
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .document import Document, Failure

MemberReader = Callable[[str, bytes], Iterable[Document | Failure]]
_CHUNK = 1 << 20
_RATIO_FLOOR = 1 << 20  # members under 1 MB are never judged by their compression ratio


def iter_archive(path: Path, *, member_reader: MemberReader, max_member_bytes: int = 50_000_000,
                 max_total_bytes: int = 1_000_000_000, max_ratio: int = 100,
                 max_members: int = 1_000_000) -> Iterator[Document | Failure]:
    """Read each regular member of a zip or tar archive, in order, with `member_reader(name, data)`.

    `name` is the member's source, f"{path}!{member}" (it ends with the member's own name, so its
    extension still tells its kind); what the reader yields is passed on, and an exception it raises
    becomes a Failure for that member. Directories, links and devices are skipped. Limits: bytes of
    one member, bytes of all members, uncompressed/compressed ratio of a zip member, members read.
    """
    path = Path(path)
    try:
        fh = open(path, "rb")
    except OSError as err:
        yield Failure(str(path), "", "open", f"cannot open: {err.strerror or err}")
        return
    limits = _Limits(max_member_bytes, max_total_bytes, max_ratio, max_members)
    with fh:
        if _is_zip(fh):
            yield from _zip_members(path, fh, member_reader, limits)
        else:
            yield from _tar_members(path, fh, member_reader, limits)


class _Limits:
    """The limits of one archive and what has been spent of them."""

    def __init__(self, member: int, total: int, ratio: int, members: int) -> None:
        self.member = member
        self.total = total
        self.ratio = ratio
        self.members = members
        self.spent = 0  # uncompressed bytes read or skipped
        self.count = 0


def _is_zip(fh: IO[bytes]) -> bool:
    """True for a zip (its own signature, or a zip behind a prefix); a tar or a compressed stream is not."""
    head = fh.read(265)
    fh.seek(0)
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return True
    if head.startswith((b"\x1f\x8b", b"BZh", b"\xfd7zXZ\x00")) or head[257:262] == b"ustar":
        return False
    try:
        return zipfile.is_zipfile(fh)  # a self-extracting archive: a program, then a zip
    finally:
        fh.seek(0)


def _describe(err: BaseException) -> str:
    text = str(err).strip()
    return f"{type(err).__name__}: {text.splitlines()[0][:200]}" if text else type(err).__name__


def _read_member(name: str, data: bytes, member_reader: MemberReader) -> Iterator[Document | Failure]:
    """What the member reader makes of one member; its exception becomes a Failure."""
    try:
        yield from member_reader(name, data)
    except Exception as err:  # the dispatcher's readers may raise on anything inside a member
        yield Failure(name, "", "parse", _describe(err))


# -- zip ---------------------------------------------------------------------------------------------

def _zip_members(path: Path, fh: IO[bytes], member_reader: MemberReader,
                 limits: _Limits) -> Iterator[Document | Failure]:
    try:
        archive = zipfile.ZipFile(fh)
        infos = archive.infolist()
    except Exception as err:  # BadZipFile, a truncated central directory, bad sizes…
        yield Failure(str(path), "", "open", f"not a readable zip archive: {_describe(err)}")
        return
    with archive:
        for info in infos:
            if info.is_dir():
                continue
            limits.count += 1
            if limits.count > limits.members:
                yield Failure(str(path), info.filename, "open",
                              f"archive has more than {limits.members} members; the rest is not read")
                return
            name = f"{path}!{info.filename}"
            refusal = _zip_refusal(info, limits)
            if refusal:
                yield Failure(name, "", "open", refusal)
                continue
            if limits.spent + info.file_size > limits.total:
                yield _past_total(path, info.filename, limits)
                return
            data = None
            try:
                data = _bounded_zip_read(archive, info, limits)
            except _Refused as why:
                yield Failure(name, "", "open", str(why))
            except Exception as err:  # bad CRC, bad deflate data, encrypted, unsupported method
                yield Failure(name, "", "open", f"corrupt member: {_describe(err)}")
            if limits.spent > limits.total:
                yield _past_total(path, info.filename, limits)
                return
            if data is not None:
                yield from _read_member(name, data, member_reader)


def _past_total(path: Path, member: str, limits: _Limits) -> Failure:
    return Failure(str(path), member, "open", f"archive expands past {limits.total} bytes; the rest is not read")


class _Refused(Exception):
    """A member refused while it was being read (bigger than its header said)."""


def _zip_refusal(info: zipfile.ZipInfo, limits: _Limits) -> str:
    """Why a zip member is refused from its header alone, or ""."""
    if info.file_size > limits.member:
        return f"member of {info.file_size} bytes is larger than {limits.member}; not read"
    if info.file_size > _RATIO_FLOOR and info.file_size > limits.ratio * max(info.compress_size, 1):
        return (f"member inflates {info.file_size} bytes from {info.compress_size} "
                f"(more than {limits.ratio} times): refused as a decompression bomb")
    return ""


def _bounded_zip_read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limits: _Limits) -> bytes:
    """The member's bytes, read a chunk at a time and refused as soon as it passes a limit."""
    cap = min(limits.member, max(_RATIO_FLOOR, limits.ratio * max(info.compress_size, 1)))
    parts: list[bytes] = []
    got = 0
    with archive.open(info) as member:
        while True:
            chunk = member.read(_CHUNK)
            if not chunk:
                break
            got += len(chunk)
            limits.spent += len(chunk)
            if got > cap:
                raise _Refused(f"member inflates past {cap} bytes (its header said {info.file_size}); refused")
            parts.append(chunk)
    return b"".join(parts)


# -- tar ---------------------------------------------------------------------------------------------

def _tar_members(path: Path, fh: IO[bytes], member_reader: MemberReader,
                 limits: _Limits) -> Iterator[Document | Failure]:
    try:
        archive = tarfile.open(fileobj=_decompressed(fh), mode="r|")
    except Exception as err:  # tarfile.ReadError, EOFError, a bad compressed stream…
        yield Failure(str(path), "", "open", f"not a zip or tar archive: {_describe(err)}")
        return
    with archive:
        last = ""
        while True:
            try:
                member = archive.next()
            except Exception as err:  # a cut or corrupt stream: nothing after it can be found
                yield Failure(str(path), last, "open", _broken(last, err))
                return
            if member is None:
                return
            if not member.isfile():
                continue
            last = member.name
            limits.count += 1
            if limits.count > limits.members:
                yield Failure(str(path), member.name, "open",
                              f"archive has more than {limits.members} members; the rest is not read")
                return
            if member.offset_data + member.size > limits.total:
                yield _past_total(path, member.name, limits)
                return
            name = f"{path}!{member.name}"
            if member.size > limits.member:
                yield Failure(name, "", "open", f"member of {member.size} bytes is larger than {limits.member}; not read")
                continue
            try:
                data = _bounded_tar_read(archive, member, limits)
            except Exception as err:  # the stream broke inside this member: the archive ends here
                yield Failure(str(path), member.name, "open", _broken(member.name, err, inside=True))
                return
            yield from _read_member(name, data, member_reader)


def _bounded_tar_read(archive: tarfile.TarFile, member: tarfile.TarInfo, limits: _Limits) -> bytes:
    stream = archive.extractfile(member)
    if stream is None:
        return b""
    data = stream.read(member.size + 1)  # read(n) sets n bytes aside: never more than the member
    if len(data) != member.size:
        raise EOFError(f"member {member.name} has {len(data)} of its {member.size} bytes")
    limits.spent = member.offset_data + member.size
    return data


def _broken(last: str, err: BaseException, inside: bool = False) -> str:
    if inside:
        where = f"inside member {last}"
    else:
        where = f"after member {last}" if last else "at its start"
    return f"truncated or corrupt archive {where}: {_describe(err)}"


# -- bounded decompression ---------------------------------------------------------------------------

def _decompressed(fh: IO[bytes]) -> Any:
    """`fh` itself for a plain tar, else a stream that inflates it (gzip, bzip2 or xz) a bounded chunk at a time.

    tarfile's own decompression inflates whole blocks at once: 10 KB of gzipped zeros become 10 MB
    in memory while a refused member is skipped. This one never holds more than a chunk.
    """
    head = fh.read(6)
    fh.seek(0)
    if head.startswith(b"\x1f\x8b"):
        return _Inflating(fh, lambda: zlib.decompressobj(16 + zlib.MAX_WBITS))
    if head.startswith(b"BZh"):
        return _Inflating(fh, bz2.BZ2Decompressor)
    if head.startswith(b"\xfd7zXZ\x00"):
        return _Inflating(fh, lzma.LZMADecompressor)
    return fh


class _Inflating:
    """A compressed stream (members or streams concatenated) read as a file, at most `size` bytes a read."""

    def __init__(self, raw: IO[bytes], new: Callable[[], Any]) -> None:
        self.raw = raw
        self.new = new
        self.inflate = new()

    def read(self, size: int | None = -1) -> bytes:
        """Up to `size` decompressed bytes; b"" at the end; EOFError when the stream is cut short."""
        limit = size if size and size > 0 else _CHUNK
        stalled = False
        while True:
            if self.inflate.eof:  # a member ended: another may follow
                data = self.inflate.unused_data or self.raw.read(_CHUNK)
                if not data:
                    return b""
                self.inflate = self.new()
            else:
                data = None if stalled else self._pending()
                if data is None:
                    data = self.raw.read(_CHUNK)
                    if not data:
                        out = self.inflate.decompress(b"", limit)  # output still held inside
                        if out:
                            return out
                        raise EOFError("compressed stream cut short")
            out = self.inflate.decompress(data, limit)
            if out:
                return out
            stalled = not data  # nothing in, nothing out: more input is needed

    def _pending(self) -> bytes | None:
        """Input the decompressor has not taken yet (b"" when it holds output to give), or None when it needs more."""
        tail = getattr(self.inflate, "unconsumed_tail", None)
        if tail is not None:  # zlib
            return tail or None
        return None if self.inflate.needs_input else b""
