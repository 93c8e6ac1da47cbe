"""Scrapy integration (``pip install 'articlekit[scrapy]'``).

``ArticlekitPipeline`` turns every item that has a ``url`` and an ``html`` or ``body`` field into
an :class:`articlekit.Document` (its other fields are dropped: the document keeps the page, its
URL and everything extracted); items without them pass through untouched. A page that cannot be
read becomes an :class:`articlekit.Failure` item, so the feed keeps a record of every page.

Documents are frozen attrs instances: change one with ``attrs.evolve(doc, ...)`` in a later
pipeline; feed exporters serialise them like any attrs item. Enable it in ``settings.py``::

    ADDONS = {"articlekit.scrapy.ArticlekitAddon": 0}
    # or: ITEM_PIPELINES = {"articlekit.scrapy.ArticlekitPipeline": 500}

Settings: ``ARTICLEKIT_STEPS`` / ``ARTICLEKIT_WITHOUT`` (lists of step names),
``ARTICLEKIT_REFERENCE_TIME_FIELD`` (an item field holding the crawl time, default
``"fetched_at"``), ``ARTICLEKIT_PIPELINE_PRIORITY`` (for the add-on, default 500).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from itemadapter import ItemAdapter

from articlekit.batch import pipeline_for
from articlekit.model import Document
from articlekit.pipeline import Failure, Pipeline

__all__ = ["ArticlekitAddon", "ArticlekitPipeline"]

_PIPELINE_PATH = "articlekit.scrapy.ArticlekitPipeline"


def _time(value: object) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    if isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None


class ArticlekitPipeline:
    """Item pipeline: items with ``url`` and ``html``/``body`` become Documents."""

    def __init__(
        self,
        pipeline: Pipeline | None = None,
        *,
        reference_time_field: str = "fetched_at",
    ) -> None:
        """Use ``pipeline`` (default: the default pipeline)."""
        self.pipeline = pipeline or pipeline_for()
        self.reference_time_field = reference_time_field

    @classmethod
    def from_crawler(cls, crawler: Any) -> ArticlekitPipeline:  # noqa: ANN401 - scrapy.Crawler
        """Build from the crawler's ``ARTICLEKIT_*`` settings.

        ``ARTICLEKIT_PIPELINE`` names a custom pipeline (``"module:attribute"``, see
        :meth:`articlekit.Pipeline.from_spec`); otherwise ``ARTICLEKIT_STEPS`` and
        ``ARTICLEKIT_WITHOUT`` restrict the default one.
        """
        settings = crawler.settings
        spec = settings.get("ARTICLEKIT_PIPELINE")
        pipeline = (
            Pipeline.from_spec(spec)
            if spec
            else pipeline_for(
                settings.getlist("ARTICLEKIT_STEPS") or None, settings.getlist("ARTICLEKIT_WITHOUT")
            )
        )
        field = settings.get("ARTICLEKIT_REFERENCE_TIME_FIELD", "fetched_at")
        return cls(pipeline, reference_time_field=field)

    def process_item(self, item: Any, spider: Any = None) -> Any:  # noqa: ANN401, ARG002
        """Return a Document (or a Failure record) for a page item, else the item unchanged."""
        adapter = ItemAdapter(item)
        url = adapter.get("url")
        raw = adapter.get("html") if adapter.get("html") is not None else adapter.get("body")
        if url is None or raw is None:
            return item
        reference_time = _time(adapter.get(self.reference_time_field))
        result: Document | Failure = next(
            self.pipeline.run_many([(str(url), raw)], url=str(url), reference_time=reference_time)
        )
        return result


class ArticlekitAddon:
    """Scrapy add-on (``ADDONS``): enables :class:`ArticlekitPipeline`."""

    def update_settings(self, settings: Any) -> None:  # noqa: ANN401 - scrapy.settings.Settings
        """Add the pipeline at ``ARTICLEKIT_PIPELINE_PRIORITY`` (default 500)."""
        priority = settings.getint("ARTICLEKIT_PIPELINE_PRIORITY", 500)
        pipelines = settings.getdict("ITEM_PIPELINES")
        pipelines.setdefault(_PIPELINE_PATH, priority)
        settings.set("ITEM_PIPELINES", pipelines, priority="addon")
