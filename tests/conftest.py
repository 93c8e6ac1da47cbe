"""Shared test configuration: hypothesis profiles and paths to fixtures and corpora."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# Patterns compiled by the tests (and, with the ``lemmas`` extra, simplemma's tries) are kept in
# a folder of this run's own, not in the user's cache, and removed at exit (set before anything
# imports articlekit, which compiles its public patterns on import).
if "ARTICLEKIT_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="articlekit-tests-")
    os.environ["ARTICLEKIT_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, ignore_errors=True)

import pytest
from hypothesis import HealthCheck, settings

from _support import FIXTURES

# "ci": derandomised and thorough; "dev": quick local runs. Chosen by HYPOTHESIS_PROFILE.
settings.register_profile(
    "ci",
    max_examples=300,
    derandomize=True,
    deadline=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "dev", max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# "fuzz": the long run of tests/fuzz (issue 20): HYPOTHESIS_PROFILE=fuzz, and
# HYPOTHESIS_FUZZ_EXAMPLES examples per target (default 5,000).
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("HYPOTHESIS_FUZZ_EXAMPLES", "5000")),
    deadline=None,
    print_blob=True,
    suppress_health_check=list(HealthCheck),
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture
def seed_text() -> str:
    """The seed article's text dump."""
    return (FIXTURES / "sony-q2-2012-phonearena" / "input.txt").read_text(encoding="utf-8")
