"""Patterns compiled on first use behave as compiled patterns, and the package keeps to them."""

from __future__ import annotations

import ast
import copy
import pickle
import re
import sys
from pathlib import Path

import attrs
import pytest

from articlekit import Document, Pipeline, _patterns
from articlekit._patterns import _OnFirstUse, _Store, compile_later
from articlekit.batch import Input, extract_records

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "articlekit"


def test_a_deferred_pattern_answers_as_the_compiled_one() -> None:
    deferred = compile_later(r"(?P<n>\d+) (cats|dogs)", re.IGNORECASE)
    compiled = re.compile(r"(?P<n>\d+) (cats|dogs)", re.IGNORECASE)
    text = "3 Cats and 12 dogs, 4 birds"
    assert deferred.pattern == compiled.pattern
    assert "search" not in vars(deferred)  # reading the source compiles nothing
    found = deferred.search(text)
    assert found is not None
    assert found.span() == (0, 6)
    assert [m.span() for m in deferred.finditer(text)] == [(0, 6), (11, 18)]
    assert deferred.findall(text) == compiled.findall(text)
    assert deferred.sub("#", text) == compiled.sub("#", text)
    assert deferred.split(text) == compiled.split(text)
    assert deferred.fullmatch("3 cats") is not None
    assert deferred.match(text[1:]) is None
    assert (deferred.flags, deferred.groups, dict(deferred.groupindex)) == (
        compiled.flags,
        compiled.groups,
        dict(compiled.groupindex),
    )
    assert "search" in vars(deferred)  # compiled once: the methods are the pattern's own


def test_a_deferred_pattern_pickles_and_copies_as_its_source() -> None:
    """Worker processes receive pipelines (and comment formats) pickled."""
    deferred = compile_later(r"\bby\s+(\w+)", re.IGNORECASE)
    pickled = pickle.loads(pickle.dumps(deferred))  # noqa: S301 - our own bytes
    for clone in (pickled, copy.deepcopy(deferred)):
        assert isinstance(clone, _OnFirstUse)
        assert clone.pattern == deferred.pattern
        found = clone.search("Written BY Ann")
        assert found is not None
        assert found[1] == "Ann"
    bytes_pattern = compile_later(rb"charset=([\w-]+)")
    pickled_bytes = pickle.loads(pickle.dumps(bytes_pattern))  # noqa: S301 - our own bytes
    found_bytes = pickled_bytes.search(b"charset=utf-8")
    assert found_bytes is not None
    assert found_bytes[1] == b"utf-8"


def _module_level_compiles(path: Path) -> list[int]:
    """Lines where ``re.compile`` or ``compile_now`` runs when the module is imported."""
    lines: list[int] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(child, ast.Call) and (
                (
                    isinstance(child.func, ast.Attribute)
                    and child.func.attr == "compile"
                    and isinstance(child.func.value, ast.Name)
                    and child.func.value.id == "re"
                )
                or (isinstance(child.func, ast.Name) and child.func.id == "compile_now")
            ):
                lines.append(child.lineno)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return lines


#: Modules whose module-level patterns are public values, compiled as users expect them: the
#: built-in comment formats (``CommentFormat`` fields are ``re.Pattern`` instances).
_PUBLIC_PATTERNS = {"comments/formats.py"}


def test_no_module_compiles_a_pattern_when_it_is_imported() -> None:
    """Module-level patterns use compile_later, so importing the package compiles none.

    Except public values: the built-in comment formats stay ``re.Pattern`` instances.
    """
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := _module_level_compiles(path))
    }
    assert set(found) == _PUBLIC_PATTERNS
    from articlekit.comments.formats import FORMATS  # noqa: PLC0415

    assert all(isinstance(fmt.header, re.Pattern) for fmt in FORMATS)


# The instructions kept between processes (``_patterns._Store``).


def _package_patterns() -> list[tuple[str | bytes, int]]:
    """The source and flags of every pattern the package's modules define, deferred or not."""
    import articlekit.cli  # noqa: F401, PLC0415 - imports every capability

    found: dict[tuple[str | bytes, int], None] = {}
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("articlekit"):
            continue
        for value in vars(module).values():
            values = value.values() if isinstance(value, dict) else [value]
            for item in values:
                if isinstance(item, _OnFirstUse):
                    found[item.pattern, int(item._flags)] = None
                elif isinstance(item, re.Pattern):
                    found[item.pattern, int(item.flags)] = None
    return list(found)


def test_kept_instructions_compile_every_package_pattern_as_re_does(tmp_path: Path) -> None:
    """Compiled anew and then from the file, each pattern equals ``re.compile``'s.

    Patterns compare equal when their source, flags and the engine's instructions are equal.
    """
    patterns = _package_patterns()
    assert len(patterns) > 200
    path = tmp_path / "patterns.marshal"
    cold = _Store(path)
    first = [cold.compile(source, flags) for source, flags in patterns]
    cold.save()
    assert path.exists()
    warm = _Store(path)
    assert len(warm.entries) == len(patterns)
    for (source, flags), fresh in zip(patterns, first, strict=True):
        compiled = re.compile(source, flags)
        assert fresh == compiled
        kept = warm.compile(source, flags)
        assert kept == compiled
        assert (kept.flags, kept.groups, kept.groupindex) == (
            compiled.flags,
            compiled.groups,
            compiled.groupindex,
        )


def test_a_kept_pattern_is_read_not_parsed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = r"(?P<amount>\d+(?:[.,]\d+)?)\s*(?:million|billion)\b"
    path = tmp_path / "patterns.marshal"
    store = _Store(path)
    store.compile(source, re.IGNORECASE)
    store.save()

    def parse(*_: object) -> None:
        raise AssertionError("parsed again")

    monkeypatch.setattr(_patterns, "_instructions", parse)
    kept = _Store(path).compile(source, re.IGNORECASE)
    found = kept.search("Sales: 20.5 Billion dollars")
    assert found is not None
    assert found["amount"] == "20.5"


def test_a_damaged_cache_falls_back_and_is_mended(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    path.write_bytes(b"\x00not marshal at all")
    store = _Store(path)
    assert store.entries == {}
    assert store.compile(r"\bby (\w+)", 0).findall("by Ann, by Bob") == ["Ann", "Bob"]
    store.save()
    assert (r"\bby (\w+)", 0) in _Store(path).entries


def test_a_damaged_entry_is_compiled_anew(tmp_path: Path) -> None:
    path = tmp_path / "patterns.marshal"
    store = _Store(path)
    store.compile(r"a+b", 0)
    flags, code, *rest = store.entries[r"a+b", 0]
    store.entries[r"a+b", 0] = (flags, code[: len(code) // 2], *rest)  # type: ignore[assignment]
    store.save()
    mended = _Store(path)
    compiled = mended.compile(r"a+b", 0)
    assert compiled == re.compile(r"a+b")
    assert compiled.fullmatch("aaab") is not None


def test_a_private_api_that_differs_turns_the_store_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another Python's engine: compile as ``re`` does, and do not try again for each pattern."""
    store = _Store(tmp_path / "patterns.marshal")
    tried: list[str | bytes] = []

    def instructions(source: str | bytes, _flags: int) -> object:
        tried.append(source)
        raise TypeError("another engine")

    monkeypatch.setattr(_patterns, "_instructions", instructions)
    assert store.compile(r"a(b)", 0).fullmatch("ab") is not None
    assert store.compile(r"c(d)", 0).fullmatch("cd") is not None
    assert tried == [r"a(b)"]
    store.save()
    assert not (tmp_path / "patterns.marshal").exists()
    with pytest.raises(re.error):
        _Store(tmp_path / "other.marshal").compile(r"(unclosed", 0)


def test_saves_keep_what_other_processes_kept(tmp_path: Path) -> None:
    """A parent that compiled less does not overwrite what its worker kept."""
    path = tmp_path / "patterns.marshal"
    parent = _Store(path)
    worker = _Store(path)
    parent.compile(r"parent\d", 0)
    worker.compile(r"worker\d", 0)
    worker.save()
    parent.save()
    assert set(_Store(path).entries) == {(r"parent\d", 0), (r"worker\d", 0)}


def test_a_cache_that_cannot_be_written_costs_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    store = _Store(blocker / "patterns.marshal")
    assert store.compile(r"x|y", 0).findall("xzy") == ["x", "y"]
    store.save()  # no exception, nothing written
    assert blocker.read_text() == "not a folder"


def test_the_cache_file_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ARTICLEKIT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("ARTICLEKIT_NO_CACHE", raising=False)
    path = _patterns._cache_file()
    assert path is not None
    assert path.parent == tmp_path
    assert f"{sys.hexversion:x}" in path.name  # another Python never reads this file
    monkeypatch.setenv("ARTICLEKIT_NO_CACHE", "1")
    assert _patterns._cache_file() is None
    off = _Store(None)
    assert off.compile(r"\d", 0).findall("a1b2") == ["1", "2"]
    off.save()
    assert not list(tmp_path.iterdir())


@attrs.frozen
class _CompilesAPattern:
    """A step that compiles a pattern nobody compiled before, in whatever process runs it."""

    source: str
    name: str = "compiles"
    requires: frozenset[str] = frozenset()
    provides: frozenset[str] = frozenset()

    def __call__(self, doc: Document, /) -> Document:
        compile_later(self.source).search(doc.source.text)
        return doc


def test_a_worker_process_keeps_what_it_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers leave without running exit handlers, so they save after each input."""
    path = tmp_path / "patterns.marshal"
    monkeypatch.setattr(_patterns, "_store", _Store(path))  # the worker inherits it (fork)
    source = rf"compiled in a worker {tmp_path.name}"
    pipeline = Pipeline((*Pipeline.default().only("layout"), _CompilesAPattern(source)))
    records = list(
        extract_records([Input("page", b"A headline\n\nA body.")], pipeline=pipeline, timeout=30)
    )
    assert "document" in records[0].data
    assert (source, 0) in _Store(path).entries
