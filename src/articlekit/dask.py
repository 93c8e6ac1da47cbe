"""Scale-out with Dask (``pip install 'articlekit[dask]'``).

:func:`bag_of_records` turns file and WARC paths into a Dask bag with one record per input,
``{"input_id", "document"}`` or ``{"input_id", "error"}``, so nothing is lost on a cluster
either. The document is the compact record (:func:`articlekit.output.record`) by default, or
with ``profile="full"`` the full Document's JSON, made by the same per-file function as the
command line (:func:`articlekit.batch.extract_file`). :func:`bag_of_documents` gives
:class:`~articlekit.Document` and :class:`~articlekit.Failure` values. Point a
``distributed.Client`` at your cluster first::

    from distributed import Client
    import articlekit.dask as akd

    client = Client("tcp://scheduler:8786")
    bag = akd.bag_of_records(["s3-mounted/crawl-*.warc.gz"], without=["claims"])  # compact
    bag.map(json.dumps).to_textfiles("out/part-*.jsonl")
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, cast

import attrs
import dask.bag as db

from articlekit.batch import Input, extract_file, iter_inputs, pipeline_for
from articlekit.model import Document
from articlekit.output import FieldError, Profile, check_fields, record
from articlekit.pipeline import Failure, Pipeline

__all__ = [
    "bag_of_documents",
    "bag_of_records",
    "compact_file_records",
    "expand_paths",
    "to_result",
]


def expand_paths(paths: Sequence[str], *, glob: str = "*") -> list[str]:
    """Files named by ``paths``: shell patterns expanded, folders listed with ``glob``."""
    out: list[str] = []
    for p in paths:
        pattern = Path(p)
        anchor = Path(pattern.anchor) if pattern.is_absolute() else Path()
        relative = str(pattern.relative_to(anchor)) if pattern.is_absolute() else p
        matches = sorted(str(m) for m in anchor.glob(relative)) if relative else []
        matches = matches or [p]  # a missing path stays: it becomes an error record
        for m in matches:
            path = Path(m)
            if path.is_dir():
                out.extend(str(f) for f in sorted(path.glob(glob)) if f.is_file())
            else:
                out.append(m)
    return out


def compact_file_records(
    path: str,
    *,
    pipeline: Pipeline | str | None = None,
    steps: Sequence[str] | None = None,
    without: Sequence[str] = (),
    reference_time: datetime | None = None,
    fields: Sequence[str] | None = None,
) -> list[dict[str, Any]]:
    """Every record of one file with the compact record as its document: the unit of work.

    As :func:`articlekit.batch.extract_file`, which gives full documents: never raises for bad
    input, each input gives a record. The source is loaded without the offset map, which the
    compact record does not carry.
    """
    if isinstance(pipeline, str):
        pipeline = Pipeline.from_spec(pipeline)
    pipeline = pipeline or pipeline_for(steps, without)
    out: list[dict[str, Any]] = []
    for item in iter_inputs([path]):
        result: Document | Failure = (
            item if isinstance(item, Failure) else _run(pipeline, item, reference_time)
        )
        if isinstance(result, Failure):
            out.append({"input_id": result.input_id, "error": attrs.asdict(result)})
        else:
            out.append({"input_id": item.input_id, "document": record(result, fields=fields)})
    return out


def _run(pipeline: Pipeline, item: Input, reference_time: datetime | None) -> Document | Failure:
    return next(
        pipeline.run_many(
            [(item.input_id, item.raw)],
            media_type=item.media_type,
            url=item.url,
            reference_time=reference_time or item.reference_time,
            offsets=False,
        )
    )


def bag_of_records(
    paths: Sequence[str],
    *,
    glob: str = "*",
    pipeline: Pipeline | str | None = None,
    steps: Sequence[str] | None = None,
    without: Sequence[str] = (),
    npartitions: int | None = None,
    profile: Profile | str = Profile.COMPACT,
    fields: Sequence[str] | None = None,
) -> db.Bag:
    """A bag with one JSON-ready record per input of ``paths`` (files are the unit of work).

    ``pipeline`` is a :class:`~articlekit.Pipeline` (sent to the workers) or its name,
    ``"module:attribute"``, which each worker imports (:meth:`Pipeline.from_spec`); by default
    the default pipeline restricted by ``steps`` and ``without``. ``profile`` chooses the
    compact record (default; ``fields`` keeps only those keys) or the full Document.

    Raises:
        FieldError: for an unknown field, or fields with the full profile.
    """
    chosen = Profile(profile)
    if fields is not None:
        if chosen is Profile.FULL:
            raise FieldError("fields choose keys of the compact record; the full one has all")
        fields = check_fields(fields)
    files = expand_paths(paths, glob=glob)
    bag = db.from_sequence(  # type: ignore[no-untyped-call]
        files, npartitions=npartitions or max(1, min(len(files), 256))
    )
    options: dict[str, Any] = {"pipeline": pipeline, "steps": steps, "without": without}
    if chosen is Profile.FULL:
        return cast("db.Bag", bag.map(extract_file, **options).flatten())
    return cast("db.Bag", bag.map(compact_file_records, fields=fields, **options).flatten())


def to_result(record: dict[str, Any]) -> Document | Failure:
    """A record as a :class:`Document` or a :class:`Failure`."""
    if "document" in record:
        return Document.from_dict(record["document"])
    error = record["error"]
    return Failure(error["input_id"], error["error_type"], error["message"], error.get("step"))


def bag_of_documents(paths: Sequence[str], **options: Any) -> db.Bag:  # noqa: ANN401
    """Like :func:`bag_of_records` with the full profile, with Documents and Failures."""
    records = bag_of_records(paths, **{**options, "profile": Profile.FULL})
    return cast("db.Bag", records.map(to_result))  # type: ignore[no-untyped-call]
