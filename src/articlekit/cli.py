"""The ``articlekit`` command line (also ``python -m articlekit``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import attrs
import click

from articlekit.model import Document, MediaType
from articlekit.pipeline import Failure, Pipeline

__all__ = ["main"]


def _inputs(paths: tuple[str, ...]) -> Iterator[tuple[str, bytes | OSError]]:
    for name in paths or ("-",):
        if name == "-":
            yield "-", sys.stdin.buffer.read()
            continue
        try:
            yield name, Path(name).read_bytes()
        except OSError as error:
            yield name, error


def _record(result: Document | Failure) -> dict[str, object]:
    if isinstance(result, Failure):
        return {"error": attrs.asdict(result)}
    return result.to_dict()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="articlekit")
def main() -> None:
    """Turn raw scraped articles into structured, span-anchored data."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--html", "media_type", flag_value=MediaType.HTML.value, help="Treat input as HTML.")
@click.option("--text", "media_type", flag_value=MediaType.TEXT.value, help="Treat input as text.")
@click.option("--url", default=None, help="The page URL.")
@click.option(
    "--reference-time",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M:%S%z"]),
    default=None,
    help="Resolve relative dates against this time (naive means UTC).",
)
@click.option("--indent", type=int, default=None, help="Pretty-print each document.")
def extract(
    paths: tuple[str, ...],
    media_type: str | None,
    url: str | None,
    reference_time: datetime | None,
    indent: int | None,
) -> None:
    """Extract each PATH (default: standard input) and print one JSON document per input.

    An input that fails prints an error record ({"error": {...}}) instead and the exit code is 1.
    """
    pipeline = Pipeline.default()
    failed = False
    for input_id, raw in _inputs(paths):
        if isinstance(raw, OSError):
            result: Document | Failure = Failure(input_id, type(raw).__name__, str(raw))
        else:
            result = next(
                pipeline.run_many(
                    [(input_id, raw)],
                    media_type=media_type,
                    url=url,
                    reference_time=reference_time,
                )
            )
        failed |= isinstance(result, Failure)
        click.echo(json.dumps(_record(result), ensure_ascii=False, indent=indent))
    if failed:
        sys.exit(1)
