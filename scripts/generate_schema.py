"""Regenerate the JSON Schemas in schema/ from the model and the compact record's types.

Run after changing model.py or the record shape in output.py; ``--check`` exits 1 when a
checked-in file is stale (CI runs it).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from articlekit._schema import document_schema, record_schema

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"
TARGET = SCHEMA_DIR / "document.schema.json"
TARGETS: dict[Path, Callable[[], dict[str, Any]]] = {
    TARGET: document_schema,
    SCHEMA_DIR / "record.schema.json": record_schema,
}


def render(target: Path = TARGET) -> str:
    """Return the content of one schema file (default: the Document's)."""
    return json.dumps(TARGETS[target](), indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    """Write the schemas, or with ``--check`` exit 1 when a file is stale."""
    check = "--check" in sys.argv[1:]
    stale = False
    for target in TARGETS:
        content = render(target)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != content:
                print(f"{target} is stale: run python scripts/generate_schema.py", file=sys.stderr)
                stale = True
            continue
        target.write_text(content, encoding="utf-8")
        print(f"wrote {target}")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
