"""The ``articlekit`` command line (also ``python -m articlekit``).

- ``articlekit extract [PATH|DIR|-]…`` — files, folders (``--glob``, ``--recursive``), WARC
  archives and standard input; the headline and article as text by default, or Markdown, CSV
  (a row per page, or per fact with ``--facts``), JSON Lines or JSON records (the compact record,
  ``--fields`` to choose, ``--full`` for the whole Document), made by :mod:`articlekit.output`;
  on stdout, ``--output FILE`` or one file per input with ``-o DIR``; worker processes
  (``-j``); error records instead of lost inputs; ``--resume``; ``--fail-fast``.
- ``articlekit show PATH`` — a human view in the terminal.
- ``articlekit annotate PATH -o page.html`` — a self-contained page highlighting what was found.

Logs and the progress display go to standard error (the progress only when it is a terminal,
unless ``--progress``), so standard output holds only the output.
"""

from __future__ import annotations

import atexit
import csv
import json
import logging
import os
import re
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path
from typing import IO, Any, Final, TypeVar

import attrs
import click

from articlekit import output
from articlekit.batch import (
    DEFAULT_MEMORY,
    DEFAULT_TIMEOUT,
    Input,
    Record,
    Selection,
    extract_records,
    iter_inputs,
    pipeline_for,
    select_inputs,
)
from articlekit.errors import PipelineError
from articlekit.model import Document, MediaType
from articlekit.output import FieldError, Format, check_fields
from articlekit.pipeline import Failure, Pipeline

__all__ = ["main"]

log = logging.getLogger("articlekit")

_TIME_FORMATS = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]


def _names(values: tuple[str, ...]) -> list[str]:
    return [n.strip() for v in values for n in v.split(",") if n.strip()]


def _file_name(input_id: str, suffix: str = ".json") -> str:
    """A safe, unique file name for an input id."""
    stem = re.sub(r"[^\w.-]+", "_", input_id)[-80:].strip("._") or "input"
    import hashlib  # noqa: PLC0415 - only for -o DIR; 3 ms of every command's start otherwise

    digest = hashlib.sha1(input_id.encode("utf-8")).hexdigest()[:10]  # noqa: S324 - a name
    return f"{stem}.{digest}{suffix}"


#: The file name suffix of each format (``-o DIR`` writes one such file per input).
_SUFFIX: Final = {
    Format.TXT: ".txt",
    Format.MARKDOWN: ".md",
    Format.CSV: ".csv",
    Format.JSONL: ".jsonl",
    Format.JSON: ".json",
}
#: The format an ``--output`` file's suffix names, when ``--format`` is not given.
_BY_SUFFIX: Final = {
    **{suffix: fmt for fmt, suffix in _SUFFIX.items()},
    ".markdown": Format.MARKDOWN,
    ".ndjson": Format.JSONL,
}


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


def _done_ids(output: Path) -> set[str]:
    """Input ids whose records are already in a JSON Lines file (for ``--resume``)."""
    done: set[str] = set()
    if output.exists():
        with output.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                try:
                    done.add(str(json.loads(line)["input_id"]))
                except (ValueError, KeyError, TypeError):
                    continue  # a damaged line is redone
    return done


@attrs.frozen
class _Convert:
    """What a worker turns each Document into for the chosen output (picklable).

    The text (``txt``, ``markdown``), the CSV rows without their ``input_id`` (``csv``), or the
    compact record, or with ``full`` the whole Document's dict (``jsonl``, ``json``). The pure
    functions of :mod:`articlekit.output` do the work.
    """

    fmt: Format
    fields: tuple[str, ...] | None = None
    full: bool = False
    facts: bool = False

    def __call__(self, doc: Document) -> Any:  # noqa: ANN401 - str, rows or a JSON-ready dict
        if self.fmt is Format.TXT:
            return output.to_text(doc)
        if self.fmt is Format.MARKDOWN:
            return output.to_markdown(doc)
        if self.fmt is Format.CSV:
            return output.csv_rows(doc, fields=self.fields, facts=self.facts)
        return doc.to_dict() if self.full else output.record(doc, fields=self.fields)


def _csv_line(row: list[str]) -> str:
    buffer = StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(row)
    return buffer.getvalue()


class _Sink:
    """Where records go: a stream (stdout or an ``--output`` file), or one file each in a folder.

    JSON formats carry error records with the documents unless ``errors`` takes them; the other
    formats have no place for them, so there they are only logged (and ``errors`` if given).
    """

    def __init__(
        self,
        *,
        convert: _Convert,
        out: IO[str],
        out_dir: Path | None,
        errors: IO[str] | None,
        indent: int | None,
        labelled: bool,
        csv_header: list[str] | None,
        appending: bool = False,
    ) -> None:
        self.fmt = convert.fmt
        self.out, self.out_dir, self.errors, self.indent = out, out_dir, errors, indent
        self.labelled = labelled  # several documents in one stream: each starts with its id
        self.csv_header = csv_header
        self.first = True
        if self.fmt is Format.JSON and out_dir is None:
            self.out.write("[\n")
        elif csv_header is not None and out_dir is None and not appending:
            self.out.write(_csv_line(csv_header))  # a file appended to has its header

    def write(self, record: Record) -> None:
        if not record.ok and (self.errors is not None or self.fmt not in _JSON_FORMATS):
            if self.errors is not None:
                self.errors.write(record.to_json() + "\n")
                self.errors.flush()
            return
        if self.out_dir is not None:
            path = self.out_dir / _file_name(record.input_id, _SUFFIX[self.fmt])
            path.write_text(self._whole(record), encoding="utf-8")
            return
        self.out.write(self._part(record))
        self.first = False
        self.out.flush()

    def _whole(self, record: Record) -> str:
        """The file of one record (``-o DIR``)."""
        if self.fmt is Format.JSON:
            return record.to_json(indent=self.indent) + "\n"
        if self.fmt is Format.JSONL:
            return record.to_json() + "\n"
        if self.fmt is Format.CSV:
            assert self.csv_header is not None  # noqa: S101 - set for the csv format
            return _csv_line(self.csv_header) + self._rows(record)
        return str(record.data["document"]) + "\n"

    def _part(self, record: Record) -> str:
        """What one record adds to a stream."""
        if self.fmt is Format.JSON:
            return ("" if self.first else ",\n") + record.to_json(indent=self.indent)
        if self.fmt is Format.JSONL:
            return record.to_json() + "\n"
        if self.fmt is Format.CSV:
            return self._rows(record)
        text = str(record.data["document"]) + "\n"
        if not self.labelled:
            return text
        if self.fmt is Format.MARKDOWN:
            label = "<!-- " + record.input_id.replace("--", "- -") + " -->"
        else:
            label = f"==> {record.input_id} <=="
        return ("" if self.first else "\n") + label + "\n\n" + text

    def _rows(self, record: Record) -> str:
        rows: list[list[str]] = record.data["document"]
        return "".join(_csv_line([record.input_id, *row]) for row in rows)

    def close(self) -> None:
        if self.fmt is Format.JSON and self.out_dir is None:
            self.out.write("\n]\n")
            self.out.flush()


_JSON_FORMATS: Final = (Format.JSONL, Format.JSON)


def _progress(total: int | None, *, shown: bool | None) -> Any:  # noqa: ANN401 - rich Progress
    """A progress display on standard error: count, total, rate, time left, time taken.

    ``shown=None``: only when standard error is a terminal. Off a terminal (``shown=True``)
    the last state is printed once, at the end.
    """
    if not (shown or (shown is None and sys.stderr.isatty())):
        return None
    from rich.console import Console  # noqa: PLC0415 - only when progress is shown
    from rich.progress import (  # noqa: PLC0415
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text  # noqa: PLC0415

    class Rate(ProgressColumn):
        """Inputs per second."""

        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:.1f} pages/s")

    console = Console(stderr=True)
    progress = Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        Rate(),
        TextColumn("left"),
        TimeRemainingColumn(),
        TextColumn("taken"),
        TimeElapsedColumn(),
        console=console,
        transient=console.is_terminal,
    )
    progress.start()
    progress.add_task("extracting", total=total)
    return progress


def _skip_done(
    items: Iterator[Input | Failure],
    done: Callable[[str], bool],
    progress: Any,  # noqa: ANN401
) -> Iterator[Input | Failure]:
    for item in items:
        if done(item.input_id):
            log.info("skip %s (already in the output)", item.input_id)
            if progress is not None:
                progress.advance(progress.task_ids[0])
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


def run() -> None:
    """The ``articlekit`` command: :func:`main`, then an exit that skips the interpreter's teardown.

    A command ends as the interpreter ends it — non-daemon threads awaited, exit handlers run,
    standard streams flushed, the same exit status — but without freeing every object of every
    loaded module one by one, which took 25 ms of a one-page command (a tenth of its wall time);
    the operating system takes the memory back at once. Where the interpreter offers no way to
    run the exit handlers first, or another thread still runs, the usual exit happens.
    """
    try:
        main()
    except SystemExit as stop:
        _leave(stop.code)
        raise


def _leave(code: object) -> None:
    """Exit with ``code`` as ``sys.exit`` would, without the teardown (see :func:`run`)."""
    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    others = [t for t in threading.enumerate() if t is not threading.main_thread() and not t.daemon]
    if run_exit_handlers is None or others:
        return  # the caller re-raises: the usual exit
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:
        sys.stderr.write(f"{code}\n")  # as the interpreter prints a non-integer exit code
        status = 1
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        if stream is None:
            continue  # no console (pythonw)
        try:
            stream.flush()
        except (OSError, ValueError):
            # a closed pipe: the interpreter's own exit says 120 when stdout cannot be flushed
            status = 120 if stream is sys.stdout and status == 0 else status
    os._exit(status)


def _select(paths: tuple[str, ...], pattern: str, *, recursive: bool) -> Selection:
    """What the paths select; a folder that selects nothing is a usage error saying why."""
    if recursive and not pattern.startswith("**/"):
        pattern = "**/" + pattern
    try:
        selection = select_inputs(list(paths), glob=pattern)
    except ValueError as error:
        raise click.UsageError(f"--glob {pattern!r}: {error}") from error
    if selection.empty:
        lines = []
        for folder, deep in selection.empty:
            line = f"{folder}: no file in this folder matches --glob {pattern!r}"
            if deep:
                many = f"{deep:,}+" if deep >= 1000 else f"{deep:,}"  # noqa: PLR2004 - the cap
                line += (
                    f"; its subfolders hold {many} such file{'s' * (deep > 1)}: add --recursive "
                    "to read subfolders too"
                )
            lines.append(line)
        raise click.UsageError("\n".join(lines))
    return selection


def _nothing_done(_: str) -> bool:
    return False


def _done(output: Path | None, output_dir: Path | None, chosen: Format) -> Callable[[str], bool]:
    """Whether an input's record is already written (``--resume``)."""
    if output is not None:
        if chosen is not Format.JSONL:
            raise click.UsageError(
                f"--resume with --output reads the input ids of a JSON Lines file, not {chosen}; "
                "use --format jsonl, or -o DIR (one file per input)"
            )
        return _done_ids(output).__contains__
    if output_dir is not None:
        suffix = _SUFFIX[chosen]
        return lambda input_id: (output_dir / _file_name(input_id, suffix)).exists()
    raise click.UsageError("--resume needs --output FILE or -o DIR to know what is done")


def _chosen_format(
    fmt: str | None, output: Path | None, *, facts: bool, full: bool, fields: bool
) -> Format:
    """``--format``, or what the other options imply.

    That is csv for ``--facts``, the ``--output`` file's suffix, jsonl for ``--full`` or
    ``--fields``, else ``txt`` (what a person reads).
    """
    if fmt is not None:
        return Format(fmt)
    if facts:
        return Format.CSV
    by_suffix = _BY_SUFFIX.get(output.suffix.lower()) if output is not None else None
    if by_suffix is not None:
        return by_suffix
    return Format.JSONL if full or fields else Format.TXT


def _convert(
    chosen: Format, fields: tuple[str, ...], *, full: bool, facts: bool
) -> tuple[_Convert, list[str] | None]:
    """The conversion the options ask for and the CSV header; a usage error for a mismatch."""
    names = _names(fields) or None
    if facts and chosen is not Format.CSV:
        raise click.UsageError(f"--facts writes CSV rows, one per fact; not --format {chosen}")
    if full and chosen not in _JSON_FORMATS:
        raise click.UsageError(f"--full writes the whole Document as JSON; not --format {chosen}")
    if names is not None and chosen in {Format.TXT, Format.MARKDOWN}:
        raise click.UsageError(
            f"--fields chooses the fields of csv, jsonl and json records; {chosen} is the "
            "headline and the article"
        )
    if full and names is not None:
        raise click.UsageError("--full writes the whole Document; --fields chooses compact keys")
    if facts and names is not None:
        raise click.UsageError("--facts writes fixed columns; leave out --fields")
    header = None
    try:
        if names is not None:
            names = list(check_fields(names))
        if chosen is Format.CSV:
            header = ["input_id", *output.csv_header(fields=names, facts=facts)]
    except FieldError as error:
        raise click.UsageError(str(error)) from error
    convert = _Convert(chosen, tuple(names) if names else None, full=full, facts=facts)
    return convert, header


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True))
@click.option(
    "--glob",
    "pattern",
    default="*",
    show_default=True,
    help="The files of a folder to read ('**/*.html' recurses).",
)
@click.option("-r", "--recursive", is_flag=True, help="Read the files of folders' subfolders too.")
@_kind_options
@click.option("--url", default=None, help="The page URL (for single pages).")
@_reference_time_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in Format]),
    default=None,
    help="txt (headline and article), markdown, csv (a row per page), jsonl (a record per "
    "line) or json (one array). Default: the --output file's suffix, else txt.",
)
@click.option(
    "--fields",
    multiple=True,
    help="Only these fields of the compact record (csv columns, jsonl/json keys; comma-separated).",
)
@click.option(
    "--full",
    is_flag=True,
    help="The whole Document (page text, blocks, offsets), round-trippable, instead of the "
    "compact record (jsonl, json).",
)
@click.option("--facts", is_flag=True, help="CSV with one row per numeric fact.")
@click.option(
    "-o",
    "--output-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Write one file per input into this folder (named after the input, with the "
    "format's suffix).",
)
@click.option(
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Append to this file instead of standard output.",
)
@click.option("--indent", type=int, default=None, help="Pretty-print (json format).")
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
    help="Write error records here (JSON Lines) instead of with the documents.",
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
    "--resume",
    is_flag=True,
    help="Skip inputs already written: in the --output JSON Lines file, or in -o DIR.",
)
@click.option(
    "--no-offsets",
    is_flag=True,
    help="Leave out the map from the source text back to the raw input (--full; faster).",
)
@click.option(
    "--progress/--no-progress",
    default=None,
    help="Show progress on standard error (default: when it is a terminal).",
)
def extract(  # noqa: PLR0917
    paths: tuple[str, ...],
    pattern: str,
    recursive: bool,  # noqa: FBT001 - a click flag
    media_type: str | None,
    url: str | None,
    reference_time: datetime | None,
    fmt: str | None,
    fields: tuple[str, ...],
    full: bool,  # noqa: FBT001 - a click flag
    facts: bool,  # noqa: FBT001 - a click flag
    output_dir: Path | None,
    output: Path | None,
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
    progress: bool | None,  # noqa: FBT001 - a click flag
) -> None:
    """Extract each input and write what was found: by default the headline and article text.

    PATHS are files, folders and WARC archives (.warc, .warc.gz); "-" or nothing reads standard
    input. --format jsonl writes one record per input, {"input_id", "document" | "error"}, the
    document being the compact record (--fields to choose its keys, --full for the whole
    Document). The exit code is 1 when any input failed (its error record says why), 2 for a
    usage error, such as a folder with no file to read. Inputs are extracted in supervised
    worker processes with a time and memory budget each (--timeout, --memory); with both at 0
    and -j 1 they are extracted in this process.
    """
    pipeline = _pipeline(pipeline_spec, steps, without)
    chosen = _chosen_format(fmt, output, facts=facts, full=full, fields=bool(fields))
    convert, header = _convert(chosen, fields, full=full, facts=facts)
    if output is not None and output_dir is not None:
        raise click.UsageError("choose one of --output FILE and -o DIR")
    selection = _select(paths, pattern, recursive=recursive)
    if reference_time is not None and reference_time.tzinfo is None:
        reference_time = reference_time.replace(tzinfo=UTC)
    for appended in (output if chosen is Format.JSONL else None, errors_path):
        if appended is not None and appended.is_file():
            _repair_tail(appended)  # records appended after a torn line would be torn too
    done = _done(output, output_dir, chosen) if resume else _nothing_done
    if output_dir is not None:
        output_dir.mkdir(parents=True, exist_ok=True)
    out = output.open("a", encoding="utf-8") if output is not None else sys.stdout
    err = errors_path.open("a", encoding="utf-8") if errors_path is not None else None
    sink = _Sink(
        convert=convert,
        out=out,
        out_dir=output_dir,
        errors=err,
        indent=indent,
        labelled=selection.total != 1,
        csv_header=header,
        appending=output is not None and output.is_file() and output.stat().st_size > 0,
    )
    shown = _progress(selection.total, shown=progress)
    failed = 0
    count = 0
    try:
        items = _skip_done(iter_inputs(list(selection.paths)), done, shown)
        records = extract_records(
            items,
            pipeline=pipeline,
            jobs=jobs,
            media_type=media_type,
            url=url,
            reference_time=reference_time,
            # Only the full Document carries the map back to the raw input.
            offsets=full and not no_offsets,
            timeout=timeout,
            memory=memory,
            convert=convert,
        )
        for record in records:
            count += 1
            sink.write(record)
            if shown is not None:
                shown.advance(shown.task_ids[0])
            if not record.ok:
                failed += 1
                log.warning("%s: %s", record.input_id, record.data["error"].get("message"))
                if fail_fast:
                    break
    finally:
        sink.close()
        if shown is not None:
            shown.stop()
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
