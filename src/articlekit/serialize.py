"""Exact JSON round trip of the model, built on cattrs.

Field order follows the class definitions; derived fields (``metadata={"derived": True}``, such
as :attr:`Document.layout`) are left out and come back as their defaults. ``Decimal`` values are
written as strings (no float rounding), datetimes and dates in ISO 8601, enums by value, spans
as ``{"start", "end"}`` objects, tuples as arrays. ``from_dict(to_dict(doc)) == doc`` for every
valid document, and structuring goes through the constructors, so invalid data raises
:class:`~articlekit.errors.ModelError`.
"""

from __future__ import annotations

import functools
import json
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from articlekit.errors import ModelError

if TYPE_CHECKING:
    import cattrs

__all__ = ["from_dict", "from_json", "to_dict", "to_json"]

T = TypeVar("T")


def _structure_decimal(value: object, _: type) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ModelError("Decimal", "a decimal string", value)
    try:
        return Decimal(value)
    except InvalidOperation:
        raise ModelError("Decimal", "a decimal string", value) from None


def _structure_datetime(value: object, _: type) -> datetime:
    if not isinstance(value, str):
        raise ModelError("datetime", "an ISO 8601 string", value)
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise ModelError("datetime", "an ISO 8601 string", value) from None


def _structure_date(value: object, _: type) -> date:
    if not isinstance(value, str):
        raise ModelError("date", "an ISO 8601 date string", value)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ModelError("date", "an ISO 8601 date string", value) from None


@functools.cache
def converter() -> cattrs.Converter:
    """Return the converter articlekit uses (built once; converters are pure configuration).

    cattrs is imported here, on first use: extracting and the compact record need none of it.
    """
    import cattrs  # noqa: PLC0415 - on first use (about 15 ms of import)

    conv = cattrs.Converter(forbid_extra_keys=True, unstruct_collection_overrides={tuple: list})
    conv.register_unstructure_hook(Decimal, str)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(datetime, datetime.isoformat)
    conv.register_structure_hook(datetime, _structure_datetime)
    conv.register_unstructure_hook(date, date.isoformat)
    conv.register_structure_hook(date, _structure_date)
    conv.register_unstructure_hook_factory(_has_derived, _unstructure_without_derived)
    conv.register_structure_hook_factory(_has_derived, _structure_without_derived)
    return conv


def _derived(cls: type) -> dict[str, Any]:
    from cattrs.gen import override  # noqa: PLC0415 - loaded with the converter

    return {
        f.name: override(omit=True) for f in attrs.fields(cls) if f.metadata.get("derived", False)
    }


def _has_derived(cls: Any) -> bool:  # noqa: ANN401 - any type cattrs asks about
    return attrs.has(cls) and bool(_derived(cls))


def _unstructure_without_derived(cls: Any, conv: cattrs.Converter) -> Any:  # noqa: ANN401
    from cattrs.gen import make_dict_unstructure_fn  # noqa: PLC0415 - loaded with the converter

    return make_dict_unstructure_fn(cls, conv, **_derived(cls))


def _structure_without_derived(cls: Any, conv: cattrs.Converter) -> Any:  # noqa: ANN401
    from cattrs.gen import make_dict_structure_fn  # noqa: PLC0415 - loaded with the converter

    return make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True, **_derived(cls))


def to_dict(value: object) -> dict[str, Any]:
    """Return a JSON-compatible dict of a model value (usually a :class:`Document`)."""
    result = converter().unstructure(value)
    if not isinstance(result, dict):
        raise ModelError("value", "an attrs model instance", value)
    return result


def from_dict(data: object, cls: type[T]) -> T:
    """Build a model value of type ``cls`` (a Document, a Quantity...) from :func:`to_dict` output.

    Raises:
        ModelError: when the data does not describe a valid value.
    """
    conv = converter()
    import cattrs  # noqa: PLC0415 - loaded by converter(); for the error type

    try:
        return conv.structure(data, cls)
    except ModelError:
        raise
    except cattrs.BaseValidationError as error:
        cause = _first_model_error(error)
        if cause is not None:
            raise cause from error
        raise ModelError(cls.__name__, "data matching the model", _summary(error)) from error
    except (TypeError, ValueError, KeyError, AttributeError) as error:
        raise ModelError(cls.__name__, "data matching the model", str(error)) from error


def _first_model_error(error: BaseException) -> ModelError | None:
    if isinstance(error, ModelError):
        return error
    for sub in getattr(error, "exceptions", ()):
        found = _first_model_error(sub)
        if found is not None:
            return found
    return None


def _summary(error: cattrs.BaseValidationError) -> str:
    import cattrs  # noqa: PLC0415 - loaded by converter()

    return "; ".join(cattrs.transform_error(error))[:500]


def to_json(value: object, *, indent: int | None = None) -> str:
    """Serialise a model value to JSON text (UTF-8 safe, non-ASCII kept)."""
    return json.dumps(to_dict(value), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[T]) -> T:
    """Parse JSON produced by :func:`to_json` back into a model value.

    Raises:
        ModelError: when the text is not JSON or does not describe a valid value.
    """
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise ModelError("json", "valid JSON text", str(error)[:200]) from error
    return from_dict(data, cls)
