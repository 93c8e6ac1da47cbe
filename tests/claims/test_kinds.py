"""Claim kinds by evidence.

Tense and aspect for forecasts, a linked fact for statistics, an attribution or quotation marks
for quotes, evaluative language for opinions.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import articlekit
from articlekit.claims import _kinds, claim_kind, find_attributions
from articlekit.claims._kinds import is_statistic
from articlekit.claims._quotation import quoted_share, quoted_spans
from articlekit.model import ClaimKind, Quantity, Span

KINDS = [
    # forecasts need a future reference, not a single word
    ("Sony will cut 10,000 jobs next year.", ClaimKind.FORECAST),
    ("The company is expected to report a loss.", ClaimKind.FORECAST),
    ("Sony plans to sell its chemicals unit.", ClaimKind.FORECAST),
    ("The Gophers will play Saturday against the Wildcats.", ClaimKind.FORECAST),
    # a fixture in the present with its day; not a habit, not the past
    ("The Gophers play Saturday against the Wildcats.", ClaimKind.FORECAST),
    ("Minnesota hosts Iowa on Friday.", ClaimKind.FORECAST),
    ("He plays Saturday nights at a local club.", ClaimKind.FACTUAL),
    ("The band plays every Saturday at the pub.", ClaimKind.FACTUAL),
    ("The Gophers played Saturday against the Wildcats.", ClaimKind.FACTUAL),
    ("Bayern spielt am Sonntag gegen Dortmund.", ClaimKind.FORECAST),
    ("Die Band spielt samstags im Club.", ClaimKind.FACTUAL),
    ("Bayern traf am Sonntag auf Dortmund.", ClaimKind.FACTUAL),
    ("Chris Eubank Jr. wird in Cardiff auf Liam Williams treffen.", ClaimKind.FORECAST),
    # every person of "werden" is a future auxiliary, "ihr werdet" too; its passive is not
    ("Dafür werdet ihr viel Zeit brauchen.", ClaimKind.FORECAST),
    ("Ihr werdet oft gefragt, wie alt ihr seid.", ClaimKind.FACTUAL),
    ("Wir versprechen euch, dass ihr langfristig abnehmen werdet.", ClaimKind.FORECAST),
    ("Redet über eure Themen, werdet aktiv und macht Aktionen.", ClaimKind.FACTUAL),
    # the passive's participle of a separable verb has its "ge" after the prefix; an
    # infinitive whose stem opens with "ge" is still one
    ("Der Platzbedarf wird durch Umnutzungen von Räumen aufgefangen.", ClaimKind.FACTUAL),
    ("Die Staaten werden dazu aufgerufen, mehr zu tun.", ClaimKind.FACTUAL),
    ("Das Verfahren wird im Herbst abgeschlossen.", ClaimKind.FACTUAL),
    ("Er wird das Amt aufgeben.", ClaimKind.FORECAST),
    ("Die Firma wird die Zahlen angeben.", ClaimKind.FORECAST),
    ("Le règlement de la Ville sera donc modifié.", ClaimKind.FORECAST),
    ("Hirai has now overseen the sale of the chemicals unit.", ClaimKind.FACTUAL),
    ("The forecast was wrong by a wide margin.", ClaimKind.OPINION),
    ("It is the will of the people.", ClaimKind.FACTUAL),
    ("Ich will nicht weg von der Energie AG.", ClaimKind.FACTUAL),
    # German "will" is "wants": before a name, or in a sentence of German's function words
    ("Eine Nähe zu seinen Mandanten will Lutz S. offenbar vermeiden.", ClaimKind.FACTUAL),
    ("Wer die Namen haben will findet sie mit der Suchmaschine.", ClaimKind.FACTUAL),
    ("The company said it will invest in Germany and the Netherlands.", ClaimKind.FORECAST),
    ("Apple Will Release A New iPhone", ClaimKind.FORECAST),
    # German's intention, as English's "wants to"; not when negated
    ("Der Konzern will die Sparte im Herbst verkaufen.", ClaimKind.FORECAST),
    ("Dazu will sich der Sprecher nicht äußern.", ClaimKind.FACTUAL),
    ("Der Verband will aber noch keine Prognose abgeben.", ClaimKind.FACTUAL),
    # "werden" right before a modal at the clause's end is the passive's infinitive, not the
    # future ("… verglichen werden können"); with an infinitive before the modal it is the future
    ("Damit sie verglichen werden können, wurde die Rate berechnet.", ClaimKind.FACTUAL),
    ("Wir werden wohl länger warten müssen.", ClaimKind.FORECAST),
    # "werden" after a participle at the clause's end is the passive; after an infinitive, the
    # future, and an infinitive may open with "ge" ("gewinnen", "gelten")
    ("Durch die Verschlüsselung können die URLs nicht eingesehen werden.", ClaimKind.FACTUAL),
    ("Wir wissen, dass die Preise weiter steigen werden.", ClaimKind.FORECAST),
    ("Sie wird das Spiel gewinnen.", ClaimKind.FORECAST),
    ("Die Regel wird auch für Kleinbetriebe gelten.", ClaimKind.FORECAST),
    ("Das Buch wird im Unterricht gelesen.", ClaimKind.FACTUAL),
    # "sein" and "tun", the infinitives without "-en", close the future too
    ("Der Dienst wird auf den meisten Plattformen verfügbar sein.", ClaimKind.FORECAST),
    ("Das wird sein Ende.", ClaimKind.FACTUAL),
    # a want that is negated or a wish in the conditional is a present state; a negated plan
    # or expectation still looks ahead
    ("We have plenty of money, but he simply doesn’t want to spend it.", ClaimKind.FACTUAL),
    ("We’d want to use the same environment everywhere.", ClaimKind.FACTUAL),
    ("She wants to run for office.", ClaimKind.FORECAST),
    ("They don’t expect to turn a profit.", ClaimKind.FORECAST),
    # its other verbs of intention: "beabsichtigt" with an object or "zu", "strebt … an" with
    # the particle closing the clause; not "strebt nach", not the past
    ("Der Konzern beabsichtigt, die Sparte zu verkaufen.", ClaimKind.FORECAST),
    ("Die Firma beabsichtigt die Übernahme des Rivalen.", ClaimKind.FORECAST),
    ("Beide Parteien streben den Abschluss des Erwerbs im Herbst an.", ClaimKind.FORECAST),
    ("Er strebt nach Macht und Einfluss.", ClaimKind.FACTUAL),
    ("Beide Parteien strebten den Abschluss des Erwerbs an.", ClaimKind.FACTUAL),
    # German and French judgement words judge in their languages, not in English's idioms
    ("Das Konzert war toll.", ClaimKind.OPINION),
    ("Those hurdles have taken a toll.", ClaimKind.FACTUAL),
    ("He trusted his gut and sold the shares.", ClaimKind.FACTUAL),
    # German's predicative and adverbial judgements, undeclined; "gelungen" (succeeded) and a
    # draw ("un nul") judge nothing
    ("Die Kombination aus Thymian und Knoblauch schmeckt einwandfrei.", ClaimKind.OPINION),
    ("Das ist inzwischen nur noch lächerlich.", ClaimKind.OPINION),
    ("Die Kärtchen blähen den Geldbeutel unnötig auf.", ClaimKind.OPINION),
    ("Johnson war diese Woche eine Einigung mit Brüssel gelungen.", ClaimKind.FACTUAL),
    ("Manchester United a fait match nul à Leicester samedi.", ClaimKind.FACTUAL),
    # a judgement word inside a fixed expression judges nothing ("for good measure", "best
    # practices", "best known for", "disaster management", "sich nicht gut fühlen"); beside
    # one, it still does
    ("For good measure, Parise blocked a shot in the third period.", ClaimKind.FACTUAL),
    ("The firm is best known for its small satellites.", ClaimKind.FACTUAL),
    ("The forum helps banks share best practices.", ClaimKind.FACTUAL),
    ("The district disaster management authority issued the order.", ClaimKind.FACTUAL),
    ("Das passiert, wenn ich mich an dem Tag nicht gut fühle.", ClaimKind.FACTUAL),
    ("The best practices were a disaster.", ClaimKind.OPINION),
    # a word of significance judges in the predicate and classifies before a noun ("an
    # important part", "wichtige Stimmen": German declines it there)
    ("IT is now an important part of the strategy of banks.", ClaimKind.FACTUAL),
    ("Shops dealing in essential items stay open.", ClaimKind.FACTUAL),
    ("Damit fehlten Johnson wichtige Stimmen.", ClaimKind.FACTUAL),
    ("It is important to read the fine print.", ClaimKind.OPINION),
    ("This step is vital.", ClaimKind.OPINION),
    ("Das ist wichtig.", ClaimKind.OPINION),
    # German's obligation reported in the subjunctive ("müsse") and "rightly"/"zu Recht" judge;
    # "mit Recht und Ordnung" is no judgement
    ("Auch hier müsse man sich gegen simple Dichotomien wenden.", ClaimKind.OPINION),
    ("Kritiker sehen darin – völlig zu Recht – ein Einfallstor für Zensur.", ClaimKind.OPINION),
    ("India went upstairs, and rightly so.", ClaimKind.OPINION),
    ("Sie regieren das Land mit Recht und Ordnung.", ClaimKind.FACTUAL),
    # nothing rivals it: a negated comparison in the subject ranks one thing above all; an
    # object "nothing" does not
    ("Nothing goes together with football like a plate of chips.", ClaimKind.OPINION),
    ("Not many things are more comforting than homemade jam.", ClaimKind.OPINION),
    ("Es geht doch nichts über den Duft frischer Kräuter.", ClaimKind.OPINION),
    ("The public knows nothing about them other than their names.", ClaimKind.FACTUAL),
    ("We found nothing like it in the archive.", ClaimKind.FACTUAL),
    # English's curly single quotes quote (British style, headlines); apostrophes do not
    ("‘We had some issues,’ exec says on Disney+ glitches", ClaimKind.QUOTE),
    ("‘Be prepared for things to be flying around,’ he warned.", ClaimKind.QUOTE),
    ("The students’ union didn’t meet in the ‘90s.", ClaimKind.FACTUAL),
    # "okay" judges as a predicate ("das ist okay"), not as a reply ("Okay, danke")
    ("Aufgehen tun sie nur ein bisschen, aber das ist okay.", ClaimKind.OPINION),
    ("Okay, danke, das ist hiermit erledigt.", ClaimKind.FACTUAL),
    # "super" judges as an intensifier, not in a name
    ("Decorating the jars with fabric is super simple.", ClaimKind.OPINION),
    ("Ich habe da eine super Mannschaft gesehen.", ClaimKind.OPINION),
    ("The team is suffering from a Super Bowl hangover.", ClaimKind.FACTUAL),
    # a recommendation in the first person, a tip, advice and "a big deal" judge; a third
    # party's recommendation is reported fact
    ("I highly recommend giving one of them a try.", ClaimKind.OPINION),
    ("Die Erfahrungen kann ich sofort weiterempfehlen.", ClaimKind.OPINION),
    ("Unser Tipp: Die Open-Source-Alternative wird kostenlos angeboten.", ClaimKind.OPINION),
    ("Dennoch ist es ratsam, zuerst mit Testplatinen zu üben.", ClaimKind.OPINION),
    ("The keyboard thing is a big deal.", ClaimKind.OPINION),
    ("Doctors recommend the vaccine for older patients.", ClaimKind.FACTUAL),
    # a judgement word inside a name judges nothing; in lower case it still does, and a title
    # case headline is no name
    ("I rushed over to Best Buy to find a compatible television.", ClaimKind.FACTUAL),
    ("After the Great Recession, neoliberalism lost its force.", ClaimKind.FACTUAL),
    ("Great Britain had a great year.", ClaimKind.OPINION),
    ("The 10 Best Ways to Measure Your Body Fat", ClaimKind.OPINION),
    # the writer's conjecture or conviction
    ("I’m guessing that’s when my affinity with Fiats began.", ClaimKind.OPINION),
    ("I'm sure there was disagreement within the community.", ClaimKind.OPINION),
    ("I'd argue the plan works.", ClaimKind.OPINION),
    # more of English's judgement words; not "gross" of "gross domestic product"
    ("The economic environment of local news continues to become more dismal.", ClaimKind.OPINION),
    ("China's gross domestic product grew last year.", ClaimKind.FACTUAL),
    # statistics need a linked fact
    ("Sony sold 8.8 million smartphones.", ClaimKind.STATISTIC),
    ("Docker is licensed under the Apache License, Version 2.0.", ClaimKind.FACTUAL),
    # quotes need an attribution or quotation marks that hold most of the sentence
    ('"We are done," said John Smith.', ClaimKind.QUOTE),
    ("„Er erfährt es doch nicht.“ sagt Frank schulterzuckend.", ClaimKind.QUOTE),
    # a short quoted phrase without a speaker is not a quote
    ('The group plans to play in "primaries in Republican districts".', ClaimKind.FORECAST),
    ("“It is over,” Jane Doe, a spokeswoman, said on Monday.", ClaimKind.QUOTE),
    # opinions by evaluative language, reported or not
    ("The case is still being considered by the court.", ClaimKind.FACTUAL),
    ("Many considered the ruling a victory.", ClaimKind.OPINION),
    ("The plan is misguided.", ClaimKind.OPINION),
    ("Protesters believe the bill is an example of eroding autonomy.", ClaimKind.OPINION),
    ("Lynn is right: the Chargers needed to win that game.", ClaimKind.OPINION),
    ("The paragraphs must be removed.", ClaimKind.OPINION),
    ("Sony is based in Tokyo.", ClaimKind.FACTUAL),
    # clear cases of the opinion decision: a judgement word, a past-tense report, a negated
    # judgement (litotes still judges: "not bad" praises)
    ("This is a terrible decision.", ClaimKind.OPINION),
    ("The council approved the new budget on Tuesday.", ClaimKind.FACTUAL),
    ("The new stadium is not bad at all.", ClaimKind.OPINION),
    ("Der Vorschlag ist gut.", ClaimKind.OPINION),
    # a German obligation: "müssen" with the infinitive ending its clause, in either order
    ("Das müssen wir ändern, weil es Frauen behindert.", ClaimKind.OPINION),
    ("Das ist eine Aufgabe, die die Regierung jetzt angehen muss.", ClaimKind.OPINION),
    ("Die Menschen müssen hier ohne Angst leben können.", ClaimKind.OPINION),
    ("Die Musterung ist ein Muss für alle.", ClaimKind.FACTUAL),
    # a reported view in German, French and Spanish, as "is considered" in English
    ("Der Buchpreis gilt als wichtigste Auszeichnung der Branche.", ClaimKind.OPINION),
    ("Le maire estime que l'expérience a été un échec.", ClaimKind.OPINION),
    ("La ministra considera que la ley es injusta.", ClaimKind.OPINION),
    ("Der Buchpreis wurde 2005 erstmals vergeben.", ClaimKind.FACTUAL),
    # a possibility ahead by a modal and a prospective phrase
    ("The winger may have to swallow more punishment from the league.", ClaimKind.FORECAST),
    ("The greenback may be in for some weakness.", ClaimKind.FORECAST),
    ("The winger may have been hurt in the first period.", ClaimKind.FACTUAL),
    # a fixture on the calendar is ahead; a setting ("is set in") or a cause is not
    ("Sentencing is scheduled for Feb. 14.", ClaimKind.FORECAST),
    ("The report is due by Friday.", ClaimKind.FORECAST),
    ("The delay is due in part to the weather.", ClaimKind.FACTUAL),
    ("The novel is set in Paris.", ClaimKind.FACTUAL),
    ("The hearing was scheduled for noon but began late.", ClaimKind.FACTUAL),
    # an intention in the German present ("plant" + its object or "zu"); the English noun is none
    ("creditshelf kooperiert mit finleap und plant die Übernahme der Valendo", ClaimKind.FORECAST),
    ("Die Stadt plant, im Sommer eine neue Brücke zu bauen.", ClaimKind.FORECAST),
    ("The plant in Texas makes the chips.", ClaimKind.FACTUAL),
    ("The plant hung from the ceiling, young and green.", ClaimKind.FACTUAL),
    # a measure planned in German: the passive with "sollen" in a main clause, an event set for
    # a date, a provision ("soll es … geben"); not "sollen" alone (hearsay of a past event, a
    # purpose, an embedded question), not "werden" after a noun, and only within one clause
    ("Die Ausbildungsvergütungen sollen um 100 Euro angehoben werden.", ClaimKind.FORECAST),
    ("Damit soll verhindert werden, dass die Einigung scheitert.", ClaimKind.FORECAST),
    ("Die Weltmeisterschaft soll nun im Januar 2024 stattfinden.", ClaimKind.FORECAST),
    ("Für kleine Betriebe soll es eine Ausnahme geben.", ClaimKind.FORECAST),
    ("Führende Aufseher sollen Diess ihr Misstrauen ausgesprochen haben.", ClaimKind.FACTUAL),
    ("Das Buch soll Reitern helfen, die Ursachen zu erkennen.", ClaimKind.FACTUAL),
    ("Viele wissen nicht, wie sie die Miete zahlen sollen.", ClaimKind.FACTUAL),
    ("Aus dem Wunsch soll Wirklichkeit werden.", ClaimKind.FACTUAL),
    (
        (
            "Die Schwächeren sollen angespornt bleiben und die Solidarität darf nicht "
            "überbeansprucht werden."
        ),
        ClaimKind.OPINION,
    ),
    # an event's start on the calendar, in the present with its day; not a habit, a name or
    # a noun after its article
    ("Tickets for the tour go on sale Friday, Dec. 6 at 10 a.m.", ClaimKind.FORECAST),
    ("The trial begins Monday in Boston.", ClaimKind.FORECAST),
    ("The show airs Sundays on the public channel.", ClaimKind.FACTUAL),
    ("They celebrated the start on Monday with their families.", ClaimKind.FACTUAL),
    ("Air and Marine Operations found Sunday a boat full of cocaine.", ClaimKind.FACTUAL),
    ("He wrote about the launch of The Mail on Sunday's campaign.", ClaimKind.FACTUAL),
    # the writer's preference or advice in German's first-person conditional; not a third
    # person's conditional
    ("Im Alltag würde ich immer nur ein Teil mit Pailletten tragen.", ClaimKind.OPINION),
    ("Ich würde den Tipp geben, die positiven Seiten herauszustreichen.", ClaimKind.OPINION),
    ("Er würde den Vertrag unter diesen Bedingungen nicht unterschreiben.", ClaimKind.FACTUAL),
    # the future tense of Spanish, Portuguese and Italian by its endings; not a name ("Pará")
    # nor the Czech "která"
    ("La comisión se reunirá nuevamente el miércoles 11 de mayo.", ClaimKind.FORECAST),
    ("A Secretaria prevê que o atendimento estará normalizado hoje.", ClaimKind.FORECAST),
    ("Il sole invece dominerà il resto delle regioni.", ClaimKind.FORECAST),
    ("Le temperature subiranno una diminuzione in pianura.", ClaimKind.FORECAST),
    ("El estado de Pará tiene bosques muy extensos.", ClaimKind.FACTUAL),
    ("Výstava, která je v knihovně, je otevřena.", ClaimKind.FACTUAL),
    # a holder's belief needs the verb: "believers" is a noun
    ("It is made in Japan for true believers in vinyl.", ClaimKind.FACTUAL),
]


@pytest.mark.parametrize(("sentence", "kind"), KINDS, ids=lambda s: str(s)[:40])
def test_kind_by_evidence(sentence: str, kind: ClaimKind) -> None:
    """The kind and a reason for it (factual needs none)."""
    facts = [q for q in articlekit.find_quantities(sentence) if is_statistic(q, sentence)]
    spans = quoted_spans(sentence)
    got, why = claim_kind(
        sentence,
        has_fact=bool(facts),
        attributions=find_attributions(sentence),
        quoted=quoted_share(spans, 0, len(sentence)),
    )
    assert got == kind, why
    assert kind == ClaimKind.FACTUAL or why


def test_single_quotes_are_told_from_apostrophes() -> None:
    """A curly single quote opens before a word and closes after one; one never closed is none."""
    text = "‘We don’t know,’ the minister’s aide said of the students’ plans in the ‘90s."
    assert [text[a:b] for a, b in quoted_spans(text)] == ["‘We don’t know,’"]
    assert quoted_spans("It was the ‘best year ever, she said.") == []
    # inside a double quotation, single quotes are its nested quotation
    nested = "He said: “They told me ‘no’ twice.” Then he left."
    assert [nested[a:b] for a, b in quoted_spans(nested)] == ["“They told me ‘no’ twice.”"]


def test_quotation_runs_across_sentences() -> None:
    """A quotation opened in one sentence covers the next until it closes."""
    text = "He said: “We are done. We will leave.” Then he left."
    spans = quoted_spans(text)
    second = text.index("We will")
    assert quoted_share(spans, second, text.index(" Then")) == 1.0
    assert quoted_share(spans, text.index("Then"), len(text)) == 0.0


@pytest.mark.parametrize(
    ("text", "number", "expected"),
    [
        ("Childers was intercepted 3 times.", "3", True),
        ("Sony launched it in 2012.", "2012", False),
        ("I had a recipe in the 70's.", "70", False),
        ("after the Nov. 9 loss", "9", False),
    ],
)
def test_bare_numbers_that_name_things_are_not_statistics(
    text: str,
    number: str,
    expected: bool,  # noqa: FBT001
) -> None:
    """A bare number is a statistic unless it is a year, a decade, a date or a version."""
    start = text.index(number)
    q = Quantity(span=Span(start, start + len(number)), text=number, value=Decimal(number))
    assert is_statistic(q, text) is expected


#: The future phrases as the one alternation they stand for.
_ONE_ALTERNATION = re.compile(
    r"\b(?:" + "|".join(pattern for _, pattern in _kinds._FUTURE_PHRASES) + ")", re.IGNORECASE
)
#: One sentence fragment each phrase finds (in the phrases' order), near misses, and filler.
_PHRASE_EXAMPLES = (
    "is set to rise",
    "plans to sell",
    "forecasts that",
    "would probably",
    "next year",
    "tomorrows",
    "in the coming days",
    "later this year",
    "in the futures",
    "may soon",
    "might have to go",
    "could be in for",
    "wird treffen.",
    "treffen wird.",
    "soll verhindert werden.",
    "sollen im Mai stattfinden,",
    "soll es eine Ausnahme geben.",
    "in naher Zukunft",
    "nächsten Woche",
    "morgen",
    "Bevorstehende",
    "Künftig",
    "in Zukunftsfragen",
    "demnächst",
    "sera modifié",
    "l'an prochain",
    "va a llover",
    "se reunirá",
    "begins Monday",
    "go on sale Friday",
    "il sole sarà",
    "avranno",
    "próxima semana",
)
_PIECES = (
    *_PHRASE_EXAMPLES,
    *"is the a to be in for have this that 5 $ Sony it werden ihr an va sales , . ;".split(),
)


@pytest.mark.parametrize("fragment", _PHRASE_EXAMPLES)
def test_each_future_phrase_is_found_by_its_guard(fragment: str) -> None:
    """Each phrase's guard lets it be scanned for when the sentence holds it."""
    tokens = frozenset(_kinds._WORD.findall(fragment.lower()))
    got = _kinds._first_phrase(fragment, tokens)
    assert got is not None
    assert got.span() == _ONE_ALTERNATION.search(fragment).span()  # type: ignore[union-attr]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_guarded_future_phrases_find_what_the_one_alternation_finds(words: list[str]) -> None:
    """Scanning only the phrases whose words a sentence holds finds the same leftmost phrase."""
    sentence = " ".join(words)
    tokens = frozenset(_kinds._WORD.findall(sentence.lower()))
    got = _kinds._first_phrase(sentence, tokens)
    expected = _ONE_ALTERNATION.search(sentence)
    assert (got and (got.span(), got.group())) == (expected and (expected.span(), expected.group()))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The second attack came about an hour after the first.", [False]),
        ("The company cut 300 jobs in a year.", [True]),  # "in a year" is no measure: one fact
        ("Sales rose 5% more than a year ago.", [True, False]),
        ("The trial lasted two hours.", [True]),
        # half of one unit, said with the article or "half": the story's timing too
        ("Half an hour later the police arrived.", [False]),
        ("Nach einer halben Stunde kann ich weiter arbeiten.", [False]),
        ("Die Sitzung dauerte zwei Stunden.", [True]),
    ],
)
def test_one_unit_of_time_said_with_the_article_is_no_statistic(
    text: str, expected: list[bool]
) -> None:
    """'about an hour after' times the story; 'two hours' and shares stay statistics."""
    german = text.startswith(("Nach", "Die"))
    found = articlekit.find_quantities(text, language="de" if german else None)
    assert [is_statistic(q, text) for q in found] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Apple released it nearly five years ago.", None, [False]),
        ("It happened more than 50 years ago, in 1969.", None, [False]),
        ("Il est arrivé il y a deux ans.", "fr", [False]),
        # a time that is a measure stays one: how long, not how long ago
        ("The company has grown for five years.", None, [True]),
        ("Die Sitzung dauerte zwei Stunden.", "de", [True]),
    ],
)
def test_a_time_said_as_how_long_ago_is_no_statistic(
    text: str, language: str | None, expected: list[bool]
) -> None:
    """'nearly five years ago' dates an event, as a date would; it counts nothing."""
    found = articlekit.find_quantities(text, language=language)
    assert [is_statistic(q, text) for q in found] == expected


def test_a_sentence_dated_by_a_time_ago_takes_the_kind_of_what_it_says() -> None:
    """Without another fact, 'five years ago' leaves a factual sentence factual."""
    text = (
        "The keyboard is almost identical to the Magic Keyboard that Apple released nearly "
        "five years ago."
    )
    assert [c.kind for c in articlekit.extract(f"Apple keyboards\n\n{text}").claims] == [
        ClaimKind.FACTUAL
    ]
