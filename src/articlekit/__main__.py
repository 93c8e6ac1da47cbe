"""``python -m articlekit``."""

from articlekit.cli import main

main()
