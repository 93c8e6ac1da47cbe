"""JSON round trip and the checked-in JSON Schema."""

from __future__ import annotations

import importlib.util
import json
from decimal import Decimal

import jsonschema
import pytest

import articlekit
from _support import FIXTURES, ROOT
from articlekit import Document, ModelError, Quantity, Span
from articlekit._schema import document_schema
from articlekit.serialize import from_dict, to_dict

SCHEMA_FILE = ROOT / "schema" / "document.schema.json"


def _validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


class TestSchema:
    def test_checked_in_schema_is_current(self) -> None:
        """The schema file equals what scripts/generate_schema.py writes now."""
        spec = importlib.util.spec_from_file_location(
            "gen", ROOT / "scripts" / "generate_schema.py"
        )
        assert spec is not None
        assert spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        assert SCHEMA_FILE.read_text(encoding="utf-8") == module.render(), (
            "schema/document.schema.json is stale: run python scripts/generate_schema.py"
        )

    def test_schema_is_valid_draft_2020_12(self) -> None:
        """The schema itself is a valid JSON Schema."""
        jsonschema.Draft202012Validator.check_schema(document_schema())

    @pytest.mark.parametrize(
        "fixture", ["sony-q2-2012-phonearena/input.txt", "html-latin1-next2games/input.html"]
    )
    def test_real_output_validates(self, fixture: str) -> None:
        """Real extraction output validates against the checked-in schema."""
        doc = articlekit.extract((FIXTURES / fixture).read_bytes())
        _validator().validate(doc.to_dict())

    def test_schema_rejects_wrong_shapes(self) -> None:
        """The schema is not vacuous: a wrong type or an unknown key fails."""
        data = articlekit.extract("Hello world.").to_dict()
        data["paragraphs"] = "not a list"
        assert not _validator().is_valid(data)
        data = articlekit.extract("Hello world.").to_dict()
        data["surprise"] = 1
        assert not _validator().is_valid(data)


class TestRoundTrip:
    def test_field_order_kept(self) -> None:
        """Keys follow the class definitions."""
        data = to_dict(articlekit.extract("Hello."))
        assert list(data) == [
            "source", "headline", "metadata", "paragraphs", "sentences", "claims",
            "quantities", "comments", "problems",
        ]  # fmt: skip

    def test_decimal_is_exact(self) -> None:
        """Decimals are written as strings, so no float rounding happens."""
        doc = articlekit.extract("x 0.1")
        fact = Quantity(span=Span(2, 5), text="0.1", value=Decimal("0.1"))
        doc = Document(source=doc.source, quantities=(fact,))
        data = doc.to_dict()
        assert data["quantities"][0]["value"] == "0.1"
        assert Document.from_dict(data).quantities[0].value == Decimal("0.1")

    @pytest.mark.parametrize(
        "mutate",
        [
            lambda d: d.update(
                paragraphs=[{"span": {"start": 0, "end": 99}, "text": "x", "kind": "paragraph"}]
            ),
            lambda d: d["source"].update(media_type="application/pdf"),
            lambda d: d.update(extra=1),
            lambda d: d["source"].pop("text"),
        ],
        ids=["span-out-of-range", "bad-enum", "extra-key", "missing-key"],
    )
    def test_invalid_data_raises_model_error(self, mutate: object) -> None:
        """Invalid data raises ModelError, never a raw TypeError/KeyError."""
        data = articlekit.extract("Hello.").to_dict()
        mutate(data)  # type: ignore[operator]
        with pytest.raises(ModelError):
            from_dict(data, Document)

    def test_invalid_json(self) -> None:
        """Text that is not JSON raises ModelError."""
        with pytest.raises(ModelError):
            Document.from_json("{not json")
