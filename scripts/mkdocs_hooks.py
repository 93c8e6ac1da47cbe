"""MkDocs hooks for the documentation site (``hooks:`` in mkdocs.yml).

Docstrings show doctest output such as ``[('title', 'T'), ...]``; rendered as Markdown, a
bracketed value reads like a reference link, and mkdocs-autorefs warns that it cannot find the
target. A target that is not a dotted Python name can never be a cross-reference, so those
warnings are dropped; a missing reference to a real name (``articlekit.Documnet``) still fails
the strict build.
"""

from __future__ import annotations

import logging
import re

_NOT_FOUND = re.compile(r"Could not find cross-reference target '(?P<target>.*)'$", re.DOTALL)
_NAME = re.compile(r"^[A-Za-z_][\w]*(?:\.[A-Za-z_]\w*)*$")


class _DoctestOutputFilter(logging.Filter):
    """Drops autorefs' not-found warnings whose target is not a dotted name."""

    def filter(self, record: logging.LogRecord) -> bool:
        found = _NOT_FOUND.search(record.getMessage())
        return found is None or bool(_NAME.match(found.group("target")))


_FILTER = _DoctestOutputFilter()


def on_pre_build(**_: object) -> None:
    """Filter MkDocs' log handlers: the console and the strict-mode counter the build added."""
    for handler in logging.getLogger("mkdocs").handlers:
        if _FILTER not in handler.filters:
            handler.addFilter(_FILTER)
