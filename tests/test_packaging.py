"""Packaging: version, public namespace, typed marker."""

from __future__ import annotations

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
