"""Scrapy integration (``pip install 'articlekit[scrapy]'``).

``ArticlekitPipeline`` extracts every item that has a ``url`` and an ``html`` or ``body`` field
and puts the result under one key of the item (``ARTICLEKIT_FIELD``, default ``"document"``):
by default the compact record (:func:`articlekit.output.record`: headline, metadata values,
article text, paragraphs, facts, claims and comments with their spans), or the full Document's
JSON (``ARTICLEKIT_PROFILE = "full"``, which :meth:`articlekit.Document.from_dict` reads back).
The item keeps its own fields (a ``category`` the spider set stays); only the raw page field is
dropped, unless ``ARTICLEKIT_KEEP_RAW`` is true. A page that cannot be read gets
``{"error": {"input_id", "error_type", "message", "step"}}`` under the key, so the feed keeps a
record of every page. Items without ``url`` and ``html``/``body`` pass through untouched.

A dict item is changed in place. A ``scrapy.Item`` or dataclass item keeps its type when it
declares the key (``document = scrapy.Field()``); otherwise the pipeline returns a dict with the
item's fields and the key. Enable it in ``settings.py``::

    ADDONS = {"articlekit.scrapy.ArticlekitAddon": 0}
    # or: ITEM_PIPELINES = {"articlekit.scrapy.ArticlekitPipeline": 500}

Settings: ``ARTICLEKIT_FIELD`` (default ``"document"``), ``ARTICLEKIT_PROFILE`` (``"compact"``
or ``"full"``), ``ARTICLEKIT_FIELDS`` (the compact record's fields to keep),
``ARTICLEKIT_KEEP_RAW`` (default false), ``ARTICLEKIT_PIPELINE`` (``"module:attribute"``) or
``ARTICLEKIT_STEPS`` / ``ARTICLEKIT_WITHOUT`` (lists of step names),
``ARTICLEKIT_REFERENCE_TIME_FIELD`` (an item field holding the crawl time, default
``"fetched_at"``), ``ARTICLEKIT_PIPELINE_PRIORITY`` (for the add-on, default 500).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import attrs
from itemadapter import ItemAdapter

from articlekit.batch import pipeline_for
from articlekit.output import Profile, check_fields, record
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


_RAW_FIELDS = ("html", "body")


class ArticlekitPipeline:
    """Item pipeline: items with ``url`` and ``html``/``body`` get their record under one key."""

    def __init__(
        self,
        pipeline: Pipeline | None = None,
        *,
        reference_time_field: str = "fetched_at",
        field: str = "document",
        profile: Profile | str = Profile.COMPACT,
        fields: Sequence[str] | None = None,
        keep_raw: bool = False,
    ) -> None:
        """Use ``pipeline`` (default: the default pipeline); see the module for the options.

        Raises:
            ValueError: for an unknown profile.
            FieldError: for an unknown record field.
        """
        self.pipeline = pipeline or pipeline_for()
        self.reference_time_field = reference_time_field
        self.field = field
        self.profile = Profile(profile)
        self.fields = check_fields(fields) if fields else None  # wrong names fail at start
        self.keep_raw = keep_raw

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
        return cls(
            pipeline,
            reference_time_field=settings.get("ARTICLEKIT_REFERENCE_TIME_FIELD", "fetched_at"),
            field=settings.get("ARTICLEKIT_FIELD", "document"),
            profile=settings.get("ARTICLEKIT_PROFILE", "compact"),
            fields=settings.getlist("ARTICLEKIT_FIELDS") or None,
            keep_raw=settings.getbool("ARTICLEKIT_KEEP_RAW", default=False),
        )

    def process_item(self, item: Any, spider: Any = None) -> Any:  # noqa: ANN401, ARG002
        """Return the item with its record under :attr:`field`; other items unchanged."""
        adapter = ItemAdapter(item)
        url = adapter.get("url")
        raw = adapter.get("html") if adapter.get("html") is not None else adapter.get("body")
        if url is None or raw is None:
            return item
        reference_time = _time(adapter.get(self.reference_time_field))
        result = next(
            self.pipeline.run_many(
                [(str(url), raw)],
                url=str(url),
                reference_time=reference_time,
                # The compact record has no offsets to map back: skip building the map.
                offsets=self.profile is Profile.FULL,
            )
        )
        value: dict[str, Any]
        if isinstance(result, Failure):
            value = {"error": attrs.asdict(result)}
        elif self.profile is Profile.FULL:
            value = result.to_dict()
        else:
            value = record(result, fields=self.fields)
        drop = () if self.keep_raw else _RAW_FIELDS
        return _attach(item, adapter, self.field, value, drop)


def _attach(
    item: Any,  # noqa: ANN401 - any item type Scrapy takes
    adapter: ItemAdapter,
    key: str,
    value: dict[str, Any],
    drop: Sequence[str],
) -> Any:  # noqa: ANN401
    """Put ``value`` under ``key`` and drop the ``drop`` fields, keeping the item's own fields.

    A dict, or an item class that declares ``key``, is changed in place; any other item comes
    back as a dict of its fields.
    """
    try:
        adapter[key] = value
        for name in drop:
            if name in adapter:
                del adapter[name]
    except (KeyError, TypeError, AttributeError, NotImplementedError, attrs.exceptions.FrozenError):
        data = {name: v for name, v in adapter.items() if name not in drop}
        data[key] = value
        return data
    return item


class ArticlekitAddon:
    """Scrapy add-on (``ADDONS``): enables :class:`ArticlekitPipeline`."""

    def update_settings(self, settings: Any) -> None:  # noqa: ANN401 - scrapy.settings.Settings
        """Add the pipeline at ``ARTICLEKIT_PIPELINE_PRIORITY`` (default 500)."""
        priority = settings.getint("ARTICLEKIT_PIPELINE_PRIORITY", 500)
        pipelines = settings.getdict("ITEM_PIPELINES")
        pipelines.setdefault(_PIPELINE_PATH, priority)
        settings.set("ITEM_PIPELINES", pipelines, priority="addon")
