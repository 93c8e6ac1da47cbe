"""Scrapy and Dask, started for real: a spider crawling a local server, a LocalCluster."""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import subprocess
import sys
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from _support import FIXTURES

PAGES = {
    "seed.txt": FIXTURES / "sony-q2-2012-phonearena" / "input.txt",
    "pft.html": FIXTURES / "html-wordpress-comments-pft" / "input.html",
    "latin1.html": FIXTURES / "html-latin1-next2games" / "input.html",
}


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """A local web server on 127.0.0.1 serving the fixture pages and an index linking them."""
    root = tmp_path / "site"
    root.mkdir()
    for name, path in PAGES.items():
        (root / name).write_bytes(path.read_bytes())
    links = "".join(f'<a href="{name}">{name}</a>' for name in PAGES)
    (root / "index.html").write_text(f"<html><body>{links}</body></html>")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def _run_spider(tmp_path: Path, site: str, settings: str, items: str) -> list[dict[str, Any]]:
    """Run a real spider over the local site and return the exported JSON Lines feed.

    ``settings`` are extra entries of its settings, ``items`` the page callback's body.
    """
    spider = tmp_path / "spider.py"
    feed = tmp_path / "feed.jsonl"
    spider.write_text(
        textwrap.dedent(f"""
        import scrapy

        class PageItem(scrapy.Item):
            url = scrapy.Field()
            body = scrapy.Field()
            category = scrapy.Field()
            article = scrapy.Field()

        class Pages(scrapy.Spider):
            name = "pages"
            start_urls = ["{site}index.html"]
            custom_settings = {{
                "ADDONS": {{"articlekit.scrapy.ArticlekitAddon": 0}},
                "FEEDS": {{"{feed.as_posix()}": {{"format": "jsonlines"}}}},
                "LOG_LEVEL": "WARNING",
                "ROBOTSTXT_OBEY": False,
                {settings}
            }}

            def parse(self, response):
                yield {{"kind": "index", "links": len(response.css("a"))}}
                for href in response.css("a::attr(href)").getall():
                    yield response.follow(href, self.page)

            def page(self, response):
                {items}
    """)
    )
    feed.unlink(missing_ok=True)
    result = subprocess.run(  # noqa: S603 - scrapy's own runner on our spider
        [sys.executable, "-m", "scrapy", "runspider", str(spider)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return [json.loads(line) for line in feed.read_text().splitlines()]


def test_scrapy_spider_feed_keeps_item_fields(site: str, tmp_path: Path) -> None:
    """A real crawl: page items keep their own fields and get the compact record under one key."""
    pytest.importorskip("scrapy")
    items = _run_spider(
        tmp_path,
        site,
        '"ARTICLEKIT_WITHOUT": ["claims"],',
        'yield {"url": response.url, "body": response.body, "category": "phones"}',
    )
    passed = [i for i in items if i.get("kind") == "index"]
    pages = [i for i in items if "document" in i]
    assert passed == [{"kind": "index", "links": 3}]
    assert sorted(p["url"] for p in pages) == sorted(site + n for n in PAGES)
    for page in pages:
        assert set(page) == {"url", "category", "document"}  # the raw body is dropped
        assert page["category"] == "phones"
    seed = next(p for p in pages if p["url"].endswith("seed.txt"))
    assert seed["document"]["title"].startswith("Sony sells 8.8 million smartphones")
    assert seed["document"]["url"] == seed["url"]
    assert "Sony posted its financials" in seed["document"]["text"]
    assert len(seed["document"]["comments"]) == 28
    assert seed["document"]["claims"] == []
    assert "source" not in seed["document"]


def test_scrapy_item_class_key_profile_and_raw(site: str, tmp_path: Path) -> None:
    """A scrapy.Item declaring the key keeps its type's fields; full profile; raw kept."""
    pytest.importorskip("scrapy")
    from articlekit import Document  # noqa: PLC0415

    items = _run_spider(
        tmp_path,
        site,
        '"ARTICLEKIT_FIELD": "article", "ARTICLEKIT_PROFILE": "full", "ARTICLEKIT_KEEP_RAW": True,',
        'yield PageItem(url=response.url, body=response.text, category="news")',
    )
    pages = [i for i in items if "article" in i]
    assert len(pages) == len(PAGES)
    for page in pages:
        assert set(page) == {"url", "body", "category", "article"}
        doc = Document.from_dict(page["article"])
        assert doc.source.url == page["url"]
        assert doc.source.offsets is not None


def test_pipeline_passes_other_items_and_records_failures() -> None:
    """Other items pass untouched; a page that fails gets an error record under the key."""
    pytest.importorskip("scrapy")
    from articlekit.output import FieldError  # noqa: PLC0415
    from articlekit.scrapy import ArticlekitPipeline  # noqa: PLC0415

    pipe = ArticlekitPipeline()
    other = {"title": "not a page"}
    assert pipe.process_item(other) is other
    item: dict[str, Any] = {
        "url": "https://x.test/a",
        "html": "<p>Hello there, reader.</p>",
        "tag": 7,
    }
    out = pipe.process_item(item)
    assert out is item  # a dict is changed in place
    assert set(out) == {"url", "tag", "document"}
    assert out["document"]["url"] == "https://x.test/a"
    failed = pipe.process_item({"url": "https://x.test/b", "body": 12345, "tag": 8})
    assert failed["tag"] == 8
    assert failed["document"]["error"]["error_type"] == "InputError"
    assert failed["document"]["error"]["input_id"] == "https://x.test/b"
    only = ArticlekitPipeline(fields=["title", "text"], field="ak")
    assert set(only.process_item({"url": "u", "html": "<p>Hi.</p>"})["ak"]) == {"title", "text"}
    with pytest.raises(FieldError, match="unknown field"):
        ArticlekitPipeline(fields=["headline_text"])


def test_pipeline_items_without_the_key_become_dicts() -> None:
    """An item class that cannot take the key comes back as a dict of its fields and the key."""
    pytest.importorskip("scrapy")
    import dataclasses  # noqa: PLC0415

    from articlekit.scrapy import ArticlekitPipeline  # noqa: PLC0415

    @dataclasses.dataclass
    class Page:
        url: str
        html: str
        category: str

    out = ArticlekitPipeline().process_item(Page("https://x.test/c", "<p>Hi there.</p>", "misc"))
    assert isinstance(out, dict)
    assert set(out) == {"url", "category", "document"}
    assert out["category"] == "misc"


def test_dask_local_cluster_keeps_every_record(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster  # noqa: PLC0415

    import articlekit.dask as akd  # noqa: PLC0415
    from articlekit import Document, Failure  # noqa: PLC0415

    folder = tmp_path / "pages"
    folder.mkdir()
    for name, path in PAGES.items():
        (folder / name).write_bytes(path.read_bytes())
    (folder / "broken.warc.gz").write_bytes(gzip.compress(b"not a warc"))
    with (
        LocalCluster(  # type: ignore[no-untyped-call]
            host="127.0.0.1",
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        assert client.scheduler_info()["address"].startswith("tcp://127.0.0.1")
        records = akd.bag_of_records([str(folder)], without=["claims"]).compute()  # type: ignore[no-untyped-call,unused-ignore]
        full = akd.bag_of_records([str(folder)], profile="full").compute()  # type: ignore[no-untyped-call,unused-ignore]
        results = akd.bag_of_documents([str(folder / "seed.txt")]).compute()  # type: ignore[no-untyped-call,unused-ignore]
    ids = sorted(r["input_id"] for r in records)
    assert ids == sorted(str(folder / n) for n in [*PAGES, "broken.warc.gz"])
    assert sorted(r["input_id"] for r in full) == ids
    assert sum("error" in r for r in records) == sum("error" in r for r in full) == 1
    seed_record = next(r for r in records if r["input_id"].endswith("seed.txt"))
    assert "source" not in seed_record["document"]  # compact by default
    assert len(seed_record["document"]["comments"]) == 28
    seed_full = next(r for r in full if r["input_id"].endswith("seed.txt"))
    assert Document.from_dict(seed_full["document"]).text == seed_record["document"]["text"]
    (seed,) = results
    assert isinstance(seed, Document)
    assert not isinstance(seed, Failure)
    assert len(seed.comments) == 28
