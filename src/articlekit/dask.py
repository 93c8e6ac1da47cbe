"""Scale-out with Dask (``pip install 'articlekit[dask]'``).

:func:`bag_of_records` turns file and WARC paths into a Dask bag with one record per input
(``{"input_id", "document"}`` or ``{"input_id", "error"}``): the same per-file function as the
command line (:func:`articlekit.batch.extract_file`), so nothing is lost on a cluster either.
:func:`bag_of_documents` maps the records to :class:`~articlekit.Document` and
:class:`~articlekit.Failure` values. Point a ``distributed.Client`` at your cluster first::

    from distributed import Client
    import articlekit.dask as akd

    client = Client("tcp://scheduler:8786")
    bag = akd.bag_of_records(["s3-mounted/crawl-*.warc.gz"], without=["claims"])
    bag.map(json.dumps).to_textfiles("out/part-*.jsonl")
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import dask.bag as db

from articlekit.batch import extract_file
from articlekit.model import Document
from articlekit.pipeline import Failure, Pipeline

__all__ = ["bag_of_documents", "bag_of_records", "expand_paths", "to_result"]


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


def bag_of_records(
    paths: Sequence[str],
    *,
    glob: str = "*",
    pipeline: Pipeline | str | None = None,
    steps: Sequence[str] | None = None,
    without: Sequence[str] = (),
    npartitions: int | None = None,
) -> db.Bag:
    """A bag with one JSON-ready record per input of ``paths`` (files are the unit of work).

    ``pipeline`` is a :class:`~articlekit.Pipeline` (sent to the workers) or its name,
    ``"module:attribute"``, which each worker imports (:meth:`Pipeline.from_spec`); by default
    the default pipeline restricted by ``steps`` and ``without``.
    """
    files = expand_paths(paths, glob=glob)
    bag = db.from_sequence(  # type: ignore[no-untyped-call]
        files, npartitions=npartitions or max(1, min(len(files), 256))
    )
    return cast(
        "db.Bag", bag.map(extract_file, pipeline=pipeline, steps=steps, without=without).flatten()
    )


def to_result(record: dict[str, Any]) -> Document | Failure:
    """A record as a :class:`Document` or a :class:`Failure`."""
    if "document" in record:
        return Document.from_dict(record["document"])
    error = record["error"]
    return Failure(error["input_id"], error["error_type"], error["message"], error.get("step"))


def bag_of_documents(paths: Sequence[str], **options: Any) -> db.Bag:  # noqa: ANN401
    """Like :func:`bag_of_records`, with Documents and Failures instead of records."""
    return cast("db.Bag", bag_of_records(paths, **options).map(to_result))  # type: ignore[no-untyped-call]
