"""Generate the JSON Schema of serialised documents from the model's type hints.

``scripts/generate_schema.py`` writes it to ``schema/document.schema.json``; a test fails when the
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

from articlekit import model

__all__ = ["document_schema"]

_SCHEMA_ID = "https://articlekit.invalid/schema/document.schema.json"


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


def _type_schema(tp: object, defs: dict[str, Any]) -> dict[str, Any]:  # noqa: C901, PLR0911 - one case per type
    origin = typing.get_origin(tp)
    if origin in {typing.Union, types.UnionType}:
        return {"anyOf": [_type_schema(arg, defs) for arg in typing.get_args(tp)]}
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
    if tp is Decimal:
        return {"type": "string", "pattern": r"^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$"}
    if tp is datetime:
        return {"type": "string", "format": "date-time"}
    if tp is date:
        return {"type": "string", "format": "date"}
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
