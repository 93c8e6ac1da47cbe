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


def test_scrapy_spider_feed_of_documents(site: str, tmp_path: Path) -> None:
    pytest.importorskip("scrapy")
    spider = tmp_path / "spider.py"
    feed = tmp_path / "feed.jsonl"
    spider.write_text(
        textwrap.dedent(f"""
        import scrapy

        class Pages(scrapy.Spider):
            name = "pages"
            start_urls = ["{site}index.html"]
            custom_settings = {{
                "ADDONS": {{"articlekit.scrapy.ArticlekitAddon": 0}},
                "ARTICLEKIT_WITHOUT": ["claims"],
                "FEEDS": {{"{feed.as_posix()}": {{"format": "jsonlines"}}}},
                "LOG_LEVEL": "WARNING",
                "ROBOTSTXT_OBEY": False,
            }}

            def parse(self, response):
                yield {{"kind": "index", "links": len(response.css("a"))}}
                for href in response.css("a::attr(href)").getall():
                    yield response.follow(href, self.page)

            def page(self, response):
                yield {{"url": response.url, "body": response.body}}
    """)
    )
    result = subprocess.run(  # noqa: S603 - scrapy's own runner on our spider
        [sys.executable, "-m", "scrapy", "runspider", str(spider)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    items = [json.loads(line) for line in feed.read_text().splitlines()]
    passed = [i for i in items if i.get("kind") == "index"]
    documents = [i for i in items if "source" in i]
    assert passed == [{"kind": "index", "links": 3}]
    assert sorted(d["source"]["url"] for d in documents) == sorted(site + n for n in PAGES)
    seed = next(d for d in documents if d["source"]["url"].endswith("seed.txt"))
    assert len(seed["comments"]) == 28
    assert seed["claims"] == []


def test_pipeline_passes_other_items_and_records_failures() -> None:
    pytest.importorskip("scrapy")
    import attrs  # noqa: PLC0415

    from articlekit import Document, Failure  # noqa: PLC0415
    from articlekit.scrapy import ArticlekitPipeline  # noqa: PLC0415

    pipe = ArticlekitPipeline()
    other = {"title": "not a page"}
    assert pipe.process_item(other) is other
    doc = pipe.process_item({"url": "https://x.test/a", "html": "<p>Hello there, reader.</p>"})
    assert isinstance(doc, Document)
    assert doc.source.url == "https://x.test/a"
    changed = attrs.evolve(doc, problems=())  # items are frozen: evolve to change them
    assert changed.source is doc.source
    failed = pipe.process_item({"url": "https://x.test/b", "body": 12345})
    assert isinstance(failed, Failure)


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
        results = akd.bag_of_documents([str(folder / "seed.txt")]).compute()  # type: ignore[no-untyped-call,unused-ignore]
    ids = sorted(r["input_id"] for r in records)
    assert ids == sorted(str(folder / n) for n in [*PAGES, "broken.warc.gz"])
    assert sum("error" in r for r in records) == 1
    (seed,) = results
    assert isinstance(seed, Document)
    assert not isinstance(seed, Failure)
    assert len(seed.comments) == 28
