"""Generate the JSON Schemas of the two record profiles from their type hints.

The full profile (:meth:`articlekit.Document.to_dict`) is described by the model's attrs classes,
the compact profile (:func:`articlekit.output.record`) by the ``TypedDict`` classes of
:mod:`articlekit.output`. ``scripts/generate_schema.py`` writes them to
``schema/document.schema.json`` and ``schema/record.schema.json``; a test fails when a
checked-in file is stale.
"""

from __future__ import annotations

import types
import typing
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

import attrs

from articlekit import model, output

__all__ = ["document_schema", "record_schema"]

_SCHEMA_ID = "https://articlekit.invalid/schema/document.schema.json"
_RECORD_ID = "https://articlekit.invalid/schema/record.schema.json"
_DECIMAL_PATTERN = r"^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$"


def document_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of :meth:`articlekit.Document.to_dict` output."""
    defs: dict[str, Any] = {}
    root = _class_schema(model.Document, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _SCHEMA_ID,
        "title": "articlekit Document",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def record_schema() -> dict[str, Any]:
    """Return the JSON Schema (draft 2020-12) of :func:`articlekit.output.record` output.

    Records with only some ``fields`` hold a subset of the keys, each valid as described here.
    """
    defs: dict[str, Any] = {}
    root = _typeddict_schema(output.CompactRecord, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _RECORD_ID,
        "title": "articlekit compact record",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def _typeddict_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    required: frozenset[str] = getattr(cls, "__required_keys__", frozenset())
    return {
        "type": "object",
        "description": _summary(cls),
        "properties": {name: _type_schema(tp, defs) for name, tp in hints.items()},
        "required": [name for name in hints if name in required],
        "additionalProperties": False,
    }


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties = {}
    required = []
    for field in attrs.fields(cls):
        if field.metadata.get("derived", False):
            continue  # derived analysis (Document.layout) is never serialised
        properties[field.name] = _type_schema(hints[field.name], defs)
        required.append(field.name)
    doc = (cls.__doc__ or "").strip().splitlines()
    return {
        "type": "object",
        "description": doc[0] if doc else cls.__name__,
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def _type_schema(tp: object, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: C901, PLR0911, PLR0912 - one case per type
    origin = typing.get_origin(tp)
    if origin in {typing.Union, types.UnionType}:
        return {"anyOf": [_type_schema(arg, defs) for arg in typing.get_args(tp)]}
    if origin is list:
        return {"type": "array", "items": _type_schema(typing.get_args(tp)[0], defs)}
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:  # noqa: PLR2004 - tuple[X, ...]
            return {"type": "array", "items": _type_schema(args[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_type_schema(arg, defs) for arg in args],
            "minItems": len(args),
            "maxItems": len(args),
        }
    if tp is type(None):
        return {"type": "null"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is float:
        return {"type": "number"}
    if tp is str:
        return {"type": "string"}
    if tp in {Decimal, output.DecimalText}:
        return {"type": "string", "pattern": _DECIMAL_PATTERN}
    if tp in {datetime, output.DateTimeText}:
        return {"type": "string", "format": "date-time"}
    if tp in {date, output.DateText}:
        return {"type": "string", "format": "date"}
    if typing.is_typeddict(tp):
        name = getattr(tp, "__name__", str(tp))
        if name not in defs:
            defs[name] = _typeddict_schema(typing.cast("type", tp), defs)
        return {"$ref": f"#/$defs/{name}"}
    if isinstance(tp, type) and issubclass(tp, Enum):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {"enum": [m.value for m in tp], "description": _summary(tp)}
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if isinstance(tp, type) and attrs.has(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # placeholder against recursion (CommentNode-like types)
            defs[tp.__name__] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    msg = f"no JSON Schema mapping for {tp!r}"
    raise TypeError(msg)


def _summary(tp: type) -> str:
    doc = (tp.__doc__ or "").strip().splitlines()
    return doc[0] if doc else tp.__name__
