"""From a plan's total volume to whole pieces of each design, and from a design's pieces a year
to its orders (docs/costing.md, "Collections").

Whole pieces by largest remainder: at a total n, design i (planned p_i of the plan's P) gets
⌊n × p_i ÷ P⌋ pieces, and the n − Σ⌊…⌋ pieces left over go one each to the designs with the
largest remainders (n × p_i mod P); among equal remainders the design listed first in the plan
gets its piece first (plans list their designs by code). At the plan's own total every design
gets exactly its planned pieces.

Orders: a design's x pieces a year are bought in k orders of whole pieces: x mod k orders of
⌊x ÷ k⌋ + 1 pieces and the others of ⌊x ÷ k⌋ (an order of 0 pieces of a design is not
placed). When one order of s pieces costs c(s), the year costs (k − r) × c(m) + r × c(m + 1)
with x = k × m + r: on x = k × m … k × (m + 1) the year's cost is the straight line between
k × c(m) and k × c(m + 1). So wherever c is one straight line α + β × s (a tier, the MOQ, the
minimum order value), the year's cost is k × α + β × x, and between the last order size of
one of c's pieces and the first of the next there is a "transition" piece of the year.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

ZERO = Decimal(0)


def whole_pieces(volumes: Sequence[int], n: int) -> tuple[int, ...]:
    """Largest-remainder rounding of n × volume ÷ Σ volumes: whole pieces adding up to n; ties
    go to the design listed first."""
    big_p = sum(volumes)
    if n == big_p:
        return tuple(volumes)
    floors, remainders = [], []
    for p in volumes:
        q, r = divmod(n * p, big_p)
        floors.append(q)
        remainders.append(r)
    left = n - sum(floors)
    if left:
        order = sorted(range(len(volumes)), key=lambda i: (-remainders[i], i))
        for i in order[:left]:
            floors[i] += 1
    return tuple(floors)


_MATRICES: dict[tuple[tuple[int, ...], bytes], Any] = {}
_KEPT_CELLS = 4_000_000  # pieces kept for reuse: 32 MB at most


_BLOCK = 256  # consecutive totals whose pieces are kept together
_BLOCKS: dict[tuple[tuple[int, ...], int], Any] = {}
_KEPT_BLOCK_CELLS = 4_000_000  # 32 MB at most


def pieces_matrix(volumes: Sequence[int], ns: Any) -> Any:
    """whole_pieces for many totals at once: an int64 array, one row per total (kept for the
    last few asks: the sweep's curves and a break-even's two sides ask for the same).

    Totals that come in runs (the volumes a break-even costs one by one, near each crossing
    and at the smallest volumes) are taken from blocks of _BLOCK consecutive totals, kept:
    a plan's pieces at a total never change, whatever the controls, so a move of a control
    or the next route finds most of them made."""
    import numpy as np

    ns = np.asarray(ns, dtype=np.int64)
    names = tuple(volumes)
    key = (names, ns.tobytes())
    found = _MATRICES.get(key)
    if found is not None:
        return found
    blocks = np.unique(ns // _BLOCK) if len(ns) and int(ns.min()) >= 0 else None
    if blocks is not None and len(blocks) * _BLOCK <= 2 * len(ns) + _BLOCK:
        parts = []
        for block in blocks.tolist():
            part = _BLOCKS.get((names, block))
            if part is None:
                part = _pieces(volumes, np.arange(block * _BLOCK, (block + 1) * _BLOCK,
                                                  dtype=np.int64))
                _BLOCKS[(names, block)] = part
                while len(_BLOCKS) > 1 and len(_BLOCKS) * part.size > _KEPT_BLOCK_CELLS:
                    del _BLOCKS[next(iter(_BLOCKS))]  # the oldest go
            parts.append(part)
        whole = parts[0] if len(parts) == 1 else np.concatenate(parts)
        row = np.searchsorted(blocks, ns // _BLOCK) * _BLOCK + ns % _BLOCK
        result: Any = whole[row]
    else:
        result = _pieces(volumes, ns)
    _MATRICES[key] = result
    while len(_MATRICES) > 1 and (len(_MATRICES) > 32 or sum(
            m.size for m in _MATRICES.values()) > _KEPT_CELLS):  # the oldest go
        del _MATRICES[next(iter(_MATRICES))]
    return result


def _pieces(volumes: Sequence[int], ns: Any) -> Any:
    """pieces_matrix, computed."""
    import numpy as np

    p = np.asarray(volumes, dtype=np.int64)
    big_p = int(p.sum())
    if len(ns) and int(ns.max(initial=0)) * int(p.max(initial=0)) < 2 ** 52:
        # exact in binary floats (integers below 2⁵²), and faster than integer division
        product = ns[:, None].astype(float) * p[None, :].astype(float)
        remainders = np.fmod(product, float(big_p))
        floors = ((product - remainders) / big_p).astype(np.int64)
    else:
        floors, remainders = np.divmod(ns[:, None] * p[None, :], big_p)
    left = ns - floors.sum(axis=1)
    count = len(p)
    # the left-th largest remainder of each row; those above it get a piece, and of those equal
    # to it, the first listed until the pieces left are given out
    ordered = np.sort(remainders, axis=1)
    rows = np.arange(len(ns))
    threshold = np.where(left > 0, ordered[rows, count - np.clip(left, 1, count)], big_p)
    above = remainders > threshold[:, None]
    equal = remainders == threshold[:, None]
    wanted = left - above.sum(axis=1)
    given = equal
    tied = equal.sum(axis=1) > wanted  # more equal to it than pieces left: the first listed
    if tied.any():
        given = equal.copy()
        given[tied] = equal[tied] & (np.cumsum(equal[tied], axis=1) <= wanted[tied][:, None])
    result: Any = floors + above + given
    return result


@dataclass(frozen=True)
class OrderPiece:
    """One straight piece of the cost of an order of s pieces: from order size `start` on,
    the sums are a + b × s. `kind` is what holds there (for the explanations)."""

    start: int
    a: tuple[Decimal, ...]
    b: tuple[Decimal, ...]
    below_moq: bool = False
    tier: int = 0
    min_order_value: bool = False
    empty: bool = False  # no order (0 pieces)


@dataclass(frozen=True)
class YearPiece:
    """One straight piece of a design's yearly sums as a function of its pieces a year x: from
    `start` on, a + b × x. `order` indexes the order piece that holds for every order;
    `transition` says the orders are of two sizes on either side of the next order piece's
    start (some orders in piece `order`, the others in `order` + 1)."""

    start: int
    a: tuple[Decimal, ...]
    b: tuple[Decimal, ...]
    order: int
    transition: bool


def year_pieces(order_pieces: Sequence[OrderPiece], orders: int) -> tuple[YearPiece, ...]:
    """The yearly pieces of a design bought in `orders` orders, from the pieces of one order
    (which must start with the empty order at 0)."""
    k = orders
    out: list[YearPiece] = []
    for index, piece in enumerate(order_pieces):
        out.append(YearPiece(k * piece.start, tuple(k * x for x in piece.a), piece.b, index,
                             False))
        if index + 1 == len(order_pieces) or k == 1:
            continue
        following = order_pieces[index + 1]
        s = following.start - 1  # the last order size of this piece
        low = [a + b * s for a, b in zip(piece.a, piece.b)]
        high = [a + b * (s + 1) for a, b in zip(following.a, following.b)]
        slope = tuple(h - lo for h, lo in zip(high, low))
        const = tuple(k * (s + 1) * lo - k * s * h for h, lo in zip(high, low))
        out.append(YearPiece(k * s + 1, const, slope, index, True))
    # a piece that starts where the next one starts holds nowhere
    return tuple(p for i, p in enumerate(out) if i + 1 == len(out) or out[i + 1].start > p.start)


def orders_of(x: int, orders: int) -> list[tuple[int, int]]:
    """(how many orders, pieces in each) for x pieces a year in `orders` orders; empty orders
    are left out."""
    m, r = divmod(x, orders)
    found = []
    if r:
        found.append((r, m + 1))
    if m and orders - r:
        found.append((orders - r, m))
    return found
