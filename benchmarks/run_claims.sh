#!/usr/bin/env bash
# Reproduce the sentence and claim numbers of issue 5 against the anchors, in one go.
# Needs: pip install -e '.[bench]' (pysbd, sentencex for the anchors and the default segmenter).
set -euo pipefail
cd "$(dirname "$0")/.."
out=benchmarks/results
mkdir -p "$out"
ev=../shared/eval
c=../shared/corpora
export PYTHONPATH=benchmarks:$ev
{
python "$ev/sentences_bench.py" --rules "$c/sentences/golden-rules-en.json" \
    --gold-sents "$c/claims/newssd/train.csv" --gold-column Sentence \
    sentences_adapters:pysbd_split sentences_adapters:sentencex_split adapters:sentences
# check-worthiness: fit on the training share, score the held-out 20 % (ClaimBuster)
python "$ev/claims_bench.py" --data "$c/claims/claimbuster/train.json" --split-data 0.2 \
    claims_baselines:rule_score claims_baselines:tfidf_lr adapters:checkworthiness
# CLEF-2019 debates: the shipped model was never trained on CLEF (all 19 debates), and a 30 % split
python "$ev/claims_bench.py" --data "$c/claims/clef19/CT19-T1-Training.csv" --group-col file_name \
    claims_baselines:rule_score adapters:checkworthiness_shipped
python "$ev/claims_bench.py" --data "$c/claims/clef19/CT19-T1-Training.csv" --group-col file_name \
    --split-data 0.3 claims_baselines:rule_score adapters:checkworthiness_shipped adapters:checkworthiness
# CLEF-2019, every debate scored once by a model that never saw it (5 folds grouped by debate)
python benchmarks/clef_cv.py --folds 5
# attribution (PolNeAR train)
python "$ev/claims_quotes_bench.py" --data "$c/claims/polnear/polnear-train.tar.gz" \
    --segmenter adapters:sentences claims_baselines:attribution_rules adapters:attributions
python benchmarks/step_speed.py --data "$c/body/scrapinghub"
} | tee "$out/claims.txt"
