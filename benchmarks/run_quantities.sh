#!/usr/bin/env bash
# Reproduce the numeric-fact numbers of issue 4 against the anchors, in one run.
# Needs: pip install -e '.[bench]' (quantulum3, price-parser; recognizers-text-suite for --with-recognizers).
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/results
mkdir -p "$out"
export PYTHONPATH=benchmarks
systems=quantulum3,adapters:quantities
if [[ "${1:-}" == "--with-recognizers" ]]; then systems=quantulum3,recognizers,adapters:quantities; fi
python ../shared/eval/quantity_bench.py --systems "$systems" --rounds 3 --speed-sample 60 \
    --json "$out/quantities.json" | tee "$out/quantities.txt"
