"""Hostile helpers for the batch tests: a step that kills, hangs or bloats its worker on cue.

A module of its own so that worker processes and ``articlekit extract --pipeline`` (with
``tests`` on ``PYTHONPATH``) can import it.
"""

from __future__ import annotations

import os
import signal
import time
from typing import ClassVar

import attrs

from articlekit import Document, Pipeline


@attrs.frozen
class Saboteur:
    """Passes documents through, except those whose text holds a cue.

    ``KILL`` kills the worker process, ``HANG`` sleeps for an hour, ``BLOAT`` allocates memory
    until it fails, ``RAISE`` raises a plain error.
    """

    name: ClassVar[str] = "saboteur"
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset()

    def __call__(self, doc: Document, /) -> Document:
        text = doc.source.text
        if "KILL" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "HANG" in text:
            time.sleep(3600)
        if "BLOAT" in text:
            # 64 MB at a time, up to 640 GB: the budget stops it long before.
            hoard = [bytearray(64 * 1024 * 1024) for _ in range(10_000)]
            del hoard
        if "RAISE" in text:
            raise RuntimeError("sabotaged")
        return doc


def pipeline() -> Pipeline:
    """The saboteur alone: cheap, so the tests measure supervision, not extraction."""
    return Pipeline([Saboteur()])
