"""Body conventions on synthetic template pages: articlekit and trafilatura, same run.

Issue 18's held-out gap comes from page structures the development pages seldom show. This
battery builds one small page per structure (CMS templates, teaser strips, widget sidebars,
HTML5 sectioning elements, galleries, comment lists, inline boxes …) around one known article,
and scores each extractor's body against it (token-bag P/R/F1 of ``\\w+`` tokens, as
``../shared/eval/edge_cases_bench.py`` does). It needs no corpus; trafilatura is the anchor when
installed. ``--text`` hands the extractors the page's text dump (``body_bench.page_dump``, from
``../shared/eval``) instead; trafilatura reads no dumps.

    python benchmarks/body_templates.py [--text] [--show NAME ...]

Measured at stop 71 (2026-12-07), HTML, 15 pages: articlekit .883 at the stop's start, .992 at
its end (link-heavy prose, over half of each paragraph linked, is the one page below .99);
trafilatura .877 in the same runs. Text dumps: .940 at the start, .943 at the end.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import articlekit

TITLE = "Council approves plan to replace harbour water mains"
URL = (
    "https://harbourgazette.example/news/2024/03/14/"
    "council-approves-plan-to-replace-harbour-water-mains/"
)
A = [
    (
        "The city council voted on Tuesday to replace the aging water mains under the old "
        "harbour district, ending a debate that had run for almost three years."
    ),
    (
        "Engineers told the meeting that more than forty kilometres of cast-iron pipe, some of "
        "it laid before the First World War, now breaks several times a week."
    ),
    (
        "“We have patched these pipes for as long as anyone here can remember,” said Maria "
        "Lopes, who chairs the council's infrastructure committee. “Patching is no longer cheaper.”"
    ),
    (
        "The work will be done in four phases, starting with the streets around the fish "
        "market, where the pressure losses are worst."
    ),
    (
        "Residents will be told at least two weeks before their street is dug up, and the "
        "contractor must keep one lane open at all times."
    ),
    (
        "Shop owners along Quay Street were less enthusiastic. Several said the last round of "
        "roadworks, in 2019, cost them a summer of trade."
    ),
    (
        "The council has set aside a small fund to compensate businesses that can show a drop "
        "in turnover while the street outside is closed."
    ),
    (
        "Opposition members questioned whether the budget was realistic, pointing to the tunnel "
        "project that ran two years late and far over its estimate."
    ),
    (
        "The first phase is due to begin in the spring, and the whole project should be "
        "finished before the end of 2027, officials said."
    ),
]
NAV = (
    "<nav class='main-nav'><ul>"
    + "".join(
        f"<li><a href='/{w.lower()}'>{w}</a></li>" for w in ("Home", "News", "Sport", "Culture")
    )
    + "</ul></nav>"
)
RELATED = (
    "<div class='related-posts'><h3>Related articles</h3><ul>"
    "<li><a href='/a'>Harbour ferry timetable changes from next month as winter sailings end</a>"
    "</li><li><a href='/b'>New cycle lane planned for the seafront after years of complaints</a>"
    "</li></ul></div>"
)
FOOTER = "<footer><p>© 2024 Harbour Gazette. All rights reserved.</p></footer>"
POPULAR = (
    "<aside class='sidebar'><h3>Most read</h3><ol>"
    "<li><a href='/1'>Storm warning issued for the whole coast as winds reach gale force</a></li>"
    "<li><a href='/2'>Local bakery wins national award for its sourdough after two years</a></li>"
    "</ol></aside>"
)
COMMENTS = "".join(
    f"<li class='comment'><div class='comment-author'>User{i} says:</div>"
    f"<div class='comment-meta'>March {i + 1}, 2024 at 10:{i:02d} am</div>"
    "<div class='comment-content'><p>I have lived near the harbour for twenty years and every "
    f"winter the pipes freeze and the street floods, comment number {i}.</p></div>"
    "<a href='#'>Reply</a></li>"
    for i in range(12)
)


def ps(paras: list[str], tag: str = "p") -> str:
    """The paragraphs as elements of ``tag``."""
    return "".join(f"<{tag}>{p}</{tag}>" for p in paras)


def chrome(article: str) -> str:
    """A page's frame around ``article``: navigation, a side column, a footer."""
    return NAV + f"<div class='container'><main>{article}</main>{POPULAR}</div>" + FOOTER


def page(body: str, head: str = "") -> str:
    """A whole page."""
    title = f"<title>{TITLE} | Harbour Gazette</title>"
    return f"<html><head>{title}{head}</head><body>{body}</body></html>"


def _templates() -> dict[str, tuple[str, list[str]]]:
    """Page name -> (page body, the article's paragraphs)."""
    h1 = f"<h1>{TITLE}</h1>"
    cards = "".join(
        f"<div class='teaser'><h3><a href='/x{i}'>Teaser headline number {i} about the town</a>"
        f"</h3><p>A short summary of another story readers might want today, number {i}.</p></div>"
        for i in range(10)
    )
    widgets = "".join(
        f"<div class='widget widget_text'><h4>Event {i}</h4><p>Join us at the harbour hall for "
        f"an evening of music and food, tickets available at the door, event {i}.</p></div>"
        for i in range(8)
    )
    slides = "".join(
        f"<figure><h2><a href='#s{i}'>{i}. Costume number {i}</a></h2><img src='{i}.jpg'>"
        f"<figcaption>What you need: a red jumper, a white collar and a black headband turn you "
        f"into character number {i}.</figcaption></figure>"
        for i in range(1, 9)
    )
    slide_text = [
        line
        for i in range(1, 9)
        for line in (
            f"{i}. Costume number {i}",
            (
                "What you need: a red jumper, a white collar and a black headband turn you into "
                f"character number {i}."
            ),
        )
    ]
    return {
        "wordpress": (
            chrome(
                f"<article class='post'>{h1}<div class='entry-content'>{ps(A)}</div></article>"
                + RELATED
                + f"<div id='comments'><ol>{COMMENTS}</ol></div>"
            ),
            A,
        ),
        "ads-between": (
            chrome(
                f"<article>{h1}<div class='article-body'>{ps(A[:3])}<div class='ad-slot'>"
                f"Advertisement</div>{ps(A[3:])}</div></article>"
            ),
            A,
        ),
        "br-divs": (
            chrome(f"<div class='post'>{h1}<div>" + "<br><br>".join(A) + "</div></div>"),
            A,
        ),
        "bare-body-text": (h1 + "<br><br>\n".join(A) + FOOTER, A),
        "table-layout": (
            f"<table><tr><td>{NAV}</td><td>{h1}<font size='2'>"
            + "<br><br>".join(A)
            + f"</font></td><td>{POPULAR}</td></tr></table>",
            A,
        ),
        "teaser-strip-above": (
            NAV + f"<div class='strip'>{cards}</div><article>{h1}{ps(A)}</article>",
            A,
        ),
        "widget-column": (
            NAV + f"<div class='row'><div class='col-8'>{h1}{ps(A[:4])}</div>"
            f"<div class='col-4'>{widgets}</div></div>",
            A[:4],
        ),
        "bare-nav-aside-footer": (
            (
                "<nav><p>Home is where you find all of the news stories we published this week."
                f"</p></nav><article>{h1}{ps(A)}<footer><p>Jane Doe is a reporter who covers the "
                "city council and its committees.</p></footer></article><aside><p>Other news you "
                "might like to read during your coffee break today, from our team.</p></aside>"
            ),
            A,
        ),
        "modal-dialog": (
            chrome(
                f"<article>{h1}{ps(A)}<div class='c-dialog'><div class='c-dialog__panel'>"
                + ps([f"Download our app today and read every story offline, {n}." for n in "abc"])
                + "</div></div></article>"
            ),
            A,
        ),
        "gallery": (
            chrome(
                f"<article class='gallery'>{h1}<div class='post-content'><p>Cheap and easy "
                f"costumes are all that matter this year.</p></div>{slides}</article>"
            ),
            ["Cheap and easy costumes are all that matter this year.", *slide_text],
        ),
        "captioned-sections": (
            chrome(
                h1
                + "".join(
                    f"<div class='ce'><div class='ce-textpic'><div class='ce-bodytext'><p>{p}</p>"
                    f"</div></div><div class='row'><p>Abbildung {i}: The harbour seen from the "
                    "hill on the morning of the vote, in the rain, by our photographer.</p>"
                    "</div></div>"
                    for i, p in enumerate(A, 1)
                )
            ),
            A,
        ),
        "wordpress-comment-title": (
            chrome(
                f"<article>{h1}<div class='entry-content'>{ps(A[:5])}</div></article>"
                f"<div id='comments'><h3>12 thoughts on “{TITLE}”</h3><ol>{COMMENTS}</ol></div>"
            ),
            A[:5],
        ),
        "link-heavy": (
            chrome(
                f"<article>{h1}<div class='entry-content'>"
                + "".join(
                    "<p>"
                    + re.sub(r"(\w+ \w+ \w+ \w+)", r"<a href='/w'>\1</a>", p, count=3)
                    + "</p>"
                    for p in A
                )
                + "</div></article>"
            ),
            A,
        ),
        "blockquote-and-list": (
            chrome(
                f"<article>{h1}<div class='entry-content'>{ps(A[:2])}<blockquote><p>{A[2]}</p>"
                f"</blockquote><ul>{ps(A[3:5], 'li')}</ul>{ps(A[5:])}</div></article>"
            ),
            A,
        ),
        "repeated-paragraph": (
            chrome(
                f"<article>{h1}<div class='entry-content'>{ps(A[:3])}<p>Updates follow.</p>"
                f"{ps(A[3:6])}<p>Updates follow.</p>{ps(A[6:])}</div></article>"
            ),
            [*A[:3], "Updates follow.", *A[3:6], "Updates follow.", *A[6:]],
        ),
    }


def _tokens(text: str | None) -> Counter[str]:
    return Counter(re.findall(r"\w+", (text or "").casefold()))


def token_prf(pred: str | None, gold: str | None) -> tuple[float, float, float]:
    """Token precision, recall and F1 of ``pred`` against ``gold`` (bags of ``\\w+``, folded).

    The harnesses' body metric (``../shared/eval``); 0 when either text is empty.
    """
    p, g = _tokens(pred), _tokens(gold)
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return precision, recall, 2 * precision * recall / (precision + recall)


def _extractors(*, text: bool) -> dict[str, Callable[[str], str]]:
    def ours(html: str) -> str:
        return articlekit.extract(_dump(html) if text else html, url=URL).text

    found: dict[str, Callable[[str], str]] = {"articlekit": ours}
    if not text:
        try:
            import trafilatura  # noqa: PLC0415
        except ImportError:
            return found
        found["trafilatura"] = lambda html: trafilatura.extract(html, url=URL) or ""
    return found


def _dump(html: str) -> str:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "shared" / "eval"))
    import body_bench  # noqa: PLC0415

    return str(body_bench.page_dump(html))


def main() -> None:
    """Print each page's F1 per extractor and the means."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--text", action="store_true", help="score the pages' text dumps")
    parser.add_argument("--show", nargs="*", default=[], help="print these pages' bodies")
    args = parser.parse_args()
    warnings.simplefilter("ignore")
    extractors = _extractors(text=args.text)
    totals: dict[str, list[float]] = {name: [] for name in extractors}
    print(f"{'page':26}" + "".join(f"{name:>14}" for name in extractors))
    for name, (body, gold) in _templates().items():
        html = page(body)
        outputs = {ext: fn(html) for ext, fn in extractors.items()}
        scores = {ext: token_prf(out, "\n".join(gold))[2] for ext, out in outputs.items()}
        for ext, score in scores.items():
            totals[ext].append(score)
        print(f"{name:26}" + "".join(f"{scores[ext]:14.3f}" for ext in extractors))
        if name in args.show:
            for ext, out in outputs.items():
                print(f"--- {ext}\n{out}")
    print(f"{'mean':26}" + "".join(f"{sum(v) / len(v):14.3f}" for v in totals.values()))


if __name__ == "__main__":
    main()
