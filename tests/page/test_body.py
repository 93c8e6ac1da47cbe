"""The body step: boilerplate removal on text dumps and HTML."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import attrs
import pytest

import articlekit
from _support import FIXTURES
from articlekit import BlockKind, from_html, from_text
from articlekit import _lexicon as lex
from articlekit.page import BodyExtractor, find_layout, find_paragraphs
from articlekit.page._article import article_paragraphs
from articlekit.page._features import _is_flattened_list, _site_label, block_features, word_count
from articlekit.page._regions import _MIN_TOPIC, _WORDS, _block_value, _topic_share
from articlekit.page._words import fold

PARA = (
    "The council approved the new budget on Tuesday after a long debate about school funding, "
    "road repairs and the future of the public library in the old town centre."
)
PARA2 = (
    "Critics said the plan relied on optimistic revenue forecasts, while supporters argued that "
    "the city could not afford to delay the repairs for another year."
)
PARA3 = (
    "The mayor is expected to sign the budget next week, and the first contracts for the road "
    "works will be tendered in the spring, officials said."
)

MONTHS_DE = (
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
)


def _texts(paragraphs: tuple[articlekit.Paragraph, ...]) -> list[str]:
    return [p.text for p in paragraphs]


class TestTextDumps:
    def test_navigation_and_footer_are_dropped(self) -> None:
        """Menus before and boilerplate after the article are not body."""
        lines = [
            "Home",
            "News",
            "Sport",
            "Subscribe to our newsletter",
            "",
            "Council approves budget",
            "",
            PARA,
            "",
            PARA2,
            "",
            PARA3,
            "",
            "Share this article",
            "© 2024 Example Media. All rights reserved.",
            "We use cookies to improve your experience on our website and to show you ads.",
        ]
        dump = "\n".join(lines)
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3]

    def test_a_closing_list_the_last_paragraph_announces_is_kept(self) -> None:
        """A dump prints a closing list's items as short lines after "…, in short:".

        They are no prose blocks, so the region stopped before them; the meta lines after the
        list (author, dates) stay out (strangemachines.io, body batch 4, text dump).
        """
        items = [
            "Tuples save a bit of memory when replacing lists",
            "Generators save memory only for large tuples",
            "Map and filter are sometimes faster than comprehensions",
        ]
        lines = [
            "Home",
            "Articles",
            "",
            "Performant Python",
            "",
            PARA,
            "",
            PARA2,
            "",
            f"{PARA3} It is a lot of graphs, so I will summarize them:",
            *items,
            "Author: Jane Doe",
            "Published: 03 December 2019",
            "© 2020 Example Media",
        ]
        texts = _texts(find_paragraphs(from_text("\n".join(lines))))
        assert texts[-4:] == [f"{PARA3} It is a lot of graphs, so I will summarize them:", *items]

    def test_a_flattened_archive_or_tag_list_is_not_the_article(self) -> None:
        """A blog's sidebar run together into long lines is not the article.

        A select box of months or a tag cloud outweighs a short post by its word count alone;
        lines of labels with no sentence and no function word are furniture.
        """
        months = " ".join(
            f"{m} {y} ({n})"
            for y in (2020, 2019)
            for m, n in zip(MONTHS_DE, range(1, 13), strict=True)
        )
        tags = " ".join(["Allgemein Apple Arbeit CSS Debug Design Entwicklung Fehler Google"] * 4)
        lines = [
            "Archiv",
            "Monat auswählen " + months,
            "",
            "Schlagwörter",
            tags,
            "",
            "Council approves budget",
            "",
            PARA,
            "",
            PARA2,
        ]
        assert _texts(find_paragraphs(from_text("\n".join(lines)))) == [PARA, PARA2]

    def test_a_table_inside_the_article_does_not_split_it(self) -> None:
        """A dump renders a table as a run of short lines with figures: part of the article.

        Counted as furniture, 16 rows parted the text before the table from the text after it.
        """
        rows = [f"Year {2000 + k} {k * 11} {k * 7}" for k in range(16)]
        lines = ["Home", "News", "", "Council approves budget", "", PARA, PARA2, "", *rows]
        lines += ["", PARA3, PARA3.replace("mayor", "treasurer"), "", "© 2024 Example Media."]
        kept = _texts(find_paragraphs(from_text("\n".join(lines))))
        assert kept[0] == PARA
        assert kept[-1] == PARA3.replace("mayor", "treasurer")

    @pytest.mark.parametrize(
        ("line", "meta"),
        [
            ("23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen", True),
            ("October 9, 2018 | by Olivia Larsen", True),
            ("05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde", True),
            ("29 November 2018 | 20 January 2019", False),  # an exhibition's dates
            ("Last year, on 5 May 2021 - a Wednesday - the council met.", False),  # prose
        ],
    )
    def test_a_line_opening_with_a_date_and_a_separator_is_meta(
        self, line: str, *, meta: bool
    ) -> None:
        """The date, author and comment count of a meta line are no paragraph of the story."""
        dump = f"Council approves budget\n\n{PARA}\n\n{line}\n\n{PARA2}\n\n{PARA3}"
        assert (line in _texts(find_paragraphs(from_text(dump)))) is not meta

    def test_a_run_of_dated_lines_is_left_to_the_region(self) -> None:
        """A concert programme ("02.11.2022 - Placebo - Stadthalle", …) is no meta line."""
        programme = [f"0{d}.11.2022 - Band {d} - Stadthalle" for d in range(2, 7)]
        dump = "\n\n".join(["Council approves budget", PARA, *programme, PARA2, PARA3])
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, *programme, PARA2, PARA3]

    def test_a_teaser_lists_dated_excerpts_mark_a_listing(self) -> None:
        """Titles, each over an excerpt that opens with its story's date: a listing, not prose.

        The list further down the page holds more words than the story; its excerpts each
        open with a date ("26.01.2022 The city …") between title lines, as teaser lists print
        them.
        """
        teasers = []
        for day, topic in enumerate(["schools", "roads", "parks", "buses", "taxes", "water"]):
            teasers += [
                f"City news on {topic}",
                f"What changes for {topic} this year",
                (
                    f"2{day}.01.2022 The city explained on Monday what the new plan for {topic} "
                    "means for residents, which streets and districts are affected first, and "
                    "when the work is due to start in the spring."
                ),
            ]
        menu = ["News", "Sport", "Weather", "Travel", "Contact", "Imprint", "Privacy", "Jobs"]
        lines = ["Home", "Council approves budget", PARA, PARA2, "Share", *menu, *teasers]
        dump = "\n\n".join(lines)
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2]

    def test_a_column_of_teaser_headlines_is_a_listing(self) -> None:
        """Long headlines without a full stop, one per line, are a listing beside the story.

        The column holds more words than the story, but headlines close no sentence.
        """
        teasers = [
            f"Premier League clubs at the bottom of the table threaten to vote against plans "
            f"to finish the season as the big clubs try to drag the rebels into line {n}"
            for n in range(5)
        ]
        menu = ["News", "Sport", "Weather", "Travel", "Contact", "Imprint", "Privacy", "Jobs"]
        lines = ["Home", *teasers, *menu, "Council approves budget", PARA, PARA2, "Share"]
        assert _texts(find_paragraphs(from_text("\n\n".join(lines)))) == [PARA, PARA2]

    def test_a_timelines_dated_paragraphs_stay(self) -> None:
        """Paragraphs dated one after the other (a timeline, a diary) are the article's."""
        entries = [
            (
                f"0{d}.11.2022 The council met again and debated the budget for another {d} "
                "hours before it adjourned without a vote late in the evening."
            )
            for d in range(2, 6)
        ]
        dump = "\n\n".join(["Home", "Council approves budget", PARA, *entries, PARA2])
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, *entries, PARA2]

    def test_a_list_announced_on_its_own_line_after_the_story_is_the_storys(self) -> None:
        """A line of its own, "The tour's 2020 dates:", then a date and a place per line.

        The dump prints each item as a short line, no prose; the line announcing them ends the
        story's text and opens its list. A related box's heading with a colon opens none.
        """
        url, first = _KOBE_URL, list(_KOBE_STORY)
        dates = [f"June {d} -- Arena number {d}, Kobe, Japan" for d in range(1, 21)]
        lines = ["Home", "Japan", "6,000 surgical masks lost at Kobe hospital", *first]
        footer = ["FACEBOOK", "TWITTER", "Contact Us", "© 2020 Example News"]
        dump = "\n\n".join([*lines, "The hospital's open days in 2020:", *dates, *footer])
        texts = _texts(find_paragraphs(from_text(dump, url=_KOBE_URL)))
        assert texts == [*first, "The hospital's open days in 2020:", *dates]
        teasers = [f"Story number {d} about another city's hospitals" for d in range(1, 6)]
        dump = "\n\n".join([*lines, "You may also want to check these out:", *teasers, *footer])
        assert _texts(find_paragraphs(from_text(dump, url=url))) == first

    def test_the_tags_under_the_story_end_it(self) -> None:
        """A "Tagged" line, the story's tags, then the writer's bio: the bio is not the story's.

        Set between the lead and the rest of the story (a blog's date, category and tags), the
        tags box is one the story goes on after.
        """
        url, first = _KOBE_URL, list(_KOBE_STORY)
        bio = (
            "David is a reporter covering housing for the newsletter and the radio station. Got "
            "a tip? Email him or send a message on any of the channels listed on his page here."
        )
        lines = ["Home", "Japan", "6,000 surgical masks lost at Kobe hospital", *first]
        tail = ["Tagged", "japan", "health", "David Brand", bio, "Contact"]
        dump = "\n\n".join([*lines, *tail])
        assert _texts(find_paragraphs(from_text(dump, url=url))) == first
        rest = list(_KOBE_REST)
        lead = (
            "KOBE: A total of 6,000 surgical masks have been lost at a hospital in Kobe, it was "
            "learned on Tuesday, and the police are looking into the matter, which the hospital "
            "reported after an inventory of its stores."
        )
        box = ["Datum", "12.01.2020", "Kategorie", "Japan", "Schlagworte", "Kobe", "masks"]
        dump = "\n\n".join([*lines[:3], lead, *box, first[1], *rest, "Kommentare (0)"])
        texts = _texts(find_paragraphs(from_text(dump, url=url)))
        assert texts == [lead, first[1], *rest]

    def test_a_list_of_references_is_not_the_article_however_long(self) -> None:
        """A paper's abstract, then "References" and forty citations: the abstract is the body.

        Each citation reads as a sentence; under a references heading they are a list's
        entries, and a list of forty outweighs a short abstract only by its length.
        """
        abstract = [
            (
                "The purpose of the review is to summarise the drugs used in rheumatology "
                "practice that are implicated in the causation of the syndrome."
            ),
            (
                "The most commonly reported drugs are allopurinol and sulfasalazine, which pose a "
                "very high risk, followed by two others; reactions to some of them are strongly "
                "associated with certain alleles, which may be used to screen patients."
            ),
            (
                "The syndrome is a serious reaction to many drugs used in rheumatic diseases, with "
                "a potentially fatal outcome, and early recognition is essential."
            ),
        ]
        refs = [
            (
                f"Author{chr(65 + k % 26)} N, Writer SP. A study of drug reactions number {k} in "
                f"a hospital setting. J Clin Investig. {1980 + k};{k}(6):18{k}."
            )
            for k in range(40)
        ]
        lines = ["Home", "Journal", "Drug reactions and the rheumatologist", "Abstract"]
        lines += [*abstract, "Access options", "References", *refs, "About this article"]
        url = "https://link.example.com/article/10.1007/drug-reactions-rheumatologist"
        assert _texts(find_paragraphs(from_text("\n\n".join(lines), url=url))) == abstract

    def test_a_long_headline_opening_the_story_is_not_body(self) -> None:
        """A headline long enough to read as prose, printed on its own line above the story.

        It opens the article's core; a line without a full stop that is the headline is the
        page's title, not the story's first paragraph (a press release's 22-word title).
        """
        title = (
            "Marode Straßen und Brücken: Erhalt statt Neubau – Verkehrsminister muss der "
            "Instandsetzung bestehender Strecken absoluten Vorrang geben und alle "
            "Straßenneubauprojekte im Land sofort stoppen"
        )
        paras = [
            (
                "Anlässlich der Diskussionen um einen Ersatzneubau für die marode und dauerhaft "
                "gesperrte Brücke fordert der Verband, den Erhalt der bestehenden Straßen und "
                "Brücken an die erste Stelle zu setzen."
            ),
            (
                "Die Geschäftsführerin sagte, Erhalt statt Neubau sei die einfache Formel für eine "
                "Verkehrspolitik, die mit dem Geld der Steuerzahler sorgsam umgeht."
            ),
            (
                "Der schlechte Zustand der Infrastruktur sei auch darauf zurückzuführen, dass zu "
                "wenig in den Erhalt investiert worden sei, heißt es in der Mitteilung."
            ),
        ]
        lines = ["Presse", "Pressemitteilungen", "Marode Straßen und Brücken: Erhalt...", title]
        lines += ["21. Januar 2022 | Mobilität", "teilen", "tweeten", *paras, "Kontakt"]
        url = "https://www.example.org/presse/marode-strassen-und-bruecken-erhalt-statt-neubau/"
        doc = articlekit.extract("\n\n".join(lines), url=url)
        assert doc.headline is not None
        assert doc.headline.text == title
        assert [p.text for p in doc.paragraphs] == paras

    def test_a_hard_wrapped_article_is_the_body(self) -> None:
        """An article whose dump wraps its paragraphs at 70 columns: read paragraph by paragraph."""
        wrapped = [textwrap.fill(p, width=70) for p in (PARA, PARA2, PARA3)]
        lines = ["Home", "News", "Council approves budget", *wrapped, "Share", "Contact"]
        found = find_paragraphs(from_text("\n\n".join(lines)))
        assert [" ".join(p.text.split()) for p in found] == [PARA, PARA2, PARA3]

    def test_an_inline_related_box_does_not_end_the_story(self) -> None:
        """A "Related stories" box set into a story, then the story again: both parts are body.

        The prose beyond the box speaks of what the URL names; teasers after a story's end
        speak of other things and stay out.
        """
        url, first = _KOBE_URL, list(_KOBE_STORY)
        box = ["RELATED STORIES", "Do masks offer protection? It depends", "Mask prices soar"]
        rest = list(_KOBE_REST)
        lines = ["Home", "Japan", "6,000 surgical masks lost at Kobe hospital", *first, *box]
        texts = _texts(find_paragraphs(from_text("\n\n".join([*lines, *rest]), url=url)))
        assert texts == [*first, *rest]
        teasers = [
            (
                "The city council of Osaka approved a new budget for its schools and libraries "
                "on Friday after a debate that lasted well into the night."
            ),
            (
                "A new rail line between two northern towns opens in the spring, the operator "
                "said, and tickets go on sale at the end of the month."
            ),
        ]
        texts = _texts(find_paragraphs(from_text("\n\n".join([*lines, *teasers]), url=url)))
        assert texts == first

    def test_a_most_read_box_under_the_story_ends_it(self) -> None:
        """A news template's "Most Read" box under the story: its teasers are not body.

        Each teaser is a title and a line of summary, some long enough to read as prose; the
        box's heading ends the story as a "Related articles" heading does.
        """
        url, first = _KOBE_URL, list(_KOBE_STORY)
        box = [
            "Most Read",
            "Most Recent",
            (
                "UK News Supermarket is no longer the cheapest in the country after a long reign, "
                "consumer champions found when they compared the prices of a weekly shop"
            ),
            "Council cancels parade over health and safety concerns",
            "Barry",
            "The town council said it was saddened to have to cancel the parade this year",
        ]
        lines = ["Home", "Japan", "6,000 surgical masks lost at Kobe hospital", *first, *box]
        assert _texts(find_paragraphs(from_text("\n\n".join(lines), url=url))) == first

    @pytest.mark.parametrize(
        "box",
        [
            # a template's "Most Popular" box: two titles, the story resumes
            ["Most Popular", "Storm damages the promenade", "Parade cancelled in Barry"],
            # titles with bylines, the first of them a line of prose's length
            [
                "Trending News",
                "6,000 surgical masks lost at Kobe hospital: police investigate",
                "Man arrested after victims found in car",
                "Jail guards charged with falsifying records",
            ],
            # boxes stacked one under the other
            [
                "Trending Stories",
                "Coronavirus cases rise across the provinces",
                "Popular Videos",
                "More from Global News",
                "Stock market sees biggest one-day gain in a decade",
                "Story continues below advertisement",
            ],
        ],
    )
    def test_an_inline_popular_box_does_not_end_the_story(self, box: list[str]) -> None:
        """A "Most Popular" or "Trending" box set into the story, then the story again.

        The story resumes where prose does (a long paragraph, or two in a row) and speaks of
        what the URL names; above and below the box it is one story.
        """
        url, first = _KOBE_URL, list(_KOBE_STORY)
        rest = list(_KOBE_REST)
        lines = ["Home", "Japan", "6,000 surgical masks lost at Kobe hospital", *first, *box]
        texts = _texts(find_paragraphs(from_text("\n\n".join([*lines, *rest]), url=url)))
        assert texts == [*first, *rest]

    def test_an_inline_related_box_with_summaries_is_not_body(self) -> None:
        """A related box set into the story: each title with a line of summary, in turn.

        The dump keeps the box's titles and their one-line summaries as lines in turn; a short
        prose line between two title lines is a summary, not the story resuming (la Nación's
        "Más leídas" teasers in trafilatura-dev). The story resumes after the box.
        """
        url = "https://news.example.com/city/council-approves-budget-library-roads"
        box = [
            "Related articles",
            "Ferry operator cuts its winter sailings",
            "The company blamed the cost of fuel and falling passenger numbers for its decision.",
            "Cycle lane planned for the seafront",
            "Residents have asked for safer routes along the water for many years now.",
            "New bakery opens in the old town",
        ]
        rest = [
            f"The council budget keeps the library open and pays for the roads, {n}, the "
            f"council said on Tuesday when it approved the budget after the long debate."
            for n in ("first", "second")
        ]
        lines = ["Home", "Council approves budget", PARA, PARA2, *box, *rest]
        texts = _texts(find_paragraphs(from_text("\n\n".join(lines), url=url)))
        assert texts == [PARA, PARA2, *rest]

    def test_a_story_resumed_after_an_inline_box_outweighs_a_form_above_it(self) -> None:
        """An inline box does not mark the end of the article for what comes above it.

        A sign-up form's two paragraphs stand above the headline; the story's lead is followed
        by a "Zobacz także" box and the rest of the story. The box is set into the story (the
        prose after it speaks of what the URL names), so the rest is not discounted as text past
        the article's end, and the story, not the form, is the body.
        """
        url = "https://news.example.com/energy/russia-suggests-cutting-poland-off-gas-supply"
        form = [
            (
                "Every day the freshest analysis, commentary and a digest of the press arrive "
                "straight in the box you read each morning, curated by our editors and writers."
            ),
            (
                "The editors pick the ten stories that matter most, and a short note explains why "
                "each of them was chosen for that day and what to watch for in the week ahead."
            ),
        ]
        lead = (
            "Russian media warn that Poland plans to take over a part of the Yamal pipeline, "
            "and call on Moscow to act first."
        )
        box = ["Zobacz także", "Gas", "Gazprom paid 1.5 billion dollars to the Polish company"]
        rest = [
            (
                "Russian commentators claim that Poland wants to cut itself off from Russian gas "
                "supply and use the pipeline for its own terminal on the coast, they write."
            ),
            (
                "The authors ask how Warsaw intends to take over the stake of Gazprom in the "
                "pipeline, and suggest Russia should stop the gas supply to Poland first."
            ),
            (
                "Poland diversifies its gas supply with a second terminal and a new pipeline "
                "from Norway, which is due to open at the end of next year as planned."
            ),
        ]
        lines = ["Home", *form, "Russia suggests cutting Poland off gas", lead, *box, *rest]
        texts = _texts(find_paragraphs(from_text("\n\n".join(lines), url=url)))
        assert texts[-3:] == rest
        assert not set(form) & set(texts)

    def test_prose_after_a_comment_form_is_not_the_story_resumed(self) -> None:
        """Only a box of links to other stories is set into a story; a comment form ends it."""
        url, first = _KOBE_URL, list(_KOBE_STORY)
        form = ["Leave a Reply", "Author's column", "Upcoming updates"]
        # A sidebar's longer teasers on the same topic: after a comment form, past the story.
        beyond = [
            (
                "Have you bought surgical masks in Kobe this year? Tell us where you found them "
                "and how much the masks cost at the hospital shop or at the pharmacy."
            ),
            (
                "Our readers in Kobe say surgical masks are sold out at most shops, and that the "
                "hospital has asked visitors to bring their own masks from home."
            ),
            (
                "Lost surgical masks, locked rooms and empty shelves: a column on how one hospital "
                "in Kobe coped with the shortage of masks during the first weeks of the year."
            ),
        ]
        lines = ["Home", "6,000 surgical masks lost at Kobe hospital", *first, *form, *beyond]
        texts = _texts(find_paragraphs(from_text("\n\n".join(lines), url=url)))
        assert texts == first

    def test_a_rating_widgets_options_are_a_flattened_list(self) -> None:
        """A select box of ratings repeats one phrase per option, function words included."""
        name = "Vanille-Hafer-Porridge mit Leinsamen und Apfel"
        line = "Bewertung auswählen " + " ".join(f"Bewerte {name} {k}/5" for k in range(1, 6))
        assert _is_flattened_list(line, word_count(line))

    @pytest.mark.parametrize(
        "line",
        [
            # code and file trees have no function words either, and are not labels
            (
                "results = [] for g in soup.find_all('div') anchors = g.find_all('a') "
                "if anchors link = anchors[0] title = g.find('h3').text item = title link"
            ),
            (
                "venv/ |-- bin/ | |-- python | |-- pip | |-- activate | |-- lib/ | |-- python3.7/ "
                "| | |-- site-packages/ | | | |-- requests | | | |-- urllib3 | | | |-- idna"
            ),
            # a sentence, however long, is prose
            (
                "Monat auswählen Februar 2020 Januar 2020 Dezember 2019 November 2019 Oktober 2019 "
                "September 2019 August 2019 Juli 2019 Juni 2019 Mai 2019 April 2019 were sold."
            ),
        ],
    )
    def test_code_and_sentences_are_not_flattened_lists(self, line: str) -> None:
        assert not _is_flattened_list(line, word_count(line))

    def test_paragraphs_inside_a_script_anchor_are_body(self) -> None:
        """Paragraphs a ``javascript:`` anchor makes clickable are read (Readability's case)."""
        page = '<html><body><a href="javascript:"><p>abc</p><p>def</p>ghi</a></body></html>'
        assert [p.text for p in find_paragraphs(from_html(page))] == ["abc", "def", "ghi"]

    def test_a_reference_list_is_not_the_article(self) -> None:
        """A paywalled paper shows its abstract and a long reference list: the abstract is body."""
        refs = "".join(
            f'<li class="c-article-references__item"><p>Author {k} A, Other B. A study of things'
            f" that matter. J Clin Investig. 1988;82(6):{k}.</p></li>"
            for k in range(40)
        )
        page = (
            '<html><body><div class="c-article-body"><section><h2>Abstract</h2>'
            "<p>The purpose of the review is to summarise what is known about the syndrome, its"
            " causes and the drugs most commonly reported with it in adults and children.</p>"
            "<p>The most commonly reported drugs are allopurinol and anticonvulsants, and the"
            " reactions start two to eight weeks after the first dose in most patients.</p>"
            '</section><section><h2>References</h2><ol class="c-article-references">'
            f"{refs}</ol></section></div></body></html>"
        )
        texts = [p.text for p in find_paragraphs(from_html(page))]
        assert [t[:15] for t in texts] == ["Abstract", "The purpose of ", "The most common"]

    def test_stops_at_comment_section(self) -> None:
        """A comment section with long comments is not body."""
        comment = (
            "I completely disagree with this decision, the library should have been funded first. "
            * 2
        )
        parts = [PARA, PARA2, "3 Comments", "jane says:", comment, "bob says:", comment]
        dump = "\n\n".join(parts)
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2]

    def test_numbered_comment_section(self) -> None:
        """Numbered comment headers ("1. user unregistered") end the body."""
        comment = (
            "Great article, thanks for sharing all the details about the budget vote today. " * 2
        )
        parts = [PARA, PARA2, PARA3, "1. someone unregistered", comment, "2. other", comment]
        dump = "\n\n".join(parts)
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3]

    def test_short_lines_inside_the_article_are_kept(self) -> None:
        """A subheading between paragraphs belongs to the body."""
        dump = f"{PARA}\n\nWhat happens next\n\n{PARA2}\n\n{PARA3}"
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, "What happens next", PARA2, PARA3]

    def test_two_word_subheadings_are_kept(self) -> None:
        """A capitalised two-word line heading prose is a subheading; furniture words are not.

        Shapes from the scrapinghub pages ("Hostage swap", "TL;DR" pages; "Advert" between
        paragraphs), read in the text dumps of their bodies.
        """
        last = "Two aid workers were freed on Friday in exchange for prisoners, the ministry said."
        lines = [PARA, "Hostage swap", PARA2, "Advert", PARA3, "Read more:", last]
        expected = [PARA, "Hostage swap", PARA2, PARA3, last]
        assert _texts(find_paragraphs(from_text("\n\n".join(lines)))) == expected

    def test_one_word_subheadings_between_paragraphs_are_kept(self) -> None:
        """One word between two paragraphs heads the second ("Fazit", "Performativité").

        Ad labels between paragraphs ("Werbung") stay out, and one word not under prose is
        no subheading.
        """
        last = "In the end the council kept the library open and moved the bus depot instead."
        lines = ["Menu", PARA, "Performativité", PARA2, "Werbung", PARA3, "Fazit", last]
        expected = [PARA, "Performativité", PARA2, PARA3, "Fazit", last]
        assert _texts(find_paragraphs(from_text("\n\n".join(lines)))) == expected

    def test_a_dated_line_above_prose_is_not_a_subheading(self) -> None:
        """A "Veröffentlicht am 23.01.2020" line is meta however it sits (trafilatura-dev page)."""
        dump = f"{PARA}\n\nVeröffentlicht am 23.01.2020\n\n{PARA2}\n\n{PARA3}"
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3]

    def test_reading_times_and_follow_prompts_are_not_body(self) -> None:
        """Reading-time lines, lead-image credits and "Follow X on" prompts are furniture."""
        lines = ["Tempo de leitura: 1 minuto", "Main image credit: Getty", "Follow RT on"]
        dump = "\n\n".join([PARA, lines[0], PARA2, lines[1], PARA3, lines[2]])
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3]

    def test_credit_is_not_body(self) -> None:
        """A "source:" line after the article is not a paragraph."""
        dump = f"{PARA}\n\n{PARA2}\n\nsource: City Council (PDF)"
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2]

    def test_reader_promos_are_not_body(self) -> None:
        """Reader promos after the article are furniture.

        From BGR and NJ.com pages of the scrapinghub set; "Writing by the river …" stays prose.
        """
        tail = [
            "Follow @BGRDeals on Twitter to keep up with the latest and greatest deals around.",
            "Have a tip? Amy Kuperinsky may be reached at amy@example.com.",
        ]
        poem = "Writing by the river is a joy for many poets who live in the old town nearby."
        dump = "\n\n".join([PARA, PARA2, poem, *tail])
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, poem]

    @pytest.mark.parametrize(
        ("heading", "blurb", "button"),
        [
            (
                "Get our Politics newsletter",
                "The latest news, analysis and insights from our bureau chiefs in the capital.",
                "Sign Me Up",
            ),
            (
                "Sign Up for the Intelligencer Newsletter",
                "Daily news about the politics, business, and technology shaping our world.",
                "Email",
            ),
            (
                "Newsletter",
                "Immer aktuell informiert über Sparmöglichkeiten sowie Experten-Tipps zu Steuern.",
                "Jetzt anmelden",
            ),
            (
                "Sign up for the newsletter Breaking News",
                "Know about breaking news as it happens. We follow the stories as they develop.",
                "Email (required)",
            ),
        ],
    )
    def test_a_sign_up_box_is_not_body(self, heading: str, blurb: str, button: str) -> None:
        """A newsletter box's line between its heading and its button is the box's.

        Shapes of the LA Times, New York magazine and comparis.ch pages of trafilatura-dev.
        """
        dump = f"{PARA}\n\n{PARA2}\n\n{heading}\n\n{blurb}\n\n{button}\n\n{PARA3}"
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3]

    def test_prose_after_a_newsletter_line_is_kept(self) -> None:
        """Without a button or field under it, prose after a sign-up line stays the article's."""
        line = "The editors said the new format would reach most readers by the spring."
        dump = f"{PARA}\n\nSubscribe to our newsletter\n\n{line}\n\n{PARA2}\n\n{PARA3}"
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, line, PARA2, PARA3]

    def test_a_call_to_take_up_the_sites_own_offer_is_not_body(self) -> None:
        """A call to the reader that names the site (its app, its magazine) is the site's.

        Named by the page's host (viconsortium.com's "VI Consortium app", rosa-mag.de's
        "RosaMag"); a sentence that names the site without a call, or a call that names
        another site's app, stays.
        """
        url = "https://viconsortium.com/vi-crime/vessel-intercepted-by-federal-agents"
        call = "Get the latest news straight to your phone with the VI Consortium app."
        mention = "The VI Consortium reported in May that the port had reopened to ships."
        other = "Download the Signal app if you want to send the reporters a tip privately."
        dump = f"{PARA}\n\n{mention}\n\n{PARA2}\n\n{other}\n\n{PARA3}\n\n{call}"
        assert _texts(find_paragraphs(from_text(dump, url=url))) == [
            PARA,
            mention,
            PARA2,
            other,
            PARA3,
        ]
        promo = (
            "[Alle wichtigen Updates des Tages finden Sie im kostenlosen "
            'Tagesspiegel-Newsletter "Fragen des Tages".]'
        )
        url = "https://www.tagesspiegel.de/wirtschaft/abstandsregeln-und-fieberkontrollen"
        dump = f"{PARA}\n\n{PARA2}\n\n{promo}\n\n{PARA3}"
        assert _texts(find_paragraphs(from_text(dump, url=url))) == [PARA, PARA2, PARA3]
        support = "Unterstütze RosaMag bereits mit 2,50 Euro im Monat!"
        dump = f"{PARA}\n\n{PARA2}\n\n{support}\n\n{PARA3}"
        url = "https://rosa-mag.de/woman-king-interview"
        assert _texts(find_paragraphs(from_text(dump, url=url))) == [PARA, PARA2, PARA3]

    def test_the_sites_name_from_the_url_a_page_declares(self) -> None:
        """A caller's id that names no host leaves the page's canonical URL to name the site."""
        call = "For the latest stories download the Nationnews apps for iOS and Android."
        head = '<link rel="canonical" href="https://www.nationnews.com/2022/04/29/tridents/">'
        body = "".join(f"<p>{p}</p>" for p in (PARA, PARA2, PARA3, call))
        source = from_html(_page(body, head=head), url="hard::nationnews-tridents.html")
        assert _site_label(source) == "nationnews"
        assert _texts(find_paragraphs(source)) == [PARA, PARA2, PARA3]

    @pytest.mark.parametrize(
        ("url", "label"),
        [
            ("https://viconsortium.com/vi-crime/story", "viconsortium"),
            ("https://www.rosa-mag.de/woman-king", "rosamag"),
            ("https://www.example.co.uk/news/story", "example"),
            ("https://sport.bbc.co.uk/football/story", None),  # "bbc": too short to look for
            ("https://web.archive.org/web/2020/https://www.przepisy.pl/przepis", "przepisy"),
        ],
    )
    def test_the_sites_name_from_its_host(self, url: str, label: str | None) -> None:
        """The name a call must hold to be the site's: its host's registered name, squeezed."""
        assert _site_label(from_text(PARA, url=url)) == label

    @pytest.mark.parametrize(
        ("label", "teasers"),
        [
            ("Leggi anche:", ["La grande sete: due mesi senza pioggia", "giampiero maggio"]),
            ("Lesen Sie mehr", ["Jugendverbände fordern Existenzgründungsprämie"]),
            (
                "Saiba Mais",
                [
                    "Política Doação de vacinas contra covid é aprovada na Câmara",
                    "Política Bancada do Amazonas se reúne com Moraes",
                ],
            ),
            ("Related", ["How one Calgary company turns CO2 into soap"]),
            ("Seguí leyendo", ["Sergio Urribarri fue sobreseído en una causa por cohecho"]),
        ],
    )
    def test_a_see_also_label_opens_a_box_inside_the_article(
        self, label: str, teasers: list[str]
    ) -> None:
        """A "see also" label over other stories' titles is a box set into the story.

        The titles under it are left out, and the story goes on after it (a "Saiba mais" box
        in the middle of a correiobraziliense.com.br story does not end the article there).
        """
        dump = "\n\n".join([PARA, PARA2, label, *teasers, PARA3])
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3]

    def test_an_embedded_facebook_post_is_not_body(self) -> None:
        """A post Facebook's embed code prints, with its "Posted by … on <date>" line."""
        post = "In Zeiten explodierender Kosten dürfen Familien nicht noch zusätzlich belastet…"
        credit = "Posted by SPÖ on Monday, February 7, 2022"
        dump = f"{PARA}\n\n{PARA2}\n\n{post}\n\n{credit}\n\n{PARA3}"
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3]

    def test_a_lead_parted_from_the_body_by_a_table_of_contents_is_kept(self) -> None:
        """Two or more paragraphs between the headline and the region are the article's lead.

        One line there is left out: a text dump cannot tell a standfirst from a lead, unless it
        stands below the date line.
        """
        body = "\n\n".join(
            f"Paragraph {i} of the article tells the long story of the council and its budget, "
            "which passed after a debate."
            for i in range(12)
        )
        first = "The town council met on Monday to agree on a plan for the coming years."
        lead = f"{first}\n\nIts members argued for hours about the cost of the new bridge."
        contents = "Contents\nThe plan\nThe bridge\nThe cost\nThe vote\nWhat next\nReactions"
        share = "Share\nTweet\nEmail\nPrint\nSave\nComment\nLike"
        page = f"Home\nNews\n\nCouncil agrees on a plan for the bridge\n\n{{}}\n\n{contents}"
        page += f"\n\n{share}\n\n{body}\n\nAbout us\nContact"
        texts = [p.text for p in articlekit.extract(page.format(lead)).paragraphs]
        assert texts[:3] == [first, lead.split("\n\n")[1], body.split("\n\n")[0]]
        texts = [p.text for p in articlekit.extract(page.format(first)).paragraphs]
        assert texts[0] == body.split("\n\n")[0]
        # ... unless the byline's date line stands above it: the standfirst comes before the
        # byline and the date, the story after them
        dated = f"By Jane Doe\n19.10.2019 11:36\n\n{first}"
        texts = [p.text for p in articlekit.extract(page.format(dated)).paragraphs]
        assert texts[:2] == [first, body.split("\n\n")[0]]

    def test_nothing_to_find(self) -> None:
        """A page without prose gives no paragraphs and a Problem, not an error."""
        doc = BodyExtractor()(articlekit.Document(source=from_text("Home\nNews\nSport")))
        assert doc.paragraphs == ()
        assert [p.step for p in doc.problems] == ["body"]
        assert find_layout(from_text("Home\nNews")).core is None


# A story whose URL names its topic (the masks lost at a Kobe hospital), for the region tests.
_KOBE_URL = "https://news.example.com/japan/surgical-masks-lost-at-kobe-hospital-2020.html"
_KOBE_STORY = (
    (
        "KOBE: A total of 6,000 surgical masks have been lost at a hospital in Kobe, it "
        "was learned on Tuesday, and the police are looking into the matter."
    ),
    (
        "The masks had been kept in a machine room of the hospital, which is usually "
        "locked, and four of the twelve boxes were gone when staff checked."
    ),
)

#: The same story going on below a box set into it.
_KOBE_REST = (
    (
        "The loss comes at a time when Japan is seeing a shortage of surgical masks, and "
        "the hospital in Kobe said it still has enough masks for its staff."
    ),
    (
        "Hospitals across Kobe have been asked to keep masks locked away until the "
        "shortage ends, officials said on Wednesday evening after a meeting."
    ),
)


def _page(body: str, *, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


NAV = (
    "<nav><ul>"
    + "".join(f"<li><a href='/{i}'>Section {i}</a></li>" for i in range(12))
    + "</ul></nav>"
)
RELATED = (
    "<aside class='related'><h3>Related stories</h3><ul>"
    + "".join(
        f"<li><a href='/s{i}'>Another story number {i} about something else entirely today</a></li>"
        for i in range(6)
    )
    + "</ul></aside>"
)


class TestHtml:
    def test_article_between_navigation_and_related(self) -> None:
        """The article container wins over navigation, sidebars and related links."""
        html = _page(
            NAV
            + "<main><article><h1>Council approves budget</h1><div class='article-body'>"
            + f"<p>{PARA}</p><p>{PARA2}</p><h2>Next steps</h2><p>{PARA3}</p>"
            + "<div class='share'>Share on Facebook</div></div></article>"
            + RELATED
            + "</main><footer><p>© 2024 Example Media. All rights reserved.</p></footer>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, "Next steps", PARA3]

    def test_comments_are_not_body(self) -> None:
        """WordPress-style comments after the article are not body."""
        comment = (
            "<li class='comment'><p>jane says:</p><p>November 19, 2019 at 6:34 am</p><p>{}</p></li>"
        )
        text = (
            "This is a long and thoughtful comment about the budget and the library funding plan."
        )
        html = _page(
            f"<article><div class='entry-content'><p>{PARA}</p><p>{PARA2}</p></div></article>"
            "<div id='comments'><h3>34 responses to “Council approves budget”</h3><ol>"
            + comment.format(text) * 5
            + "</ol></div>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2]

    def test_article_split_across_wrappers(self) -> None:
        """Paragraphs wrapped one per container still make one body."""
        cards = "".join(
            f"<div class='card'><div class='card-content'><p>{p}</p></div></div>"
            for p in (PARA, PARA2, PARA3)
        )
        html = _page(NAV + f"<div class='story'>{cards}</div>" + RELATED)
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]

    def test_jsonld_body_for_script_rendered_pages(self) -> None:
        """When the visible page lacks the article, the JSON-LD articleBody is the body."""
        ld = (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget",'
            f' "articleBody": "{PARA} {PARA2}"}}</script>'
        )
        src = from_html(_page(NAV + "<div id='app'>Loading…</div>", head=ld))
        paragraphs = find_paragraphs(src)
        assert _texts(paragraphs) == [f"{PARA} {PARA2}"]
        assert (
            src.blocks[[b.hint for b in src.blocks].index("jsonld:articleBody")].kind
            is BlockKind.META
        )

    def test_truncated_jsonld_preview_does_not_replace_the_article(self) -> None:
        """A JSON-LD articleBody shorter than the visible article is a preview, not the body."""
        preview = (
            "Budget news in brief: the council met on Tuesday and voted on the plans, with the "
            "library and the roads at the heart of a long evening of debate in the town hall "
            "that ended late, when the last of the speakers had gone home and the mayor could "
            "finally ..."
        )
        ld = (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget",'
            f' "articleBody": "{preview}"}}</script>'
        )
        html = _page(f"<article><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></article>", head=ld)
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]

    def test_jsonld_body_does_not_confirm_an_inline_teaser(self) -> None:
        """A CMS's articleBody holds its inline "Also read: …" teaser; the page marks it.

        The teaser's class names a related story and its text opens with "Also read:", so
        the JSON-LD body does not bring it back (businesstoday.in, body batch 4).
        """
        teaser = "Also read: Radio companies piggyback on digital services to survive the crisis"
        ld = (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Budget",'
            f' "articleBody": "{PARA} {PARA2} {teaser} {PARA3}"}}</script>'
        )
        html = _page(
            f"<article><p>{PARA}</p><p>{PARA2}</p>"
            f"<div class='story-right relatedstory'><p><a href='/r'>{teaser}</a></p></div>"
            f"<p>{PARA3}</p></article>",
            head=ld,
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]

    def test_repeated_captions_are_not_body(self) -> None:
        """Text the page repeats in elements of its own (a gallery's captions) is not prose."""
        caption = (
            "A long caption describing the photo of the council meeting in the town hall today."
        )
        html = _page(
            f"<article><p>{PARA}</p><div><p>{caption}</p></div><p>{PARA2}</p>"
            f"<div><p>{caption}</p></div><p>{PARA3}</p></article>"
        )
        assert caption not in _texts(find_paragraphs(from_html(html)))

    @pytest.mark.parametrize("wrapper", ["article", "main", "div"])
    def test_a_line_repeated_between_the_articles_paragraphs_is_kept(self, wrapper: str) -> None:
        """A refrain a writer repeats among the article's paragraphs, in an unnamed element.

        Every copy sits in the one element that holds the paragraphs, and no class names it
        furniture: the line is the article's (issue 18: identical repeated paragraphs stay).
        """
        refrain = "La la la, sing it again and again, la la la, all night long."
        html = _page(
            NAV + f"<{wrapper}><h1>The song</h1><p>{PARA}</p><p>{refrain}</p><p>{PARA2}</p>"
            f"<p>{refrain}</p><p>{PARA3}</p></{wrapper}>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, refrain, PARA2, refrain, PARA3]

    def test_caption_classes_are_not_body(self) -> None:
        """Captions marked by class (not only <figcaption>) are not article prose."""
        caption = "Council members vote on the budget in the town hall on Tuesday evening, photo."
        html = _page(
            f"<article><div class='entry-content'><p>{PARA}</p>"
            f"<div class='image-ct'><div class='caption'>{caption}</div></div>"
            f"<p>{PARA2}</p><p>{PARA3}</p></div></article>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]

    def test_lines_repeated_inside_the_content_are_kept(self) -> None:
        """A recipe repeating a line in its own content element keeps every copy."""
        step = "Eat 60 to 90 minutes before your workout, then rest."
        meals = "".join(f"<h3>Meal {i}</h3><p>{step}</p>" for i in range(3))
        html = _page(
            NAV + f"<article><div class='entry-content'><p>{PARA}</p>{meals}</div></article>"
        )
        assert _texts(find_paragraphs(from_html(html))).count(step) == 3

    def test_list_items_repeated_in_two_lists_of_the_content_are_kept(self) -> None:
        """The same step in two lists of one content element: each list's item stays.

        The case of rueda.wikidot.com in trafilatura-dev: every figure's list of steps starts
        with "Start, wenn man rechts auf rechts ist".
        """
        step = "Start, wenn man rechts auf rechts ist"
        figures = "".join(
            f"<h2>Figure {i}</h2><ul><li>{step}</li><li>Then turn {i} times and close.</li></ul>"
            for i in range(3)
        )
        html = _page(
            NAV + f"<div id='main-content'><div id='page-content'><p>{PARA}</p>{figures}"
            f"<p>{PARA2}</p></div></div>"
        )
        assert _texts(find_paragraphs(from_html(html))).count(step) == 3

    def test_text_widgets_in_a_sidebar_are_not_body(self) -> None:
        """A "textwidget" names text, but inside a sidebar it is furniture."""
        widget = "Click the picture above and see the full schedule of every race this season now."
        html = _page(
            f"<div class='articleBody'><p>{PARA}</p><p>{PARA2}</p></div>"
            "<aside><div class='modulo-sidebar'><div class='textwidget'>"
            f"<p>{widget}</p></div></div></aside>"
        )
        assert widget not in _texts(find_paragraphs(from_html(html)))

    def test_short_article_falls_back_to_the_named_content(self) -> None:
        """A calendar with no sentence-like line is still the body of its "articleBody"."""
        rows = "".join(f"<p>Round {i}: May {i}</p>" for i in range(1, 9))
        html = _page(
            NAV + f"<div class='articleBody'>{rows}</div>" + "<footer><p>Contact us</p></footer>"
        )
        texts = _texts(find_paragraphs(from_html(html)))
        assert texts == [f"Round {i}: May {i}" for i in range(1, 9)]

    def test_consent_forms_are_not_body(self) -> None:
        """Newsletter consent text in a form outweighs a one-paragraph article no more.

        From feuerwehrverband.de (trafilatura dev set): two GDPR sentences beat the article.
        """
        consent = (
            "Ich bin mit der Verarbeitung meiner Daten nach Datenschutzerklärung einverstanden. "
            "Nach Anmeldung geht mir eine E-Mail zur Zustimmung zu, die ich jederzeit widerrufe."
        )
        html = _page(
            f"<div class='content content--textLeft'><p>{PARA}</p></div>"
            f"<div class='wrap wrap-form'><fieldset><div class='form-terms'><p>{consent}</p>"
            f"<p>{consent} {consent}</p></div></fieldset></div>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA]

    def test_article_furniture_named_with_article_is_not_body(self) -> None:
        """Boxes named after the article ("article-copyright", "entry-author") are furniture.

        So is the byline meta line; the article's own body class still wins.
        """
        html = _page(
            "<article><header class='entry-header'><h1>Council approves budget</h1>"
            "<div class='entry-meta'>23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen</div>"
            f"</header><div class='article-body pagination-first'><p>{PARA}</p><p>{PARA2}</p>"
            "</div><div class='article-copyright'><p>DER SPIEGEL 52/2018. Alle Rechte vorbehalten. "
            "Vervielfältigung nur mit Genehmigung des Verlages.</p></div>"
            "<footer><div class='entry-author'><p>Markus Reuter beschäftigt sich mit den Themen "
            "Digital Rights, Hate Speech und Zensur seit vielen Jahren.</p></div></footer>"
            "</article>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2]

    @pytest.mark.parametrize("name", ["byauthor", "byAuthor", "pb-byline", "article-byline"])
    def test_a_byline_element_is_not_body(self, name: str) -> None:
        """An element whose class names the byline holds furniture, even without "By"."""
        html = _page(
            f"<article><h1>Council approves budget</h1><div class='{name}'>Jane Doe, Senior "
            f"Political Correspondent</div><p>{PARA}</p><p>{PARA2}</p></article>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2]

    def test_a_part_named_inside_the_body_class_is_furniture(self) -> None:
        """A BEM-style name that goes on from the body's to furniture names a part inside it.

        "article-body-content--author-blurb" is the author box, not the body; a state class
        beside the body's own name ("article-body pagination-first") leaves it the body.
        """
        bio = (
            "Jane Doe is a senior aviation business reporter at the site and covers airlines, "
            "airports and the business of travel across the United States."
        )
        html = _page(
            "<article><h1>Council approves budget</h1>"
            f"<div class='article-body-content'><p>{PARA}</p><p>{PARA2}</p>"
            f"<div class='article-body-content--author-blurb'><p>{bio}</p></div></div></article>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2]

    def test_a_box_deep_in_a_footer_or_author_box_is_furniture(self) -> None:
        """Two levels inside an entry's footer or an author box, the container decides.

        Whatever the box's own names say ("got-a-tip__contents"). A layout class that only
        says the page has a sidebar ("content__inner--hasSidebar") decides nothing.
        """
        tip = (
            "Do you have info to share with our reporters about the budget? Here is how to reach "
            "the newsroom safely and without giving away who you are."
        )
        bio = (
            "Jane Doe leads the politics desk of the magazine and has covered the city council and "
            "its budgets for more than ten years."
        )
        html = _page(
            "<main class='content'><div class='content__inner content__inner--hasSidebar'>"
            f"<article class='article'><h1>Council approves budget</h1><p>{PARA}</p><p>{PARA2}</p>"
            "<section class='entry-footer'><div class='got-a-tip'><div class='got-a-tip__contents'>"
            f"<p>{tip}</p></div></div></section>"
            "<div class='row author-box'><div class='col-xs-7'><div class='field-description'>"
            f"<p>{bio}</p></div></div></div></article></div></main>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2]

    def test_ads_named_in_other_languages_are_furniture(self) -> None:
        """Ad boxes named in German, Spanish, Italian, Polish ("werbung-item", "publicidad").

        A WordPress post's taxonomy class naming its topic ("tag-werbung") is no ad box
        (literaturkritik.de, body batch 5: a review's sponsored book teasers were kept).
        """
        ad = (
            "Ein Wissenschafts- und Kriminalroman der besonderen Art, von einem renommierten "
            "Autor, jetzt als Taschenbuch in jeder guten Buchhandlung erhältlich."
        )
        boxes = "".join(
            f"<div class='{name}'><p class='item'>{ad} ({name})</p></div>"
            for name in ("werbung-rezension", "publicidad_dfp", "b_reklama")
        )
        html = _page(
            "<article class='post tag-werbung category-buch'><h1>Council approves budget</h1>"
            f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p>{boxes}</article>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]

    def test_lead_above_a_gallery_belongs_to_the_article(self) -> None:
        """Prose between the confirmed headline and the region is the article's lead.

        From slf.ch and springer.com (trafilatura dev set): a gallery or a table of contents
        parts the lead from the body. A standfirst marked "dek" stays out.
        """
        lead = (
            "After a clear night the days stayed sunny, a sentence that appeared in every bulletin "
            "this week, and the snowpack settled in most regions of the Alps."
        )
        toc = "".join(f"<li><a href='#s{i}'>Section {i}</a></li>" for i in range(8))
        head = "<meta property='og:title' content='Council approves budget'>"

        def page(lead_class: str) -> str:
            return _page(
                "<main><h1>Council approves budget</h1>"
                f"<p class='{lead_class}'>{lead}</p><nav class='toc'><ul>{toc}</ul></nav>"
                f"<div class='article-body'><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div></main>",
                head=head,
            )

        assert _texts(find_paragraphs(from_html(page("lead")))) == [lead, PARA, PARA2, PARA3]
        assert _texts(find_paragraphs(from_html(page("article-dek")))) == [PARA, PARA2, PARA3]

    def test_a_page_wrapped_in_a_form_keeps_its_article(self) -> None:
        """ASP.NET pages wrap everything in <form id="form1">: that form is not furniture."""
        html = _page(
            "<form method='post' id='form1'><div class='col-md-8'>"
            f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div></form>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]

    def test_a_layout_with_a_sidebar_keeps_its_article(self) -> None:
        """A wrapper named "has-sidebar" describes the layout, not furniture."""
        html = _page(
            "<div class='container has-sidebar'><div class='col-8'>"
            f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div></div>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]

    def test_the_body_in_a_container_with_a_sidebar_keeps_its_bare_text(self) -> None:
        """The article's body right inside a container named for the sidebar beside it.

        The lead is text directly in the body element ``#article-body`` (the rest are
        paragraphs); the body's own name speaks for it, not its container's
        ("article__container-sidebar").
        """
        html = _page(
            "<div class='article__container article__container-sidebar'>"
            f"<div class='article__body' id='article-body'>{PARA}"
            f"<p class='paywall'>{PARA2}</p><p class='paywall'>{PARA3}</p></div>"
            "<aside class='sidebar'><p>Most popular: five stories you missed this week</p>"
            "</aside></div>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]


class TestRepeatedParagraphs:
    """A paragraph the page repeats is furniture only as part of a repeated run (issue 18)."""

    LONG = (
        "Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud "
        "exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat."
    )

    def test_a_paragraph_repeated_inside_the_article_is_kept(self) -> None:
        """Readability's 'missing-paragraphs' case: the same paragraph under each subheading."""
        html = _page(
            "<article><h1>A headline of the test page</h1>"
            f"<p>{self.LONG}</p><h2>Second part</h2><p>{self.LONG}</p>"
            f"<h2>Third part</h2><p>{self.LONG}</p></article>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [
            self.LONG,
            "Second part",
            self.LONG,
            "Third part",
            self.LONG,
        ]

    def test_a_duplicated_article_keeps_one_copy(self) -> None:
        """A page that shows its article twice (print or mobile copy) gives it once."""
        article = f"<p>{PARA} {PARA}</p><p>{PARA2} {PARA2}</p><p>{PARA3} {PARA3}</p>"
        html = _page(
            f"<div class='desktop'><article>{article}</article></div>"
            f"<div class='mobile'><article>{article}</article></div>"
        )
        paragraphs = find_paragraphs(from_html(html))
        assert _texts(paragraphs) == [f"{PARA} {PARA}", f"{PARA2} {PARA2}", f"{PARA3} {PARA3}"]

    def test_a_text_dump_of_a_duplicated_article_keeps_the_first_copy(self) -> None:
        """A text dump that shows the article twice gives its first copy, not nothing.

        The case of eldeber.com.bo in trafilatura-dev's text dumps: every paragraph of the
        story comes twice, so each used to count as furniture the page repeats.
        """
        story = [f"{PARA} {PARA}", f"{PARA2} {PARA2}", f"{PARA3} {PARA3}"]
        page = (
            "Menu\n\nHome\n\nA headline of the test page\n\n"
            + "\n\n".join(story)
            + "\n\nRead also\n\nAnother story\n\n"
            + "\n\n".join(story)
            + "\n"
        )
        assert _texts(find_paragraphs(from_text(page))) == story

    def test_a_text_dump_of_a_one_paragraph_story_shown_twice(self) -> None:
        """A wire brief shown as a teaser and again below a paywall line keeps its first copy.

        The case of rnz.de in trafilatura-dev's text dumps: an 85-word story, twice, with
        "Noch 10 Gratis-Artikel diesen Monat." and the date between the copies.
        """
        story = f"{PARA} {PARA2} {PARA3}"
        page = (
            "Menu\n\nHome\n\nA headline of the test page\n\n"
            f"{story}\n\n10 free articles left this month. Our offers\n\n12.10.2015, 19:16\n\n"
            f"{story}"
            "\n\nNewsletter\n\nGood journalism costs money. Subscribe to read on.\n"
        )
        assert _texts(find_paragraphs(from_text(page))) == [story]

    def test_a_teaser_list_shown_twice_stays_furniture(self) -> None:
        """Cut-off excerpts ("…") a text dump repeats are teasers, not a duplicated article."""
        teasers = "\n\n".join(f"Story {n}: {PARA} {PARA2} More…" for n in range(4))
        page = (
            "Menu\n\n" + teasers + f"\n\nA headline of the test page\n\n{PARA} {PARA3}\n\n"
            f"{PARA2} {PARA}\n\n{PARA3} {PARA2}\n\nRelated\n\n" + teasers + "\n"
        )
        texts = _texts(find_paragraphs(from_text(page)))
        assert texts == [f"{PARA} {PARA3}", f"{PARA2} {PARA}", f"{PARA3} {PARA2}"]


class TestRecipeSteps:
    """A schema.org Recipe's ``recipeInstructions`` confirm its visible steps as body."""

    def test_steps_outside_the_region_are_kept(self) -> None:
        """Preparation steps in their own widget, apart from the recipe's introduction."""
        first = "Haferdrink mit Haferflocken und Zimt aufkochen und ca. 2 Minuten köcheln lassen."
        second = "Nüsse trocken in einer Pfanne anrösten. Äpfel waschen, halbieren, würfeln."
        steps = [first, second]
        recipe = {
            "@type": "Recipe",
            "name": "Porridge",
            "recipeInstructions": [{"@type": "HowToStep", "text": step} for step in steps],
        }
        html = (
            "<html><head><script type='application/ld+json'>"
            + json.dumps(recipe)
            + "</script></head><body><h1>Porridge</h1>"
            f"<div class='intro'><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div>"
            + "".join(f"<div class='nav'><a href='/x{n}'>Rezept {n}</a></div>" for n in range(12))
            + "<div class='steps'><div>1.</div><div>"
            + steps[0]
            + "</div><div>2.</div><div>"
            + steps[1]
            + "</div></div></body></html>"
        )
        texts = _texts(find_paragraphs(from_html(html)))
        assert texts[:3] == [PARA, PARA2, PARA3]
        assert steps[0] in texts
        assert steps[1] in texts


class TestRecipeInATextDump:
    """A text dump's recipe: introduction, the ingredients' amounts, then the method."""

    URL = "https://www.example.de/rezepte/kirschkuchen-mit-marshmallows-77975.html"
    INTRO = (
        "Spieglein, Spieglein an der Wand, wer ist der leckerste Kuchen im ganzen Land? Es ist "
        "der Kirschkuchen mit marmoriertem Teig und geflämmten Mini-Marshmallows obendrauf."
    )
    STEPS = (
        (
            "Für die Creme Puddingpulver, 100 g Zucker und 100 ml Milch in einer Schüssel glatt "
            "rühren. Restliche Milch aufkochen, Pulver einrühren und unter Rühren aufkochen lassen."
        ),
        (
            "Backofen vorheizen. Butter, Zucker und Salz cremig schlagen, Eier einzeln "
            "unterrühren, Mehl und Backpulver mischen und kurz unterrühren. Teig in die Form "
            "streichen."
        ),
        (
            "Kuchen etwa 50 Minuten backen und auskühlen lassen. Creme daraufstreichen, kalt "
            "stellen und vor dem Servieren mit den Marshmallows bestreuen und flämmen."
        ),
    )
    AMOUNTS = (
        "1 Pck. Vanillepuddingpulver",
        "350 g Zucker",
        "500 ml Milch",
        "450 g weiche Butter",
        "Salz",
        "5 Eier (Gr. M)",
    )

    def _page(self, ingredients: str = "Zutaten", method: str = "Zubereitung") -> str:
        steps = "".join(f"{n}.\n\n{step}\n\n" for n, step in enumerate(self.STEPS, start=1))
        return (
            "Rezepte\nBacken\nZutaten-Tauschbörse\nKochen\n\nKirschkuchen mit Marshmallows\n\n"
            "4 Sterne von 5\n\n"
            f"{self.INTRO}\n\n{ingredients}\n\nFür 12 Stücke\n\n"
            + "\n".join(self.AMOUNTS)
            + f"\n\n{method}\n\n120 Minuten\n\neinfach\n\n{steps}Rezept bewerten\n"
        )

    def test_the_ingredients_and_the_introduction_are_the_recipes(self) -> None:
        """The list between the two headings is no furniture that splits the recipe."""
        texts = _texts(find_paragraphs(from_text(self._page(), url=self.URL)))
        assert texts[0] == self.INTRO
        assert "350 g Zucker" in "\n".join(texts)
        assert texts[-1] == self.STEPS[-1]

    def test_headings_in_other_languages(self) -> None:
        """'Ingredients' and 'Directions' head an English recipe's sections."""
        page = self._page("Ingredients", "Directions:")
        texts = _texts(find_paragraphs(from_text(page, url=self.URL)))
        assert texts[0] == self.INTRO

    def test_a_recipe_card_between_the_story_and_the_recipe(self) -> None:
        """A recipe card parts a blog post's story from its recipe: the recipe is the post's.

        The card's short lines ("Servings", "Prep time", "Minuten") are no more than the
        distance over which runs of prose join.
        """
        story = f"{self.INTRO}\n\n{PARA}\n\n{PARA2}\n\n{PARA3}\n\n"
        labels = ("Servings", "Stück", "Prep time", "Minuten", "Cooking time", "Minuten")
        card = "Pin\nPrint\n\nKirschkuchen\n\n" + "".join(f"{x}\n\n" for x in labels)
        card += "Schwierigkeit\n\neinfach\n\n"
        page = self._page().replace(f"{self.INTRO}\n\n", story + card)
        texts = _texts(find_paragraphs(from_text(page, url=self.URL)))
        assert texts[0] == self.INTRO
        assert texts[-1] == self.STEPS[-1]

    def test_a_list_without_amounts_is_no_recipe(self) -> None:
        """Between the headings there must be lines of amounts (a menu has none)."""
        page = self._page()
        for amount in self.AMOUNTS:
            page = page.replace(amount, "Mehr Rezepte")
        texts = _texts(find_paragraphs(from_text(page, url=self.URL)))
        assert self.INTRO not in texts


class TestRegionChoice:
    def test_story_in_a_container_named_for_furniture(self) -> None:
        """A story body whose class names an ad ('advertorial') is still the article.

        The region first found holds a small share of the page's prose, so it is re-examined
        (the case of fixtures/html-advertorial-class-freitag).
        """
        story = [f"{p} {tail}" for tail in ("Fine.", "Good.") for p in (PARA, PARA2, PARA3)]
        body = "".join(f"<p>{p}</p>" for p in story)
        html = _page(
            NAV
            + "<article><h1>Council approves budget</h1>"
            + "<div class='abstract'><p>The mayor spoke of a good day for the old town and "
            + "its library, and of the work ahead.</p></div>"
            + f"<div class='article-text js-dynamic-advertorial'>{body}</div></article>"
            + RELATED
        )
        assert _texts(find_paragraphs(from_html(html)))[-6:] == story

    def test_the_page_footer_is_not_re_examined_into_the_article(self) -> None:
        """A short story beside a footer of legal prose: the footer's verdict stays.

        The story holds a small share of the page's prose, so the region is re-examined, and
        the footer (registration, rights, the publisher's notes) held the most prose named as
        furniture (oren.mk.ru in htmldate-dev: the body was the footer).
        """
        legal = [
            f"All rights to the materials published on this site belong to the publisher, and "
            f"any use of them, in whole or in part, requires a written permission, clause {n}. "
            f"The site is registered with the federal media authority under number 57534-{n}."
            for n in range(4)
        ]
        footer = "<div class='footer__copy'>" + "".join(f"<p>{t}</p>" for t in legal) + "</div>"
        html = _page(
            f"<div class='content'><h1>Council approves budget</h1><p>{PARA}</p><p>{PARA2}</p>"
            f"</div><footer id='footer'>{footer}</footer>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2]

    def test_teasers_cut_off_excerpts_are_no_article(self) -> None:
        """A column of teasers with cut-off excerpts does not outweigh a story named a 'banner'.

        The story's container is named for furniture ("banner-text"), and the teasers' excerpts
        ("... awaited for ...") read like prose: counted as article words, they kept the region
        from being re-examined and grew it over the column (asiapacificstar.com, body batch 4).
        """
        story = [f"{p} {tail}" for tail in ("Fine.", "Good.", "Well.") for p in (PARA, PARA2)]
        body = "".join(f"<p>{p}</p>" for p in story)
        teasers = "".join(
            f"<h4><a href='/t{i}'>Markets close higher on day {i}</a></h4>"
            f"<div class='media-object-section'><p>Equity benchmark indices hit fresh highs on "
            f"day {i} as global investors in the region awaited the central bank's decision "
            "on ...</p></div>"
            for i in range(12)
        )
        html = _page(
            NAV
            + "<div class='left-section'><div class='banner-section'>"
            + "<h2>Council approves budget</h2>"
            + f"<div class='banner-text'><div>{body}</div></div></div>"
            + "<div class='share-section'><h3>Share article:</h3></div>"
            + f"<div class='business-new'><h3>Business</h3>{teasers}</div></div>"
        )
        texts = _texts(find_paragraphs(from_html(html)))
        assert texts[: len(story)] == story
        assert not any(t.endswith("...") for t in texts)

    def test_a_strip_of_teaser_cards_above_the_story_is_no_article(self) -> None:
        """Cards of other stories (a linked headline and its blurb) above the story are a listing.

        The blurbs read like prose and, counted as the article's, carried the region up over
        the strip; three cards in a row make a listing. Linked labels of an accordion inside
        the article ("Ownership") open its panels, and stay the article's.
        """
        cards = "".join(
            f"<div class='card'><h3><a href='/s{i}'>Ferry operator cuts winter sailing number {i}"
            f"</a></h3><p>A short summary of another story that readers might want today, "
            f"number {i}.</p></div>"
            for i in range(6)
        )
        story = [PARA, PARA2, PARA3]
        html = _page(
            NAV + f"<div class='strip'>{cards}</div>"
            "<article><h1>Council approves budget</h1>"
            + "".join(f"<p>{p}</p>" for p in story)
            + "</article>"
        )
        assert _texts(find_paragraphs(from_html(html))) == story
        panels = "".join(
            f"<li class='item'><h3><a href='#p{i}'>{label}</a></h3><div><p>{p}</p></div></li>"
            for i, (label, p) in enumerate(zip(("Ownership", "Exit", "Choice"), story, strict=True))
        )
        html = _page(NAV + f"<article><h1>Council approves budget</h1><ul>{panels}</ul></article>")
        assert _texts(find_paragraphs(from_html(html))) == story

    def test_a_story_after_a_strip_of_linked_titles_is_the_article(self) -> None:
        """The paragraph after a strip of linked video titles is the story's, not a blurb."""
        titles = "".join(
            f"<div class='card'><h3><a href='/v{i}'>Video about another story number {i}</a></h3>"
            "</div>"
            for i in range(5)
        )
        html = _page(
            f"<div class='strip'>{titles}</div><div class='story'><p>{PARA}</p><p>{PARA2}</p></div>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2]

    def test_wordpress_widgets_beside_the_story_are_not_body(self) -> None:
        """WordPress's widget boxes ("widget widget_text") in a column beside the story.

        They hold more prose than a short story here; the type class WordPress gives every
        widget names them. A bare "widget" (a CMS's quote box inside the story) does not.
        """
        events = "".join(
            f"<div class='widget widget_text'><h4>Event {i}</h4><p>Join us at the harbour hall "
            f"for an evening of music and food, tickets at the door, event {i}.</p></div>"
            for i in range(8)
        )
        html = _page(
            NAV + "<div class='row'><div class='col-8'><h1>Council approves budget</h1>"
            f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div>"
            f"<div class='col-4'>{events}</div></div>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]
        quote = "“We could not wait any longer,” the mayor told the council on Tuesday evening."
        html = _page(
            f"<div class='story'><p>{PARA}</p><div class='widget quote'><p>{quote}</p></div>"
            f"<p>{PARA2}</p></div>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, quote, PARA2]

    @pytest.mark.parametrize(
        ("before", "after"),
        [
            ("<nav><p>{x}</p></nav><article><h1>Council approves budget</h1>", "</article>"),
            ("<article><h1>Council approves budget</h1>", "</article><aside><p>{x}</p></aside>"),
            ("<article><h1>Council approves budget</h1>", "<footer><p>{x}</p></footer></article>"),
            (
                "<div class='flex flex-col'><h1>Council approves budget</h1>",
                "</div><aside class='w-1/3 px-4'><p>{x}</p></aside>",
            ),
        ],
    )
    def test_html_sections_for_navigation_asides_and_footers_are_not_body(
        self, before: str, after: str
    ) -> None:
        """``<nav>``, ``<aside>`` and ``<footer>`` say what they hold without a class name.

        A page styled with utility classes ("flex", "px-4") names nothing; HTML's sectioning
        elements still do: prose in them is not the article's.
        """
        prose = "The Harbour Gazette has been published every day since 1901 by the same family."
        story = "".join(f"<p>{p}</p>" for p in (PARA, PARA2, PARA3))
        html = _page(before.format(x=prose) + story + after.format(x=prose))
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]

    def test_captions_of_the_articles_figures_do_not_count_against_its_container(
        self,
    ) -> None:
        """A picture's caption counts neither for nor against the element holding it.

        Captions are no article text, but they sit beside the article's pictures: counted
        against the container of an article's sections, each with its captioned figure, they
        left one section as the article (slf.ch's weekly report in trafilatura-dev, a TYPO3
        page of content elements, kept one of its eleven paragraphs).
        """
        html = _page(
            f"<div class='main'><p>{PARA}</p><figure><img src='a.jpg'><figcaption>The old "
            "town hall seen from the harbour on the morning of the vote, in the rain.</figcaption>"
            "</figure><p>Abbildung 2: Schneehöhen an der Station im Januar, gemessen jeden "
            "Morgen.</p><div class='share'><p>Share this on Facebook, Twitter and by e-mail "
            "now</p></div></div>"
        )
        feats = block_features(from_html(html))
        values = {f.text[:12]: _block_value(f, after_end=False) for f in feats}
        assert values["The old town"] == 0.0
        assert values["Abbildung 2:"] == 0.0
        assert values["Share this o"] < 0.0
        assert values[PARA[:12]] > 0.0

    def test_a_modal_dialog_is_not_body(self) -> None:
        """A dialog opened over the story ("c-dialog__panel", "js-modal-window") is furniture.

        Its text (a download promise, a login form's notes) reads like prose, and the page
        ships it in the markup, hidden by a style sheet the renderer does not read (a bare
        "modal" class is hidden already; a component's own names are not).
        """
        note = (
            "The installer downloads the file quickly and safely from our own servers, so that "
            "its origin can be trusted."
        )
        notes = "".join(f"<p>{note} {n}</p>" for n in ("Fine.", "Good.", "Safe."))
        html = _page(
            f"<div class='story'><h1>Council approves budget</h1><p>{PARA}</p><p>{PARA2}</p>"
            f"<p>{PARA3}</p><div class='c-dialog'><div class='c-dialog__panel'>"
            f"<div class='inner'>{notes}</div></div></div></div>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]

    def test_a_box_whose_id_says_aside_is_not_body(self) -> None:
        """``div#aside`` beside the story holds a feedback form's prose, not the article's."""
        note = "Vous voulez communiquer un renseignement ou vous avez repéré une erreur ?"
        html = _page(
            "<div id='article'><h1>Council approves budget</h1><div id='col'>"
            f"<div id='aside'><p>{note}</p></div>"
            f"<div id='content'><p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p></div></div></div>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]

    def test_a_gallerys_slides_are_its_body(self) -> None:
        """A gallery article says little in prose: its slides' titles and captions are its text.

        A caption is no article prose beside a story; below a two-line introduction, seven
        captioned slides holding far more text are the article (popsugar's "90+ costumes",
        labelled so in the body batches).
        """
        slides = [
            (
                f"{n}. Costume number {n}",
                (
                    f"What you need: a red jumper, a white collar and a black headband will "
                    f"turn you into character number {n} for the evening."
                ),
            )
            for n in range(1, 8)
        ]
        gallery = "".join(
            f"<figure><div class='slide-header'><h2><a href='#s{n}'>{title}</a></h2></div>"
            f"<img src='{n}.jpg'><figcaption>{caption}</figcaption></figure>"
            for n, (title, caption) in enumerate(slides, 1)
        )
        intro = "Cheap and easy costumes are all that matter this year, and here are the best."
        html = _page(
            NAV + f"<article class='gallery'><h1>Costumes to make at home</h1>"
            f"<div class='post-content'><p>{intro}</p></div>{gallery}</article>" + RELATED
        )
        texts = _texts(find_paragraphs(from_html(html)))
        assert texts == [intro, *(line for slide in slides for line in slide)]
        paras = [f"{p} {tail}" for tail in ("Fine.", "Good.") for p in (PARA, PARA2, PARA3)]
        story = "<div class='story'>" + "".join(f"<p>{p}</p>" for p in paras) + "</div>"
        html = _page(NAV + f"<article><h1>Council approves budget</h1>{story}{gallery}</article>")
        assert _texts(find_paragraphs(from_html(html))) == paras

    def test_an_inline_related_box_does_not_part_the_article(self) -> None:
        """A "Mehr zum Thema" box between the article's two halves: both halves are the body.

        The longer second half is the core; growing up over the box's heading reaches the
        first half, and the box's kicker lines and linked titles stay out (aktiv-online.de,
        body batch 4).
        """
        first = [f"{p} {tail}" for tail in ("Fine.", "Good.") for p in (PARA, PARA2)]
        second = [
            f"{p} {tail}" for tail in ("Also.", "Still.", "Again.", "Then.") for p in (PARA, PARA3)
        ]
        box = "<div class='teaser-list'><h3 class='teaser-header'>Mehr zum Thema</h3>" + "".join(
            f"<div class='teaser-item'><p>Tour durch die Natur {i}</p>"
            f"<h4><a href='/t{i}'>Waldspaziergang: warum Waldbaden so gesund ist {i}</a></h4>"
            f"<a href='/t{i}'>mehr</a></div>"
            for i in range(2)
        )
        html = _page(
            NAV
            + "<main><div class='row'><div class='col'><h1>Council approves budget</h1>"
            + "<div class='article-text'>"
            + "".join(f"<p>{p}</p>" for p in first)
            + "</div></div></div>"
            + box
            + "</div><div class='frame'><div class='textpic'><div class='ce-bodytext'>"
            + "<h2>What the budget holds</h2>"
            + "".join(f"<p>{p}</p>" for p in second)
            + "</div></div></div></main>"
        )
        texts = _texts(find_paragraphs(from_html(html)))
        assert texts == [*first, "What the budget holds", *second]

    def test_a_related_box_above_the_story_keeps_its_long_teasers_out(self) -> None:
        """A "Mehr zum Thema" box between the headline and the story: none of its teasers.

        Its first, short teaser lines read as furniture, so the region starts at its first long
        one ("Ethik-Kommission Welche Entscheidungen …"); that line and the ones
        after it are still links in the box the heading opens, not the story
        (deutschlandfunk.de, body batch 8).
        """
        teasers = [
            ("Grundeinkommen", "Geld vom Staat"),
            ("Experiment", "Grundeinkommen im Test"),
            ("Ethik-Kommission", "Welche Entscheidungen darf ein selbstfahrendes Auto treffen?"),
            ("Tag der Arbeit", '"Digitalisierung im Selbstlauf ist nicht die Antwort"'),
            ("Bestseller-Autor", 'Die Digitalisierung produziert immer mehr "Nutzlose"'),
        ]
        box = (
            "<div class='articlebox'><div class='text'><h6>Mehr zum Thema</h6>"
            + "".join(f"<p><a href='/t'>{kicker}</a> {title}</p>" for kicker, title in teasers)
            + "</div></div>"
        )
        story = [PARA, PARA2, PARA3, f"{PARA} Again.", f"{PARA2} Again."]
        html = _page(
            NAV
            + "<div class='articledetail'><div class='articlehead'>"
            + "<h1>Wir dekorieren die Liegestühle um</h1></div>"
            + box
            + "<div class='articlemain'><div class='text'>"
            + "".join(f"<p>{p}</p>" for p in story)
            + "</div></div></div>"
        )
        texts = _texts(find_paragraphs(from_html(html)))
        assert texts == story

    def test_embedded_links_to_other_stories_are_not_the_story(self) -> None:
        """A "read also" line and a rich link set between the story's paragraphs stay out.

        Pages name these components for what they are ("p.read-also" on a Ukrainian news site,
        the Guardian's "rich-link" asides), as Spanish and Portuguese pages name theirs
        "lee-tambien" and "leia-tambem" (body batches 3 and 6).
        """
        story = [PARA, PARA2, PARA3, f"{PARA} Again."]
        html = _page(
            NAV
            + "<article><h1>Council approves budget</h1><div class='article-body'>"
            + f"<p>{story[0]}</p>"
            + "<p class='read-also'>Читайте також <a href='/s1'>Прорив у правосудді: чому "
            + "варто пишатись роботою суду</a></p>"
            + f"<p>{story[1]}</p>"
            + "<aside class='element-rich-link'><div class='rich-link__container'>"
            + "<div class='rich-link__header'><h2 class='rich-link__title'>Third of council "
            + "staff 'have experienced bullying'</h2></div></div></aside>"
            + "".join(f"<p>{p}</p>" for p in story[2:])
            + "</div></article>"
        )
        texts = _texts(find_paragraphs(from_html(html)))
        assert texts == story

    def test_teaser_cards_and_contributor_bios_are_not_the_story(self) -> None:
        """Components named as teasers (BEM "teaser__text") or contributors stay out.

        A teaser card of another article inside the story's container ("teaser--type-article >
        teaser__text", vaticannews.va) and a contributor's bio under the story
        ("contributor-bio__bio", wired.com) are not the story; the story's own standfirst,
        named as the article's teaser element ("article__teaser"), is.
        """
        story = [PARA, PARA2, PARA3]
        dek = "Why the council spent the whole night on the library, and what the budget holds."
        html = _page(
            NAV
            + "<article><h1>Council approves budget</h1>"
            + f"<p class='article__teaser'>{dek}</p><div class='article-body'>"
            + "".join(f"<p>{p}</p>" for p in story)
            + "<div class='teaser teaser--type-article'><div class='teaser__text'><p>With a "
            + "service and a ceremony the bishops remembered the liberation of the camp "
            + "seventy-five years ago, and they called for vigilance.</p></div></div>"
            + "<div class='contributor-bio'><div class='contributor-bio__bio'>Jane Doe is a "
            + "contributor at the paper and the host of a daily radio show on city politics "
            + "and budgets.</div></div>"
            + "</div></article>"
        )
        texts = _texts(find_paragraphs(from_html(html)))
        assert texts == [dek, *story]

    def test_numbered_subheadings_do_not_end_the_article(self) -> None:
        """'1. Pharmacy' heads an item of the article's list; no comment thread follows."""
        items = [
            f"{n}. {name}\n\n{text}"
            for n, (name, text) in enumerate(
                [("CVS/pharmacy", PARA), ("CVS/caremark", PARA2), ("CVS/minuteclinic", PARA3)],
                start=1,
            )
        ]
        lead = "CVS Health is all about helping people who are treading a path to better health."
        dump = "\n\n".join(["Home", "News", "What you need to know about CVS", lead, *items])
        texts = _texts(find_paragraphs(from_text(dump)))
        assert texts[0] == lead
        assert texts[-2:] == ["3. CVS/minuteclinic", PARA3]

    def test_the_story_the_url_names_beats_a_longer_forum(self) -> None:
        """A reader forum beside the story, longer than it, does not win in a text dump.

        The story speaks of what the URL's slug names (fixtures/text-forum-beside-story-stern).
        """
        story = [
            (
                "Boris Johnson lost a vote in parliament on Saturday, and the Brexit deal vote "
                "was postponed until the law on an extension is passed, lawmakers said."
            ),
            (
                "The parliament vote means Johnson must ask Brussels for more time, a step he "
                "had sworn never to take, while the deal itself is not yet defeated."
            ),
        ]
        forum = [
            f"Question {i}: what do you think about the new cycling lanes in the city centre, "
            "and should the council build more of them before the winter comes?"
            for i in range(4)
        ]
        # the forum sits far from the story, past the site's menu (a menu's lines are words:
        # short lines with figures would read as a table's rows, which do not part two texts)
        sections = "Politics Business Sport Culture Science Travel Style Food Opinion Video"
        menu = [f"{w} {part}" for part in ("news", "more") for w in sections.split()]
        headline = "Johnson defeated as parliament delays Brexit deal vote"
        dump = "\n\n".join(["Home", headline, *story, *menu, *forum])
        url = (
            "https://news.example.com/politics/johnson-parliament-delays-brexit-deal-vote-123.html"
        )
        assert _texts(find_paragraphs(from_text(dump, url=url))) == story


class TestSectionEnds:
    FORM = (
        (
            "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie "
            "deine Kommentardaten verarbeitet werden, und lies unsere Hinweise zum Datenschutz."
        ),
        (
            "Am 19./20. Juni findet das Forum in Bregenz statt. Datum reservieren und weitere "
            "Infos abwarten, es lohnt sich sehr für alle, die mitdiskutieren wollen."
        ),
    )

    def test_comment_form_after_a_posted_in_line_is_not_the_article(self) -> None:
        """Prose after a comment heading stays out, though a 'posted in' line came between."""
        share = ["Drucken", "E-Mail", "Twitter", "WhatsApp", "Facebook", "LinkedIn", "Reddit"]
        posted = "Dieser Beitrag wurde am 04/02/2020 von kj in Politik veröffentlicht, getaggt."
        form = [f"{line} ({n})" for n in (1, 2) for line in self.FORM]
        tail = [*share, "Schreibe einen Kommentar", "Name", *form]
        lines = ["Home", "Council approves budget", PARA, PARA2, *share, posted, *tail]
        dump = "\n\n".join(lines)
        assert _texts(find_paragraphs(from_text(dump)))[:2] == [PARA, PARA2]

    @pytest.mark.parametrize(
        "heading",
        [
            (
                "15 thoughts on “Council approves plan to replace the harbour's water mains after "
                "a debate of almost three years”"
            ),
            "One Response to “Council approves budget”",
            "3 Gedanken zu „Stadtrat beschließt den Austausch der Wasserleitungen am Hafen“",
            "12 réflexions sur « Le conseil approuve le budget »",
        ],
    )
    def test_wordpress_comment_list_title_ends_a_text_dump_article(self, heading: str) -> None:
        """WordPress's "15 thoughts on “Title”" heads the comments, however long the title.

        Readers' comments after it read like prose, and there are more of them than the
        article's paragraphs; the heading is longer than a section heading's length limit.
        """
        comments = [
            f"User{i} says:\n\nMarch {i + 1}, 2024 at 10:00 am\n\nI have lived near the harbour "
            f"for twenty years and every winter the pipes freeze and the street floods, {i}.\n\n"
            "Reply"
            for i in range(12)
        ]
        lines = ["Home", "Council approves budget", PARA, PARA2, PARA3, heading, *comments]
        assert _texts(find_paragraphs(from_text("\n\n".join(lines)))) == [PARA, PARA2, PARA3]

    def test_references_end_a_text_dump_article(self) -> None:
        """A 'References' line ends the article: the citations below are not body."""
        refs = [
            f"Author {i} A, Other B, Third C. A study of things, part {i}. Journal of Studies, "
            f"volume {i}, pages 1-20, 2017."
            for i in range(12)
        ]
        dump = "\n\n".join(["Home", "A review", PARA, PARA2, PARA3, "References", *refs])
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3]

    @pytest.mark.parametrize(
        ("byline", "box"),
        [
            # the writer's full name on the byline, the box opening with it
            ("By Jane Doe", ["Jane Doe is a reporter covering city hall and the county courts."]),
            # the box writes a middle initial the byline leaves out (californiaglobe.com), and
            # the other way round
            ("By Evan Symon", ["Evan V. Symon is the Senior Editor for the Globe since 2019."]),
            ("By Evan V Symon", ["Evan Symon is the Senior Editor for the Globe since 2019."]),
            # the name printed as a line of its own, the box opening with the first name
            ("", ["Jane Doe", "Jane is the co-founder of a small newsroom in the old town."]),
            # in the first person, right under the name line (forbes.com's author box)
            (
                "",
                [
                    "Marla Milling",
                    "I am a full-time freelance writer in Asheville, North Carolina, and a mother.",
                ],
            ),
            # German, the name line above the box
            (
                "",
                [
                    "Markus Reuter",
                    (
                        "Markus Reuter beschäftigt sich mit Grundrechten im Netz, mit Überwachung "
                        "und Zensur, und schreibt seit vielen Jahren für dieses Blog."
                    ),
                ],
            ),
        ],
    )
    def test_an_author_box_closing_the_article_is_no_body(
        self, byline: str, box: list[str]
    ) -> None:
        """The writer's self-description after the article, and what follows it, stay out."""
        dump = "\n\n".join(
            ["Home", "Council approves budget", byline, PARA, PARA2, PARA3, *box, "Share this"]
        )
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3]

    def test_an_author_box_under_its_label_is_no_body_wherever_it_stands(self) -> None:
        """The self-description under "Autoreninfo" is the box's, even above the story.

        Shape of the cicero.de interview page (body-fresh3): lead, caption, the author box,
        then the interview; the lead and the interview stay, the box goes.
        """
        bio = "Moritz Gathmann leitet das Ressort Berliner Republik bei Cicero in Berlin."
        dump = f"Home\n\n{PARA}\n\nAutoreninfo\n\n{bio}\n\n{PARA2}\n\n{PARA3}\n\nShare this"
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3]

    def test_a_first_person_closing_paragraph_without_a_name_line_stays(self) -> None:
        """A closing "I am …" is the writer's voice unless a name line heads it."""
        closing = "I am a teacher, and I have seen what the library means to the children here."
        dump = f"Home\n\nCouncil approves budget\n\n{PARA}\n\n{PARA2}\n\n{PARA3}\n\n{closing}"
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3, closing]

    def test_a_closing_paragraph_about_a_person_stays(self) -> None:
        """A last paragraph about someone the byline does not name is the story's."""
        closing = "Jane Doe is a retired teacher who has lived in the old town for forty years."
        lines = ["Home", "Council approves budget", "By John Smith", PARA, PARA2, PARA3, closing]
        dump = "\n\n".join(lines)
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3, closing]

    @pytest.mark.parametrize(
        ("line", "share_bar"),
        [
            ("CONNECT TWEET LINKEDIN COMMENT EMAIL MORE", True),
            ("Share | Tweet | Comment", True),
            ("Comments", False),
            ("Leave a comment", False),
        ],
    )
    def test_a_share_bars_comment_button_names_no_comment_section(
        self, line: str, *, share_bar: bool
    ) -> None:
        """A line of share buttons is furniture; its "Comment" label ends no article."""
        dump = f"Council approves budget\n\n{PARA}\n\n{line}\n\n{PARA2}"
        feats = {f.text: f for f in find_layout(from_text(dump)).blocks}
        assert feats[line].is_section_end is not share_bar
        assert feats[line].is_boilerplate or not share_bar

    @pytest.mark.parametrize(
        "line", ["More stories", "More Great WIRED Stories", "More Science Stories"]
    )
    def test_more_stories_headings_head_a_related_box(self, line: str) -> None:
        """A "More <brand or section> stories" heading heads a box of links to other stories."""
        assert lex.RELATED_HEADING.match(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Diese Artikel könnten Sie ebenfalls interessieren",
            "Das könnte Sie auch interessieren",
            "You might also be interested in:",
            "Más información",
            "Weitere Meldungen: Polizei Steinfurt",
            "Weitere Artikel",
        ],
    )
    def test_related_boxes_are_headed_in_several_languages(self, line: str) -> None:
        """The headings that introduce links to other stories in German, English, Spanish."""
        assert lex.RELATED_HEADING.match(line)

    def test_more_information_in_a_sentence_heads_no_box(self) -> None:
        """Only the bare heading heads a box: a line that goes on is the article's."""
        assert not lex.RELATED_HEADING.match("Más información sobre el tema en la web")

    @pytest.mark.parametrize("label", ["Read more", "READ MORE »", "Weiterlesen", "Lire la suite…"])
    def test_an_inline_teaser_over_a_read_more_label_is_no_body(self, label: str) -> None:
        """A text dump's inline teaser: another story's title above the link's bare label."""
        teaser = "Third of university staff 'have experienced bullying'"
        lines = ["Home", "Council approves budget", PARA, teaser, label, PARA2, PARA3, "Share"]
        dump = "\n\n".join(lines)
        assert _texts(find_paragraphs(from_text(dump))) == [PARA, PARA2, PARA3]

    def test_a_short_line_over_a_read_more_with_words_after_it_stays(self) -> None:
        """A "Read more: <title>" line is the teaser itself; the line above it is the article's."""
        short = "The vote is on Friday."
        lines = ["Home", "Council approves budget", PARA, short, "Read more: why", PARA2, PARA3]
        dump = "\n\n".join(lines)
        assert short in _texts(find_paragraphs(from_text(dump)))

    def test_a_related_box_under_the_last_paragraph_stays_out(self) -> None:
        """The links below "More Great WIRED Stories", in the article's own container, stay out."""
        links = "".join(
            f"<li>Story {i}: what the display of the future <a href='/s{i}'>may look like</a></li>"
            for i in range(5)
        )
        html = _page(
            "<article><h1>Council approves budget</h1><div class='body'>"
            f"<p>{PARA}</p><p>{PARA2}</p><p>{PARA3}</p>"
            "<div class='heading-h3'>More Great WIRED Stories</div>"
            f"<ul>{links}</ul></div></article>"
        )
        assert _texts(find_paragraphs(from_html(html))) == [PARA, PARA2, PARA3]


class TestNothingArticleLike:
    def test_bare_text_in_body_is_the_body(self) -> None:
        """A page whose only text sits bare in <body> gives that text."""
        src = from_html("<html><head></head><body>\n   Test\n</body></html>")
        assert _texts(find_paragraphs(src)) == ["Test"]

    def test_links_alone_are_not_a_body(self) -> None:
        """A page of links only still gives no paragraphs."""
        assert find_paragraphs(from_html(_page(NAV))) == ()


#: Furniture lines by what they are: calls to the reader, site notices, template labels.
_CALLS_AND_LABELS: dict[str, list[str]] = {
    "an ad-blocker notice": [
        "Leider benutzen Sie einen Adblocker.",
        (
            "Wir freuen uns, dass Sie unser Magazin lesen. Leider benutzen Sie einen "
            "Adblocker. Wir finanzieren unseren Journalismus im Internet vor allem durch "
            "Anzeigenerlöse und sind darauf angewiesen. Wir bitten Sie daher, das Programm "
            "zumindest für unsere Seite zu deaktivieren. Vielen Dank!"
        ),
        "It looks like you're using an ad blocker. Please whitelist us.",
        "Vous utilisez un bloqueur de publicité.",
    ],
    "a don't-miss or sign-up call": [
        "Verpasse keine News zu Hardware & Gadgets",
        "Ne manquez rien de l’actualité",
        "HIER KOSTENLOS ANMELDEN »",
        "Jetzt anmelden!",
    ],
    "a letters page's form": ["Submit your letter to the editor via this form."],
    "a post's category line": [
        "Veröffentlicht in: Everything but the kitchen sink, Ivy vs. the world",
        "Posted in: News, Politics",
    ],
    "a recipe card's buttons": ["Zum Rezept Drucken Pinnen", "Jump to Recipe Print Recipe"],
    "a caption's click instruction": [
        "Das Geflecht der Firmen. Zum Vergrößern auf das Bild klicken. (Stand Juni 2016)",
        "The route of the race. Click to enlarge.",
    ],
    "a media element's fallback or a player's buttons": [
        "Tu navegador no soporta los elementos de audio",
        "Your browser does not support the video tag.",
        "Ihr Browser unterstützt dieses Video nicht.",
        "1x 1.25x 1.5x 1.75x 2x",
    ],
    "a login prompt": [
        "Debe iniciar sesión para poder guardar artículos.",
        "You must be logged in to post a comment.",
    ],
    "a caption's wire-service credit": [
        (
            "Microsoft plans to cut its carbon emissions by more than half by 2030. "
            "Mike Blake/Reuters files"
        ),
        "Firefighters battle the blaze on Sunday. Jane Doe/AP Photo",
    ],
    "a sign-up form's field, consent and status": [
        "Email (required)",
        "By signing up, you agree to our Privacy Notice and the data transfer policy.",
        "Processing…",
        "Success! We'll be sending you our weekly Food & Drink emails starting soon.",
    ],
    "an engagement call or a paywall's notice": [
        "Hat Ihnen dieser Artikel gefallen? Dann verpassen Sie keine Artikel mehr.",
        "Did you enjoy this article? Share it with your friends.",
        "You can find this story in My Bookmarks.",
        "Try MEN Premium for FREE by clicking here",
        "Ihnen stehen diesen Monat keine freien Artikel mehr zur Verfügung.",
        "You have reached your limit of free articles this month.",
    ],
    "a press regulator's or licence notice": [
        (
            "This website and its associated newspaper are members of Independent Press "
            "Standards Organisation (IPSO)"
        ),
        "Dieses Werk ist unter einer Creative Commons-Lizenz lizenziert.",
    ],
    "a share button or a share dialog's link button": [
        "Tweet This",
        "Pin It",
        "Copy this link",
        "Copy link",
        "Link kopieren",
        "Copier le lien",
    ],
    "a site's own offers: its newsletters, advertising with it, a video's report dialog": [
        "We have more newsletters",
        "Advertise with us",
        "Werben auf NZZ.ch",
        "Need to report the video?",
    ],
}


class TestLinesThatAreNotTheArticle:
    @pytest.mark.parametrize(
        "line",
        [
            "Weiterlesen:",
            "Read more: Why the council voted for the budget",
            "Lea también: Impiden ingreso a Nicaragua a reportero",
            "Lea más: Juan Carlos propone legalizar",
            "Lea: Consejo Permanente de OEA aborda este miércoles confiscación de sus oficinas",
            "Leia mais",
            "[Most read] Howard County Girls Soccer All-Decade »",
        ],
    )
    def test_read_more_lines_are_furniture(self, line: str) -> None:
        """Lines that introduce a link to another story are not article prose."""
        assert lex.BOILERPLATE.match(line)

    @pytest.mark.parametrize(
        "line",
        [
            "Visited 215 times, 55 visits today",
            "(Visited 215 times, 55 visits today)",
            "Post Views: 1,234",
            "1.234 Aufrufe",
            "123 mal gelesen",
            "This post has been viewed 250 times.",
        ],
    )
    def test_view_counters_are_furniture(self, line: str) -> None:
        """A page's view counter (a WordPress plugin's, a news site's) is no prose."""
        assert lex.BOILERPLATE.match(line)

    @pytest.mark.parametrize("line", ["Views differ on the plan.", "2 million views later"])
    def test_sentences_about_views_are_not_counters(self, line: str) -> None:
        assert lex.BOILERPLATE.match(line) is None

    @pytest.mark.parametrize(
        ("what", "line"),
        [(what, line) for what, lines in _CALLS_AND_LABELS.items() for line in lines],
        ids=lambda v: str(v)[:40],
    )
    def test_calls_notices_and_template_labels_are_furniture(self, what: str, line: str) -> None:
        """Calls to the reader, site notices and template labels, whatever the site."""
        assert lex.BOILERPLATE.match(line), what

    @pytest.mark.parametrize(
        "line",
        [
            "The paper left IPSO in 2016 after a dispute with the regulator.",
            "Adblock Plus is a popular browser extension that blocks ads.",
            "Many of you use an ad blocker, a survey found.",
            "Verpassen Sie nicht den Sonnenuntergang am Strand.",
            "The mayor wrote a letter to the editor of the local paper.",
            "Your browser may slow down when many tabs are open.",
            "By signing the treaty, both countries agreed to cut their emissions by half.",
            "The paper offers no more free articles to readers abroad, its editor said.",
            "We tried the premium version for free for a month and liked it.",
            "Both agencies, the FDA and the EPA, signed the agreement.",
            "He worked for Reuters and for AP before he joined the paper.",
            "Copy linking is the topic of this essay",
            "Pinot noir",
            "Werben auf TikTok",
            "Our newsletters reach 2 million readers.",
        ],
    )
    def test_sentences_about_the_same_things_are_prose(self, line: str) -> None:
        """Writing about ad blockers, sunsets, letters, browsers or newsletters is not furniture."""
        assert lex.BOILERPLATE.match(line) is None

    @pytest.mark.parametrize("line", ["Articles en relation", "Weitere Inhalte:"])
    def test_related_links_headings(self, line: str) -> None:
        """Headings of a box of other stories, in French and German templates."""
        assert lex.RELATED_HEADING.match(line)

    @pytest.mark.parametrize(
        "line", ["Lea: I think the council was right to vote.", "Lee: Yes, it was.", "Lea: Ja"]
    )
    def test_a_speaker_named_lea_is_not_furniture(self, line: str) -> None:
        """'Lea:' may introduce a speaker in a transcript.

        A link's title is a long line that does not end like a sentence ("Lea: Consejo
        Permanente de OEA aborda …").
        """
        assert lex.BOILERPLATE.match(line) is None


class TestLayoutParagraphs:
    """The body step takes the layout's selection only where it would select the same."""

    @pytest.mark.parametrize(
        "page",
        sorted(p for p in (FIXTURES).glob("*/input.*") if p.suffix in {".html", ".txt"}),
        ids=lambda p: p.parent.name,
    )
    def test_same_paragraphs_as_selecting_again(self, page: Path) -> None:
        """On real pages the layout's paragraphs are what the body step would select itself."""
        doc = articlekit.extract(page.read_bytes())
        assert doc.layout is not None
        assert doc.paragraphs
        assert doc.paragraphs == article_paragraphs(doc.source, doc.layout, doc.headline)
        if doc.headline == doc.layout.heading:
            assert doc.layout.paragraphs == doc.paragraphs

    def test_another_headline_selects_again(self) -> None:
        """The layout's paragraphs answer for its own headline guess only."""
        source = from_text(f"Menu\n\nA headline\n\n{PARA}\n\n{PARA2}\n\n{PARA3}")
        layout = find_layout(source)
        assert layout.heading is not None
        assert _texts(layout.paragraphs) == [PARA, PARA2, PARA3]
        marked = attrs.evolve(layout, paragraphs=layout.paragraphs[:1])
        assert find_paragraphs(source, layout=marked) == layout.paragraphs[:1]
        menu = articlekit.Headline(span=articlekit.Span(0, 4), text="Menu", signals=("test",))
        found = find_paragraphs(source, layout=marked, headline=menu)
        assert found == article_paragraphs(source, marked, menu)
        assert _texts(found) == [PARA, PARA2, PARA3]


def test_a_clusters_topic_share_counts_the_topic_words_its_good_blocks_hold() -> None:
    """The topic share reads only blocks that may hold a topic word, with the same result.

    It is the share of the topic's words among the words of the cluster's good blocks (folded
    as URL slugs are): checked on every fixture page against that definition, for the words of
    its blocks and for words none holds.
    """
    pages = sorted(FIXTURES.glob("*/input.*")) + sorted((FIXTURES / "comments").glob("*.html"))
    checked = 0
    for path in pages:
        raw = path.read_bytes()
        source = articlekit.load(raw)
        feats = block_features(source, comment_start=None)
        words = [w for f in feats for w in _WORDS.findall(fold(f.text))]
        for topic in (frozenset(words[::7][:5]), frozenset(words[3::11][:4]) | {"zzqx"}):
            if len(topic) < _MIN_TOPIC or not feats:
                continue
            for lo, hi in ((0, len(feats) - 1), (0, len(feats) // 2)):
                found: set[str] = set()
                for f in feats[lo : hi + 1]:
                    if f.is_good:
                        found.update(_WORDS.findall(fold(f.text)))
                assert _topic_share(feats, lo, hi, topic) == len(found & topic) / len(topic)
                checked += 1
    assert checked > 20


def test_prose_of_every_script_is_no_flattened_list() -> None:
    """A long line of Burmese prose is no menu run together (its words are no Latin labels).

    On newspaper4k's test page burmese_article.html, as a text dump, every paragraph read as
    a flattened list for want of Latin function words, and the body was one photo credit.
    """
    from articlekit.page._features import _is_flattened_list, word_count  # noqa: PLC0415

    prose = (
        "နိုင်ငံတော်အကြည်ညိုပျက်စေမှု ပုဒ်မ ၅၀၅ (ခ) နဲ့ တရားစွဲ အဖမ်းခံထားရတဲ့ "
        "အလဲဗင်းသတင်းစာတိုက်က တာဝန်ခံအယ်ဒီတာ နှစ်ယောက် နဲ့ သတင်းထောက် တစ်ယောက်ကို "
        "တာမွေမြို့နယ်တရားရုံးက ဒီကနေ့ အာမခံနဲ့ ပြန်လွှတ်ပေးလိုက်ပါတယ်။ "
    ) * 2
    assert word_count(prose) >= 20  # long enough to be judged
    assert not _is_flattened_list(prose, word_count(prose))


def test_a_script_link_printed_as_text_is_furniture() -> None:
    """A dump prints the hidden targets of a page's script links ("保存 javascript:void(0)").

    After newspaper4k's test page japanese_article.html as a text dump, where the font-size
    and save buttons' lines stood beside the story.
    """
    from articlekit.page._features import _is_marked  # noqa: PLC0415

    assert _is_marked("保存 javascript:void(0)")
    assert _is_marked("その他 javascript:void(0)")
    assert not _is_marked("The script ran in the browser.")
