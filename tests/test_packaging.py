"""Packaging: version, public namespace, typed marker."""

from __future__ import annotations

import os
from importlib.metadata import version
from importlib.resources import files

import articlekit


def test_version_matches_metadata() -> None:
    """``articlekit.__version__`` is the installed distribution's version."""
    assert articlekit.__version__ == version("articlekit")


def test_public_namespace() -> None:
    """Everything in ``__all__`` exists and ``dir()`` shows exactly the public names."""
    for name in articlekit.__all__:
        assert hasattr(articlekit, name), name
    assert sorted(dir(articlekit)) == sorted(articlekit.__all__)


def test_typed_marker_ships() -> None:
    """The package carries ``py.typed`` so users' type checkers read its annotations."""
    assert files("articlekit").joinpath("py.typed").is_file()


def test_build_is_the_one_expected() -> None:
    """``compiled()`` tells the builds apart: CI runs the suite once per build and says which.

    The compiled build's job sets ``ARTICLEKIT_EXPECT_COMPILED=1``; a build that silently fell
    back to pure Python (or a source tree with stale compiled modules) fails here.
    """
    assert articlekit.compiled() is (os.environ.get("ARTICLEKIT_EXPECT_COMPILED") == "1")
