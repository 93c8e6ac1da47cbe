"""Batch throughput and memory of ``articlekit extract``.

    python benchmarks/batch_speed.py [--data ../shared/corpora/body/scrapinghub] [--docs 10000]

1. Documents per second with ``-j 1`` and ``-j 2`` on the scrapinghub pages (181 HTML files),
   the command line run as a subprocess, output to /dev/null.
2. Peak resident memory of ``articlekit extract big.warc.gz -j 2`` over a WARC of ``--docs``
   responses the script writes from those pages (distinct URLs), and over a tenth of it: flat
   memory means the two peaks are about equal.
"""

from __future__ import annotations

import argparse
import gzip
import io
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _run(args: list[str]) -> tuple[float, int]:
    """Wall seconds and the peak RSS (MiB) of the largest process of a CLI run."""
    start = time.perf_counter()
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run(  # noqa: S603 - our own CLI
        [sys.executable, "-m", "articlekit", "extract", *args, "--output", "/dev/null"],
        capture_output=True,
        check=False,
    )
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr.decode()[-2000:])
    return seconds, max(peak, before) // 1024


def _warc(path: Path, pages: list[bytes], n: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for i in range(n):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://bench.example/{i}",
                "response",
                payload=io.BytesIO(pages[i % len(pages)]),
                http_headers=headers,
            )
            writer.write_record(record)


def main(argv: list[str] | None = None) -> int:
    """Print throughput and memory."""
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/corpora/body/scrapinghub"))
    ap.add_argument("--docs", type=int, default=10_000)
    args = ap.parse_args(argv)
    files = sorted((args.data / "html").glob("*.html.gz"))
    n = len(files)
    for jobs in (1, 2):
        seconds, _ = _run([*map(str, files), "-j", str(jobs)])
        print(f"-j {jobs}: {n} pages in {seconds:.1f} s = {n / seconds:.1f} docs/s")
    pages = [gzip.decompress(f.read_bytes()) for f in files]
    with tempfile.TemporaryDirectory() as tmp:
        for count in (args.docs // 10, args.docs):
            warc = Path(tmp) / f"bench-{count}.warc.gz"
            _warc(warc, pages, count)
            seconds, peak = _run([str(warc), "-j", "2"])
            print(
                f"WARC of {count} responses, -j 2: {seconds:.0f} s "
                f"({count / seconds:.1f} docs/s), peak RSS of the largest process {peak} MiB"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
