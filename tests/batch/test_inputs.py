"""Reading inputs: damaged WARC archives, decompression bombs, oversized files (issue 20).

Every record of an archive yields a document or an error record naming it; nothing vanishes
silently and nothing is decompressed past the size cap. Each WARC case runs with warcio and,
when it is installed, with FastWARC.
"""

from __future__ import annotations

import gzip
import io
import sys
import tracemalloc
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from articlekit.batch import Input, iter_inputs
from articlekit.pipeline import Failure

PAGE = b"<html><body><h1>Title %d</h1><p>" + b"Some text here. " * 30 + b"</p></body></html>"


@pytest.fixture(params=["warcio", "fastwarc"])
def reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Which WARC reader iter_inputs uses (FastWARC when importable, warcio otherwise)."""
    if request.param == "fastwarc":
        pytest.importorskip("fastwarc")
    else:
        monkeypatch.setitem(sys.modules, "fastwarc", None)  # makes ``import fastwarc`` fail
    return str(request.param)


def _warc(
    count: int,
    *,
    compress: bool = True,
    kind: str = "response",
    body: bytes | None = None,
    headers: tuple[tuple[str, str], ...] = (),
) -> bytes:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=compress)
    writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
    for i in range(count):
        payload = body if body is not None else PAGE % i
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html"), *headers], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            f"https://example.com/{i}",
            kind,
            payload=io.BytesIO(payload),
            http_headers=http if kind == "response" else None,
            warc_content_type="text/html" if kind == "resource" else None,
        )
        writer.write_record(record)
        record.raw_stream.close()  # warcio spooled the payload to a temporary file
    return buffer.getvalue()


def _members(data: bytes) -> list[int]:
    """Offsets of the gzip members (one per record) of a .warc.gz."""
    offsets, at = [], data.find(b"\x1f\x8b\x08")
    while at >= 0:
        offsets.append(at)
        at = data.find(b"\x1f\x8b\x08", at + 1)
    return offsets


def _read(path: Path, max_size: int = 20_000_000) -> tuple[list[Input], list[Failure]]:
    items = list(iter_inputs([str(path)], max_size=max_size))
    ids = [i.input_id for i in items]
    assert len(ids) == len(set(ids)), "an input id came twice"
    return [i for i in items if isinstance(i, Input)], [i for i in items if isinstance(i, Failure)]


@pytest.mark.usefixtures("reader")
def test_a_sound_archive_gives_every_page(tmp_path: Path) -> None:
    """The baseline: 15 response records, 15 inputs, no error."""
    path = tmp_path / "ok.warc.gz"
    path.write_bytes(_warc(15))
    pages, errors = _read(path)
    assert len(pages) == 15
    assert not errors
    assert pages[3].url == "https://example.com/3"
    assert b"Title 3" in pages[3].raw


@pytest.mark.usefixtures("reader")
def test_records_after_a_corrupt_gzip_member_are_read(tmp_path: Path) -> None:
    """A corrupt member is one error record naming its offset; the 9 records after it are read."""
    data = bytearray(_warc(15))
    member = _members(bytes(data))[6]  # the warcinfo record is member 0: this is page 5
    data[member + 30 : member + 60] = bytes(30)
    path = tmp_path / "corrupt.warc.gz"
    path.write_bytes(bytes(data))
    pages, errors = _read(path)
    assert len(pages) == 14
    assert [e.input_id for e in errors] == [f"{path}#{member}"]
    assert "damaged WARC data" in errors[0].message
    assert b"Title 14" in pages[-1].raw


@pytest.mark.usefixtures("reader")
def test_a_truncated_last_member_is_an_error(tmp_path: Path) -> None:
    """An archive cut inside its last record gives an error record for it, not silence."""
    data = _warc(4)
    last = _members(data)[-1]
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: last + (len(data) - last) // 2])
    pages, errors = _read(path)
    assert len(pages) == 3
    assert [e.input_id for e in errors] == [f"{path}#{last}"]


@pytest.mark.usefixtures("reader")
def test_a_truncated_record_is_not_a_shorter_document(tmp_path: Path) -> None:
    """An uncompressed record whose block is shorter than its Content-Length is an error."""
    data = _warc(3, compress=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(data[:-200])
    pages, errors = _read(path)
    assert len(pages) == 2
    (error,) = errors
    assert "truncated WARC record" in error.message


@pytest.mark.usefixtures("reader")
def test_resource_records_are_pages(tmp_path: Path) -> None:
    """``resource`` records (a page stored without HTTP) are extracted, not skipped."""
    path = tmp_path / "resources.warc.gz"
    path.write_bytes(_warc(2, kind="resource"))
    pages, errors = _read(path)
    assert len(pages) == 2
    assert not errors
    assert pages[0].media_type == "text/html"
    assert b"Title 1" in pages[1].raw


@pytest.mark.usefixtures("reader")
def test_a_gzip_content_encoding_bomb_is_capped(tmp_path: Path) -> None:
    """A 50 MB body behind gzip Content-Encoding is refused without decoding it whole."""
    bomb = gzip.compress(b"<p>" + b"a" * 50_000_000, compresslevel=1)
    path = tmp_path / "bomb.warc.gz"
    path.write_bytes(_warc(1, body=bomb, headers=(("Content-Encoding", "gzip"),)))
    tracemalloc.start()
    try:
        pages, errors = _read(path, max_size=1_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert not pages
    (error,) = errors
    assert "exceeds the maximum size" in error.message
    assert peak < 20_000_000  # decoded whole, it would be 50 MB


@pytest.mark.usefixtures("reader")
def test_gzip_content_encoding_is_decoded(tmp_path: Path) -> None:
    """A small gzip-encoded body comes out decoded, with either reader."""
    path = tmp_path / "gz.warc.gz"
    path.write_bytes(
        _warc(1, body=gzip.compress(PAGE % 7), headers=(("Content-Encoding", "gzip"),))
    )
    (page,), errors = _read(path)
    assert not errors
    assert page.raw == PAGE % 7


def test_a_gz_file_of_zeros_is_refused_at_the_cap(tmp_path: Path) -> None:
    """A .html.gz that decompresses past the cap is an error record, read no further."""
    path = tmp_path / "zeros.html.gz"
    with gzip.open(path, "wb", compresslevel=1) as handle:
        for _ in range(30):
            handle.write(bytes(1_000_000))
    tracemalloc.start()
    try:
        (item,) = iter_inputs([str(path)], max_size=5_000_000)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert isinstance(item, Failure)
    assert peak < 20_000_000  # decompressed whole, it would be 30 MB
    assert "decompresses to more than the maximum size" in item.message


def test_a_file_over_the_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(b"<p>" + b"a" * 2000)
    (item,) = iter_inputs([str(path)], max_size=1000)
    assert isinstance(item, Failure)
    assert item.error_type == "InputError"


def test_a_broken_gz_file_is_an_error_record(tmp_path: Path) -> None:
    path = tmp_path / "broken.html.gz"
    path.write_bytes(gzip.compress(PAGE % 1)[:-12])
    (item,) = iter_inputs([str(path)])
    assert isinstance(item, Failure)


def test_stdin_over_the_cap_is_refused() -> None:
    (item,) = iter_inputs(["-"], stdin=io.BytesIO(b"x" * 101), max_size=100)
    assert isinstance(item, Failure)
    assert item.input_id == "-"
