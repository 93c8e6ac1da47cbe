"""The body plug-in of another tree of articlekit, for speed comparisons within one run.

A speed change is judged against the code before it measured in the same run (the machines here
are shared: runs minutes apart differ by a few hundredths of a ratio). Export the earlier
revision's ``src`` and ``benchmarks`` into a folder and name it in ``ARTICLEKIT_BEFORE``; the
harness runs every plug-in in a process of its own, so this one imports that tree's articlekit
while ``adapters:body`` imports this one::

    git archive main src benchmarks | tar -x -C /tmp/before
    ARTICLEKIT_BEFORE=/tmp/before PYTHONPATH=benchmarks python ../shared/eval/body_bench.py \\
        --data ../shared/corpora/body/scrapinghub --task both \\
        --extractor trafilatura,adapters_before:body,adapters:body
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

_ROOT = Path(os.environ.get("ARTICLEKIT_BEFORE", ""))
if not (_ROOT / "src" / "articlekit").is_dir():
    raise ImportError("ARTICLEKIT_BEFORE must name a folder holding src/articlekit and benchmarks")
if "articlekit" in sys.modules:
    raise ImportError("articlekit is already imported: run this plug-in in a process of its own")
sys.path.insert(0, str(_ROOT / "src"))
_spec = importlib.util.spec_from_file_location(
    "_adapters_before", _ROOT / "benchmarks" / "adapters.py"
)
if _spec is None or _spec.loader is None:
    raise ImportError(f"no benchmarks/adapters.py under {_ROOT}")
_before = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_before)
if not str(Path(sys.modules["articlekit"].__file__ or "")).startswith(str(_ROOT)):
    raise ImportError("the earlier tree's articlekit was not the one imported")

#: ``body_bench.py`` plug-in: the earlier tree's body and headline.
body = _before.body
