"""Coverage-guided fuzzing of ``articlekit.extract`` with atheris (issue 20).

Not part of the test suite (it runs for as long as it is given): install atheris
(``pip install atheris``) and run, from the repository root::

    python benchmarks/fuzz_atheris.py -max_total_time=1800 -rss_limit_mb=4096 /tmp/ak-corpus

The seed corpus is the fixtures (and the development corpora's HTML pages, when
``../shared`` is there), written into the corpus folder on first use. Every input goes through
``extract`` as bytes, as text, and as HTML and plain text; the only exception allowed out is
:class:`articlekit.errors.InputError`. Anything else is a finding: libFuzzer stops and writes
the input to ``crash-*``; it becomes a case in ``tests/fuzz/test_regressions.py``.

At the end libFuzzer prints how many inputs it ran (``stat::number_of_executed_units``).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path
from typing import Final

import atheris

with atheris.instrument_imports(include=["articlekit"]):
    from articlekit import extract
    from articlekit.errors import InputError

ROOT: Final = Path(__file__).resolve().parent.parent
CORPORA: Final = ROOT.parent / "shared" / "corpora"
MAX_SEED: Final = 100_000


def _seeds() -> list[bytes]:
    seeds = [path.read_bytes() for path in sorted((ROOT / "fixtures").glob("*/input.*"))]
    pages = sorted((CORPORA / "body" / "scrapinghub").glob("**/*.html.gz"))[:40]
    seeds += [gzip.decompress(path.read_bytes()) for path in pages]
    return [seed[:MAX_SEED] for seed in seeds]


def _write_seeds(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    if not any(folder.iterdir()):
        for i, seed in enumerate(_seeds()):
            (folder / f"seed-{i:03d}").write_bytes(seed)


def test_one_input(data: bytes) -> None:
    """Extract ``data`` four ways; only InputError may come out."""
    if not data:
        return
    mode = data[0] % 4
    raw: str | bytes = data[1:]
    media = None
    if mode == 1:
        raw = data[1:].decode("utf-8", errors="replace")
    elif mode == 2:  # noqa: PLR2004 - the four modes
        media = "text/html"
    elif mode == 3:  # noqa: PLR2004
        media = "text/plain"
    try:
        extract(raw, media_type=media)
    except InputError:
        return


def main() -> None:
    """Seed the corpus folder given last on the command line, then fuzz."""
    folders = [arg for arg in sys.argv[1:] if not arg.startswith("-")]
    if folders:
        _write_seeds(Path(folders[-1]))
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
