"""Numeric facts: values, ranges, scales, money, units, counted nouns, qualifiers and periods."""

from __future__ import annotations

from articlekit.facts.quantities import (
    QuantityExtractor,
    find_quantities,
    find_unit_mentions,
    parse_quantity,
)

__all__ = ["QuantityExtractor", "find_quantities", "find_unit_mentions", "parse_quantity"]
