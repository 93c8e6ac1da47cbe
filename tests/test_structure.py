"""The shape of the house: no import circles, every module imports alone, no duplicate vocabulary.

The import graph is read from the sources (``import`` statements anywhere in a module, lazy ones
included: a lazy import is still a circle); a package's implicit import of its parent is not an
edge. Vocabularies are the literal sets, dicts, word lists and regular-expression alternations of
the library: a duplicate entry is dead data at best and a sign of a copy-paste slip at worst.
"""

from __future__ import annotations

import ast
import importlib
import os
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from _support import ROOT, run_python

SRC = ROOT / "src"
PACKAGE = SRC / "articlekit"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
# Compiled-only modules (Cython sources) are import targets too, with no imports read.
_NATIVE = {_module_name(p) for p in PACKAGE.rglob("*.pyx")}
_RUN_ON_IMPORT = {"articlekit.__main__"}  # runs the command line


def _resolve(name: str) -> str | None:
    """The module ``name`` refers to (a module, or the package defining the name), if ours."""
    while name and name not in MODULES and name not in _NATIVE:
        name = name.rpartition(".")[0]
    return name or None


def _imports(path: Path) -> set[str]:
    """The articlekit modules ``path`` imports, anywhere in its body."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [f"{node.module}.{alias.name}" for alias in node.names]
        else:
            continue
        for target in targets:
            module = _resolve(target) if target.startswith("articlekit") else None
            if module is not None:
                found.add(module)
    return found


GRAPH = {name: _imports(path) - {name} for name, path in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_import_graph_has_no_circles() -> None:
    """No module imports, directly or through others, a module that imports it."""
    assert _cycles(GRAPH) == []


def test_the_circle_check_can_fail() -> None:
    """The check finds a circle when there is one."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_steps_do_not_import_the_pipeline_or_the_faces() -> None:
    """Capability packages sit below the pipeline and the batch, CLI and integration faces."""
    above = {"articlekit.pipeline", "articlekit.api", "articlekit.batch", "articlekit.cli"}
    for name, targets in GRAPH.items():
        if name.split(".")[1:2] and name.split(".")[1] in {"page", "facts", "claims", "comments"}:
            assert not targets & above, name


_ALONE = """
import importlib, os, sys
failed, running = [], {}
names = sys.argv[1:]
width = max(1, os.cpu_count() or 1)

def reap():
    pid, status = os.wait()
    if status:
        failed.append(running[pid])
    del running[pid]

for name in names:
    while len(running) >= width:
        reap()
    pid = os.fork()
    if pid == 0:
        try:
            importlib.import_module(name)
        except BaseException as error:  # report any failure of the import itself
            print(f"{name}: {type(error).__name__}: {error}", flush=True)
            os._exit(1)
        os._exit(0)
    running[pid] = name
while running:
    reap()
sys.exit(1 if failed else 0)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_every_module_imports_alone() -> None:
    """Each module imports in a fresh interpreter state, whatever was imported before it."""
    warm = "import attrs, cattrs, lxml.html, dateparser, click, rich"  # third-party, not ours
    optional = {"articlekit.scrapy", "articlekit.dask"}
    names = [
        n
        for n in MODULES
        if n not in _RUN_ON_IMPORT
        and (n not in optional or importlib.util.find_spec(n.split(".")[1]))
    ]
    result = subprocess.run(  # noqa: S603 - our own interpreter and module names
        [sys.executable, "-c", f"{warm}\n{_ALONE}", *names],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_costly_libraries_are_imported_only_when_a_page_needs_them() -> None:
    """Reading the seed imports no library it does not use.

    Not dateparser (about 0.1 s), cattrs (the full JSON round trip) or charset-normalizer
    (undeclared bytes that are not UTF-8).
    """
    seed = Path(__file__).resolve().parent.parent / "fixtures/sony-q2-2012-phonearena/input.txt"
    lazy = ("dateparser", "cattrs", "charset_normalizer")
    code = (
        f"import sys, articlekit\nlazy = {lazy!r}\n"
        "assert not [m for m in lazy if m in sys.modules], 'imported with articlekit'\n"
        f"doc = articlekit.extract(open({str(seed)!r}, encoding='utf-8').read())\n"
        "assert doc.comments and doc.metadata is not None\n"
        "from articlekit.output import record\n"
        "assert record(doc)['title']\n"
        "assert not [m for m in lazy if m in sys.modules], 'imported reading the seed'\n"
        "from articlekit._dates import parse_date\n"
        "parse_date('vor 3 Tagen', languages=['de'])\n"
        "assert 'dateparser' in sys.modules, 'a relative German date needs it'\n"
        "assert articlekit.Document.from_json(doc.to_json()) == doc\n"
        "assert 'cattrs' in sys.modules, 'the JSON round trip needs it'\n"
        "articlekit.extract('Caf\\xe9 cr\\xe8me, na\\xefve fa\\xe7ade'.encode('cp1252') * 20)\n"
        "assert 'charset_normalizer' in sys.modules, 'undeclared cp1252 bytes need it'\n"
    )
    run_python(code)


# -- vocabularies ------------------------------------------------------------------------------


def _literal_strings(node: ast.AST) -> list[str] | None:
    """The string entries of a literal set/list/tuple or a ``"a b c".split()``, else None."""
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        values = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        strings = [v for v in values if isinstance(v, str)]
        return strings if len(strings) == len(node.elts) else None
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
        and not node.args
    ):
        return node.func.value.value.split()
    return None


def _vocabularies(path: Path) -> Iterator[tuple[int, str, list[str]]]:
    """(line, kind, entries) of every literal vocabulary in a module."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            keys = [k.value for k in node.keys if isinstance(k, ast.Constant)]
            if keys and len(keys) == len(node.keys):
                yield node.lineno, "dict keys", [repr(k) for k in keys]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) in {
            "frozenset",
            "set",
        }:
            for arg in node.args:
                entries = _literal_strings(arg)
                if entries is not None:
                    yield node.lineno, "set", entries
        elif isinstance(node, ast.Set):
            entries = _literal_strings(node)
            if entries is not None:
                yield node.lineno, "set", entries


def _duplicates(entries: list[str]) -> list[str]:
    return sorted(entry for entry, count in Counter(entries).items() if count > 1)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_literal_vocabularies_have_no_duplicates(name: str) -> None:
    """Sets, dict keys and word lists written in the code list each entry once."""
    for line, kind, entries in _vocabularies(MODULES[name]):
        assert _duplicates(entries) == [], f"{name}:{line} {kind}"


_GROUP = re.compile(r"\((?:\?:)?([^()\\]*(?:\\.[^()\\]*)*)\)")


def _alternations(pattern: str, *, verbose: bool = False) -> Iterator[list[str]]:
    """The alternatives of every innermost group, and of the whole pattern's top level.

    White space separates nothing but in a verbose pattern, where it is ignored.
    """

    def tidy(alternative: str) -> str:
        return "".join(alternative.split()) if verbose else alternative

    for match in _GROUP.finditer(pattern):
        if "|" in match.group(1):
            yield [tidy(a) for a in match.group(1).split("|")]
    depth = 0
    top: list[str] = []
    current = []
    escaped = False
    for char in pattern:
        if escaped:
            current.append(char)
            escaped = False
            continue
        if char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            top.append(tidy("".join(current)))
            current = []
            continue
        current.append(char)
    top.append(tidy("".join(current)))
    if len(top) > 1:
        yield top


def _patterns(module: object) -> Iterator[tuple[str, str, bool]]:
    """(name, pattern, is_verbose) of the module's regular expressions and pattern objects."""
    for attribute, value in vars(module).items():
        if isinstance(value, type):
            continue  # a class's own attributes are descriptors (native ones when compiled)
        compiled = value if isinstance(value, re.Pattern) else getattr(value, "_folded", None)
        pattern = getattr(value, "pattern", None)
        if isinstance(pattern, str):
            flags = compiled.flags if isinstance(compiled, re.Pattern) else 0
            yield attribute, pattern, bool(flags & re.VERBOSE)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_pattern_alternatives_are_listed_once(name: str) -> None:
    """No regular expression of the library lists the same alternative twice in one group."""
    if name in _RUN_ON_IMPORT:
        pytest.skip("runs the command line on import")
    if name in {"articlekit.scrapy", "articlekit.dask"} and not importlib.util.find_spec(
        name.split(".")[1]
    ):
        pytest.skip("optional extra not installed")
    module = importlib.import_module(name)
    for attribute, pattern, verbose in _patterns(module):
        for alternatives in _alternations(pattern, verbose=verbose):
            assert _duplicates([a for a in alternatives if a]) == [], f"{name}.{attribute}"


def test_the_duplicate_checks_can_fail() -> None:
    """Both checks see a duplicate."""
    assert _duplicates(["a", "b", "a"]) == ["a"]
    assert list(_alternations(r"x(?:ab|cd|ab)y")) == [["ab", "cd", "ab"]]
