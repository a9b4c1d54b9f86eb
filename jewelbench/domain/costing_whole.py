"""Where in-house is cheaper, exactly, when a plan of several designs is costed in whole pieces.

With whole pieces (largest remainder) the totals are no longer straight lines between the
volumes where something steps: one design gets a piece more at n, another at n + 1. The
difference D(n) = in-house − route is screened against its surrogate D̃(n) — each design's
formula at its fractional share q_i = n × p_i ÷ P, piecewise linear in n (RouteModel.starts,
InHouseModel.step_starts) — using a bound U(n) on |D(n) − D̃(n)|:

- slopes: design i's pieces differ from its share by δ_i = x_i − q_i, |δ_i| < 1 and Σ δ_i = 0
  (both add up to n), so the straight parts differ by Σ σ_i δ_i, σ_i the slope of design i's
  difference (in-house per piece − the route's per piece) in the piece its share q_i is in
  (when x_i is in the next piece, the difference is that jump + σ_i δ_i: below); for any
  constant c that is at most Σ |σ_i − c|, taken with c their mean on each stretch of volumes
  where every design's share stays in one piece;
- jumps: where design i's cost jumps at x_b pieces (MOQ, tier, minimum order value, a
  transition between order sizes), its whole pieces can be x_b while its share is still below
  x_b: for n in ((x_b − 1) × P ÷ p_i, x_b × P ÷ p_i), add the size of that jump;
- people added in-house: the bench minutes differ from the surrogate's by at most
  Σ |m_i − c| (m_i: minutes per piece); within that many volumes of a surrogate step, add a
  salary step.

Outside the volumes where |D̃(n)| ≤ U(n) the sign of D is the sign of D̃, exactly. The volumes
inside (near each crossing and each jump) are costed in whole pieces: in floats where the float
is far from zero, exactly (Decimal) otherwise. Every sign reported is therefore exact.

Speed (docs/costing.md, "Speed"): what does not move with the controls is kept from one
recompute to the next — the whole pieces, bench minutes and each route's sums at the volumes
costed one by one (by blocks of 256 consecutive volumes) and at the sweep's — so a move only
weighs them with the controls' weights; the screen itself is numpy arrays throughout.
(orders helper: this is the volume → pieces model; break_even() reports what this returns.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from jewelbench.domain.costing_breakeven import BreakEven, Crossing
from jewelbench.domain.costing_inputs import Adjustments

if TYPE_CHECKING:
    from jewelbench.domain.costing_inhouse import InHouseModel
    from jewelbench.domain.costing_outsourced import RouteModel

TRUST = 1e-9  # relative float error tolerated before the exact figure decides


_WIDTHS: dict[tuple[int, int], tuple[InHouseModel, int]] = {}


def _minutes_width(in_house: InHouseModel, big_p: int) -> int:
    """How many volumes the bench minutes of whole pieces can be from the surrogate's:
    Σ |m_i − c| × P ÷ total minutes, c the median (kept: it never depends on the controls;
    each entry holds its model, so an id is never reused while its entry lives)."""
    key = (id(in_house), big_p)
    found = _WIDTHS.get(key)
    if found is not None and found[0] is in_house:
        return found[1]
    minutes = sorted(float(u.minutes) for u in in_house.units)
    centre = minutes[len(minutes) // 2] if minutes else 0.0
    spread = sum(abs(m - centre) for m in minutes)
    total_minutes = float(in_house.minutes)
    width = int(spread * big_p / total_minutes) + 2 if total_minutes else 0
    if len(_WIDTHS) > 32:
        _WIDTHS.clear()
    _WIDTHS[key] = (in_house, width)
    return width


def exact_sides(in_house: InHouseModel, route: RouteModel, adjustments: Adjustments,
                up_to: int) -> list[tuple[int, bool]]:
    """The runs of 1 … up_to where the cheaper side stays: (first volume, in-house is cheaper
    or equal there), in order; each run lasts until the next one's first volume − 1."""
    import numpy as np

    e = in_house.error_rate_for(adjustments)
    fixed, per_piece, per_step = in_house.linear_form(adjustments)
    constant, weights = route.linear_form(adjustments)
    w = np.array([float(x) for x in weights])
    big_p = route.plan_volume
    inh_w = in_house.float_weights(adjustments)

    # --- the bound: slopes and jumps (vectorised over every yearly piece of every design) ---
    from jewelbench.domain.costing_outsourced import _KEY

    keys, a_rows, b_rows = route._float_table()
    design = keys // _KEY
    starts_x = keys % _KEY
    aw, bw = a_rows @ w, b_rows @ w
    slopes = np.array(inh_w)[design] - bw
    count = len(route.designs)
    same = design[1:] == design[:-1]  # a piece and the one before it, of one design
    jumps = np.abs((aw[1:] - aw[:-1]) + (bw[1:] - bw[:-1]) * starts_x[1:])
    keep = same & (jumps > 0)
    xb = starts_x[1:][keep]
    p = np.array(route.volumes, dtype=np.int64)[design[1:][keep]]
    first = (xb - 1) * big_p // p + 1
    last = -(-(xb * big_p) // p) - 1
    size = jumps[keep]
    useful = (first <= np.minimum(last, up_to))
    event_at = [np.maximum(first[useful], 1), last[useful] + 1]
    event_size = [size[useful], -size[useful]]

    # --- the bound: people added -------------------------------------------------------------
    step_starts = in_house.step_starts(e, up_to)
    if step_starts or in_house.minute_line(e) is not None:
        width = _minutes_width(in_house, big_p)
        wide = np.array(in_house.step_starts(e, up_to + width + 2), dtype=np.int64)
        person = abs(float(per_step))
        event_at += [np.maximum(1, wide - width - 1), wide + width + 1]
        event_size += [np.full(len(wide), person), np.full(len(wide), -person)]

    # --- pieces where the surrogate is one line and the bound one constant -------------------
    starts_f, a_f, b_f = route.float_tables()
    steps = np.array(step_starts, dtype=np.int64)
    where_all = np.concatenate(event_at).astype(np.int64)
    change_all = np.concatenate(event_size).astype(float)
    points = [np.array([1], dtype=np.int64), starts_f[starts_f <= up_to], steps,
              where_all[(where_all >= 1) & (where_all <= up_to)]]
    union = np.unique(np.concatenate(points))
    ends = np.append(union[1:] - 1, up_to)
    if len(where_all):
        where, change = where_all, change_all
        order = np.argsort(where, kind="stable")
        where, running = where[order], np.cumsum(change[order])
        at = np.searchsorted(where, union, side="right") - 1
        extra = np.where(at >= 0, running[np.maximum(at, 0)], 0.0)
    else:
        extra = np.zeros(len(union))
    k = np.searchsorted(starts_f, union, side="right") - 1
    s = np.searchsorted(steps, union, side="right")
    # D̃(n) = alpha + beta × n on each piece (each table weighed once, then looked up)
    w_abs = np.abs(w)
    alpha = float(fixed) + float(per_step) * s - float(constant) - (a_f @ w)[k]
    beta = float(per_piece) - (b_f @ w)[k]
    size = (abs(float(fixed)) + abs(float(per_step)) * s + abs(float(constant))
            + (np.abs(a_f) @ w_abs)[k]
            + (abs(float(per_piece)) + (np.abs(b_f) @ w_abs)[k]) * ends)
    # on each piece every design keeps one surrogate piece (the one its share is in): the
    # straight parts differ from it by Σ σ_i δ_i ≤ Σ |σ_i − c|, c their mean. Costing that on
    # every piece is dear: first a bound over all of a design's pieces (Σ max |σ − c|), and
    # the tighter one only where the surrogate comes within it of zero
    centre_all = float(slopes.mean()) if len(slopes) else 0.0
    widest = np.zeros(count)
    np.maximum.at(widest, design, np.abs(slopes - centre_all))
    loose = float(widest.sum()) + np.maximum(extra, 0.0)
    at_a, at_z = alpha + beta * union, alpha + beta * ends
    nearest = np.where(np.sign(at_a) != np.sign(at_z), 0.0,
                       np.minimum(np.abs(at_a), np.abs(at_z)))
    close = nearest <= (loose * (1 + TRUST) + size * TRUST + 1e-6)
    slope_bound = np.full(len(union), float(widest.sum()))
    volumes_p = np.array(route.volumes, dtype=np.int64)
    columns = np.arange(count, dtype=np.int64)[None, :] * _KEY
    rows_close = np.nonzero(close)[0]
    chunk = max(1, 200_000 // max(1, count))
    for first_row in range(0, len(rows_close), chunk):
        chosen = rows_close[first_row:first_row + chunk]
        shares = (union[chosen][:, None] * volumes_p[None, :]) // big_p
        sigma = slopes[np.searchsorted(keys, columns + shares, side="right") - 1]
        centre = sigma.mean(axis=1)  # any centre bounds it; the mean is cheap
        slope_bound[chosen] = np.abs(sigma - centre[:, None]).sum(axis=1)
    bound = slope_bound + np.maximum(extra, 0.0)
    bound = bound * (1 + TRUST) + size * TRUST + 1e-6

    # the volumes of each piece where |D̃| ≤ the bound: one interval (lo … hi), maybe empty
    a_n, z_n = union.astype(float), ends.astype(float)
    flat = np.abs(beta) * (z_n - a_n + 1) <= TRUST * (np.abs(alpha) + bound)
    safe_beta = np.where(flat, 1.0, beta)
    r1, r2 = (-bound - alpha) / safe_beta, (bound - alpha) / safe_beta
    low = np.maximum(np.minimum(r1, r2), a_n - 2.0)
    high = np.minimum(np.maximum(r1, r2), z_n + 2.0)
    lo_n = np.maximum(union, np.floor(low).astype(np.int64) - 1)
    hi_n = np.minimum(ends, np.ceil(high).astype(np.int64) + 1)
    near = np.abs(alpha) <= bound + np.abs(beta) * (z_n + 1)
    lo_n = np.where(flat, np.where(near, union, ends + 1), lo_n)
    hi_n = np.where(flat, np.where(near, ends, ends), hi_n)

    def wins_at(n: Any) -> Any:  # the surrogate's side where it is far from zero
        return alpha + beta * n <= 0

    # each piece of volumes gives up to four blocks, in order: the whole piece decided (no
    # volume near zero), or the decided part before the unsure volumes, the unsure volumes
    # (each costed), the decided part after them
    empty = lo_n > hi_n
    split = ~empty
    begin = np.stack([union, union, lo_n, hi_n + 1], axis=1)
    side = np.stack([wins_at((a_n + z_n) / 2), wins_at(a_n), np.zeros(len(union), bool),
                     wins_at(z_n)], axis=1)
    held = np.stack([empty, split & (lo_n > union), split, split & (hi_n < ends)], axis=1)
    unsure_col = np.zeros((len(union), 4), dtype=bool)
    unsure_col[:, 2] = True
    begin, side, unsure_b = begin[held], side[held], unsure_col[held]
    lengths = np.ones(len(begin), dtype=np.int64)
    lengths[unsure_b] = (hi_n - lo_n + 1)[split]
    offsets = np.cumsum(lengths) - lengths
    total = int(lengths.sum())
    first_arr = np.empty(total, dtype=np.int64)
    side_arr = np.empty(total, dtype=bool)
    decided = ~unsure_b
    first_arr[offsets[decided]] = begin[decided]
    side_arr[offsets[decided]] = side[decided]
    runs_len = lengths[unsure_b]
    if len(runs_len):
        # every unsure volume, in order: lo, lo + 1, … hi of each piece
        within = np.arange(int(runs_len.sum()), dtype=np.int64) - np.repeat(
            np.cumsum(runs_len) - runs_len, runs_len)
        volumes = np.repeat(begin[unsure_b], runs_len) + within
        slots = np.repeat(offsets[unsure_b], runs_len) + within
        inn = in_house_float_totals(in_house, adjustments, volumes)
        out = route_float_totals(route, adjustments, volumes)
        diff = inn - out
        tol = (np.abs(inn) + np.abs(out) + 1.0) * TRUST
        wins = diff <= 0
        for index in np.nonzero(np.abs(diff) <= tol)[0].tolist():
            v = int(volumes[index])
            wins[index] = in_house.total(v, adjustments) - route.total(v, adjustments) <= 0
        first_arr[slots] = volumes
        side_arr[slots] = wins
    change = np.concatenate([[True], side_arr[1:] != side_arr[:-1]])
    return list(zip(first_arr[change].tolist(), side_arr[change].tolist()))


# The route's sums (goods, metal, freight … of RouteModel.sums) at whole pieces, in floats, for
# the totals a recompute costs: they do not depend on the controls, so they are kept (by
# blocks of consecutive totals, or for the sweep's volumes) and each move only weighs them
# with the controls' weights. Each entry holds its route, so an id is never reused while its
# entry lives.
_SUMS_BLOCK = 256
_ROUTE_SUMS: dict[tuple[int, Any, Any], tuple[RouteModel, Any]] = {}
_KEPT_SUM_CELLS = 2_000_000  # 16 MB at most


def _route_sums(route: RouteModel, ns: Any) -> Any:
    """Σ over the designs of a + b × x_i of each design's piece at its whole pieces x_i: one
    row of the route's sums per total in ns (what route.float_totals weighs)."""
    import numpy as np

    from jewelbench.domain.costing_pieces import pieces_matrix

    keys, a_rows, b_rows = route._float_table()
    seg_starts, table, next_start = route._piece_table()
    x = pieces_matrix(route.volumes, ns)
    base = table[np.searchsorted(seg_starts, ns, side="right") - 1]
    index = base + (x >= next_start[base])
    pieces = x.astype(float)
    found: Any = np.empty((len(ns), a_rows.shape[1]))
    for j in range(a_rows.shape[1]):  # one sum at a time: small arrays, fast look-ups
        found[:, j] = a_rows[:, j][index].sum(axis=1) + np.einsum(
            "nd,nd->n", b_rows[:, j][index], pieces)
    return found


def route_float_totals(route: RouteModel, adjustments: Adjustments, volumes: Any) -> Any:
    """route.float_totals(volumes, adjustments), from kept sums: the same totals in binary
    floats (summed in another order: they agree to float precision, never decide a sign)."""
    import numpy as np

    volumes = np.asarray(volumes, dtype=np.int64)
    if not len(volumes):
        return route.float_totals(volumes, adjustments)
    constant, weights = route.linear_form(adjustments)
    w = np.array([float(v) for v in weights])
    rows = _rows_for(_ROUTE_SUMS, route, None, volumes, lambda ns: _route_sums(route, ns))
    found: Any = float(constant) + rows @ w
    return found


_IN_HOUSE_ROWS: dict[tuple[int, Any, Any], tuple[InHouseModel, Any]] = {}


def _rows_for(cache: dict[tuple[int, Any, Any], tuple[Any, Any]], model: Any, tag: Any,
              volumes: Any, make: Callable[[Any], Any]) -> Any:
    """make(ns) at `volumes`, kept in `cache` for `model`: by blocks of _SUMS_BLOCK consecutive
    totals when the volumes come in runs, else for these volumes (the sweep's)."""
    import numpy as np

    def kept(key: tuple[int, Any, Any], ns: Any) -> Any:
        entry = cache.get(key)
        if entry is not None and entry[0] is model:
            return entry[1]
        value = make(ns)
        cache[key] = (model, value)
        while len(cache) > 1 and sum(v[0].size if isinstance(v, tuple) else v.size
                                     for _m, v in cache.values()) > _KEPT_SUM_CELLS:
            del cache[next(iter(cache))]  # the oldest go
        return value

    blocks = np.unique(volumes // _SUMS_BLOCK) if int(volumes.min()) >= 0 else None
    if blocks is None or len(blocks) * _SUMS_BLOCK > 2 * len(volumes) + _SUMS_BLOCK:
        return kept((id(model), tag, volumes.tobytes()), volumes)
    parts = [kept((id(model), tag, b), np.arange(b * _SUMS_BLOCK, (b + 1) * _SUMS_BLOCK,
                                                 dtype=np.int64)) for b in blocks.tolist()]
    at = np.searchsorted(blocks, volumes // _SUMS_BLOCK) * _SUMS_BLOCK + volumes % _SUMS_BLOCK
    if isinstance(parts[0], tuple):
        return tuple((p[0] if len(p) == 1 else np.concatenate(p))[at] for p in zip(*parts))
    return (parts[0] if len(parts) == 1 else np.concatenate(parts))[at]


def in_house_float_totals(in_house: InHouseModel, adjustments: Adjustments,
                          volumes: Any) -> Any:
    """in_house.float_totals(volumes, adjustments) from kept whole pieces (as floats) and
    bench minutes (whole numbers): a move only weighs them with the controls. The people
    added are counted exactly, as there; falls back to it where the minutes could overflow."""
    import numpy as np

    from jewelbench.domain.costing_pieces import pieces_matrix

    volumes = np.asarray(volumes, dtype=np.int64)
    line = in_house.minute_line(in_house.error_rate_for(adjustments))
    if not len(volumes) or (line is not None and (
            max(abs(line[0]), abs(line[1]), line[2]) >= 2 ** 62
            or sum(int(u.minutes * line[3]) for u in in_house.units)
            * int(volumes.max()) * line[2] >= 2 ** 52)):
        return in_house.float_totals(volumes, adjustments)
    scale = line[3] if line is not None else 1

    def make(ns: Any) -> Any:
        x = pieces_matrix(in_house.volumes, ns)
        m = np.array([int(u.minutes * scale) for u in in_house.units], dtype=np.int64)
        return x.astype(float), x @ m

    pieces, minutes = _rows_for(_IN_HOUSE_ROWS, in_house, scale, volumes, make)
    fixed, _per_piece, per_step = in_house.linear_form(adjustments)
    total: Any = float(fixed) + pieces @ in_house.float_weights(adjustments)
    if line is not None:
        a, b, d, _scale = line
        total = total + float(per_step) * np.maximum(0, -((a - minutes * d) // b)).astype(float)
    return total


def whole_break_even(in_house: InHouseModel, route: RouteModel, adjustments: Adjustments,
                     up_to: int, make_figures: Callable[[int], tuple[Any, Any]]) -> BreakEven:
    """break_even() for a plan of several designs in whole pieces (see the module)."""
    runs = exact_sides(in_house, route, adjustments, up_to)
    e = in_house.error_rate_for(adjustments)
    crossings = []
    asked = [v for v, _wins in runs[1:]]
    all_reasons = route.reasons_at(asked)
    stepped: set[int] = set()
    if in_house.step and asked and in_house.minute_line(e) is not None:
        import numpy as np

        from jewelbench.domain.costing_pieces import pieces_matrix

        both = np.array([*(v - 1 for v in asked), *asked], dtype=np.int64)
        x = pieces_matrix(in_house.volumes, both)  # the same rows reasons_at used
        line = in_house.minute_line(e)
        assert line is not None
        a, b, d, scale = line
        scaled = [int(u.minutes * scale) for u in in_house.units]
        if (sum(scaled) * int(x.max(initial=0)) * d < 2 ** 62
                and max(abs(a), abs(b), d) < 2 ** 62):
            # every figure a whole number below 2⁶²: int64 arithmetic is exact
            minutes = x @ np.array(scaled, dtype=np.int64)
            steps = np.maximum(0, -((a - minutes * d) // b)).tolist()
        else:
            steps = [max(0, -((a - sum(m * c for m, c in zip(scaled, row)) * d) // b))
                     for row in x.tolist()]
        stepped = {v for v, before, after in zip(asked, steps[:len(asked)],
                                                 steps[len(asked):]) if before != after}
    for (v, wins), why in zip(runs[1:], all_reasons):
        # between two volumes whole pieces move from design to design: every crossing is a
        # step of the totals, said with what the route's designs reach there, if anything
        if in_house.step and v in stepped:
            why.append(f"one more {in_house.step.role} is added in-house")
        crossings.append(Crossing(v, wins, True, None, "; ".join(why) or
                                  "the designs' whole pieces move by one"))
    volume = 1 if runs and runs[0][1] else next((c.volume for c in crossings
                                                 if c.in_house_wins), None)
    totals = make_figures(volume) if volume is not None else None
    return BreakEven(route.name, volume, up_to, tuple(crossings),
                     totals[0] if totals else None, totals[1] if totals else None)


def surrogate_curves(in_house: InHouseModel, route: RouteModel, adjustments: Adjustments,
                     volumes: Any) -> tuple[Any, Any]:
    """The surrogate's totals (each design at its fractional share, in floats) at many volumes:
    what the workbook's Volumes sheet draws for a plan; the exact totals for one design."""
    import numpy as np

    fixed, per_piece, per_step = in_house.linear_form(adjustments)
    steps = np.array(in_house.step_starts(in_house.error_rate_for(adjustments),
                                          int(volumes[-1])), dtype=np.int64)
    added = np.searchsorted(steps, volumes, side="right")
    inn = float(fixed) + float(per_piece) * volumes + float(per_step) * added
    constant, weights = route.linear_form(adjustments)
    starts_f, a_f, b_f = route.float_tables()
    w = np.array([float(x) for x in weights])
    k = np.searchsorted(starts_f, volumes, side="right") - 1
    out = float(constant) + a_f[k] @ w + (b_f[k] @ w) * volumes
    return inn, out
