"""Regular expressions compiled on first use (private).

The library's vocabularies are a few hundred patterns, many of them long alternations; compiling
them all when the package is imported cost about a third of the import (0.1 s), although a page
in one language with one comment format uses fewer than half of them. :func:`compile_later`
returns a stand-in that compiles on the first method call and from then on hands out the
compiled pattern's own bound methods, so a hot loop pays one dictionary lookup, as with a
compiled pattern. ``pattern`` is readable without compiling, for patterns built from others.
Public values keep real ``re.Pattern`` instances: the built-in comment formats' fields.

Compiling is mostly Python code (the ``re`` module parses a pattern and turns it into the
matching engine's instructions in Python); a page's hundred patterns take about 0.06 s, a fifth
of a one-page command. So, as Python keeps compiled modules in ``__pycache__``, the engine's
instructions are kept between processes in one file in the user's cache directory
(``platformdirs``; ``ARTICLEKIT_CACHE_DIR`` names another, ``ARTICLEKIT_NO_CACHE=1`` turns it
off) and handed back to the engine (``_sre.compile``, which checks them) on the next first use.
The file is named after the Python build and the engine's version, so another Python never reads
it; an entry is found by the pattern's source and flags, so a changed pattern is compiled anew.
Anything unexpected (no such private API, an unreadable or damaged file, a cache directory that
cannot be written) falls back to ``re.compile``; the cache only ever saves time.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any, AnyStr, Final, cast

__all__ = ["cache_folder", "compile_later", "compile_now", "save_compiled"]

try:  # the same private API ``re.compile`` itself uses (CPython 3.11-3.13)
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]

    # the engine's instructions are kept as the bytes of unsigned ints of its code size
    _ENGINE: str | None = (
        f"py{sys.hexversion:x}-sre{_sre.MAGIC}" if array("I").itemsize == _sre.CODESIZE else None
    )
except (ImportError, AttributeError):  # pragma: no cover - another implementation
    _ENGINE = None

#: what the engine needs besides the source: flags, instructions (as bytes: a file of them loads
#: five times faster than of lists of ints), groups, their names both ways
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str | bytes, int]

#: entries beyond which a save keeps only the patterns this process used
_MOST: Final = 2000


class _Store:
    """The engine instructions of compiled patterns, read from and written to one file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[_Key, _Entry] = {}
        self.used: set[_Key] = set()
        self.dirty = False
        if path is not None:
            self.entries = _read(path)

    def compile(self, source: str | bytes, flags: int) -> re.Pattern[Any]:
        """``re.compile(source, flags)``, from the kept instructions when there are some."""
        if self.path is None:
            return re.compile(source, flags)
        key = (source, int(flags))
        self.used.add(key)
        entry = self.entries.get(key)
        if entry is not None:
            try:
                return _engine(source, entry)
            except Exception:  # noqa: BLE001, S110 - a damaged entry: compile it anew
                pass
        try:
            entry = _instructions(source, int(flags))
            compiled = _engine(source, entry)
        except re.error:
            return re.compile(source, flags)  # a bad pattern: raise as re does
        except Exception:  # noqa: BLE001 - a private API that differs here (another Python)
            self.path = None  # compile as re does from now on, once per pattern
            return re.compile(source, flags)
        self.entries[key] = entry
        if not self.dirty:
            self.dirty = True
            atexit.register(save_compiled)
        return compiled

    def save(self) -> None:
        """Write the entries (only this process's, past :data:`_MOST`) if any is new."""
        if self.path is None or not self.dirty:
            return
        self.dirty = False
        # what other processes kept meanwhile (a batch's workers, a parent that compiled less)
        entries = _read(self.path)
        entries.update(self.entries)  # one update in C: other threads may be compiling
        if len(entries) > _MOST:
            entries = {k: v for k, v in entries.items() if k in self.used}
        with contextlib.suppress(OSError, ValueError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, name = tempfile.mkstemp(dir=self.path.parent, prefix=".patterns-")
            try:
                with os.fdopen(fd, "wb") as out:
                    marshal.dump(entries, out)
                Path(name).replace(self.path)
            except BaseException:
                with contextlib.suppress(OSError):
                    Path(name).unlink()
                raise


def _engine(source: str | bytes, entry: _Entry) -> re.Pattern[Any]:
    """The compiled pattern from its kept instructions (the engine checks them)."""
    flags, code, groups, names, by_index = entry
    instructions = array("I", code).tolist()
    return cast(
        "re.Pattern[Any]", _sre.compile(source, flags, instructions, groups, names, by_index)
    )


def _instructions(source: str | bytes, flags: int) -> _Entry:
    """What ``re._compiler.compile`` hands the engine for ``source`` (Python 3.11-3.13)."""
    parsed = _parser.parse(source, flags)
    code = array("I", _compiler._code(parsed, flags)).tobytes()  # noqa: SLF001
    names: dict[str, int] = dict(parsed.state.groupdict)
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, names, tuple(by_index))


def _read(path: Path) -> dict[_Key, _Entry]:
    """The kept entries, or none when the file is missing, unreadable or not what was written."""
    try:
        # the user's own cache, trusted as Python trusts its __pycache__; the engine checks code
        data = marshal.loads(path.read_bytes())  # noqa: S302
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def cache_folder() -> Path | None:
    """The folder where articlekit keeps what only saves time, or ``None`` to keep nothing.

    The user's cache directory (``platformdirs``), or ``ARTICLEKIT_CACHE_DIR``;
    ``ARTICLEKIT_NO_CACHE=1`` keeps nothing. It holds the compiled patterns and, with the
    ``lemmas`` extra, simplemma's dictionaries as tries.
    """
    if os.environ.get("ARTICLEKIT_NO_CACHE"):
        return None
    folder = os.environ.get("ARTICLEKIT_CACHE_DIR")
    if not folder:
        try:
            import platformdirs  # noqa: PLC0415 - only when a cache is first needed

            folder = platformdirs.user_cache_dir("articlekit", appauthor=False)
        except Exception:  # noqa: BLE001 - no home directory: no cache
            return None
    return Path(folder)


def _cache_file() -> Path | None:
    """Where this Python's compiled patterns are kept, or ``None`` for no cache."""
    folder = cache_folder() if _ENGINE is not None else None
    return None if folder is None else folder / f"patterns-{_ENGINE}.marshal"


_store: _Store | None = None


def _compile(source: str | bytes, flags: int) -> re.Pattern[Any]:
    global _store  # noqa: PLW0603 - one store per process, made on the first compilation
    if _store is None:
        _store = _Store(_cache_file())
    return _store.compile(source, flags)


def compile_now(source: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(source, flags)`` now, from the instructions kept between processes.

    For patterns that must be real ``re.Pattern`` values (public ones) or are used at once.

    >>> compile_now(r"\\d+").findall("3 of 12")
    ['3', '12']
    """
    return cast("re.Pattern[AnyStr]", _compile(source, flags))


def save_compiled() -> None:
    """Keep the patterns compiled so far for the next process (a no-op when nothing is new).

    Runs at exit; worker processes, which leave without running exit handlers, call it after
    each input.
    """
    if _store is not None:
        _store.save()


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
        compiled = _compile(self.pattern, self._flags)
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
