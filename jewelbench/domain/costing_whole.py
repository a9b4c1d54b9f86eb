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
(orders helper: this is the volume → pieces model; break_even() reports what this returns.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from jewelbench.domain.costing_inputs import Adjustments

if TYPE_CHECKING:
    from jewelbench.domain.costing_inhouse import InHouseModel
    from jewelbench.domain.costing_outsourced import RouteModel

TRUST = 1e-9  # relative float error tolerated before the exact figure decides


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
        minutes = sorted(float(u.minutes) for u in in_house.units)
        centre = minutes[len(minutes) // 2] if minutes else 0.0
        spread = sum(abs(m - centre) for m in minutes)
        total_minutes = float(in_house.minutes)
        width = int(spread * big_p / total_minutes) + 2 if total_minutes else 0
        for start in in_house.step_starts(e, up_to + width + 2):
            event_at.append(np.array([max(1, start - width - 1), start + width + 1],
                                     dtype=np.int64))
            event_size.append(np.array([abs(float(per_step)), -abs(float(per_step))]))

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
    # D̃(n) = alpha + beta × n on each piece
    alpha = float(fixed) + float(per_step) * s - float(constant) - a_f[k] @ w
    beta = float(per_piece) - b_f[k] @ w
    size = (abs(float(fixed)) + abs(float(per_step)) * s + abs(float(constant))
            + np.abs(a_f[k]) @ np.abs(w)
            + (abs(float(per_piece)) + np.abs(b_f[k]) @ np.abs(w)) * ends)
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

    blocks: list[tuple[int, int, int]] = []  # (first, last, 1 in-house wins / 0 / −1 unsure)
    rows = zip(union.tolist(), ends.tolist(), lo_n.tolist(), hi_n.tolist(),
               wins_at(a_n).tolist(), wins_at((a_n + z_n) / 2).tolist(),
               wins_at(z_n).tolist())
    for a, z, lo, hi, at_a, middle, at_z in rows:
        if lo > hi:
            blocks.append((a, z, 1 if middle else 0))
            continue
        if lo > a:
            blocks.append((a, lo - 1, 1 if at_a else 0))
        blocks.append((lo, hi, -1))
        if hi < z:
            blocks.append((hi + 1, z, 1 if at_z else 0))

    unsure = [np.arange(a, z + 1, dtype=np.int64) for a, z, side in blocks if side < 0]
    volumes = np.concatenate(unsure) if unsure else np.zeros(0, dtype=np.int64)
    wins = np.zeros(len(volumes), dtype=bool)
    if len(volumes):
        inn = in_house.float_totals(volumes, adjustments)
        out = route.float_totals(volumes, adjustments)
        diff = inn - out
        tol = (np.abs(inn) + np.abs(out) + 1.0) * TRUST
        wins = diff <= 0
        for index in np.nonzero(np.abs(diff) <= tol)[0].tolist():
            v = int(volumes[index])
            wins[index] = in_house.total(v, adjustments) - route.total(v, adjustments) <= 0

    kinds = np.array([side for _a, _z, side in blocks])
    begins = np.array([a for a, _z, _side in blocks], dtype=np.int64)
    lengths = np.where(kinds < 0, np.array([z - a + 1 for a, z, _side in blocks]), 1)
    # every decided block is one entry, every unsure one an entry per volume, in order
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])
    total = int(lengths.sum())
    first_arr = np.empty(total, dtype=np.int64)
    side_arr = np.empty(total, dtype=bool)
    decided = kinds >= 0
    first_arr[offsets[decided]] = begins[decided]
    side_arr[offsets[decided]] = kinds[decided] == 1
    if len(volumes):
        slots = np.concatenate([np.arange(o, o + n) for o, n in
                                zip(offsets[~decided].tolist(), lengths[~decided].tolist())])
        first_arr[slots] = volumes
        side_arr[slots] = wins
    change = np.concatenate([[True], side_arr[1:] != side_arr[:-1]])
    return list(zip(first_arr[change].tolist(), side_arr[change].tolist()))


def whole_break_even(in_house: InHouseModel, route: RouteModel, adjustments: Adjustments,
                     up_to: int, make_figures: Callable[[int], tuple[Any, Any]]) -> Any:
    """break_even() for a plan of several designs in whole pieces (see the module)."""
    from jewelbench.domain.costing_analysis import BreakEven, Crossing

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
