"""The headline step on HTML signals and text dumps."""

from __future__ import annotations

from articlekit import from_html, from_text
from articlekit.extractors.headline import find_headline

BODY = "<p>" + "The council approved the new budget on Tuesday after a long debate. " * 4 + "</p>"


def _headline(html: str, url: str | None = None) -> str | None:
    found = find_headline(from_html(html, url=url))
    return None if found is None else found.text


class TestHtml:
    def test_visible_heading_agreeing_with_signals(self) -> None:
        """The h1 that og:title and <title> agree on wins, with its span in the body."""
        html = (
            "<html><head><title>Council approves budget | Example News</title>"
            "<meta property='og:title' content='Council approves budget'></head><body>"
            "<h1>Example News</h1><h1>Council approves budget</h1>" + BODY + "</body></html>"
        )
        src = from_html(html)
        found = find_headline(src)
        assert found is not None
        assert found.text == "Council approves budget"
        assert "og:title" in found.signals
        assert (
            src.blocks[[src.slice(b.span) for b in src.blocks].index(found.text, 2)].span
            == found.span
        )

    def test_site_suffix_trimmed_from_meta_title(self) -> None:
        """Without a visible headline, the title minus the site name is used, as a sub-span."""
        html = (
            "<html><head><title>Council approves budget - Example News</title></head><body>" + BODY
        )
        found = find_headline(from_html(html, url="https://www.example-news.com/a"))
        assert found is not None
        assert found.text == "Council approves budget"

    def test_site_name_first(self) -> None:
        """A "Site | Headline" title keeps the headline side."""
        title = "examplenews | Budget approved after long debate"
        html = f"<html><head><title>{title}</title></head><body>{BODY}"
        assert _headline(html, "https://examplenews.com/x") == "Budget approved after long debate"

    def test_kicker_in_heading(self) -> None:
        """A heading with a kicker keeps the part the signals agree on."""
        headline = "Council approves budget after long debate"
        html = (
            f"<html><head><meta property='og:title' content='{headline}'></head>"
            f"<body><h1>Local politics: {headline}</h1>{BODY}"
        )
        assert _headline(html) == "Council approves budget after long debate"

    def test_markup_heading_ignored(self) -> None:
        """A heading made of escaped markup is not a headline."""
        html = "<html><body><h1>&lt;div class='x'&gt;</h1><h1>Budget approved</h1>" + BODY
        assert _headline(html) == "Budget approved"


class TestText:
    def test_repeated_first_line(self) -> None:
        """A dump that repeats its title line (title + heading) yields that line."""
        body = "The council approved the new budget on Tuesday after a long debate. " * 3
        dump = f"Budget approved\n\nBudget approved\n{body}"
        found = find_headline(from_text(dump))
        assert found is not None
        assert found.text == "Budget approved"

    def test_line_above_date_and_byline(self) -> None:
        """The headline sits above the date and byline, not below the menu."""
        body = "\n\n".join(
            ["The council approved the new budget on Tuesday after a long debate. " * 3] * 2
        )
        top = "Home\nNews\nSport\n\nCouncil approves the budget\n\n"
        dump = f"{top}Feb 14, 2016 10:47 AM EST\nBy Jane Doe\n\n{body}"
        found = find_headline(from_text(dump))
        assert found is not None
        assert found.text == "Council approves the budget"

    def test_nothing_title_like(self) -> None:
        """No headline is a value (None), not an error."""
        assert find_headline(from_text("")) is None
