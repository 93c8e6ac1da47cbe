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

import gzip
import json
import logging
import multiprocessing
import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from itertools import islice
from pathlib import Path
from typing import IO, Any, Final

import attrs

from articlekit.model import Document, MediaType
from articlekit.pipeline import Failure, Pipeline

__all__ = [
    "Input",
    "Record",
    "extract_file",
    "extract_records",
    "iter_inputs",
    "pipeline_for",
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
            return parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None


def _warc_inputs_fastwarc(path: Path) -> Iterator[Input]:
    from fastwarc.warc import ArchiveIterator, WarcRecordType  # noqa: PLC0415

    with path.open("rb") as handle:  # FastWARC 2 detects the compression itself
        records = ArchiveIterator(
            handle, record_types=WarcRecordType.response, parse_http=True, fsspec_args=False
        )
        for record in records:
            content_type = record.http_content_type or ""
            yield Input(
                input_id=f"{path}#{record.stream_pos}",
                raw=record.reader.read(),
                url=record.headers.get("WARC-Target-URI"),
                reference_time=_warc_date(record.headers.get("WARC-Date")),
                media_type=_http_media_type([("content-type", content_type)]),
            )


def _warc_inputs_warcio(path: Path) -> Iterator[Input]:
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415

    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle)
        for record in iterator:
            if record.format == "arc" and not path.name.lower().endswith((".arc", ".arc.gz")):
                msg = f"not a WARC record at offset {iterator.get_record_offset()}"
                raise ValueError(msg)
            if record.rec_type != "response":
                continue
            http = record.http_headers
            media = _http_media_type(http.headers if http is not None else ())
            raw = record.content_stream().read()
            yield Input(
                input_id=f"{path}#{iterator.get_record_offset()}",
                raw=raw,
                url=record.rec_headers.get_header("WARC-Target-URI")
                or record.rec_headers.get_header("uri"),
                reference_time=_warc_date(record.rec_headers.get_header("WARC-Date")),
                media_type=media,
            )


def _warc_inputs(path: Path) -> Iterator[Input]:
    try:
        import fastwarc  # noqa: F401, PLC0415
    except ImportError:
        yield from _warc_inputs_warcio(path)
    else:
        yield from _warc_inputs_fastwarc(path)


def iter_inputs(
    paths: Sequence[str], *, glob: str = "*", stdin: IO[bytes] | None = None
) -> Iterator[Input | Failure]:
    """The inputs of ``paths``, lazily and in order; an unreadable path yields a :class:`Failure`.

    ``glob`` selects the files of a folder (recursively with ``**/``).
    """
    for name in paths or ("-",):
        if name == "-":
            yield Input("-", (stdin or sys.stdin.buffer).read())
            continue
        path = Path(name)
        try:
            if path.is_dir():
                files = sorted(p for p in path.glob(glob) if p.is_file())
                for file in files:
                    yield from _file_inputs(file)
            else:
                yield from _file_inputs(path)
        except (OSError, ValueError, EOFError) as error:
            yield Failure(name, type(error).__name__, str(error))


def _file_inputs(path: Path) -> Iterator[Input | Failure]:
    if _is_warc(path):
        count = 0
        try:
            for item in _warc_inputs(path):
                count += 1
                yield item
        except Exception as error:  # noqa: BLE001 - a broken archive is an error record
            yield Failure(str(path), type(error).__name__, f"unreadable WARC: {error}")
            return
        if count == 0:
            yield Failure(str(path), "InputError", "no response records in this WARC file")
        return
    try:
        raw = path.read_bytes()
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        yield Failure(str(path), type(error).__name__, str(error))
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
    return Record(item.input_id, {"input_id": item.input_id, "document": result.to_dict()})


_WORKER: dict[str, Any] = {}

#: Chunks of inputs (up to 8 each) a worker process handles before a fresh one replaces it. lxml
#: keeps every tag and attribute name it has parsed in a per-thread dictionary that never
#: shrinks; across a crawl of many sites (hashed names such as ``data-v-7ba5bd90``) that grows
#: by about 60 bytes a name, so long batch jobs recycle their workers.
_TASKS_PER_WORKER = 250


def _init_worker(pipeline: Pipeline, options: dict[str, Any]) -> None:
    _WORKER["pipeline"] = pipeline
    _WORKER["options"] = options


def _work(item: Input | Failure) -> Record:
    return _record(item, _WORKER["pipeline"], _WORKER["options"])


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
) -> Iterator[Record]:
    """One :class:`Record` per input, in input order.

    ``pipeline`` (default: the default pipeline, restricted by ``steps`` and ``without`` as
    :func:`pipeline_for` does) runs on every input; worker processes receive it pickled.
    With ``jobs > 1`` inputs go to that many worker processes, ``window`` inputs per worker at a
    time, so at most ``jobs * window`` inputs are in memory whatever the total; a worker is
    replaced by a fresh one after 250 chunks of inputs (2,000 inputs at the default ``window``),
    which bounds its memory in long jobs.
    ``offsets=False`` leaves out the map back to the raw input (smaller records, faster loading).
    """
    if reference_time is not None and reference_time.tzinfo is None:
        reference_time = reference_time.replace(tzinfo=UTC)
    options = {
        "media_type": media_type,
        "url": url,
        "reference_time": reference_time,
        "offsets": offsets,
    }
    if pipeline is None:
        pipeline = pipeline_for(steps, without)
    if jobs <= 1:
        for item in inputs:
            yield _record(item, pipeline, options)
        return
    ctx = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "fork")
    with ctx.Pool(
        jobs,
        initializer=_init_worker,
        initargs=(pipeline, options),
        maxtasksperchild=_TASKS_PER_WORKER,
    ) as pool:
        it = iter(inputs)
        while True:
            batch = list(islice(it, jobs * window))
            if not batch:
                break
            yield from pool.imap(_work, batch, chunksize=max(1, min(8, window // 4)))


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
