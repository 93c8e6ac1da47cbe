"""Extraction steps: one module per concern, each a pure ``find_*`` function plus a step class."""

from __future__ import annotations

from articlekit.pipeline import Step

__all__ = ["default_steps"]


def default_steps() -> tuple[Step, ...]:
    """Return the steps of :meth:`articlekit.Pipeline.default`, in order."""
    return ()
