"""The Rounding lines of `jewelbench compare` (text and JSON): each table adds up as printed
(jewelbench.domain.footing gives the rule; docs/costing.md, "Money, rounding and units")."""

from __future__ import annotations

from typing import Any

from jewelbench.domain.costing import Comparison, RouteCost
from jewelbench.domain.footing import ROUNDING, foot, foot_per_piece, piece_sentence, signed


def per_piece_rounding_lines(comparison: Comparison) -> list[str]:
    """Under the routes' table: for each route whose printed per piece × pieces is not its
    printed year, "  Rounding, In-house: 138.88 × 300 = 41,664.00; rounding +1.00 =
    41,665.00 a year"."""
    lines = []
    for cost in (comparison.in_house, *comparison.routes):
        footing = foot_per_piece(cost.per_piece.value, cost.volume, cost.total.value,
                                 comparison.currency)
        if not footing.foots:
            lines.append(f"  {ROUNDING}, {cost.route}: {piece_sentence(footing)} a year")
    return lines


def breakdown_rounding(cost: RouteCost) -> list[tuple[str, str]]:
    """The Rounding line of a route's per-piece breakdown, when its printed parts do not add
    up to its printed cost per piece: [("  Rounding", "-0.01 USD")], else []."""
    footing = foot([f.value for f in cost.per_piece_components], cost.per_piece.value,
                   cost.per_piece.currency)
    if footing.foots:
        return []
    return [(f"  {ROUNDING}", f"{signed(footing.rounding, footing.currency)} {footing.currency}")]


def rounding_json(cost: RouteCost) -> dict[str, Any]:
    """What rounding separates a route's printed figures (each a Decimal string in minor units):
    - per_year: printed total − Σ printed yearly parts of the breakdown;
    - per_piece: printed per piece − Σ printed per-piece parts;
    - per_piece_times_volume: printed per piece × the pieces;
    - per_piece_to_total: printed total − that product."""
    currency = cost.total.currency
    year = foot([f.value for f in cost.components], cost.total.value, currency)
    piece = foot([f.value for f in cost.per_piece_components], cost.per_piece.value, currency)
    times = foot_per_piece(cost.per_piece.value, cost.volume, cost.total.value, currency)
    return {"currency": currency, "per_year": str(year.rounding),
            "per_piece": str(piece.rounding),
            "per_piece_times_volume": str(times.product),
            "per_piece_to_total": str(times.rounding),
            "rule": "each figure is rounded once to the currency's minor unit; the rounding "
                    "is the printed total less the sum of its printed parts"}

