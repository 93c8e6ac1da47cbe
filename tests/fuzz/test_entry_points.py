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
from hypothesis import example, given, settings
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


#: Values a page's metadata may hold that the parsers behind the steps (``urlsplit``,
#: dateparser, ``datetime``, ``int``) refuse or stretch: broken addresses, impossible dates,
#: huge numbers, control and bidi characters, markup openers.
HOSTILE_VALUES = (
    "a://[", "http://[::1", "http://x:99999999/", "http://%zz/", "//", "http://", "[", "]",
    "javascript:alert(1)", "9999-99-99", "0000-00-00T00:00:00", "2020-02-30", "20200101",
    "2020-01-01T25:61:61+99:99", "2020-W53-8", "Mon, 32 Foo 2020", "1/1/1", "P1D", "T", "-1",
    "1e309", "NaN", "9" * 30 + "-01-01", "1" * 400, "99999999999999999999", "\x00", "\u202e",
    "𝟘𝟙", "%", "%zz", "&#0;", "&#x110000;", "<![",
)  # fmt: skip
_META_NAMES = (
    "article:published_time", "article:modified_time", "og:url", "og:title", "og:site_name",
    "og:locale", "author", "date", "dc.date", "pubdate", "language", "citation_date",
)  # fmt: skip
_JSONLD_FIELDS = ("datePublished", "dateModified", "author", "headline", "url", "inLanguage")


@st.composite
def hostile_metadata_pages(draw: st.DrawFn) -> str:
    """An article page whose metadata (meta tags, JSON-LD, links, time, lang) is hostile."""
    value = st.sampled_from(HOSTILE_VALUES)
    head = []
    for _ in range(draw(st.integers(1, 6))):
        v = draw(value)
        kind = draw(st.integers(0, 5))
        if kind == 0:
            head.append(f'<meta property="{draw(st.sampled_from(_META_NAMES))}" content="{v}">')
        elif kind == 1:
            head.append(f'<meta name="{draw(st.sampled_from(_META_NAMES))}" content="{v}">')
        elif kind == 2:
            head.append(f'<link rel="canonical" href="{v}">')
        elif kind == 3:
            field = draw(st.sampled_from(_JSONLD_FIELDS))
            shape = draw(st.sampled_from([v, {"name": v}, [v, v], {"@id": v}]))
            data = json.dumps({"@type": "NewsArticle", field: shape})
            head.append(f'<script type="application/ld+json">{data}</script>')
        elif kind == 4:
            head.append(f'<time datetime="{v}">{v}</time>')
        else:
            head.append(f'<meta http-equiv="content-language" content="{v}">')
    body = (
        f"<h1>Sales rose</h1><p>On {draw(value)} the company said it sold 5 million units, up 3%"
        f" from {draw(value)}.</p><p>By {draw(value)}</p>"
    )
    return f'<html lang="{draw(value)}"><head>{"".join(head)}</head><body>{body}</body></html>'


@FAST
@example(page='<link rel="canonical" href="a://["><p>Text.</p>', url=None)
@example(
    page="<h1>A b c d</h1><p>Text here is long enough to be a paragraph of prose.</p>",
    url="https://web.archive.org/web/2020/http://[x/2019/11/01/a-b-c-d",
)
@given(
    page=hostile_metadata_pages(),
    url=st.sampled_from([None, "https://example.com/2020/01/01/story", "https://example.com/"]),
)
def test_hostile_metadata_values_fail_no_step(page: str, url: str | None) -> None:
    """Metadata values no parser reads give no value for that field, never a failed step."""
    assert _documented(extract, page, url=url) is not None


def test_mutation_seeds_are_real_pages() -> None:
    """The mutated-page strategy starts from the fixtures, HTML and text."""
    assert len(SEEDS) >= 4
    assert any(seed.lstrip().startswith(b"<") for seed in SEEDS)
    assert any(not seed.lstrip().startswith(b"<") for seed in SEEDS)


def test_seeds_are_readable() -> None:
    """Every seed extracts as it is (the fuzzing starts from working pages)."""
    for seed in SEEDS:
        assert _documented(extract, seed) is not None
