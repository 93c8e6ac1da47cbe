"""Batch extraction: inputs from files, folders and WARC archives, one record per input, in order.

The building blocks of ``articlekit extract``, the Scrapy pipeline and the Dask integration:

- :func:`iter_inputs` walks paths lazily: a file is one input, a folder its files (``glob``), a
  WARC file (``.warc``, ``.warc.gz``) one input per ``response`` record, read with FastWARC when
  it is installed and warcio otherwise; ``-`` is standard input.
- :func:`extract_records` runs a pipeline over inputs in this process or in ``jobs`` worker
  processes, in bounded windows so memory stays flat over any number of inputs, and yields one
  :class:`Record` per input — a document or an error, never nothing.
- :func:`extract_file` is the per-file unit of work for cluster jobs (Dask, Spark
  ``mapPartitions``): a path in, a list of JSON-ready records out.
"""

from __future__ import annotations

import ctypes
import gc
import gzip
import itertools
import json
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from io import BytesIO
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO, Any, Final, Self

import attrs

from articlekit._patterns import save_compiled
from articlekit.errors import InputError
from articlekit.io import DEFAULT_MAX_SIZE
from articlekit.model import Document, MediaType
from articlekit.pipeline import Failure, Pipeline

__all__ = [
    "DEFAULT_MEMORY",
    "DEFAULT_TIMEOUT",
    "Input",
    "Record",
    "Selection",
    "extract_file",
    "extract_records",
    "folder_files",
    "iter_inputs",
    "pipeline_for",
    "select_inputs",
]

log = logging.getLogger("articlekit")

_WARC_SUFFIXES: Final = (".warc", ".warc.gz", ".arc", ".arc.gz")


@attrs.frozen
class Input:
    """One thing to extract: its id, raw bytes, and what its container says about it."""

    input_id: str
    raw: bytes
    url: str | None = None
    reference_time: datetime | None = None
    media_type: str | None = None


@attrs.frozen
class Record:
    """The result for one input: a JSON-ready dict with ``input_id`` and ``document`` or ``error``.

    ``ok`` says which. Records are plain data so they cross process and machine boundaries.
    """

    input_id: str
    data: dict[str, Any] = attrs.field(hash=False)

    @property
    def ok(self) -> bool:
        """Whether the input gave a document."""
        return "document" in self.data

    def to_json(self, *, indent: int | None = None) -> str:
        """The record as one JSON text."""
        return json.dumps(self.data, ensure_ascii=False, indent=indent)


# --------------------------------------------------------------------------------------------
# Inputs
# --------------------------------------------------------------------------------------------


def _is_warc(path: Path) -> bool:
    return path.name.lower().endswith(_WARC_SUFFIXES)


def _http_media_type(headers: Iterable[tuple[str, str]]) -> str | None:
    for name, value in headers:
        if name.lower() == "content-type":
            kind = value.split(";", 1)[0].strip().lower()
            if kind in {"text/html", "application/xhtml+xml"}:
                return MediaType.HTML.value
            if kind == "text/plain":
                return MediaType.TEXT.value
    return None


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        try:
            from email.utils import parsedate_to_datetime  # noqa: PLC0415 - WARC dates only

            return parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None


class _WarcDamage(Exception):  # noqa: N818 - internal signal, never escapes this module
    """The archive cannot be read on from ``offset``."""

    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset


#: WARC record types that carry a page. The others (request, warcinfo, metadata, revisit, ...)
#: are counted and logged, not extracted.
_PAGE_RECORDS: Final = ("response", "resource")
#: HTTP headers are read up to this size beyond the payload cap.
_HEADER_ROOM: Final = 1 << 16
_HTTP_ENCODINGS: Final = {"gzip": "gzip", "x-gzip": "gzip", "deflate": "deflate", "br": "br"}


@attrs.frozen
class _RawRecord:
    """A WARC record that carries a page, as either reader sees it: headers and raw block."""

    offset: int
    kind: str
    headers: dict[str, str] = attrs.field(hash=False)
    block: bytes
    declared: int | None


def _declared(headers: dict[str, str]) -> int | None:
    """The record's Content-Length; ``None`` when missing or malformed (a damaged record)."""
    value = headers.get("content-length", "").strip()
    return int(value) if value.isdigit() else None


def _fastwarc_records(
    handle: IO[bytes], cap: int, skipped: dict[str, int], end: list[int]
) -> Iterator[_RawRecord]:
    from fastwarc.warc import ArchiveIterator  # noqa: PLC0415

    offset = handle.tell()
    try:
        for record in ArchiveIterator(handle, parse_http=False, fsspec_args=False):
            offset = record.stream_pos
            kind = record.headers.get("WARC-Type") or ""
            if kind not in _PAGE_RECORDS:
                skipped[kind] = skipped.get(kind, 0) + 1
                continue
            headers = {str(k).lower(): str(v) for k, v in record.headers}
            block = record.reader.read(cap + _HEADER_ROOM)
            yield _RawRecord(offset, kind, headers, block, _declared(headers))
    except (OSError, ValueError, EOFError) as error:
        raise _WarcDamage(offset, f"{type(error).__name__}: {error}") from error
    # FastWARC does not say where its last record ended; a record cut short shows as a block
    # shorter than its Content-Length instead.
    end[0] = handle.seek(0, 2)


def _warcio_records(
    handle: IO[bytes], cap: int, skipped: dict[str, int], end: list[int]
) -> Iterator[_RawRecord]:
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415

    iterator = ArchiveIterator(handle, no_record_parse=True)
    offset = handle.tell()
    seen = False
    try:
        for record in iterator:
            # warcio finds the offset by reading the record to its end: read the block first.
            kind = record.rec_type or ""
            block = record.raw_stream.read(cap + _HEADER_ROOM) if kind in _PAGE_RECORDS else b""
            offset = iterator.get_record_offset()
            seen = True
            if record.format == "arc":
                raise _WarcDamage(offset, "not a WARC record")  # noqa: TRY301 - same handling
            if kind not in _PAGE_RECORDS:
                skipped[kind] = skipped.get(kind, 0) + 1
                continue
            headers = {str(k).lower(): str(v) for k, v in record.rec_headers.headers}
            yield _RawRecord(offset, kind, headers, block, _declared(headers))
    except _WarcDamage:
        raise
    except Exception as error:
        raise _WarcDamage(offset, f"{type(error).__name__}: {error}") from error
    # A gzip member cut short ends warcio's iteration quietly: the caller compares where the
    # last record ended with the size of the file.
    end[0] = offset + iterator.get_record_length() if seen else offset


def _warc_input(path: Path, record: _RawRecord, cap: int) -> Input | Failure:
    """The page of one record, or an error record naming it (truncated, oversized, undecodable)."""
    input_id = f"{path}#{record.offset}"
    if record.declared is None:
        return Failure(input_id, "InputError", "WARC record without a Content-Length: damaged")
    if len(record.block) < record.declared:
        return Failure(
            input_id,
            "InputError",
            f"truncated WARC record: {len(record.block):,} of {record.declared:,} bytes",
        )
    media_type = _http_media_type([("content-type", record.headers.get("content-type", ""))])
    body = record.block
    if record.kind == "response" and body.startswith(b"HTTP/"):
        try:
            body, media_type = _http_body(body, cap)
        except InputError as error:
            return Failure(input_id, "InputError", str(error))
        except Exception as error:  # noqa: BLE001 - a damaged HTTP message is this record's error
            return Failure(input_id, type(error).__name__, f"unreadable HTTP response: {error}")
    if len(body) > cap:
        return Failure(input_id, "InputError", f"the page exceeds the maximum size of {cap:,}")
    return Input(
        input_id=input_id,
        raw=body,
        url=record.headers.get("warc-target-uri"),
        reference_time=_warc_date(record.headers.get("warc-date")),
        media_type=media_type,
    )


def _http_body(block: bytes, cap: int) -> tuple[bytes, str | None]:
    """The payload of an HTTP response (de-chunked and decoded, at most ``cap`` bytes)."""
    from warcio.bufferedreaders import (  # noqa: PLC0415
        ChunkedDataReader,
        DecompressingBufferedReader,
    )
    from warcio.statusandheaders import StatusAndHeadersParser  # noqa: PLC0415

    stream = BytesIO(block)
    http = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1", "HTTP/2", "HTTP/2.0"]).parse(stream)
    encoding = (http.get_header("content-encoding") or "identity").strip().lower()
    if encoding not in {"identity", *_HTTP_ENCODINGS}:
        raise InputError(f"unsupported HTTP Content-Encoding {encoding!r}", reason="decode")
    decomp = _HTTP_ENCODINGS.get(encoding)
    chunked = "chunked" in (http.get_header("transfer-encoding") or "").lower()
    reader = (
        ChunkedDataReader(stream, decomp_type=decomp)
        if chunked
        else DecompressingBufferedReader(stream, decomp_type=decomp)
    )
    body = reader.read(cap + 1)
    if len(body) > cap:
        raise InputError(
            f"the decoded page exceeds the maximum size of {cap:,}", reason="too-large"
        )
    return body, _http_media_type(http.headers)


def _resync(handle: IO[bytes], after: int, size: int) -> int:
    """Where the next record may start after damage at ``after`` (``size`` when nowhere).

    A ``.warc.gz`` is a series of gzip members, one per record, so reading resumes at the next
    gzip header; an uncompressed WARC at the next ``WARC/1.x`` line.
    """
    handle.seek(0)
    compressed = handle.read(2) == b"\x1f\x8b"
    marker = b"\x1f\x8b\x08" if compressed else b"\nWARC/1."
    position = after + 1
    overlap = len(marker) - 1
    while position < size:
        handle.seek(position)
        chunk = handle.read(1 << 20)
        if not chunk:
            break
        found = chunk.find(marker)
        if found >= 0:
            return position + found + (0 if compressed else 1)
        position += max(1, len(chunk) - overlap)
    return size


def _warc_inputs(path: Path, cap: int) -> Iterator[Input | Failure]:
    """Every page record of a WARC file, and an error record for each damaged stretch."""
    try:
        import fastwarc  # noqa: F401, PLC0415
    except ImportError:
        read_records = _warcio_records
    else:
        read_records = _fastwarc_records
    skipped: dict[str, int] = {}
    count = 0
    with path.open("rb") as handle:
        size = handle.seek(0, 2)
        start = 0
        while start < size:
            handle.seek(start)
            last: int | None = None
            end = [size]
            try:
                for record in read_records(handle, cap, skipped, end):
                    last = record.offset
                    count += 1
                    yield _warc_input(path, record, cap)
                handle.seek(end[0])
                if end[0] >= size or not handle.read(1 << 16).strip(b"\r\n\x00 "):
                    break
                damage_at, why = end[0], f"{size - end[0]:,} bytes that are no WARC record"
            except _WarcDamage as error:
                damage_at, why = error.offset, str(error)
                if last is not None and damage_at <= last:
                    # The reader names the last record it read whole: the damage is after it.
                    damage_at = _resync(handle, last, size)
            count += 1
            yield Failure(
                f"{path}#{damage_at}" if damage_at else str(path),  # at 0: not a WARC at all
                "InputError",
                f"damaged WARC data at offset {damage_at:,} ({why}); "
                "reading goes on at the next record",
            )
            start = _resync(handle, max(start, damage_at), size)
    if skipped:
        kinds = ", ".join(f"{n} {kind or 'untyped'}" for kind, n in sorted(skipped.items()))
        log.info("%s: skipped records without a page (%s)", path, kinds)
    if count == 0:
        yield Failure(str(path), "InputError", "no response or resource records in this WARC file")


def _read_capped(path: Path, cap: int) -> bytes:
    """The bytes of ``path`` (decompressed when it ends in ``.gz``), at most ``cap`` of them.

    Raises:
        InputError: when the file, or what it decompresses to, is larger than ``cap``.
    """
    with path.open("rb") as handle:
        if path.suffix.lower() != ".gz":
            data = handle.read(cap + 1)
        else:
            with gzip.GzipFile(fileobj=handle) as unzipped:
                data = unzipped.read(cap + 1)
    if len(data) > cap:
        what = "decompresses to more than" if path.suffix.lower() == ".gz" else "exceeds"
        raise InputError(
            f"{path.name} {what} the maximum size of {cap:,} bytes", reason="too-large"
        )
    return data


def iter_inputs(
    paths: Sequence[str],
    *,
    glob: str = "*",
    stdin: IO[bytes] | None = None,
    max_size: int = DEFAULT_MAX_SIZE,
) -> Iterator[Input | Failure]:
    """The inputs of ``paths``, lazily and in order; an unreadable path yields a :class:`Failure`.

    ``glob`` selects the files of a folder (recursively with ``**/``). No input, decompressed
    or not, is read beyond ``max_size`` bytes: a larger one is an ``InputError`` record. A
    damaged WARC gives an error record for each damaged stretch (naming its offset) and goes
    on with the records after it.
    """
    for name in paths or ("-",):
        if name == "-":
            data = (stdin or sys.stdin.buffer).read(max_size + 1)
            if len(data) > max_size:
                message = f"standard input exceeds the maximum size of {max_size:,} bytes"
                yield Failure("-", "InputError", message)
            else:
                yield Input("-", data)
            continue
        path = Path(name)
        try:
            if path.is_dir():
                for file in folder_files(path, glob):
                    yield from _file_inputs(file, max_size)
            else:
                yield from _file_inputs(path, max_size)
        except (OSError, ValueError, EOFError) as error:
            yield Failure(name, type(error).__name__, str(error))


def folder_files(folder: Path, glob: str = "*") -> list[Path]:
    """The files of ``folder`` that ``glob`` selects (``**/`` recurses), sorted: its inputs.

    Raises:
        ValueError: for a pattern :meth:`pathlib.Path.glob` refuses (empty, absolute).
    """
    return sorted(p for p in folder.glob(glob) if p.is_file())


@attrs.frozen
class Selection:
    """What a list of paths selects, before anything is read (:func:`select_inputs`).

    Attributes:
        paths: the inputs in order: files, WARC archives, ``"-"`` (standard input), and paths
            that do not exist (each then gives an error record); folders are replaced by the
            files ``glob`` selects in them.
        total: how many inputs that makes; ``None`` when a WARC archive is among them (its
            records are only counted as they are read).
        empty: the folders ``glob`` selects no file in, each with how many files (up to
            1,000) its subfolders hold that the same pattern would select recursively.
    """

    paths: tuple[str, ...]
    total: int | None
    empty: tuple[tuple[str, int], ...]


_DEEP_COUNT: Final = 1000


def select_inputs(paths: Sequence[str], *, glob: str = "*") -> Selection:
    """List what ``paths`` select, as :func:`iter_inputs` would read them, without reading.

    ``iter_inputs(selection.paths)`` gives the same inputs, with the same ids, as
    ``iter_inputs(paths, glob=glob)`` (standard input stands for itself).

    Raises:
        ValueError: for a pattern :meth:`pathlib.Path.glob` refuses (empty, absolute).
    """
    out: list[str] = []
    total: int | None = 0
    empty: list[tuple[str, int]] = []
    for name in paths or ("-",):
        path = Path(name)
        files = folder_files(path, glob) if name != "-" and path.is_dir() else None
        if files is None:
            out.append(name)
            warc = name != "-" and _is_warc(path)
        elif files:
            out.extend(str(f) for f in files)
            warc = any(_is_warc(f) for f in files)
        else:
            deep = 0
            if not glob.startswith("**/"):
                matches = (f for f in path.glob("**/" + glob) if f.is_file())
                deep = sum(1 for _ in itertools.islice(matches, _DEEP_COUNT))
            empty.append((name, deep))
            continue
        if total is not None:
            total = None if warc else total + (1 if files is None else len(files))
    return Selection(tuple(out), total, tuple(empty))


def _file_inputs(path: Path, cap: int) -> Iterator[Input | Failure]:
    if _is_warc(path):
        try:
            yield from _warc_inputs(path, cap)
        except (OSError, MemoryError) as error:
            yield Failure(str(path), type(error).__name__, f"unreadable WARC: {error}")
        return
    try:
        raw = _read_capped(path, cap)
    except InputError as error:
        yield Failure(str(path), "InputError", str(error))
        return
    except (OSError, EOFError, zlib.error, MemoryError) as error:
        yield Failure(str(path), type(error).__name__, str(error) or type(error).__name__)
        return
    yield Input(str(path), raw)


# --------------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------------


def pipeline_for(steps: Sequence[str] | None = None, without: Sequence[str] = ()) -> Pipeline:
    """The default pipeline, restricted to ``steps`` and what they need, and minus ``without``.

    Raises:
        PipelineError: for an unknown step, or one that a remaining step needs.
    """
    pipeline = Pipeline.default()
    if steps:
        pipeline = pipeline.only(*steps)
    if without:
        pipeline = pipeline.without(*without)
    return pipeline


def _record(item: Input | Failure, pipeline: Pipeline, options: dict[str, Any]) -> Record:
    if isinstance(item, Failure):
        return Record(item.input_id, {"input_id": item.input_id, "error": attrs.asdict(item)})
    result = next(
        pipeline.run_many(
            [(item.input_id, item.raw)],
            media_type=options.get("media_type") or item.media_type,
            url=options.get("url") or item.url,
            reference_time=options.get("reference_time") or item.reference_time,
            offsets=options.get("offsets", True),
        )
    )
    if isinstance(result, Failure):
        return Record(item.input_id, {"input_id": item.input_id, "error": attrs.asdict(result)})
    assert isinstance(result, Document)  # noqa: S101 - run_many yields documents or failures
    convert = options.get("convert") or Document.to_dict
    return Record(item.input_id, {"input_id": item.input_id, "document": convert(result)})


#: Inputs a worker process handles before a fresh one replaces it. lxml keeps every tag and
#: attribute name it has parsed in a per-thread dictionary that never shrinks; across a crawl of
#: many sites (hashed names such as ``data-v-7ba5bd90``) that grows by about 60 bytes a name, so
#: long batch jobs recycle their workers.
_TASKS_PER_WORKER = 2000

DEFAULT_TIMEOUT: Final = 60.0
"""Seconds one input may take in a worker process before the worker is killed (batch work)."""

DEFAULT_MEMORY: Final = 2048
"""Megabytes of memory one worker may allocate beyond what it starts with (batch work)."""


def _failure_record(input_id: str, error_type: str, message: str) -> Record:
    failure = Failure(input_id, error_type, message)
    return Record(input_id, {"input_id": input_id, "error": attrs.asdict(failure)})


def extract_records(
    inputs: Iterable[Input | Failure],
    *,
    pipeline: Pipeline | None = None,
    steps: Sequence[str] | None = None,
    without: Sequence[str] = (),
    jobs: int = 1,
    media_type: str | None = None,
    url: str | None = None,
    reference_time: datetime | None = None,
    window: int = 64,
    offsets: bool = True,
    timeout: float | None = None,
    memory: int | None = None,
    convert: Callable[[Document], Any] | None = None,
) -> Generator[Record, None, None]:
    """One :class:`Record` per input, in input order.

    ``pipeline`` (default: the default pipeline, restricted by ``steps`` and ``without`` as
    :func:`pipeline_for` does) runs on every input; worker processes receive it pickled.

    With ``jobs == 1`` and neither ``timeout`` nor ``memory`` given, inputs are extracted in this
    process. Otherwise ``max(jobs, 1)`` supervised worker processes do the work, one input at a
    time each, and at most ``jobs * window`` inputs are read ahead, so memory stays flat whatever
    the total:

    - ``timeout`` (seconds; ``None`` or ``0`` for none): an input that takes longer gets an
      error record (``"error_type": "Timeout"``) and its worker is killed and replaced.
    - ``memory`` (megabytes; ``None`` or ``0`` for none): what a worker may allocate beyond its
      size at start; an input that needs more gets a ``MemoryError`` record and the worker is
      replaced.
    - A worker that dies (killed, crashed) is replaced; the input it held gets an error record
      (``"WorkerDied"``) and every other input is still extracted, each exactly once.
    - Workers die with the main process (Linux: the parent-death signal; elsewhere they watch
      their parent), so a killed batch leaves no orphans.
    - A worker is replaced after 2,000 inputs, which bounds lxml's name dictionary in long jobs.

    ``offsets=False`` leaves out the map back to the raw input (smaller records, faster loading).

    ``convert`` turns each Document into what its record holds under ``"document"`` (default
    :meth:`Document.to_dict`; :func:`articlekit.output.record` for the compact record, or a
    rendering); it runs where the Document is made, in the worker, and must be picklable (a
    module-level function or class instance). An exception it raises is that input's error record.
    """
    if reference_time is not None and reference_time.tzinfo is None:
        reference_time = reference_time.replace(tzinfo=UTC)
    options = {
        "media_type": media_type,
        "url": url,
        "reference_time": reference_time,
        "offsets": offsets,
        "convert": convert,
    }
    if pipeline is None:
        pipeline = pipeline_for(steps, without)
    if jobs <= 1 and not timeout and not memory:
        for item in inputs:
            yield _safe_record(item, pipeline, options)
        return
    budget = _Budget(timeout=timeout or None, memory=memory or None)
    with _Pool(max(jobs, 1), pipeline, options, budget) as pool:
        yield from pool.run(inputs, read_ahead=max(jobs, 1) * max(window, 1))


def _safe_record(item: Input | Failure, pipeline: Pipeline, options: dict[str, Any]) -> Record:
    """Return the record of ``item``; what escapes ``run_many`` becomes an error record.

    That is a ``MemoryError`` while building the record, or a failing ``to_dict``: one input
    never stops a batch.
    """
    try:
        return _record(item, pipeline, options)
    except Exception as error:  # noqa: BLE001 - batch work must never lose a record
        return _failure_record(item.input_id, type(error).__name__, str(error)[:500])


def extract_file(
    path: str,
    *,
    pipeline: Pipeline | str | None = None,
    steps: Sequence[str] | None = None,
    without: Sequence[str] = (),
    reference_time: datetime | None = None,
    offsets: bool = True,
) -> list[dict[str, Any]]:
    """Every record of one file (a page, or all responses of a WARC): the unit of cluster work.

    ``pipeline`` may be given by name (``"module:attribute"``, see :meth:`Pipeline.from_spec`),
    which cluster workers import themselves. Never raises for bad input: each input, readable or
    not, gives a record.
    """
    if isinstance(pipeline, str):
        pipeline = Pipeline.from_spec(pipeline)
    return [
        r.data
        for r in extract_records(
            iter_inputs([path]),
            pipeline=pipeline,
            steps=steps,
            without=without,
            reference_time=reference_time,
            offsets=offsets,
        )
    ]


# --------------------------------------------------------------------------------------------
# Supervised worker processes
# --------------------------------------------------------------------------------------------


@attrs.frozen
class _Budget:
    """What one input may take in a worker: seconds, and megabytes beyond the worker's start."""

    timeout: float | None
    memory: int | None


@attrs.frozen
class _Job:
    """The work a worker does on each input (picklable, for spawned workers)."""

    pipeline: Pipeline
    options: dict[str, Any] = attrs.field(hash=False)

    def __call__(self, item: Input) -> Record:
        return _safe_record(item, self.pipeline, self.options)


_PR_SET_PDEATHSIG: Final = 1


def _die_with_parent(parent: int) -> None:
    """Make this worker end when the process that started it ends, however it ends."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before the signal was armed
                    os._exit(1)
                return
        except (OSError, AttributeError):  # pragma: no cover - no prctl: fall back to polling
            pass

    def watch() -> None:  # pragma: no cover - platforms without a parent-death signal
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _limit_memory(megabytes: int | None) -> None:
    """Cap this process's address space at its current size plus ``megabytes`` (POSIX)."""
    if megabytes is None:
        return
    try:
        import resource  # noqa: PLC0415 - POSIX only

        with open("/proc/self/statm", encoding="ascii") as handle:  # noqa: PTH123
            size = int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        limit = size + megabytes * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, resource.getrlimit(resource.RLIMIT_AS)[1]))
    except (ImportError, OSError, ValueError):  # pragma: no cover - not Linux: time budget only
        log.debug("no memory limit for batch workers on this platform")


def _serve(inbox: Connection, outbox: Connection, job: _Job, budget: _Budget, parent: int) -> None:
    """A worker's loop: receive an input, send back its record, until told to stop."""
    # What the worker inherits lives as long as it does: the collector leaves it alone, so its
    # passes do not write to, and so copy, every page shared with the parent (Python's advice
    # for processes forked without exec).
    gc.freeze()
    _die_with_parent(parent)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    _limit_memory(budget.memory)
    while True:
        try:
            item = inbox.recv()
        except (EOFError, OSError):
            return
        if item is None:
            return
        retire = False
        try:
            record = job(item)
            error = record.data.get("error", {})
            retire = "MemoryError" in f"{error.get('error_type')} {error.get('message', '')[:80]}"
            outbox.send((record, retire))
            save_compiled()  # a worker leaves without running exit handlers
        except MemoryError:
            # Not even the record could be built or sent: report it small, then make way for a
            # fresh worker (the heap of this one may be fragmented past use).
            outbox.send((_failure_record(item.input_id, "MemoryError", "out of memory"), True))
            return
        if retire:
            return


def _eof() -> tuple[Record, bool]:
    raise EOFError


class _Worker:
    """One worker process, the connection to it, and the input it holds."""

    def __init__(self, ctx: BaseContext, job: _Job, budget: _Budget) -> None:
        # Two one-way pipes rather than a duplex one, which would be a socket pair.
        inbox, self.tasks = ctx.Pipe(duplex=False)
        self.conn, outbox = ctx.Pipe(duplex=False)
        self.process: BaseProcess = ctx.Process(  # type: ignore[attr-defined]
            target=_serve, args=(inbox, outbox, job, budget, os.getpid()), daemon=True
        )
        self.process.start()
        inbox.close()
        outbox.close()
        self.task: tuple[int, Input] | None = None
        self.started = 0.0
        self.done = 0

    def assign(self, seq: int, item: Input) -> bool:
        self.task = (seq, item)
        self.started = time.monotonic()
        try:
            self.tasks.send(item)
        except (OSError, ValueError):
            return False
        return True

    def stop(self, *, kill: bool = False) -> None:
        if not kill:
            try:
                self.tasks.send(None)
            except (OSError, ValueError):
                kill = True
            else:
                self.process.join(1.0)
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5.0)
        self.tasks.close()
        self.conn.close()


class _Pool:
    """Supervised worker processes that turn inputs into records, in input order.

    Each worker holds one input at a time. A worker that overruns its time budget is killed; one
    that dies is noticed through its process sentinel; either way the input it held gets an
    error record and a fresh worker takes its place, so every input is accounted for once.
    """

    def __init__(
        self, size: int, pipeline: Pipeline, options: dict[str, Any], budget: _Budget
    ) -> None:
        self.ctx = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
        self.job = _Job(pipeline, options)
        self.budget = budget
        self.size = size
        self.workers: list[_Worker] = []

    def __enter__(self) -> Self:
        self.workers = [self._spawn() for _ in range(self.size)]
        return self

    def __exit__(self, *_: object) -> None:
        for worker in self.workers:
            worker.stop(kill=worker.task is not None)
        self.workers = []

    def _spawn(self) -> _Worker:
        return _Worker(self.ctx, self.job, self.budget)

    def _replace(self, worker: _Worker, *, kill: bool) -> None:
        worker.task = None
        worker.stop(kill=kill)
        self.workers[self.workers.index(worker)] = self._spawn()

    def run(self, inputs: Iterable[Input | Failure], *, read_ahead: int) -> Iterator[Record]:
        """Yield one record per input, in order, reading at most ``read_ahead`` inputs ahead."""
        source = iter(inputs)
        exhausted = False
        waiting: deque[tuple[int, Input]] = deque()
        results: dict[int, Record] = {}
        retried: set[int] = set()
        read = emitted = 0
        while True:
            while not exhausted and read - emitted < read_ahead:
                item = next(source, None)
                if item is None:
                    exhausted = True
                elif isinstance(item, Failure):
                    results[read] = _failure_record(item.input_id, item.error_type, item.message)
                    read += 1
                else:
                    waiting.append((read, item))
                    read += 1
            while emitted in results:
                yield results.pop(emitted)
                emitted += 1
            if exhausted and emitted == read:
                return
            for worker in list(self.workers):
                if worker.task is None and waiting and not worker.assign(*waiting.popleft()):
                    self._undelivered(worker, waiting, results, retried)
            self._collect(results)

    def _undelivered(
        self,
        worker: _Worker,
        waiting: deque[tuple[int, Input]],
        results: dict[int, Record],
        retried: set[int],
    ) -> None:
        """An idle worker died before it could take its input: a fresh one takes it, once."""
        assert worker.task is not None  # noqa: S101 - assign() set it
        seq, item = worker.task
        if seq in retried:
            self._lost(worker, results, "WorkerDied", "no worker process could take the input")
            return
        retried.add(seq)
        waiting.appendleft((seq, item))
        self._replace(worker, kill=True)

    def _collect(self, results: dict[int, Record]) -> None:
        """Wait for a record, a dead worker or an overrun, and settle what happened."""
        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return
        wait_for: float | None = None
        if self.budget.timeout is not None:
            now = time.monotonic()
            wait_for = max(0.0, min(w.started + self.budget.timeout - now for w in busy))
        handles: list[Any] = [w.conn for w in busy] + [w.process.sentinel for w in busy]
        ready = set(wait(handles, wait_for))
        now = time.monotonic()
        for worker in busy:
            if worker.conn in ready or worker.process.sentinel in ready:
                self._receive(worker, results)
            elif self.budget.timeout is not None and now - worker.started >= self.budget.timeout:
                message = f"extraction took longer than {self.budget.timeout:g} s; worker killed"
                self._lost(worker, results, "Timeout", message)

    def _receive(self, worker: _Worker, results: dict[int, Record]) -> None:
        assert worker.task is not None  # noqa: S101 - only busy workers are received from
        seq, _ = worker.task
        try:
            # A dead worker's sentinel is ready with nothing to read: EOFError, like a cut send.
            record, retire = worker.conn.recv() if worker.conn.poll() else _eof()
        except Exception:  # noqa: BLE001 - a worker that died mid-send lost its record
            worker.process.join(1.0)
            code = worker.process.exitcode
            how = f"killed by signal {-code}" if code is not None and code < 0 else f"exit {code}"
            self._lost(worker, results, "WorkerDied", f"the worker process died ({how})")
            return
        results[seq] = record
        worker.task = None
        worker.done += 1
        if retire or worker.done >= _TASKS_PER_WORKER:
            self._replace(worker, kill=False)

    def _lost(self, worker: _Worker, results: dict[int, Record], kind: str, message: str) -> None:
        assert worker.task is not None  # noqa: S101 - only busy workers lose inputs
        seq, item = worker.task
        log.warning("%s: %s", item.input_id, message)
        results[seq] = _failure_record(item.input_id, kind, message)
        self._replace(worker, kill=True)
