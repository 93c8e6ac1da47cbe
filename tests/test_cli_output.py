"""`articlekit extract`'s output: formats, fields, the full Document, facts, selections, progress.

In-process (click's CliRunner) with ``--timeout 0 --memory 0``, so no worker processes; the
worker path is run as a real subprocess in ``test_cli.py``.
"""

from __future__ import annotations

import csv
import io
import json
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

import articlekit
from _support import FIXTURES, ROOT
from articlekit import Document, output
from articlekit.cli import main

SEED = FIXTURES / "sony-q2-2012-phonearena" / "input.txt"
HTML = FIXTURES / "html-latin1-next2games" / "input.html"
IN_PROCESS = ("--timeout", "0", "--memory", "0")


def extract(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["extract", *IN_PROCESS, *map(str, args)])


def lines(text: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def doc_of(path: Path) -> Document:
    return articlekit.extract(path.read_bytes(), offsets=False)


def test_default_is_the_headline_and_article_as_text() -> None:
    """What a person reads: no JSON, no label for a single page."""
    result = extract(SEED)
    assert result.exit_code == 0, result.output
    assert result.stdout == output.to_text(doc_of(SEED)) + "\n"
    assert result.stdout.startswith(
        "Sony sells 8.8 million smartphones, narrows loss in Q2 2012\n\n"
    )
    assert not result.stdout.lstrip().startswith("{")


def test_the_readme_run_command_prints_text_a_person_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's run command (its ``articlekit extract`` part) prints the article, not JSON."""
    monkeypatch.chdir(ROOT)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- run-command -->", 1)[1].split("```", 2)[1]
    command = block.split("&& articlekit ", 1)[1].strip()
    args = shlex.split(command)
    assert args[0] == "extract"
    assert "For JSON, add `--format jsonl`" in readme  # and it says how to get JSON
    result = CliRunner().invoke(main, [*args, *IN_PROCESS], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    first, blank, article = result.stdout.split("\n", 2)
    assert (first, blank) == ("Sony sells 8.8 million smartphones, narrows loss in Q2 2012", "")
    assert article.startswith("Sony posted its financials")
    assert "{" not in result.stdout
    assert len(result.stdout) < 3000


def test_several_pages_of_text_are_labelled_with_their_input() -> None:
    result = extract(SEED, HTML)
    assert result.exit_code == 0, result.output
    first, second = f"==> {SEED} <==", f"==> {HTML} <=="
    assert result.stdout.startswith(first + "\n\n" + output.to_text(doc_of(SEED)) + "\n")
    assert "\n\n" + second + "\n\n" + output.to_text(doc_of(HTML)) + "\n" in result.stdout


def test_markdown_is_the_library_rendering() -> None:
    result = extract("--format", "markdown", HTML)
    assert result.exit_code == 0, result.output
    assert result.stdout == output.to_markdown(doc_of(HTML)) + "\n"
    assert result.stdout.startswith("# ")
    assert "\n| --- |" in result.stdout  # the page's table survives


def test_jsonl_carries_the_compact_record() -> None:
    result = extract("--format", "jsonl", SEED, HTML)
    assert result.exit_code == 0, result.output
    records = lines(result.stdout)
    assert [r["input_id"] for r in records] == [str(SEED), str(HTML)]
    for record, path in zip(records, (SEED, HTML), strict=True):
        expected = json.loads(json.dumps(output.record(doc_of(path))))
        assert record["document"] == expected
    full = extract("--full", SEED)
    assert len(result.stdout.splitlines()[0]) < 0.5 * len(full.stdout)


def test_full_is_the_round_trippable_document() -> None:
    result = extract("--full", SEED)
    assert result.exit_code == 0, result.output
    (record,) = lines(result.stdout)
    doc = Document.from_dict(record["document"])
    assert doc == articlekit.extract(SEED.read_bytes())  # offsets included
    assert doc.source.offsets is not None


def test_fields_choose_the_record_keys() -> None:
    result = extract("--fields", "title,published", "--fields", "authors", SEED)
    assert result.exit_code == 0, result.output
    (record,) = lines(result.stdout)  # --fields alone means JSON Lines
    assert record["document"] == {
        "title": "Sony sells 8.8 million smartphones, narrows loss in Q2 2012",
        "published": "2012-08-09T00:00:00+00:00",
        "authors": [],
    }


def test_an_unknown_field_is_a_usage_error_listing_the_valid_ones() -> None:
    result = extract("--fields", "title,body", SEED)
    assert result.exit_code == 2
    assert "unknown field(s) ['body']" in result.stderr
    for name in output.FIELDS:
        assert repr(name) in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (["--full", "--format", "csv"], "--full writes the whole Document as JSON"),
        (["--facts", "--format", "jsonl"], "--facts writes CSV rows"),
        (["--fields", "title", "--format", "txt"], "--fields chooses the fields of csv"),
        (["--fields", "title", "--full"], "--full writes the whole Document"),
        (["--fields", "title", "--facts"], "--facts writes fixed columns"),
        (["--format", "xml"], "'xml' is not one of"),
    ],
)
def test_options_that_do_not_go_together_are_usage_errors(options: list[str], says: str) -> None:
    result = extract(*options, SEED)
    assert result.exit_code == 2
    assert says in result.stderr


def test_facts_give_one_csv_row_per_fact() -> None:
    result = extract("--facts", SEED)
    assert result.exit_code == 0, result.output
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    doc = doc_of(SEED)
    assert header == ["input_id", *output.FACT_CSV_FIELDS]
    assert rows == [[str(SEED), *row] for row in output.csv_rows(doc, facts=True)]
    assert len(rows) == len(doc.quantities) > 10
    assert rows[1][header.index("fact")] == "$198 million"
    assert rows[1][header.index("unit")] == "USD"


def test_csv_per_page_with_chosen_columns() -> None:
    result = extract("--format", "csv", "--fields", "title,text", SEED, HTML)
    assert result.exit_code == 0, result.output
    header, *rows = list(csv.reader(io.StringIO(result.stdout)))
    assert header == ["input_id", "title", "text"]
    assert [r[0] for r in rows] == [str(SEED), str(HTML)]
    assert rows[0][2] == doc_of(SEED).text  # the article, line breaks and all


def test_output_file_suffix_chooses_the_format_and_csv_keeps_one_header(tmp_path: Path) -> None:
    out = tmp_path / "pages.csv"
    for _ in range(2):
        result = extract(SEED, "--output", out)
        assert result.exit_code == 0, result.output
        assert result.stdout == ""
    header, *rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert header == ["input_id", *output.CSV_FIELDS]
    assert len(rows) == 2  # appended without a second header


@pytest.mark.parametrize(
    ("fmt", "suffix"),
    [("txt", ".txt"), ("markdown", ".md"), ("csv", ".csv"), ("jsonl", ".jsonl"), ("json", ".json")],
)
def test_output_dir_writes_one_file_per_input_with_the_format_suffix(
    tmp_path: Path, fmt: str, suffix: str
) -> None:
    out = tmp_path / "out"
    result = extract("--format", fmt, "-o", out, SEED, HTML)
    assert result.exit_code == 0, result.output
    files = sorted(out.iterdir())
    assert len(files) == 2
    assert all(f.suffix == suffix for f in files)
    seed_file = next(f for f in files if "sony" in f.name)
    body = seed_file.read_text(encoding="utf-8")
    if fmt == "txt":
        assert body == output.to_text(doc_of(SEED)) + "\n"
    elif fmt == "json":
        assert json.loads(body)["input_id"] == str(SEED)
    else:
        assert str(SEED) in body or fmt == "markdown"
    # resume: every input already has its file, nothing is rewritten
    seed_file.write_text("kept", encoding="utf-8")
    again = extract("--format", fmt, "-o", out, "--resume", SEED, HTML)
    assert again.exit_code == 0, again.output
    assert seed_file.read_text(encoding="utf-8") == "kept"


def test_resume_into_one_file_needs_json_lines(tmp_path: Path) -> None:
    result = extract("--resume", "--output", tmp_path / "out.txt", SEED)
    assert result.exit_code == 2
    assert "use --format jsonl, or -o DIR" in result.stderr


def test_resume_skips_what_the_json_lines_file_holds(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert extract(SEED, "--output", out).exit_code == 0
    result = extract(SEED, HTML, "--output", out, "--resume")
    assert result.exit_code == 0, result.output
    assert [r["input_id"] for r in lines(out.read_text(encoding="utf-8"))] == [str(SEED), str(HTML)]


def test_a_folder_whose_files_sit_in_subfolders_is_an_error_hinting_recursive(
    tmp_path: Path,
) -> None:
    (tmp_path / "2012" / "11").mkdir(parents=True)
    (tmp_path / "2012" / "11" / "sony.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "2012" / "next2games.html").write_bytes(HTML.read_bytes())
    result = extract(tmp_path)
    assert result.exit_code == 2
    assert f"{tmp_path}: no file in this folder matches --glob '*'" in result.stderr
    assert "its subfolders hold 2 such files: add --recursive" in result.stderr
    assert result.stdout == ""
    found = extract("--recursive", "--format", "jsonl", tmp_path)
    assert found.exit_code == 0, found.output
    assert len(lines(found.stdout)) == 2


def test_a_glob_that_matches_nothing_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_bytes(HTML.read_bytes())
    result = extract(tmp_path, "--glob", "*.htm")
    assert result.exit_code == 2
    assert "no file in this folder matches --glob '*.htm'" in result.stderr
    assert "subfolders" not in result.stderr  # nothing deeper either: no hint
    assert extract(tmp_path, "--glob", "*.html").exit_code == 0


def test_no_progress_when_standard_error_is_not_a_terminal() -> None:
    result = extract(SEED, SEED)
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_progress_on_request_shows_count_total_and_rate() -> None:
    result = extract("--progress", SEED, HTML)
    assert result.exit_code == 0, result.output
    assert "2/2" in result.stderr
    assert "pages/s" in result.stderr
    assert "extracting" not in result.stdout


def test_errors_leave_text_output_clean(tmp_path: Path) -> None:
    """Text and CSV have no place for error records: they go to --errors, and the exit code."""
    errors = tmp_path / "errors.jsonl"
    result = extract("/nonexistent/page.html", SEED, "--errors", errors)
    assert result.exit_code == 1
    assert result.stdout.startswith("==> /nonexistent/page.html") is False
    assert f"==> {SEED} <==" in result.stdout
    (error,) = lines(errors.read_text(encoding="utf-8"))
    assert error["input_id"] == "/nonexistent/page.html"
