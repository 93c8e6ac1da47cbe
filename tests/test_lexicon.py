"""The lexicon's guarded patterns give the verdicts of the plain patterns."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from articlekit import _lexicon as lex
from articlekit._dates import parse_date
from articlekit.page import _features as _blocks

_PIECES = st.sampled_from(
    [
        "©", "(c)", "(C)", "Copyright", "2012", "sign up", "SUBSCRIBE", "Newsletter",
        "email address", "(Image: ", "(Photo credit: ", "Reuters)", "Getty Images",
        "iStockphoto", "cookies", "Foto: ", "Bild: ", "Credit... ", "Image caption ", " | © ",
        "Shutterstock.com", "stock.adobe.com", "Jane Doe", ")", ").", "Akismet",
        "licensed under a ", "Creative Commons", "CC-BY",
        "Privacy Policy", "terms of use", "저작권자", "share", "Read more", "the", "story", ".",
        " ", "ſ", "K", "ß", "İ", "\n", "ı", "ΣΧΌΛΙΑ", "ς", "µ", "ᲂ", "КОММЕНТАРИИ", "Ä", "ä",
        ">>>", " →", "Teilen", "PARTAGER", ":", "Diesen Beitrag ",
        # the words of the other guarded branches, whole and with what they need around them
        "/", " / ", "AP", "afp", "Reuters files", "The Canadian Press", "unter ", "CC BY",
        "cc-by", "you're using an ", "ad blocker", "Adblocker", "bloqueur de pub", "we earn ",
        "affiliate links", "commission", "Provision", "You have reached ", "the limit of ",
        "free articles", "keine freien Artikel", "members of ", "IPSO", "Impress",
        "click to enlarge", "Zum Vergrößern", "cliquez pour agrandir", "This site uses ",
        "Image copyright ", "Getty\u00a0Images", "email", "subscribe",
    ]
)  # fmt: skip
_ASCII = st.text(alphabet=st.characters(max_codepoint=127), max_size=12)
# Lines of pieces and free text; half of them ASCII only, which takes the lower-cased fast path.
_LINES = st.one_of(
    st.lists(st.one_of(_PIECES, st.text(max_size=12)), max_size=12).map("".join),
    st.lists(st.one_of(_PIECES.filter(str.isascii), _ASCII), max_size=12).map("".join),
)


def _plain(lines: str, anywhere: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    """Every branch in one pattern, as the lexicon had it before the guards."""
    branches = "|".join(branch for branch, _ in anywhere)
    return re.compile(rf"^(?:{lines}|{branches})$", re.IGNORECASE | re.VERBOSE)


_PLAIN_BOILERPLATE = _plain(lex._BOILERPLATE_LINES, lex._BOILERPLATE_ANYWHERE)
_PLAIN_COMMENT_META = _plain(lex._COMMENT_META_LINES, lex._COMMENT_META_ANYWHERE)
_META_PIECES = st.sampled_from(
    ["3 hours ago", "2 days", " ago", "AGO", "John", " says:", " SAID", " wrote", " a écrit",
     " написал", "Reply", "| Report", "score: 5", "12 points", "posted by", " ", "x"]
)  # fmt: skip
_META_LINES = st.one_of(
    st.lists(st.one_of(_META_PIECES, st.text(max_size=8)), max_size=8).map("".join),
    st.lists(st.one_of(_META_PIECES.filter(str.isascii), _ASCII), max_size=8).map("".join),
)
_SECTION_PIECES = st.sampled_from(
    ["12 Comments", "comments (3)", "Leave a Reply", "RELATED ARTICLES", "About ", "The Author",
     "Acme Corp", "Jane", " says:", "More from", "3. ", "unregistered", ":", " ", "x", "É",
     "Комментарии", "КОММЕНТАРИИ", "ᲂ", "ı", "ſ", "İ", "Ähnliche Artikel", "Verwandte ARTIKEL"]
)  # fmt: skip
_SECTION_LINES = st.lists(st.one_of(_SECTION_PIECES, _ASCII, st.text(max_size=6)), max_size=6).map(
    "".join
)


@given(_LINES)
def test_guarded_boilerplate_matches_like_the_plain_pattern(line: str) -> None:
    assert bool(lex.BOILERPLATE.match(line)) == bool(_PLAIN_BOILERPLATE.match(line))


@given(_META_LINES)
def test_guarded_comment_meta_matches_like_the_plain_pattern(line: str) -> None:
    assert bool(lex.COMMENT_META.match(line)) == bool(_PLAIN_COMMENT_META.match(line))


@given(_SECTION_LINES)
def test_section_end_matches_like_the_case_insensitive_pattern(line: str) -> None:
    """ASCII lines are lower-cased and matched case-sensitively; the verdict is the same."""
    plain = re.compile(lex.SECTION_END.pattern, re.IGNORECASE | re.VERBOSE)
    assert bool(lex.SECTION_END.match(line)) == bool(plain.match(line))


_TRIE_WORDS = st.lists(st.text(alphabet="ab(©é", min_size=1, max_size=4), min_size=1, max_size=8)


@given(_TRIE_WORDS, st.text(alphabet="ab(©é .", max_size=30))
def test_word_trie_is_found_where_a_word_occurs(words: list[str], text: str) -> None:
    # the marker words are searched as a trie (shared beginnings), not one branch per word
    found = lex._any_word(*words).search(text) is not None
    assert found == any(word in text for word in words)


def test_caseless_patterns_hold_no_upper_case_letters() -> None:
    """The fast path is exact only while the patterns' own letters are lower case."""
    sources = (
        lex._BOILERPLATE_LINES,
        *(branch for branch, _ in lex._BOILERPLATE_ANYWHERE),
        lex._COMMENT_META_LINES,
        *(branch for branch, _ in lex._COMMENT_META_ANYWHERE),
        lex.SECTION_END.pattern,
        lex.DATE_EXPRESSION.pattern,
        lex.PROMOTION.pattern,
    )
    for source in sources:
        literal = re.sub(r"\\[A-Za-z]|\(\?P<\w+>", "", source)  # escapes and group names
        assert re.search("[A-Z]", literal) is None, source
        # Nor letters that re pairs case-insensitively with an ASCII letter: ASCII lines are
        # matched lower-cased, and "i" would no longer meet "ı".
        assert not set(literal) & {"ı", "ſ", "\u212a", "\u0130"}, source


def test_prose_is_no_boilerplate() -> None:
    assert lex.BOILERPLATE.match("Sony sold 8.8 million smartphones in the quarter.") is None


# Lines of each guarded branch, most holding a single word of its guard (and few of the other
# branches'), so dropping or mistyping a branch's word turns one of them down.
_BRANCH_WITNESSES = (
    "Text and images (c) 2012 Example Media",
    "Sign up for our newsletter to get the news first",
    "The mayor speaks (Photo: Jane Doe)",
    "Photo by John Doe / Getty Images",
    "We use cookies to improve your experience",
    "Share this:",  # a share bar's label
    "Text and images © 2012 Example Media",
    "Copyright 2012 Example Media",
    "저작권자 © 연합뉴스 무단전재",
    "Get our newsletter every morning",
    "The mayor speaks (Source: city hall)",
    "Pictures by iStockphoto",
    "Pumps at dusk. Credit: Jane Doe",
    "Ⓒ Jane Doe",
    "Pumps at dusk, via stock.adobe.com",
    "Image caption The mayor speaks",
    "We use cookies to improve the site",
    "This site uses Akismet to reduce spam.",
    "It looks like you're using an ad blocker.",
    "Vous avez un bloqueur de publicité activé",
    "When you buy through links on our site, we may earn a commission.",
    "Wenn Sie über diese Links kaufen, erhalten wir eine Provision.",
    "Text unter CC BY 4.0",
    "Zum Vergrößern auf das Bild klicken",
    "Haga clic para ampliar",
    "A firefighter at the scene. Jane Doe/AP",
    "The harbour at dawn. John Roe / The Canadian Press",
    "You have reached the limit of free articles this month.",
    "Ihnen stehen keine kostenlosen Artikel mehr zur Verfügung.",
    "This newspaper is regulated by IPSO.",
    "Jetzt im Shop bestellen >>>",
    "Weiterlesen →",
    "Diesen Beitrag teilen:",
    "Compartir en:",
)


@pytest.mark.parametrize("line", _BRANCH_WITNESSES)
def test_each_guarded_branch_still_matches_its_own_line(line: str) -> None:
    assert _PLAIN_BOILERPLATE.match(line), line  # a real marker line ...
    assert lex.BOILERPLATE.match(line), line  # ... that its branch's words let through


def _share_bar_by_definition(text: str) -> bool:
    """Three or more words, each a share bar's label once its marks are stripped."""
    words = [w.strip(_blocks._SHARE_BAR_MARKS) for w in text.lower().split()]
    words = [w for w in words if w]
    return len(words) >= _blocks._SHARE_BAR_WORDS and all(w in _blocks._SHARE_WORDS for w in words)


@given(
    st.lists(
        st.sampled_from(["Share", "TWEET", "email", "more", "|", "/", "·", ",", "x", "the", "Ä"]),
        max_size=6,
    ).map(" ".join)
)
def test_share_bar_check_that_stops_early_decides_as_the_definition(text: str) -> None:
    # an equivalence property: the check stops at the first word that is no label
    assert _blocks._is_share_bar(text) == _share_bar_by_definition(text)


_CLASS_NAMES = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "Share",
                "SIDEBAR",
                "has-",
                "no-",
                "Side-Bar",
                "right-rail",
                "META",
                "form",
                ".",
                "-",
                "_",
                "#",
                "Article",
                "Entry-Content",
                "TREŚĆ",
                "Treść",
                " Responses",
                "КОММЕНТАРИИ",
                "댓글",
                " ",
                "cookie",
                "ads",
                "nav",
                "Comment",
                "byline",
                "opt-in",
                "Author-Bio",
                "authorbox",
                "Entry-Footer",
                "postfooter",
                "reader-Comments",
                "Partners",
                "has-",
                "Tags",
                "a",
                "x",
                "1",
                # pieces of the words the patterns are guarded by, whole and cut
                "Ad",
                "header",
                "Bread",
                "crumbs",
                "Reference-List",
                "Read-Also",
                "AlsoRead",
                "rich-",
                "Link",
                "Teaser",
                "__",
                "--",
                "Contributor",
                "Kommentare",
                "Diskussion",
                "Replies",
                "Contenido",
                "tresc",
                "Nota-",
                "Main",
                "side",
                "-bar",
                "rail",
            ]
        ),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.#éść"),
    ),
    max_size=8,
).map("".join)


@given(_CLASS_NAMES)
def test_folded_hint_patterns_agree_with_case_insensitive_ones(name: str) -> None:
    for folded in (
        lex.NEGATIVE_HINT,
        lex.POSITIVE_HINT,
        lex.SIDEBAR,
        lex.COMMENT_HEADING,
        lex.CONTAINER_DECIDES,
    ):
        plain = re.compile(folded.pattern, re.IGNORECASE)
        assert bool(folded.search(name)) == bool(plain.search(name)), (folded.pattern, name)


# The content words as the alternation the lexicon wrote before searching them as a trie.
_POSITIVE_ALTERNATION = re.compile(
    r"article|content|post-body|post_body|postbody|entry|story|body|text|main|blog|prose"
    r"|artikel|paywall|rich-text|richtext|markdown|news-detail|detail"
    r"|cuerpo|contenido|noticia|nota-|conteudo|materia|inhalt|beitrag|contenu|testo|articolo"
    r"|corpo|tekst|tresc|tre[sś][cć]",
    re.IGNORECASE,
)


@given(_CLASS_NAMES)
def test_content_word_trie_finds_what_the_alternation_found(name: str) -> None:
    assert bool(lex.POSITIVE_HINT.search(name)) == bool(_POSITIVE_ALTERNATION.search(name))


def test_guard_words_hold_a_piece_of_every_branch() -> None:
    """Each alternative a guarded pattern's rules write holds one of its guard words.

    The guard skips a text holding none of the words: a branch added without one would never
    match. (The hypothesis properties above compare the verdicts themselves.)
    """
    for folded in (lex.NEGATIVE_HINT, lex.SIDEBAR, lex.COMMENT_HEADING, lex.CONTAINER_DECIDES):
        assert folded._words is not None
        assert _unguarded(folded.pattern, folded._words) == [], folded.pattern
    # the check itself can fail
    assert _unguarded(r"\b(?:menu|footer)|(?<!x)nav|socia?l", lex._any_word("menu", "nav")) == [
        "footer",
        "social",
    ]


def _unguarded(pattern: str, words: re.Pattern[str]) -> list[str]:
    """The alternatives of ``pattern`` that hold none of ``words``.

    Read as literals: assertions, groups and operators are taken out.
    """
    found = []
    for branch in _top_level_branches(pattern):
        literal = re.sub(r"\\[bw]|\(\?<?[!=][^)]*\)|[()?:*]|\\", "", branch)
        found += [alt for alt in literal.split("|") if not words.search(alt)]
    return found


def _top_level_branches(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` outside any group (escapes and classes skipped)."""
    branches, depth, start, at = [], 0, 0, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if char == "[":
            at = pattern.index("]", at + 1) + 1
            continue
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:at])
            start = at + 1
        at += 1
    branches.append(pattern[start:])
    return branches


_DATE_PIECES = st.sampled_from(
    ["22 de outubro de 2010", " às 20:13", "Nov 18, 2019", " 12:26 PM", "2019-11-13", "13.",
     " November", " 2019", "١٢", "٣", "3/4/21", "Published: ", "x", " ", "May",
     "2019-11-13T10:00", " PST", " utc", "NOV 3, 2020 AT 9:15 AM", "3rd", " of"]
)  # fmt: skip
_DATE_LINES = st.one_of(
    st.lists(st.one_of(_DATE_PIECES, st.text(max_size=8)), max_size=8).map("".join),
    st.lists(st.one_of(_DATE_PIECES.filter(str.isascii), _ASCII), max_size=8).map("".join),
)


@given(_DATE_LINES)
def test_date_line_digit_guard_keeps_the_verdict(line: str) -> None:
    """``is_date_line`` takes shortcuts; the verdict is the plain pattern's.

    Lines without a digit skip the date pattern, and ASCII lines are read lower-cased.
    """
    match = lex.DATE_EXPRESSION.search(line) if len(line) <= _blocks.SHORT else None
    assert _blocks.is_date_line(line) == (match is not None and 2 * len(match.group()) >= len(line))


# Captions end in their picture's credit; a sentence that only mentions a photo is no caption.
_CAPTIONS = [
    ("Pumps at dusk. Photo: TebNad/Shutterstock.com", True),
    ("Cyber attacks keep rising. – © Sergey Nivens – stock.adobe.com", True),
    ("A stoat in winter. (mlharing / iStock.com)", True),
    ("Snow on a north slope (Foto: V. Berret, 19.01.2022).", True),
    ("Trump asked for a big win. Credit... Doug Mills/The New York Times", True),
    ("Image copyright Reuters", True),
    ("He took a photo: it was great.", False),
    ("The photo shows a man.", False),
    ("Profits rose, the company said (source: Sony).", False),
]
# Strings CMS templates print around articles, in the languages of the web.
_TEMPLATE_LINES = [
    ("This site uses Akismet to reduce spam. Learn how your comment data is processed.", True),
    ("Diese Website verwendet Akismet, um Spam zu reduzieren.", True),
    ("All content is licensed under a Creative Commons Attribution 4.0 License.", True),
    ("Hinterlasse eine Antwort", True),
    ("Deja una respuesta", True),
    ("Advertisement:", True),
    ("Auch lesen: Diese drei Sternzeichen verschenken ihr Herz", True),
    ("Lea: I think the council was right to vote.", False),  # a speaker, see test_body
    ("Zurück zur Übersichtsseite « »", True),
    ("Kategorien Aktuell Freizeit und Hobby", True),
    ("Artikel teilen:", True),
    ("Weitere Pressemitteilungen dieses Verbands", True),
    ("Advertising disclosure: we may receive compensation for some links.", True),
    ("Categories of risk differ widely between the two.", False),
    ("Zurück in Berlin traf er seine Frau.", False),
    ("The code is licensed under the MIT licence, the docs are not.", False),
    # numbered figure labels and print-edition notes
    ("Abbildung 4: klassische Schwachschicht. Der Unterschied in der Kornform.", True),
    ("Figure 2. Sales by year, in millions of units", True),
    ("Fig. 3: The lungs of an infected mouse", True),
    ("A version of this article appears in print on Nov. 3, 2019, Section A, Page 1.", True),
    ("Dieser Beitrag stammt aus Ausgabe 7/2019 der Technology Review.", True),
    ("Figure skating is popular in winter: 3 of 5 people like it.", False),
    ("Fig. 1 shows the results in detail.", False),
    ("Dieser Beitrag stammt von unserem Korrespondenten in Rom.", False),
    # accessibility skip links, the first lines of a text dump
    ("Skip to main content", True),
    ("Skip to content Skip to navigation", True),
    ("Zum Inhalt springen Hauptmenü öffnen", True),
    ("Direkt zum Inhalt | Direkt zur Navigation", True),
    ("Aller au contenu principal", True),
    ("Przejdź do treści", True),
    ("Zum Inhalt des Vertrags", False),
    ("Skipping breakfast does not help you lose weight.", False),
    # affiliate disclosures (Future plc's sites print it above the headline), and news about
    # commissions
    (
        (
            "Live Science is supported by its audience. When you purchase through links on our "
            "site, we may earn an affiliate commission. Here’s why you can trust us."
        ),
        True,
    ),
    ("Dieser Beitrag enthält Affiliate-Links.", True),
    ("Wenn du über diese Links kaufst, erhalten wir eine kleine Provision.", True),
    ("The company earns a commission on every sale, analysts said.", False),
    ("Agents receive commissions of up to 6% on home sales.", False),
    # links to other stories marked by arrows or "see also" labels; quotation marks are none
    (">> Mehr lesen: Was ihr im Winter im Thermenland erleben könnt", True),
    (">>> Zulieferer FACC profitiert von Erholung der Luftfahrtbranche", True),
    ("OGLĄDAJ TVN24 W INTERNECIE NA TVN24 GO >>>", True),
    ("Jetzt die aktuelle Ausgabe bestellen →", True),
    ("Читайте також Прорив в українському правосудді", True),
    ("MUST READ | Thousands of Australians are calling for a resignation", True),
    ("A lire aussi : Savons-nous encore débattre ?", True),
    ("»Das ist gut«, sagte er am Montag.", False),  # German quotation marks
    ("« Nous irons jusqu'au bout », a-t-il déclaré.", False),  # French ones
    ("The ratio rose from 3 >> 2 over the year, officials said.", False),
    # a feedback widget's question under the article
    ("Was this article helpful?", True),
    ("Wie bewerten Sie diesen Artikel?", True),
    ("War dieser Beitrag hilfreich? Ja Nein", True),
    ("Cet article vous a-t-il été utile ?", True),
    ("¿Te ha resultado útil este artículo?", True),
    ("Was this article helpful to the court, he asked, and the judge said no.", False),
    # share buttons' labels: WordPress's (Jetpack's) box prints one line per network
    ("Click to share on Twitter (Opens in new window)", True),
    ("Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)", True),
    ("Zum Teilen auf Flattr klicken (Wird in neuem Fenster geöffnet)", True),
    ("Cliquez pour partager sur Facebook(ouvre dans une nouvelle fenêtre)", True),
    ("Share to Linkedin", True),
    ("Share to Buy schemes helped thousands of first-time buyers last year.", False),
    ("The report, which opens in a new window, runs to 40 pages.", False),
    # BBC's media captions, notes that links leave the site, calls to click
    ("Media caption Julian Assange being dragged from the embassy", True),
    ("These are external links and will open in a new window", True),
    ("CLICK HERE TO GET THE FOX NEWS APP", True),
    ("Click for full results", True),
    ("Social media caption contests are popular with brands.", False),
    ("The new store will open in a new mall next year.", False),
    ("Clicking through the slides, she found the photo.", False),
    # a German caption places the people in the picture; prose never does
    ("Marcell Jansen (l.) und Piotr Trochowski haben einen guten Draht.", True),
    ("Menachem Begin (links), Jimmy Carter (Mitte) und Anwar Sadat (rechts) in Camp David", True),
    ("Die Gäste (v.l.n.r.): Anna Berg, Tom Weiß und Eva Roth", True),
    ("Der Rat beschloss die Steuer am Dienstag. Der Minister (links) schwieg dazu.", False),
]


@pytest.mark.parametrize(("line", "furniture"), [*_CAPTIONS, *_TEMPLATE_LINES])
def test_captions_and_template_lines_are_furniture(line: str, *, furniture: bool) -> None:
    """Credit-ended captions and CMS template strings are furniture; prose like them is not."""
    assert bool(lex.BOILERPLATE.match(line)) is furniture


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("3rd August 2017", "3rd August 2017"),
        ("the 21st of March, 2019", "21st of March, 2019"),
        ("On 2nd Feb 2020 at 10:30", "2nd Feb 2020 at 10:30"),
    ],
)
def test_english_ordinal_day_first_dates_are_dates(line: str, date: str) -> None:
    """British English writes the day first with an ordinal ("3rd August 2017")."""
    assert lex.DATE.search(line)
    match = lex.DATE_EXPRESSION.search(line)
    assert match is not None
    assert match.group() == date


@pytest.mark.parametrize(
    ("line", "date", "day"),
    [
        # date lines of development pages in languages the month names missed (htmldate-dev)
        ("15 августа 2016, 13:43", "15 августа 2016, 13:43", "2016-08-15"),
        ("Четверг, 3 декабря 2020", "3 декабря 2020", "2020-12-03"),
        ("19 sierpnia 2020, 5:16", "19 sierpnia 2020, 5:16", "2020-08-19"),
        ("Dzisiaj, 02-11-2023 13:29", "02-11-2023 13:29", "2023-11-02"),
        ("lassú kilábalás 2020. 08. 18. 21:35", "2020. 08. 18. 21:35", "2020-08-18"),
        ("Publikováno 23. října 2020", "23. října 2020", "2020-10-23"),
        ("12 Kasım 2019", "12 Kasım 2019", "2019-11-12"),
        ("19 noiembrie 2019", "19 noiembrie 2019", "2019-11-19"),
    ],
)
def test_dates_of_more_languages_are_dates(line: str, date: str, day: str) -> None:
    """Dates in more languages' month names, and dashed and Hungarian/Korean numeric forms.

    Slavic languages write the month in the genitive ("15 августа 2016"); "02-11-2023" puts
    the day first with dashes; "2020. 08. 18." the year first with a dot after each part.
    """
    assert lex.DATE.search(line)
    match = lex.DATE_EXPRESSION.search(line)
    assert match is not None
    assert match.group() == date
    parsed = parse_date(match.group())
    assert parsed is not None
    assert parsed[0].date().isoformat() == day


@given(st.one_of(_ASCII, st.text(max_size=20)))
def test_word_count_ascii_shortcut_counts_like_the_definition(text: str) -> None:
    """ASCII text is counted from a byte map of word characters; the count is the definition's."""
    cjk = len(_blocks._CJK.findall(text))
    expected = len(re.findall(r"\w+", _blocks._CJK.sub(" ", text))) + cjk / 2
    assert _blocks.word_count(text) == expected


# A site's calls to its readers, and prose about products, services and sites that is not one.
_PROMOTIONS = [
    # lines whose only word of the pattern's guard is "member" or "mur"
    ("Already a member? Sign in here.", True),
    ("Soutenez notre journal : sans mur payant, nous vivons de vos dons.", True),
    ("Get our morning briefing straight to your inbox.", True),
    ("Sign up for the weekly newsletter and never miss a story: enter your email below.", True),
    ("Die besten Rezepte jeden Sonntag in deinem Postfach", True),
    ("Abonnieren Sie unseren Newsletter und Sie erhalten alle News direkt in Ihr Postfach.", True),
    ("Recevez notre lettre d’information dans votre boîte mail chaque matin.", True),
    ("Already a subscriber? Log in to read the full story.", True),
    ("Únete a nuestro canal de WhatsApp y recibe las noticias en tu celular.", True),
    ("Unterstütze unsere Arbeit mit einer Spende – jeder Euro hilft uns.", True),
    ("Download our free app for iPhone and Android and read us wherever you are.", True),
    ("You must be logged in to post a comment.", True),
    ("Para comentar debes iniciar sesión con tu cuenta.", True),
    ("Abonniere unseren YouTube-Kanal für neue Videos.", True),
    ("Follow the Daily Planet on Twitter @dailyplanet and on Facebook for breaking news.", True),
    ("Wir respektieren deine Privatsphäre: der Inhalt lädt nach deiner Zustimmung.", True),
    ("Gefällt dir unser Magazin? Wir haben uns gegen eine Paywall entschieden.", True),
    ("Wyrażam zgodę na przetwarzanie moich danych osobowych w celu przesyłania Newslettera.", True),
    ("Mit der Anmeldung stimme ich der Bearbeitung meiner Daten zu.", True),
    ("I agree to the processing of my personal data for the purpose of creating an account.", True),
    ("Users must consent to the processing of their personal data, the court ruled.", False),
    ("Followers on Twitter reacted angrily to the decision.", False),
    ("The ministry says your privacy is protected by the new settings, critics disagree.", False),
    ("Streaming is cheap now: you can watch every series from a single subscription.", False),
    ("The charity says donations fell by a third last year, its director told reporters.", False),
    ("You can reach the museum by bus; donations are welcome at the door.", False),
    ("“We want you to donate,” the organisers told the crowd.", False),
    ("The ministry declined to comment to the newspaper.", False),
    ("The app is popular with teenagers, who share videos with their friends.", False),
    # a social button's consent notice: the reader's data go to the platform on a click
    (
        (
            "Wenn Sie diesen Button anklicken, werden persönliche Daten an Facebook übertragen. "
            "Sind Sie damit einverstanden?"
        ),
        True,
    ),
    ("Facebook was fined for moving personal data to the US, the regulator said.", False),
]


_PROMOTION_PIECES = st.sampled_from(
    ["your inbox", "in dein Postfach", "Newsletter", "you", "You", "our", "wir", "tenemos",
     "canal de Telegram", "YouTube-Kanal", "Follow", " on Twitter", "Spende", "unterstütze",
     "already a subscriber", "Paywall", "Privatsphäre", "Zustimmung", "respektieren", "to comment",
     "log in", "Para comentar", "registrarte", "our app", "App Store", "“", " ", ".", "x", "İ",
     "ß", "É", "ſ", "I agree", "stimme ich", "Wyrażam zgodę", "processing", "Verarbeitung",
     "przetwarzanie"]
)  # fmt: skip


@given(st.lists(st.one_of(_PROMOTION_PIECES, st.text(max_size=6)), max_size=10).map("".join))
def test_guarded_promotion_matches_like_the_plain_pattern(line: str) -> None:
    """The guard words only skip lines the case-insensitive pattern would not match."""
    plain = re.compile(lex.PROMOTION.pattern, re.IGNORECASE | re.VERBOSE | re.DOTALL)
    assert bool(lex.PROMOTION.match(line)) == bool(plain.match(line))


@pytest.mark.parametrize(("line", "promotion"), _PROMOTIONS)
def test_calls_to_readers_are_promotion(line: str, *, promotion: bool) -> None:
    """A site's newsletter, inbox, subscriber, channel, app and donation calls are furniture."""
    assert bool(lex.PROMOTION.match(line)) is promotion


@pytest.mark.parametrize(
    ("line", "related"),
    [
        ("Related articles", True),
        ("RELATED STORIES", True),
        ("Zobacz także", True),
        ("Lesen Sie auch", True),
        ("You might also like", True),
        ("Leave a Reply", False),
        ("12 Comments", False),
        ("About the author", False),
        ("Jane says:", False),
    ],
)
def test_a_related_links_heading_is_one_kind_of_section_end(line: str, *, related: bool) -> None:
    """Every heading of a box of links to other stories ends a section; comment headings do too.

    Only the first kind may head an inline box set into a story; a comment form is past its end.
    """
    assert lex.SECTION_END.match(line)
    assert bool(lex.RELATED_HEADING.match(line)) is related


@pytest.mark.parametrize(
    "line",
    [
        "Most Read",
        "Most Popular",
        "MOST VIEWED",
        "Most read stories:",
        "Trending now",
        "Trending Stories",
        "Top Stories",
        "Next Up In News",
        "Explore More",
        "IN THIS SECTION",
        "Meistgelesen",
        "Meistgelesene Artikel",
        "Mehr aus Lübeck",
        "Aktuelle Artikel aus Region",
        "Les plus lus",
        "Lo más leído",
        "Más leídas",
        "I più letti",
        "Mais lidas",
        "Siste saker",
        "Meest gelezen",
        "Najczęściej czytane",
        "Ähnliche Beiträge",
        "Auch interessant",
        "Similar posts",
        "Sur le même sujet",
        "Leia também",
        "Relacionadas",
        "Themen in diesem Artikel",
        "Lue myös:",
        "Voir d’autres articles sur le même thème :",
        "You may also want to check these out:",
        "More by Mike Sula",
        "Gleich weiterlesen ...",
    ],
)
def test_a_box_of_the_sites_popular_stories_is_a_related_box(line: str) -> None:
    """A template's box of most read, trending, latest or local stories, in the pages' languages.

    News templates put it under the story and sometimes into it; either way it heads links to
    other stories, as "Related articles" does.
    """
    assert lex.RELATED_HEADING.match(line)
    assert lex.SECTION_END.match(line)


@pytest.mark.parametrize(
    "line", ["Leserpost (150)", "Leserbriefe", "Reader comments", "3 Comments"]
)
def test_a_reader_comments_heading_ends_the_article(line: str) -> None:
    """German papers head their comments "Leserpost" or "Leserbriefe"; prose does not."""
    assert lex.SECTION_END.match(line)
    assert not lex.SECTION_END.match(line + " ist willkommen, sagte er")


@pytest.mark.parametrize("line", ["Tags", "Tagged", "Schlagworte", "Schlagwörter:", "Étiquettes"])
def test_a_tags_heading_ends_the_article_and_may_head_a_box_in_it(line: str) -> None:
    """The heading of an article's tags is a section end; a tags box may be set into a story."""
    assert lex.SECTION_END.match(line)
    assert lex.TAGS_HEADING.match(line)
    assert not lex.TAGS_HEADING.match(line + " help readers find the stories they want")


@pytest.mark.parametrize(
    "line",
    [
        "Mehr aus weniger Geld machen",
        "Trending upward in 2020",
        "Most read the report as a warning",
        "Top stories of the decade were about the climate",
    ],
)
def test_a_sentence_that_opens_like_a_popular_box_heading_is_none(line: str) -> None:
    """Prose that starts with the heading's words is not the heading."""
    assert not lex.SECTION_END.match(line)


@pytest.mark.parametrize(
    "line",
    [
        "About the author",
        "Über den Autor",
        "Über die Autorin:",
        "Über den Autor/ die Autorin",
        "À propos de l’auteur",
        "Sobre el autor",
        "Sull'autore",
        "Over de auteur",
        "O autorze",
    ],
)
def test_an_author_box_heading_ends_the_article(line: str) -> None:
    """The heading of the author box under an article ends it, in the pages' languages."""
    assert lex.SECTION_END.match(line)
    assert not lex.RELATED_HEADING.match(line)
    assert not lex.SECTION_END.match(line + " hinaus wurde das Buch viel gelesen")


@pytest.mark.parametrize(
    ("line", "promotion"),
    [
        ("Turn on notifications to receive alerts as stories develop in real-time.", True),
        ("Enable push notifications", True),
        ("Jetzt Benachrichtigungen aktivieren", True),
        ("Activez les notifications pour ne rien manquer", True),
        ("Please follow and like us:", True),  # a social icons plug-in's call
        ("Follow us!", True),
        ("Please follow the instructions.", False),
        # prose that reports what someone can do is no prompt
        ("The app lets users turn on notifications for flood warnings, officials said.", False),
    ],
)
def test_a_push_or_follow_prompt_to_the_reader_is_promotion(line: str, *, promotion: bool) -> None:
    assert bool(lex.PROMOTION.match(line)) is promotion


# Letters whose case ``re`` pairs specially (long s, dotless and dotted i, final sigma, Kelvin).
_CASE_TEXT = st.text(alphabet="saidSAIDſıİσςΣK k:·reply", max_size=24)


@given(_CASE_TEXT, st.lists(st.sampled_from(["said:", "reply", "k", "σ", "is", "·"]), min_size=1))
def test_caseless_text_finds_words_as_the_case_insensitive_search(
    text: str, words: list[str]
) -> None:
    """Lower-cased containment gives ``re.IGNORECASE``'s verdict, special letters included."""
    expected = re.search("|".join(map(re.escape, words)), text, re.IGNORECASE) is not None
    assert lex.CaselessText(text).holds_any(tuple(words)) is expected
