#!/usr/bin/env bash
# Reproduce the metadata numbers of issue 18 against the anchors, in one run: publication dates of
# htmldate-dev, trafilatura's metadata unit cases (title, author, date, site name) and the
# author/date gold of trafilatura-dev. Anchors: trafilatura (bare_extraction and extract_metadata),
# htmldate (extensive and fast), newspaper4k, whichever are installed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/results
mkdir -p "$out"
export PYTHONPATH=benchmarks
python ../shared/eval/meta_bench.py --extractor anchors,adapters:meta --json "$out/meta.json" "$@" \
    | tee "$out/meta.txt"
