"""The whole pipeline, the CLI and a batch run with sockets blocked: articlekit never fetches.

Pages are full of URLs (canonical links, images, stylesheets, DTDs); none of them may be
followed. Every way to open a connection or resolve a name raises here.
"""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any, NoReturn

import pytest
from click.testing import CliRunner

from _support import FIXTURES
from articlekit import Pipeline, extract
from articlekit.batch import extract_records, iter_inputs
from articlekit.cli import main

PAGES = sorted(FIXTURES.glob("*/input.*"))
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE html SYSTEM "http://example.com/x.dtd" '
    b'[<!ENTITY e SYSTEM "http://example.com/e">]><html><body><p>&e; text</p>'
    b'<img src="http://example.com/i.png"><link rel="stylesheet" href="http://example.com/s">'
    b"</body></html>"
)


class NetworkBlockedError(AssertionError):
    pass


def _blocked(*_: Any, **__: Any) -> NoReturn:
    raise NetworkBlockedError("articlekit tried to use the network")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname", "socketpair"):
        monkeypatch.setattr(socket, name, _blocked)


@pytest.mark.usefixtures("no_network")
def test_extract_every_fixture_without_the_network() -> None:
    assert PAGES
    for path in [*PAGES, None]:
        raw = path.read_bytes() if path else XXE
        doc = extract(raw, url="https://example.com/article")
        assert doc.source.text


@pytest.mark.usefixtures("no_network")
def test_run_many_and_cli_without_the_network(tmp_path: Path) -> None:
    results = list(Pipeline.default().run_many([XXE, *(p.read_bytes() for p in PAGES)]))
    assert len(results) == len(PAGES) + 1
    (tmp_path / "x.html").write_bytes(XXE)
    result = CliRunner().invoke(
        main, ["extract", str(tmp_path / "x.html"), "--timeout", "0", "--memory", "0"]
    )
    assert result.exit_code == 0, result.output


@pytest.mark.usefixtures("no_network")
def test_a_supervised_batch_without_the_network() -> None:
    """Worker processes are forked with the blocked sockets: any fetch would be an error record."""
    records = list(extract_records(iter_inputs([str(p) for p in PAGES]), jobs=2, timeout=120))
    assert len(records) == len(PAGES)
    assert all(r.ok for r in records), [r.data.get("error") for r in records]
