"""Paths to fixtures and corpora, and helpers, importable by every test module."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"


def corpus(*parts: str) -> Path:
    """Return a path under ../shared/corpora, skipping the test when it is absent."""
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"corpus {path} is not available (only in the development checkout)")
    return path


def load_module(name: str, path: Path) -> ModuleType:
    """Import a module from a file (the shared harnesses, the benchmark adapters, scripts)."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def harness(name: str) -> ModuleType:
    """A scoring harness of ../shared/eval, skipping the test when it is absent."""
    path = SHARED / "eval" / f"{name}.py"
    if not path.exists():
        pytest.skip("the scoring harnesses are only in the development checkout")
    return load_module(name, path)


def run_python(code: str) -> None:
    """Run ``code`` in a fresh interpreter (what a new process imports) and assert it passes."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
