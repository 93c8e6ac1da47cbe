#!/usr/bin/env bash
# Reproduce the comment numbers of issue 6 (harness renders the dev threads; nothing to install).
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/results
mkdir -p "$out"
export PYTHONPATH=benchmarks
c=../shared/corpora/comments
{
python ../shared/eval/comments_bench.py score "$c/threads-dev.jsonl.gz" --extractor adapters:comments \
    --style phonearena wordpress_says disqus_like hn_like --noise
python ../shared/eval/comments_bench.py score "$c/threads-dev.jsonl.gz" --extractor comments_bench:pa_newthread \
    --style phonearena --noise
python benchmarks/comments_html.py --data "$c/wordpress-dev"
python benchmarks/comments_pages.py                      # every dev page with comment markup: found, fields, defects
python scripts/train_comment_tree.py --report-only      # 5-fold cross-validated accuracy and calibration
python benchmarks/comments_reply_rate.py                 # the dev threads thinned to fewer replies
} | tee "$out/comments.txt"
