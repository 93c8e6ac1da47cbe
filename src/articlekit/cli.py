"""The ``articlekit`` command line (also ``python -m articlekit``).

- ``articlekit extract [PATH|DIR|-]…`` — files, folders (``--glob``), WARC archives and standard
  input; JSON Lines on stdout (or one file per input with ``-o DIR``); worker processes (``-j``);
  error records instead of lost inputs; ``--resume``; ``--fail-fast``.
- ``articlekit show PATH`` — a human view in the terminal.
- ``articlekit annotate PATH -o page.html`` — a self-contained page highlighting what was found.

Logs and the progress bar go to standard error (the bar only when it is a terminal), so standard
output stays clean JSON.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sys
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any, TypeVar

import click

from articlekit.batch import (
    DEFAULT_MEMORY,
    DEFAULT_TIMEOUT,
    Input,
    Record,
    extract_records,
    iter_inputs,
    pipeline_for,
)
from articlekit.errors import PipelineError
from articlekit.model import Document, MediaType
from articlekit.pipeline import Failure, Pipeline

__all__ = ["main"]

log = logging.getLogger("articlekit")

_TIME_FORMATS = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]


def _names(values: tuple[str, ...]) -> list[str]:
    return [n.strip() for v in values for n in v.split(",") if n.strip()]


def _file_name(input_id: str) -> str:
    """A safe, unique file name for an input id."""
    stem = re.sub(r"[^\w.-]+", "_", input_id)[-80:].strip("._") or "input"
    digest = hashlib.sha1(input_id.encode("utf-8")).hexdigest()[:10]  # noqa: S324 - a name
    return f"{stem}.{digest}.json"


def _repair_tail(output: Path) -> None:
    """Cut a torn last line (an interrupted run, a full disk) off a JSON Lines file.

    Only the part after the last newline can be torn: every earlier line was written whole. The
    torn part is removed so the next record starts on a line of its own and the file stays
    valid JSON Lines; its input has no complete record, so ``--resume`` redoes it.
    """
    with output.open("rb+") as handle:
        size = handle.seek(0, 2)
        position = size
        while position > 0:
            step = min(65536, position)
            handle.seek(position - step)
            chunk = handle.read(step)
            newline = chunk.rfind(b"\n")
            if newline >= 0:
                position = position - step + newline + 1
                break
            position -= step
        if position < size:
            log.warning("%s: removing a torn last line of %d bytes", output, size - position)
            handle.truncate(position)


def _done_ids(output: Path | None, out_dir: Path | None) -> set[str]:
    """Input ids whose records are already written (for ``--resume``)."""
    done: set[str] = set()
    if output is not None and output.exists():
        with output.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                try:
                    done.add(str(json.loads(line)["input_id"]))
                except (ValueError, KeyError, TypeError):
                    continue  # a damaged line is redone
    if out_dir is not None and out_dir.is_dir():
        for path in out_dir.glob("*.json"):
            try:
                done.add(str(json.loads(path.read_text(encoding="utf-8"))["input_id"]))
            except (ValueError, KeyError, TypeError, OSError):
                continue
    return done


class _Sink:
    """Where records go: stdout or a file (JSON Lines or one JSON array), or a folder."""

    def __init__(
        self,
        *,
        fmt: str,
        out: IO[str],
        out_dir: Path | None,
        errors: IO[str] | None,
        indent: int | None,
    ) -> None:
        self.fmt, self.out, self.out_dir, self.errors, self.indent = (
            fmt,
            out,
            out_dir,
            errors,
            indent,
        )
        self.first = True
        if fmt == "json" and out_dir is None:
            self.out.write("[\n")

    def write(self, record: Record) -> None:
        if not record.ok and self.errors is not None:
            self.errors.write(record.to_json() + "\n")
            self.errors.flush()
            return
        if self.out_dir is not None:
            path = self.out_dir / _file_name(record.input_id)
            path.write_text(record.to_json(indent=self.indent) + "\n", encoding="utf-8")
            return
        if self.fmt == "json":
            if not self.first:
                self.out.write(",\n")
            self.out.write(record.to_json(indent=self.indent))
        else:
            self.out.write(record.to_json() + "\n")
        self.first = False
        self.out.flush()

    def close(self) -> None:
        if self.fmt == "json" and self.out_dir is None:
            self.out.write("\n]\n")
            self.out.flush()


def _progress(total: int | None) -> Any:  # noqa: ANN401 - rich.progress.Progress or a no-op
    if not sys.stderr.isatty():
        return None
    from rich.progress import Progress  # noqa: PLC0415 - only for terminals

    progress = Progress(transient=True)
    progress.start()
    progress.add_task("extracting", total=total)
    return progress


def _skip_done(items: Iterator[Input | Failure], done: set[str]) -> Iterator[Input | Failure]:
    for item in items:
        if item.input_id in done:
            log.info("skip %s (already in the output)", item.input_id)
            continue
        yield item


def _pipeline(spec: str | None, steps: tuple[str, ...], without: tuple[str, ...]) -> Pipeline:
    """The pipeline ``--pipeline``, ``--steps`` and ``--without`` ask for."""
    try:
        pipeline = (
            Pipeline.from_spec(spec) if spec else pipeline_for(_names(steps), _names(without))
        )
        if spec and (steps or without):
            pipeline = pipeline.only(*_names(steps)) if steps else pipeline
            pipeline = pipeline.without(*_names(without)) if without else pipeline
    except PipelineError as error:
        raise click.UsageError(str(error)) from error
    return pipeline


_F = TypeVar("_F", bound=Callable[..., Any])


def _kind_options(f: _F) -> _F:
    """``--html`` / ``--text``: force the input kind (default: detected)."""
    f = click.option(
        "--text", "media_type", flag_value=MediaType.TEXT.value, help="Treat input as text."
    )(f)
    return click.option(
        "--html", "media_type", flag_value=MediaType.HTML.value, help="Treat input as HTML."
    )(f)


def _reference_time_option(f: _F) -> _F:
    """``--reference-time``: what relative dates resolve against."""
    return click.option(
        "--reference-time",
        type=click.DateTime(_TIME_FORMATS),
        default=None,
        help="Resolve relative dates against this time (naive means UTC).",
    )(f)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="articlekit")
@click.option("-v", "--verbose", count=True, help="More logging on standard error.")
def main(verbose: int) -> None:
    """Turn raw scraped articles into structured, span-anchored data."""
    logging.basicConfig(
        level=logging.WARNING - 10 * min(verbose, 2),
        stream=sys.stderr,
        format="%(levelname)s %(name)s: %(message)s",
    )


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--glob",
    "pattern",
    default="*",
    show_default=True,
    help="Files of a folder to read ('**/*.html' to recurse).",
)
@_kind_options
@click.option("--url", default=None, help="The page URL (for single pages).")
@_reference_time_option
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write one JSON file per input into this folder.",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Append records to this file instead of standard output.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "json"]),
    default="jsonl",
    show_default=True,
    help="JSON Lines, or one JSON array.",
)
@click.option("--indent", type=int, default=None, help="Pretty-print (json format, -o DIR).")
@click.option(
    "--pipeline",
    "pipeline_spec",
    default=None,
    metavar="MODULE:ATTR",
    help="Run this pipeline (a Pipeline, or a function returning one) instead of the default.",
)
@click.option(
    "--steps", multiple=True, help="Only these steps and what they need (comma-separated)."
)
@click.option("--without", multiple=True, help="Leave out these steps (comma-separated).")
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes.",
)
@click.option(
    "--errors",
    "errors_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write error records here instead of with the documents.",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="Seconds one input may take; its worker is then killed and it gets an error record "
    "(0: no limit).",
)
@click.option(
    "--memory",
    type=click.IntRange(min=0),
    default=DEFAULT_MEMORY,
    show_default=True,
    help="Megabytes a worker may allocate for one input (Linux); beyond it the input gets an "
    "error record (0: no limit).",
)
@click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails.")
@click.option(
    "--resume", is_flag=True, help="Skip inputs whose records are already in --output / -o DIR."
)
@click.option(
    "--no-offsets",
    is_flag=True,
    help="Leave out the map from the source text back to the raw input (faster, smaller).",
)
def extract(  # noqa: PLR0917
    paths: tuple[str, ...],
    pattern: str,
    media_type: str | None,
    url: str | None,
    reference_time: datetime | None,
    output_dir: Path | None,
    output: Path | None,
    fmt: str,
    indent: int | None,
    pipeline_spec: str | None,
    steps: tuple[str, ...],
    without: tuple[str, ...],
    jobs: int,
    errors_path: Path | None,
    timeout: float,
    memory: int,
    fail_fast: bool,  # noqa: FBT001 - a click flag
    resume: bool,  # noqa: FBT001 - a click flag
    no_offsets: bool,  # noqa: FBT001 - a click flag
) -> None:
    """Extract each input and write one record per input: {"input_id", "document" | "error"}.

    PATHS are files, folders and WARC archives (.warc, .warc.gz); "-" or nothing reads standard
    input. The exit code is 1 when any input failed (its error record says why). Inputs are
    extracted in supervised worker processes with a time and memory budget each (``--timeout``,
    ``--memory``); with both at 0 and ``-j 1`` they are extracted in this process.
    """
    pipeline = _pipeline(pipeline_spec, steps, without)
    if resume and output is None and output_dir is None:
        raise click.UsageError("--resume needs --output FILE or -o DIR to know what is done")
    if reference_time is not None and reference_time.tzinfo is None:
        reference_time = reference_time.replace(tzinfo=UTC)
    for appended in (output if fmt == "jsonl" else None, errors_path):
        if appended is not None and appended.is_file():
            _repair_tail(appended)  # records appended after a torn line would be torn too
    done = _done_ids(output, output_dir) if resume else set()
    if output_dir is not None:
        output_dir.mkdir(parents=True, exist_ok=True)
    out = output.open("a", encoding="utf-8") if output is not None else sys.stdout
    err = errors_path.open("a", encoding="utf-8") if errors_path is not None else None
    sink = _Sink(fmt=fmt, out=out, out_dir=output_dir, errors=err, indent=indent)
    progress = _progress(None)
    failed = 0
    count = 0
    try:
        items = _skip_done(iter_inputs(list(paths), glob=pattern), done)
        records = extract_records(
            items,
            pipeline=pipeline,
            jobs=jobs,
            media_type=media_type,
            url=url,
            reference_time=reference_time,
            offsets=not no_offsets,
            timeout=timeout,
            memory=memory,
        )
        for record in records:
            count += 1
            sink.write(record)
            if progress is not None:
                progress.advance(progress.task_ids[0])
            if not record.ok:
                failed += 1
                log.warning("%s: %s", record.input_id, record.data["error"].get("message"))
                if fail_fast:
                    break
    finally:
        sink.close()
        if progress is not None:
            progress.stop()
        if output is not None:
            out.close()
        if err is not None:
            err.close()
    log.info("%d records, %d failed", count, failed)
    if failed:
        sys.exit(1)


def _one(path: str, media_type: str | None, reference_time: datetime | None) -> Document:
    items = [i for i in iter_inputs([path]) if isinstance(i, Input | Failure)]
    if len(items) != 1:
        raise click.UsageError(f"{path} holds {len(items)} inputs; show/annotate take one page")
    item = items[0]
    if isinstance(item, Failure):
        raise click.ClickException(f"{item.input_id}: {item.message}")
    if reference_time is not None and reference_time.tzinfo is None:
        reference_time = reference_time.replace(tzinfo=UTC)
    result = next(
        pipeline_for().run_many(
            [(item.input_id, item.raw)],
            media_type=media_type or item.media_type,
            url=item.url,
            reference_time=reference_time or item.reference_time,
        )
    )
    if isinstance(result, Failure):
        raise click.ClickException(f"{result.input_id}: {result.error_type}: {result.message}")
    return result


@main.command()
@click.argument("path", type=click.Path(allow_dash=True))
@_kind_options
@_reference_time_option
@click.option("--claims", type=int, default=10, show_default=True, help="How many claims to list.")
def show(path: str, media_type: str | None, reference_time: datetime | None, claims: int) -> None:
    """Show one page: headline, facts as a table, claims with kind and speaker, the comment tree."""
    from articlekit.show import render  # noqa: PLC0415 - rich only for this command

    render(_one(path, media_type, reference_time), claims=claims)


@main.command()
@click.argument("path", type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="The HTML file to write.",
)
@_kind_options
@_reference_time_option
def annotate(
    path: str, output: Path, media_type: str | None, reference_time: datetime | None
) -> None:
    """Write a self-contained HTML page highlighting everything extracted from PATH."""
    from articlekit.annotate import annotate as render  # noqa: PLC0415

    output.write_text(render(_one(path, media_type, reference_time)), encoding="utf-8")
    click.echo(str(output), err=True)
