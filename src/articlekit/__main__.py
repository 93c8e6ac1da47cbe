"""``python -m articlekit``."""

from articlekit.cli import run

run()
