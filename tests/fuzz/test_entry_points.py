"""Fuzzing every public entry point with arbitrary and mutated real pages (issue 20).

Each target says what may come out: a Document, or one of the documented typed errors —
never another exception, never a lost record. The default profiles run a few dozen examples
per target; ``HYPOTHESIS_PROFILE=fuzz`` runs them for as long as asked (see
``docs/security.md``). A finding becomes a case in ``test_regressions.py``.
"""

from __future__ import annotations

import json
import os

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from _support import FIXTURES
from articlekit import Document, Pipeline, extract, from_html, from_text, load
from articlekit.cli import main
from articlekit.errors import InputError
from articlekit.pipeline import Failure

#: The suite's own profiles run few examples here (every example runs the whole pipeline).
_PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
FAST = settings(
    max_examples=_PROFILE.max_examples
    if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
    else min(_PROFILE.max_examples, 25)
)

SEEDS = [path.read_bytes()[:60_000] for path in sorted(FIXTURES.glob("*/input.*"))]
HOSTILE = [
    b"<!--",
    b"<script>",
    b"</script>",
    b"<![CDATA[",
    b"&#" + b"9" * 60 + b";",
    b"&#x110000;",
    b"<b>" * 300,
    b"</html>",
    b"<noscript><div>",
    b"\x00",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xe2\x82",
    b'<meta charset="utf-16">',
    b'<meta charset="bogus-label">',
    b"<?xml version='1.0' encoding='ebcdic'?>",
    "\u0301\u0327".encode(),
    "\u202e\u2028\ufffe".encode(),
    b"1 111 111 111 111 ",
    b"one hundred and twenty ",
    b"Posts: 1\n",
    b"<p a=1 b=2 c=3 d=4>",
]


@st.composite
def mutated_pages(draw: st.DrawFn) -> bytes:
    """A real page, cut, spliced and sprinkled with hostile snippets and random bytes."""
    page = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(page)))
        action = draw(st.sampled_from(["insert", "delete", "flip", "truncate", "repeat"]))
        if action == "insert":
            page[at:at] = draw(st.sampled_from(HOSTILE) | st.binary(max_size=40))
        elif action == "delete":
            del page[at : at + draw(st.integers(1, 2000))]
        elif action == "flip" and page:
            page[min(at, len(page) - 1)] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del page[at:]
        else:
            page[at:at] = page[at : at + draw(st.integers(1, 200))] * draw(st.integers(2, 20))
    return bytes(page)


def raw_inputs() -> st.SearchStrategy[str | bytes]:
    """Arbitrary bytes and text, and mutated real pages as bytes and as text."""
    return st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=2000),
        mutated_pages(),
        mutated_pages().map(lambda b: b.decode("utf-8", errors="replace")),
    )


def _documented(call: object, *args: object, **kwargs: object) -> Document | None:
    """Run ``call``; a Document or a documented InputError is fine, anything else is a bug."""
    assert callable(call)
    try:
        result = call(*args, **kwargs)
    except InputError:
        return None
    assert isinstance(result, Document)
    return result


@FAST
@given(raw=raw_inputs(), media=st.sampled_from([None, "text/html", "text/plain"]))
def test_extract_returns_a_document_or_an_input_error(raw: str | bytes, media: str | None) -> None:
    doc = _documented(extract, raw, media_type=media)
    if doc is not None:
        assert doc.source.text == doc.source.text.strip()


@FAST
@given(raw=raw_inputs())
def test_load_from_html_and_from_text_raise_only_input_errors(raw: str | bytes) -> None:
    for build in (load, from_html, from_text):
        try:
            source = build(raw)
        except InputError:
            continue
        assert source.text == source.text.strip()


@FAST
@given(raws=st.lists(raw_inputs(), max_size=4))
def test_run_many_yields_one_result_per_input(raws: list[str | bytes]) -> None:
    pipeline = Pipeline.default()
    results = list(pipeline.run_many((f"in-{i}", raw) for i, raw in enumerate(raws)))
    assert len(results) == len(raws)
    for i, result in enumerate(results):
        assert isinstance(result, Document | Failure)
        if isinstance(result, Failure):
            assert result.input_id == f"in-{i}"
            assert result.error_type == "InputError", result  # steps never fail


@settings(FAST, max_examples=min(FAST.max_examples, 10))
@given(raw=st.one_of(st.binary(max_size=2000), mutated_pages()))
def test_the_cli_writes_one_record_and_exits_0_or_1(raw: bytes) -> None:
    runner = CliRunner()
    result = runner.invoke(
        main, ["extract", "-", "--format", "jsonl", "--timeout", "0", "--memory", "0"], input=raw
    )
    assert result.exit_code in {0, 1}, result.output
    (line,) = result.stdout.splitlines()
    record = json.loads(line)
    assert record["input_id"] == "-"
    assert ("document" in record) != ("error" in record)
    assert result.exit_code == (1 if "error" in record else 0)


def test_mutation_seeds_are_real_pages() -> None:
    """The mutated-page strategy starts from the fixtures, HTML and text."""
    assert len(SEEDS) >= 4
    assert any(seed.lstrip().startswith(b"<") for seed in SEEDS)
    assert any(not seed.lstrip().startswith(b"<") for seed in SEEDS)


def test_seeds_are_readable() -> None:
    """Every seed extracts as it is (the fuzzing starts from working pages)."""
    for seed in SEEDS:
        assert _documented(extract, seed) is not None
