"""Comments: finding and splitting threads, fields, exact trees from HTML, inferred trees."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import articlekit
from _support import FIXTURES
from articlekit.comments import _tree as tree
from articlekit.comments import find_comments
from articlekit.comments._split import split_section
from articlekit.comments.formats import FORMATS, CommentFormat
from articlekit.model import Document

SEED = (FIXTURES / "sony-q2-2012-phonearena" / "input.txt").read_text("utf-8")


@pytest.fixture(scope="module")
def seed() -> Document:
    return articlekit.extract(SEED, reference_time=datetime(2012, 11, 3, tzinfo=UTC))


def test_seed_comments_as_shown(seed: Document) -> None:
    shown = re.findall(r"^(\d+)\. (\S+?)( unregistered)?$", SEED, re.MULTILINE)
    assert len(shown) == 28
    assert [(c.ref, c.author, c.is_registered) for c in seed.comments] == [
        (ref, author, not unregistered) for ref, author, unregistered in shown
    ]


def test_seed_author_details(seed: Document) -> None:
    c = next(c for c in seed.comments if c.ref == "16")
    assert (c.details.post_count, c.details.member_since) == (973, date(2012, 8, 9))
    assert next(c for c in seed.comments if c.ref == "1").details == articlekit.AuthorDetails()


def test_seed_tree(seed: Document) -> None:
    by_ref = {c.ref: i for i, c in enumerate(seed.comments)}
    fifteen = seed.comments[by_ref["15"]]
    assert fifteen.parent == by_ref["8"]
    for i, c in enumerate(seed.comments):
        assert c.parent is None or c.parent < i
        assert c.parent_confidence is not None
        assert 0.0 <= c.parent_confidence <= 1.0
        assert all(0.0 <= o.confidence <= 1.0 and o.parent != c.parent for o in c.alternatives)
    # the tree reproduces the page: depth-first, siblings in id order
    order = [n.comment.ref for root in seed.comment_tree() for _, n in root.walk()]
    assert order == [c.ref for c in seed.comments]
    for root in seed.comment_tree():
        for _, node in root.walk():
            refs = [int(ch.comment.ref or 0) for ch in node.children]
            assert refs == sorted(refs)


def test_seed_last_comment_stops_before_the_page_furniture(seed: Document) -> None:
    last = seed.comments[-1]
    assert last.ref == "25"
    assert seed.text_of(last.body) == "com'on sony pick up the pace, sony dance!!"
    assert "Latest Stories" not in seed.text_of(last.span)


def test_body_and_comment_claims_are_separate(seed: Document) -> None:
    assert all("unregistered" not in p.text for p in seed.paragraphs)
    comment_claims = [c for c in seed.claims if c.is_comment]
    assert comment_claims
    assert all(seed.sentences[c.sentence].comment is not None for c in comment_claims)


def test_a_numbered_body_line_is_not_a_header() -> None:
    text = (
        "Title\n\nBody of the article is here and it is long enough to be a body.\n\n"
        "Comments\n\n1. ann unregistered\n\nMy list:\n\n2. Samsung\n\nwas first.\n\n"
        "2. bob\n\nPosts: 3; Member since: Jan 01, 2012\n\nI agree with ann\n"
    )
    found = find_comments(articlekit.from_text(text))
    assert [(c.ref, c.author) for c in found] == [("1", "ann"), ("2", "bob")]
    assert "2. Samsung" in text[found[0].body.start : found[0].body.end]


@pytest.mark.parametrize(
    ("page", "authors"),
    [
        (
            (
                "Comments\n\nann says:\nMarch 3, 2020 at 4:15 PM\nHello there.\nReply\n\n"
                "bob says:\nMarch 3, 2020 at 5:00 PM\n@ann hi!\nReply\n"
            ),
            ["ann", "bob"],
        ),
        (
            (
                "Comments\n\nann • 3 days ago\nHello there.\nReply • Share ›\n\n"
                "bob • 2 days ago\n@ann hi!\nReply • Share ›\n"
            ),
            ["ann", "bob"],
        ),
        (
            (
                "ann 3 hours ago | next [–]\nHello there.\nreply\n\n"
                "bob 2 hours ago | parent | next [–]\nhi!\nreply\n"
            ),
            ["ann", "bob"],
        ),
        (
            (
                "ann · 12 points · 5 hours ago\nHello there.\n\n"
                "bob · 3 points · 4 hours ago\n@ann hi!\n"
            ),
            ["ann", "bob"],
        ),
    ],
    ids=["wordpress_says", "disqus_like", "hn_like", "reddit_like"],
)
def test_flattened_styles(page: str, authors: list[str]) -> None:
    ref = datetime(2020, 3, 6, 12, tzinfo=UTC)
    found = find_comments(articlekit.from_text(page, reference_time=ref))
    assert [c.author for c in found] == authors
    bodies = [page[c.body.start : c.body.end] for c in found]
    assert bodies[0] == "Hello there."
    assert found[1].parent == 0  # "@ann", "| parent |" or nothing: the second replies or not
    assert all(c.posted is None or c.posted <= ref for c in found)


def test_relative_times_need_a_reference_time() -> None:
    page = "ann • 3 days ago\nHello.\nReply • Share ›\n\nbob • 1 day ago\nHi.\nReply • Share ›\n"
    assert [c.posted for c in find_comments(articlekit.from_text(page))] == [None, None]
    ref = datetime(2020, 3, 6, tzinfo=UTC)
    found = find_comments(articlekit.from_text(page, reference_time=ref))
    assert found[0].posted == datetime(2020, 3, 3, tzinfo=UTC)


def test_relative_times_spelled_with_letters_ignorecase_matches() -> None:
    """Relative times with a dotted capital I or a long s ("3 mİnutes ago") crashed once."""
    page = (
        "ann \u2022 3 m\u0130nutes ago\nHello.\nReply \u2022 Share \u203a\n\n"
        "bob \u2022 1 \u017fecond ago\nHi.\nReply \u2022 Share \u203a\n"
    )
    ref = datetime(2020, 3, 6, tzinfo=UTC)
    found = find_comments(articlekit.from_text(page, reference_time=ref))
    assert [c.posted for c in found] == [
        datetime(2020, 3, 5, 23, 57, tzinfo=UTC),
        datetime(2020, 3, 5, 23, 59, 59, tzinfo=UTC),
    ]


def test_html_nesting_gives_exact_parents() -> None:
    html = (
        "<html><body><article><h1>Title</h1><p>" + "Article text. " * 30 + "</p></article>"
        '<ol class="commentlist">'
        '<li class="comment" id="comment-1"><div class="comment-author vcard">ann says:</div>'
        "<p>First comment here.</p>"
        '<ul class="children"><li class="comment" id="comment-2">'
        '<div class="comment-author vcard">bob says:</div><p>A reply to ann.</p></li></ul></li>'
        '<li class="comment" id="comment-3"><div class="comment-author vcard">cy says:</div>'
        "<p>Another thread.</p></li></ol></body></html>"
    )
    doc = articlekit.extract(html)
    assert [(c.ref, c.author, c.parent, c.parent_confidence) for c in doc.comments] == [
        ("1", "ann", None, 1.0),
        ("2", "bob", 0, 1.0),
        ("3", "cy", None, 1.0),
    ]
    assert [doc.text_of(c.body) for c in doc.comments] == [
        "First comment here.",
        "A reply to ann.",
        "Another thread.",
    ]
    assert all("comment" not in p.text for p in doc.paragraphs)


def test_a_long_pingback_name_on_an_unreadable_date_said() -> None:
    """WordPress' "<name> on <date> said:" header gives the name alone.

    However long the name (a pingback is named by the linking post's title) and whether or not
    the date reads (a month in another language).
    """
    header = (
        "Pembuat Film Fitna Dirikan Partai Islam Di Eropa | Berita Islami, on Desember 30, 2015 at"
        " 4:36 am said:"
    )
    html = (
        '<html lang="en"><body><article><h1>Title</h1><p>' + "Article text. " * 30 + "</p>"
        "</article>"
        '<ol class="commentlist"><li class="comment" id="comment-7">'
        f'<div class="comment-author vcard">{header}</div><p>[…] a link to this post […]</p>'
        '</li><li class="comment" id="comment-8"><div class="comment-author vcard">'
        "ann on March 10, 2017 at 12:20 am said:</div><p>Thanks for this.</p></li></ol>"
        "</body></html>"
    )
    doc = articlekit.extract(html)
    assert [(c.author, c.posted) for c in doc.comments] == [
        ("Pembuat Film Fitna Dirikan Partai Islam Di Eropa | Berita Islami", None),
        ("ann", datetime(2017, 3, 10, 0, 20, tzinfo=UTC)),
    ]


_ARTICLE = "<body><article><h1>Title</h1><p>" + "Article text. " * 30 + "</p></article>"


def test_a_pingback_is_signed_by_the_linking_site() -> None:
    """WordPress names a pingback by the linking page's title; its author is the linking site.

    The site is the title's last part ("<post> | <site>", "<post> – <site>"), the first in the
    old default "<site> » Blog Archive » <post>"; a month in the page's language with the
    theme's English "at" before the time still reads.
    """
    html = (
        '<html lang="id-ID">' + _ARTICLE + '<ol class="commentlist">'
        '<li class="pingback" id="comment-1"><div class="comment-author vcard">'
        "A Post | Berita Islami, on Desember 30, 2015 at 4:36 am said:</div>"
        "<p>[…] a link to this post […]</p></li>"
        '<li class="pingback" id="comment-2"><div class="comment-body">Pingback: '
        '<a href="http://example.org/p">Another Post – Some Blog</a></div></li>'
        '<li class="pingback" id="comment-3"><div class="comment-body">Pingback: '
        '<a href="http://example.net/p">OLD BLOG » Blog Archive » A Post</a></div></li>'
        "</ol></body></html>"
    )
    doc = articlekit.extract(html)
    assert [(c.author, c.posted) for c in doc.comments] == [
        ("Berita Islami", datetime(2015, 12, 30, 4, 36, tzinfo=UTC)),
        ("Some Blog", None),
        ("OLD BLOG", None),
    ]
    assert [doc.text_of(c.author_span) for c in doc.comments if c.author_span] == [
        "Berita Islami",
        "Some Blog",
        "OLD BLOG",
    ]


def test_a_pingback_line_without_a_class_is_a_header() -> None:
    """A "Pingback von <title> | <date>" line gives the site and the date.

    The linking page's excerpt after it is the body.
    """
    html = (
        '<html lang="de">' + _ARTICLE + '<ol class="commentlist"><li id="comment-5">'
        "<cite>Pingback von <a href='http://example.de/x'>Some Site - Bookmarks</a></cite> | "
        '<small><a href="#comment-5">11.09.2011 23:31</a></small>'
        "<p>[…] Gefällt mir – Unlängst spazierte ich durch die Stadt […]</p></li></ol>"
        "</body></html>"
    )
    doc = articlekit.extract(html)
    (c,) = doc.comments
    assert (c.author, c.posted) == ("Bookmarks", datetime(2011, 9, 11, 23, 31, tzinfo=UTC))
    assert doc.text_of(c.body).startswith("[…] Gefällt mir")


def test_a_date_on_the_line_after_the_name() -> None:
    """A header block "<name><br><date>" gives both."""
    html = (
        '<html lang="de-DE">' + _ARTICLE + '<ol class="commentlist">'
        '<li class="comment" id="li-comment-75"><div class="comment-meta commentmetadata">'
        '<cite class="fn">Isa</cite><br/><a href="#comment-75">5. Januar 2016 um 20:20</a></div>'
        "<p>Dir auch ein wundervolles neues Jahr.</p></li></ol></body></html>"
    )
    doc = articlekit.extract(html)
    (c,) = doc.comments
    assert (c.author, c.posted) == ("Isa", datetime(2016, 1, 5, 20, 20, tzinfo=UTC))
    assert doc.text_of(c.body) == "Dir auch ein wundervolles neues Jahr."


def test_markup_comments_keep_their_quotes_and_mentions() -> None:
    """Blockquotes and a pasted "<name> says:" comment up to a rule line are quotes.

    "@name" is a mention.
    """
    html = (
        '<html lang="en">' + _ARTICLE + '<ol class="commentlist">'
        '<li class="comment" id="comment-1"><div class="comment-author">ann says:</div>'
        "<p>I liked the part on Rivers.</p></li>"
        '<li class="comment" id="comment-2"><div class="comment-author">bob says:</div>'
        "<p>ann says:<br>November 19, 2019 at 12:28 pm<br>I liked the part on Rivers.<br>"
        "==========<br>@ann you would.</p></li>"
        '<li class="comment" id="comment-3"><div class="comment-author">cy says:</div>'
        "<blockquote><p>you would.</p></blockquote><p>Indeed.</p></li>"
        "</ol></body></html>"
    )
    doc = articlekit.extract(html)
    quotes = [[doc.text_of(q) for q in c.quotes] for c in doc.comments]
    assert quotes == [
        [],
        ["ann says:\nNovember 19, 2019 at 12:28 pm\nI liked the part on Rivers.\n"],
        ["you would."],
    ]
    assert [[doc.text_of(m) for m in c.mentions] for c in doc.comments] == [[], ["@ann"], []]
    assert all(c.body.contains(q) for c in doc.comments for q in c.quotes)


def test_text_inside_the_author_part_and_a_reply_without_a_list() -> None:
    """A theme writing the text inside its author part, and replies nested without a list.

    The sentence is the body, "Kommentar von <name>" gives the name, and a ``div#comment-N``
    directly inside another comment's container is a reply to it, not a part of it.
    """
    html = (
        '<html lang="de">' + _ARTICLE + '<ol class="commentlist">'
        '<li class="comment" id="comment-1"><div class="comment-author vcard">'
        "<p>Ebenfalls alles Gute, du bist meine erste Leserin im neuen Jahr!</p>"
        '<p><cite>Kommentar von <span class="fn">jancak</span> — 2019-01-01 @ 00:45</cite></p>'
        "</div></li></ol>"
        '<div class="comments"><div class="comment depth-1" id="comment-7"><div class="text">'
        '<span class="author">Cherie</span><span class="date">August 17, 2019 - 2:19 pm</span>'
        '<div class="comment-content"><p>I made this jam today.</p></div></div>'
        '<div class="comment depth-2" id="comment-8"><div class="text">'
        '<span class="author">Regan</span><span class="date">August 19, 2019 - 5:48 pm</span>'
        '<div class="comment-content"><p>Glad you liked it.</p></div></div></div></div></div>'
        "</body></html>"
    )
    doc = articlekit.extract(html)
    got = [(c.author, c.parent, doc.text_of(c.body)) for c in doc.comments]
    assert got == [
        ("jancak", None, "Ebenfalls alles Gute, du bist meine erste Leserin im neuen Jahr!"),
        ("Cherie", None, "I made this jam today."),
        ("Regan", 1, "Glad you liked it."),
    ]
    assert doc.comments[0].posted == datetime(2019, 1, 1, 0, 45, tzinfo=UTC)


@st.composite
def threads(draw: st.DrawFn) -> tuple[list[int | None], list[str]]:
    """A random comment tree: parents (chronological indices) and author names."""
    n = draw(st.integers(min_value=1, max_value=25))
    parents: list[int | None] = [None]
    parents.extend(
        draw(st.one_of(st.none(), st.integers(min_value=0, max_value=i - 1))) for i in range(1, n)
    )
    name = st.from_regex(r"[a-z][a-z0-9_]{2,10}", fullmatch=True)
    names = [draw(name) for _ in range(n)]
    return parents, names


def _render(parents: list[int | None], names: list[str]) -> tuple[str, list[int]]:
    kids: dict[int | None, list[int]] = {}
    for i, p in enumerate(parents):
        kids.setdefault(p, []).append(i)
    order: list[int] = []
    stack = list(reversed(kids.get(None, [])))
    while stack:
        i = stack.pop()
        order.append(i)
        stack.extend(reversed(kids.get(i, [])))
    blocks = [f"{i + 1}. {names[i]} unregistered\n\nComment number {i + 1}." for i in order]
    return "Comments\n\n" + "\n\n".join(blocks) + "\n", order


@given(threads())
@settings(max_examples=60, deadline=None)
def test_rendered_trees_parse_back(thread: tuple[list[int | None], list[str]]) -> None:
    """Render any valid tree flattened, then parse it back.

    Every comment comes back with its author; the inferred tree is acyclic, parents first, and
    reproduces the page's order.
    """
    parents, names = thread
    text, order = _render(parents, names)
    found = find_comments(articlekit.from_text(text))
    assert [(c.ref, c.author) for c in found] == [(str(i + 1), names[i]) for i in order]
    for k, c in enumerate(found):
        assert c.parent is None or c.parent < k
        assert c.parent_confidence is not None
        assert 0.0 <= c.parent_confidence <= 1.0
        if c.parent is not None:
            assert int(found[c.parent].ref or 0) < int(c.ref or 0)


def test_a_linked_name_heading_is_the_author_when_nothing_else_is() -> None:
    """A theme heading each comment with its linked author name; a subject line stays out."""
    html = (
        '<html lang="de">' + _ARTICLE + '<ol class="commentlist">'
        '<li id="comment-1446" class="row-fluid"><div class="comment-info">'
        '<h3><a href="http://marius.example.org">Marius</a></h3>'
        "<p>Ich bin schon ganz gespannt, was hier als nächstes auftaucht.</p>"
        "<div><b>18. 05. 2014</b></div></div></li>"
        '<li id="comment-1447" class="row-fluid"><div class="comment-info">'
        '<h3><a href="#comment-1447">Ich bin da ganz anderer Meinung, leider!</a></h3>'
        "<p>Das sehe ich nicht so.</p><div><b>19. 05. 2014</b></div></div></li>"
        "</ol></body></html>"
    )
    doc = articlekit.extract(html)
    assert [c.author for c in doc.comments] == ["Marius", None]


def test_a_footer_thread_never_takes_the_article() -> None:
    """With "Reply" footers and no "says:" header, the first comment opens at a dated name.

    A blog dump whose only comment is "<name> <date>" + text + "Antworten": the page's title
    line is name-like too, but the first comment is the last name with a date before the first
    footer, so the article stays the body.
    """
    article = "\n".join(
        f"Satz {n} der Rezension ist lang genug, um ein Absatz des Artikels zu sein, und endet."
        for n in range(8)
    )
    page = (
        "Plentylife\n\nBeauty, Bücher und mehr...\n\nStrong & Beautiful [Rezension]\n\n"
        + article
        + "\nMai 03, 2017 / Sandra / 1 Meinungen /\n\n1 Meinungen:\n\n"
        "Andjela Gligorijevic Mittwoch, Mai 10, 2017 4:14:00 PM\n\n"
        "Great post, I like your blog and I just followed you.\n\n"
        "Antworten Löschen\nAntworten\n\nAntworten\n\nKommentar hinzufügen\n"
    )
    doc = articlekit.extract(page)
    assert len(doc.comments) == 1
    assert doc.text_of(doc.comments[0].body) == (
        "Great post, I like your blog and I just followed you."
    )
    assert any("Satz 3 der Rezension" in p.text for p in doc.paragraphs)


def test_split_section_picks_the_format_by_evidence() -> None:
    text = "ann says:\nHello\nReply\n\nbob says:\nHi\nReply\n"
    fmt, raws = split_section(text, 0, len(text))
    assert fmt is not None
    assert fmt.name == "wordpress_says"
    assert len(raws) == 2


# Lines a flattened thread shows in each built-in style (with case variants), and prose.
_STYLE_LINES = {
    "numbered": (
        "1. ann unregistered",
        "2. Bob",
        "3. carl UNREGISTERED",
        "Posts: 12; Member since: May 2010",
        "POSTS: 3; member since: 2011",
    ),
    "hn_like": ("ann 2 hours ago | parent | next [–]", "bob | next [-]", "reply", "Reply"),
    "reddit_like": ("ann · 12 points · 3 hours ago", "bob · 1 point · now"),
    "wordpress_says": (
        "Ann says:",
        "Ann on May 3, 2018 at 4:47 pm said:",
        "Bob on May 4, 2018 SAID:",
        "May 3, 2018 at 4:47 pm",
        "Reply",
        "Antworten",
    ),
    "disqus_like": ("ann • 2 hours ago", "Reply • Share ›", "bob"),
}
_PROSE = ("Some prose of the article, as a sentence.", "Hello", "")


@settings(max_examples=300)
@given(st.sampled_from(FORMATS), st.data())
def test_a_format_finds_no_comments_in_text_without_its_cue(
    fmt: CommentFormat, data: st.DataObject
) -> None:
    """A built-in format's cue is a necessary condition of its evidence, so skipping is exact.

    The text is made of the style's lines that lack the cue: were the cue not necessary, some
    such text would show comments.
    """
    from articlekit.comments._split import _evidence, _lines  # noqa: PLC0415

    assert fmt.cue
    cue = re.compile("|".join(map(re.escape, fmt.cue)), re.IGNORECASE)
    pool = [ln for ln in (*_STYLE_LINES[fmt.name], *_PROSE) if not cue.search(ln)]
    block = st.lists(st.sampled_from(pool), min_size=1, max_size=3).map("\n".join)
    text = data.draw(st.lists(block, max_size=8).map("\n\n".join))  # headers open blocks
    assume(not cue.search(text))
    assert _evidence(fmt, _lines(text, 0, len(text))) == 0


def test_split_section_reads_no_line_without_a_cue(monkeypatch: pytest.MonkeyPatch) -> None:
    """A page that holds no format's cue is not split into lines at all."""
    from articlekit.comments import _split  # noqa: PLC0415

    def no_lines(*_: object) -> list[object]:
        raise AssertionError("lines read")

    monkeypatch.setattr(_split, "_lines", no_lines)
    text = "A story.\n\nIt has paragraphs, 2. numbered lines\n\nand more prose.\n"
    assert split_section(text, 0, len(text)) == (None, [])
    bang = CommentFormat(name="bang", header=re.compile(r"^!! (?P<author>\w+) !!$"))
    with pytest.raises(AssertionError, match="lines read"):
        split_section(text, 0, len(text), (*FORMATS, bang))  # no cue: always read


def test_tree_model_ships_and_is_calibrated_data() -> None:
    model = tree.load()
    assert model.weights
    assert model.calibrator
    nodes = [tree.Node(1, "ann", "hello"), tree.Node(2, "bob", "@ann hi")]
    decisions = tree.infer(nodes)
    assert decisions[0].parent is None
    assert all(0.0 <= d.confidence <= 1.0 for d in decisions)


def _lines_by_definition(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Every line of ``text[lo:hi]`` stripped, where its text sits (blank lines: empty at start)."""
    out = []
    pos = lo
    while pos < hi:
        nl = text.find("\n", pos, hi)
        end = hi if nl < 0 else nl
        raw = text[pos:end]
        start = pos + len(raw) - len(raw.lstrip())
        out.append(
            (start, start + len(raw.strip()), raw.strip()) if raw.strip() else (pos, pos, "")
        )
        pos = end + 1
    return out


@given(st.text(alphabet="ab \n\t\u3000", max_size=30), st.data())
def test_section_lines_agree_with_their_definition(text: str, data: st.DataObject) -> None:
    """The section reader's split into lines (one ``str.split``) is the line-by-line definition."""
    from articlekit.comments._split import _lines  # noqa: PLC0415

    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    got = [(line.start, line.end, line.text) for line in _lines(text, lo, hi)]
    assert got == _lines_by_definition(text, lo, hi)


def test_a_closed_wordpress_thread_splits_at_its_dated_said_headers() -> None:
    """WordPress's older themes: "Ann on May 3, 2018 at 4:47 pm said:", no Reply links."""
    body = "Our open thread is a place to ask questions about our work and research. " * 3
    page = (
        "An open thread\n\n" + body + "\n\nComments\n\n"
        "Milan Griffes on September 12, 2018 at 4:47 pm said:\n\n"
        "Any update on how the new paper will affect the recommendation?\n\n"
        "Catherine (GiveWell) on September 13, 2018 at 5:23 pm said:\n\n"
        "Hi Milan, we plan to consider it in our year-end review.\n\n"
        "Comments are closed.\n"
    )
    doc = articlekit.extract(page)
    assert [(c.author, c.posted) for c in doc.comments] == [
        ("Milan Griffes", datetime(2018, 9, 12, 16, 47, tzinfo=UTC)),
        ("Catherine (GiveWell)", datetime(2018, 9, 13, 17, 23, tzinfo=UTC)),
    ]
    assert "Any update" not in doc.text


def test_one_dated_said_line_is_no_thread() -> None:
    """A single "X on <date> said:" line (a quote in the article) does not open a thread."""
    body = "The minister spoke to reporters about the budget and the coming vote. " * 3
    page = "A headline\n\n" + body + "\n\nJane Doe on May 3, 2018 at 4:47 pm said:\n\n" + body
    assert articlekit.extract(page).comments == ()
