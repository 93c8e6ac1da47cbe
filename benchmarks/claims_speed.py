"""CPU time of the claims step against the sentences step (the anchor), on real pages.

    python benchmarks/claims_speed.py [--data ../shared/corpora/body/scrapinghub] [--rounds 5]
    python benchmarks/claims_speed.py --against ../other-checkout/src [--rounds 8]

Pages are run once up to the claims step; then the sentences step and the claims step are timed
(process CPU time, the median of ``--rounds``) on the same Documents. The machine is shared, so
the figure to compare between two versions of the code is the ratio claims / sentences measured
in one run, not sentences per second.

``--against SRC`` compares this checkout's claims step with the one of another source tree (a
``git worktree`` of an earlier commit, say): each version runs in its own long-lived process on
the same pages, and the two are timed round by round, alternating which goes first, so that a
change of load on the machine hits both alike. It prints each version's median CPU per pass and
the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import gzip
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import articlekit

_HERE = Path(__file__).resolve()


def _documents(data: Path) -> list[articlekit.Document]:
    """Every page of ``data`` run up to the claims step."""
    paths = sorted((data / "html").glob("*.html.gz"))
    before = articlekit.Pipeline.default().without("claims")
    return [before.run(articlekit.load(gzip.decompress(p.read_bytes()))) for p in paths]


def _pass(step: articlekit.Step, docs: list[articlekit.Document]) -> float:
    start = time.process_time()
    for d in docs:
        step(d)
    return time.process_time() - start


def _worker(data: Path) -> int:
    """Time one pass of the claims and the sentences step per line read, print both."""
    docs = _documents(data)
    pipeline = articlekit.Pipeline.default()
    claims, sentences = pipeline["claims"], pipeline["sentences"]
    _pass(claims, docs[:20])  # patterns compiled, the model loaded
    print("ready", flush=True)
    for _ in sys.stdin:
        print(f"{_pass(claims, docs):.6f} {_pass(sentences, docs):.6f}", flush=True)
    return 0


def _pipes(proc: subprocess.Popen[str]) -> tuple[IO[str], IO[str]]:
    """A worker's standard input and output (both are pipes)."""
    if proc.stdin is None or proc.stdout is None:
        raise RuntimeError("a worker without pipes")
    return proc.stdin, proc.stdout


def _against(data: Path, other: Path, rounds: int) -> int:
    """This checkout's claims step and ``other``'s, timed round by round."""
    here = str(_HERE.parent.parent / "src")
    workers = {}
    for name, src in (("this", here), ("against", str(other.resolve()))):
        env = {**os.environ, "PYTHONPATH": src}
        cmd = [sys.executable, str(_HERE), "--worker", "--data", str(data)]
        proc = subprocess.Popen(  # noqa: S603 - this script, run by this interpreter
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env
        )
        if _pipes(proc)[1].readline().strip() != "ready":
            print(f"the {name} worker did not start", file=sys.stderr)
            return 1
        workers[name] = proc
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in workers}
    for r in range(rounds):
        order = list(workers) if r % 2 == 0 else list(reversed(workers))
        for name in order:
            stdin, stdout = _pipes(workers[name])
            stdin.write("go\n")
            stdin.flush()
            claims_s, sentences_s = map(float, stdout.readline().split())
            times[name].append((claims_s, sentences_s))
    for proc in workers.values():
        _pipes(proc)[0].close()
        proc.wait()
    for name, runs in times.items():
        print(
            f"{name:8s} claims step {statistics.median(c for c, _ in runs):.3f} s per pass, "
            f"claims/sentences CPU {statistics.median(c / s for c, s in runs):.2f}"
        )
    ratio = statistics.median(
        a[0] / b[0] for a, b in zip(times["this"], times["against"], strict=True)
    )
    print(f"this / against, claims step CPU (median of {rounds} per-round ratios): {ratio:.3f}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Print sentences per CPU second of both steps and their ratio."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/corpora/body/scrapinghub"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--against", type=Path, help="another source tree to compare with")
    ap.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not sorted((args.data / "html").glob("*.html.gz")):
        print(f"no pages under {args.data}/html", file=sys.stderr)
        return 1
    if args.worker:
        return _worker(args.data)
    if args.against is not None:
        return _against(args.data, args.against, args.rounds)
    docs = _documents(args.data)
    sentences = sum(len(d.sentences) for d in docs)
    pipeline = articlekit.Pipeline.default()
    times: dict[str, list[float]] = {"sentences": [], "claims": []}
    for _ in range(args.rounds):
        for name, spent in times.items():
            spent.append(_pass(pipeline[name], docs))
    t = {name: statistics.median(v) for name, v in times.items()}
    per_s = {name: sentences / v for name, v in t.items()}
    print(
        f"{len(docs)} pages, {sentences} sentences: sentences step {per_s['sentences']:,.0f}/s, "
        f"claims step {per_s['claims']:,.0f}/s, claims/sentences CPU "
        f"{t['claims'] / t['sentences']:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
