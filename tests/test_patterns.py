"""Patterns compiled on first use behave as compiled patterns, and the package keeps to them."""

from __future__ import annotations

import ast
import copy
import pickle
import re
from pathlib import Path

from articlekit._patterns import _OnFirstUse, compile_later

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
    """Lines where ``re.compile`` runs when the module is imported (outside any function)."""
    lines: list[int] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if (
                isinstance(child, ast.Call)
                and isinstance(child.func, ast.Attribute)
                and child.func.attr == "compile"
                and isinstance(child.func.value, ast.Name)
                and child.func.value.id == "re"
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
