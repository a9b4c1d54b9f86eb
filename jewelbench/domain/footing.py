"""Figures that foot: a printed table adds up as printed (docs/costing.md, "Money, rounding
and units").

The engine computes exactly and rounds only to show. Rounded separately, the parts of a table
need not add up to its rounded total (0.005 + 0.005 = 0.01, shown 0.01 + 0.01 against 0.01),
and a rounded cost per piece times the pieces need not give the rounded year (138.883… a
piece, 41,665.00 a year: 138.88 × 300 = 41,664.00). The rule every output follows:

- each figure is printed as itself, rounded half-up to the currency's minor unit once: the
  total is never changed to the sum of its rounded parts, so it reads the same in the view,
  the CLI, the JSON and the workbook;
- under the parts, a **Rounding** line prints printed total − Σ printed parts whenever that is
  not zero, so parts + rounding = total as printed; it is left out when the parts foot;
- where a cost per piece is printed beside the year's total, and the printed per piece ×
  pieces differs from the printed total, a **Rounding** line says so: "138.88 × 300 =
  41,664.00; rounding +1.00 = 41,665.00";
- a difference of two printed totals is printed as the difference of the printed figures.

Everything here is exact Decimal arithmetic in minor units: a rounding is a whole number of
cents (or yen, or fils).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from jewelbench.domain.costing_figures import rounded, show
from jewelbench.domain.money import MINOR_UNITS

ZERO = Decimal(0)
ROUNDING = "Rounding"  # the line's label (the view says it through tr())


def minor_units(currency: str | None) -> int:
    """Decimal places of the currency's minor unit (ISO 4217): 2 unless listed (JPY 0, KWD 3)."""
    return MINOR_UNITS.get(currency, 2) if currency else 2


def printed(value: Decimal, currency: str | None) -> Decimal:
    """The value as it is printed: half-up to the currency's minor unit."""
    return rounded(value, currency)


@dataclass(frozen=True, slots=True)
class Footing:
    """A table's parts and total as printed, and the rounding line that makes them add up."""

    parts: tuple[Decimal, ...]  # each part as printed
    total: Decimal  # the exact total, as printed
    rounding: Decimal  # total − Σ parts (signed); 0 when the parts foot
    currency: str | None

    @property
    def foots(self) -> bool:
        return self.rounding == 0


def foot(parts: Sequence[Decimal], total: Decimal, currency: str | None,
         signs: Sequence[int] | None = None) -> Footing:
    """The rounding line under `parts` (exact values) adding up to `total` (exact).

    `signs` (+1 or −1 for each part, all +1 when None) foots a difference: a − b."""
    shown = tuple(printed(part, currency) for part in parts)
    factors = signs if signs is not None else (1,) * len(shown)
    total_shown = printed(total, currency)
    added = sum((part * sign for part, sign in zip(shown, factors)), ZERO)
    return Footing(shown, total_shown, total_shown - added, currency)


@dataclass(frozen=True, slots=True)
class PieceFooting:
    """A cost per piece and the year's total, as printed, and what rounding separates them."""

    per_piece: Decimal  # as printed
    pieces: int
    product: Decimal  # printed per piece × pieces
    total: Decimal  # the exact total, as printed
    rounding: Decimal  # total − product; 0 when they foot
    currency: str | None

    @property
    def foots(self) -> bool:
        return self.rounding == 0


def foot_per_piece(per_piece: Decimal, pieces: int, total: Decimal,
                   currency: str | None) -> PieceFooting:
    """Does the printed per piece × pieces give the printed total? The rounding if not."""
    piece = printed(per_piece, currency)
    product = piece * pieces
    total_shown = printed(total, currency)
    return PieceFooting(piece, pieces, product, total_shown, total_shown - product, currency)


def difference(first: Decimal, second: Decimal, currency: str | None) -> Decimal:
    """first − second as printed: the difference of the two printed figures, which foots."""
    return printed(first, currency) - printed(second, currency)


def signed(value: Decimal, currency: str | None) -> str:
    """A rounding as printed with its sign: '+1.00', '-0.01', '0.00'."""
    text = show(value, currency).removesuffix(f" {currency}" if currency else "")
    return f"+{text}" if value > 0 else text


def piece_sentence(footing: PieceFooting) -> str:
    """'138.88 × 300 = 41,664.00; rounding +1.00 = 41,665.00' (amounts without the currency)."""
    def plain(value: Decimal) -> str:
        return show(value, footing.currency).removesuffix(f" {footing.currency}")
    return (f"{plain(footing.per_piece)} × {footing.pieces:,} = {plain(footing.product)}; "
            f"rounding {signed(footing.rounding, footing.currency)} = {plain(footing.total)}")
