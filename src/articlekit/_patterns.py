"""Regular expressions compiled on first use (private).

The library's vocabularies are a few hundred patterns, many of them long alternations; compiling
them all when the package is imported cost about a third of the import (0.1 s), although a page
in one language with one comment format uses fewer than half of them. :func:`compile_later`
returns a stand-in that compiles on the first method call and from then on hands out the
compiled pattern's own bound methods, so a hot loop pays one dictionary lookup, as with a
compiled pattern. ``pattern`` is readable without compiling, for patterns built from others.
Public values keep real ``re.Pattern`` instances: the built-in comment formats' fields.
"""

from __future__ import annotations

import re
from typing import Any, AnyStr, cast

__all__ = ["compile_later"]

# What a compiled pattern offers; each is copied onto the stand-in when it compiles.
_ATTRIBUTES = (
    "search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner",
    "flags", "groups", "groupindex",
)  # fmt: skip


class _OnFirstUse:
    """A stand-in for ``re.compile(source, flags)`` that compiles when first used."""

    def __init__(self, source: str | bytes, flags: int) -> None:
        self.pattern = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever the pattern has
        # Only called for attributes not set yet: the first use compiles. Protocol lookups
        # ("__deepcopy__", ...) are the stand-in's own, answered by ``__reduce__``.
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attribute in _ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, tuple[str | bytes, int]]:
        return compile_later, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"compile_later({self.pattern!r}, {self._flags})"


def compile_later(source: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(source, flags)``, compiled when the pattern is first used.

    >>> WORD = compile_later(r"\\w+")
    >>> WORD.pattern, WORD.findall("two words")
    ('\\\\w+', ['two', 'words'])
    """
    return cast("re.Pattern[AnyStr]", _OnFirstUse(source, flags))
