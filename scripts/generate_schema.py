"""Regenerate schema/document.schema.json from the model (run after changing model.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from articlekit._schema import document_schema

TARGET = Path(__file__).resolve().parent.parent / "schema" / "document.schema.json"


def render() -> str:
    """Return the schema file's content."""
    return json.dumps(document_schema(), indent=2, ensure_ascii=False) + "\n"


def main() -> int:
    """Write the schema, or with ``--check`` exit 1 when the file is stale."""
    content = render()
    if "--check" in sys.argv[1:]:
        if not TARGET.exists() or TARGET.read_text(encoding="utf-8") != content:
            print(f"{TARGET} is stale: run python scripts/generate_schema.py", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(content, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
