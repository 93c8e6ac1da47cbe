#!/usr/bin/env bash
# Reproduce the body/headline numbers (issues 3 and 18) against the anchors, in one go: both
# development sets as HTML and as text dumps, then the structural edge-case pages.
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/results
mkdir -p "$out"
eval_dir=../shared/eval
corpora=../shared/corpora/body
export PYTHONPATH=benchmarks
python "$eval_dir/body_bench.py" --data "$corpora/scrapinghub" --extractor trafilatura,adapters:body,adapters:body_unmapped | tee "$out/scrapinghub-html.txt"
python "$eval_dir/body_bench.py" --data "$corpora/scrapinghub" --mode text --extractor long_lines15,adapters:body | tee "$out/scrapinghub-text.txt"
python "$eval_dir/body_bench.py" --data "$corpora/trafilatura-dev" --task both --extractor trafilatura,newspaper4k,goose3,adapters:body | tee "$out/trafilatura-dev-html.txt"
python "$eval_dir/body_bench.py" --data "$corpora/trafilatura-dev" --mode text --task both --extractor long_lines15,adapters:body | tee "$out/trafilatura-dev-text.txt"
python "$eval_dir/edge_cases_bench.py" --extractor adapters:body --per-page | tee "$out/edge-cases.txt"
