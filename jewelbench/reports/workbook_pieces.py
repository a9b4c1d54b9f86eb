"""Whole pieces and orders in the workbook's formulas (docs/costing.md, "Collections").

At the Volume costed each design gets whole pieces by largest remainder: ⌊V × p ÷ P⌋, plus one
of the V − Σ⌊V × p ÷ P⌋ pieces left over when its remainder (V × p mod P) is among the largest
(ties: the design listed first on the Inputs sheet's plan). Its pieces are bought in
`Orders_per_year` orders of whole pieces, MOD(x, k) of them one piece larger; MOQ, tier and
minimum order value apply to each order; an order of 0 pieces is not placed.
"""

from __future__ import annotations


def whole_pieces(volume: str, planned: str) -> str:
    """The design's whole pieces at `volume` (planned: its cell on the Inputs sheet, in
    Plan_volumes)."""
    share = f"INT({volume}*{planned}/Plan_total)"
    rem = f"MOD({volume}*{planned},Plan_total)"
    rems = f"MOD({volume}*Plan_volumes,Plan_total)"
    before = (f"SUMPRODUCT(--({rems}>{rem}))"
              f"+SUMPRODUCT(--(ROW(Plan_volumes)<ROW({planned})),--({rems}={rem}))")
    left = f"{volume}-SUMPRODUCT(INT({volume}*Plan_volumes/Plan_total))"
    return f"{share}+IF({before}<{left},1,0)"


def order_size(pieces: str, larger: bool) -> str:
    """The pieces in one of the larger (⌈x ÷ k⌉) or smaller (⌊x ÷ k⌋) orders."""
    return (f"ROUNDUP({pieces}/Orders_per_year,0)" if larger
            else f"INT({pieces}/Orders_per_year)")


def _larger_orders(pieces: str) -> str:
    return f"MOD({pieces},Orders_per_year)"


def _smaller_orders(pieces: str) -> str:
    return f"(Orders_per_year-MOD({pieces},Orders_per_year))"


def per_order(pieces: str, one_order: str) -> str:
    """Σ over the year's orders of `one_order` (a formula in {s}, the order's pieces, 0 for an
    order not placed): MOD(x, k) orders of ⌊x ÷ k⌋ + 1 pieces, the others of ⌊x ÷ k⌋."""
    large = f"INT({pieces}/Orders_per_year)+1"
    small = f"INT({pieces}/Orders_per_year)"
    return (f"{_larger_orders(pieces)}*({one_order.format(s=large)})"
            f"+{_smaller_orders(pieces)}*IF({small}>0,{one_order.format(s=small)},0)")


def billed(pieces: str, moq: str) -> str:
    """Pieces billed a year: each order at least the MOQ."""
    return per_order(pieces, f"MAX({{s}},{moq})")


def goods(pieces: str, moq: str, mins: str, prices: str, basis: str, mov: str) -> str:
    """The year's goods in the quote's currency: each order at its own tier, topped up to the
    minimum order value."""
    b = f"MAX({{s}},{moq})"
    price = f"INDEX({prices},MAX(1,IFERROR(MATCH({b},{mins},1),1)))"
    return per_order(pieces, f"MAX({b}*{price},{mov}-{b}*{basis})")
