"""Small attrs validators that raise :class:`~articlekit.errors.ModelError`.

attrs' own validators raise ``TypeError``/``ValueError``; the model promises ``ModelError`` with the
field, the expectation and the value, so these thin wrappers exist.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from articlekit.errors import ModelError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _name(instance: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def non_negative_int(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept an ``int`` (not a ``bool``) that is at least zero."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ModelError(_name(instance, attribute), "an int >= 0", value)


def optional_non_negative_int(
    instance: object, attribute: attrs.Attribute[Any], value: object
) -> None:
    """Accept ``None`` or an ``int`` that is at least zero."""
    if value is not None:
        non_negative_int(instance, attribute, value)


def instance_of(kind: type | tuple[type, ...], description: str) -> Validator:
    """Accept instances of ``kind`` (``bool`` is never accepted as an ``int``)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _kinds(kind)):
            raise ModelError(_name(instance, attribute), description, value)

    return check


def _kinds(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def optional(validator: Validator) -> Validator:
    """Accept ``None`` or whatever ``validator`` accepts."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def enum_member(kind: type[Enum]) -> Validator:
    """Accept a member of the enum ``kind``."""
    members = ", ".join(repr(m.value) for m in kind)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, kind):
            raise ModelError(_name(instance, attribute), f"a {kind.__name__} ({members})", value)

    return check


def tuple_of(kind: type | tuple[type, ...], description: str) -> Validator:
    """Accept a ``tuple`` whose items are all instances of ``kind``."""
    kinds = _kinds(kind)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise ModelError(_name(instance, attribute), f"a tuple of {description}", value)
        # Models hold thousands of items of a few types: check each type once.
        if all(
            issubclass(t, kind) and (t is not bool or bool in kinds) for t in set(map(type, value))
        ):
            return
        for i, item in enumerate(value):
            if not isinstance(item, kind) or (isinstance(item, bool) and bool not in kinds):
                raise ModelError(f"{_name(instance, attribute)}[{i}]", description, item)

    return check


def finite_decimal(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept ``None`` or a finite :class:`~decimal.Decimal`."""
    if value is None:
        return
    if not isinstance(value, Decimal) or not value.is_finite():
        raise ModelError(_name(instance, attribute), "a finite Decimal or None", value)


def unit_interval(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept ``None`` or a float in ``[0, 1]``."""
    if value is None:
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, float | int)
        or not math.isfinite(value)
        or not 0.0 <= value <= 1.0
    ):
        raise ModelError(_name(instance, attribute), "a number in [0, 1] or None", value)


def aware_datetime(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept ``None`` or a timezone-aware :class:`~datetime.datetime`."""
    if value is None:
        return
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise ModelError(_name(instance, attribute), "a timezone-aware datetime or None", value)


def optional_date(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """Accept ``None`` or a :class:`~datetime.date` that is not a ``datetime``."""
    if value is None:
        return
    if not isinstance(value, date) or isinstance(value, datetime):
        raise ModelError(_name(instance, attribute), "a date (not a datetime) or None", value)
