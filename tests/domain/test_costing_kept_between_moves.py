"""What a recompute keeps from one move of a control to the next (docs/costing.md, "Speed";
costing_whole): whole pieces, bench minutes and each route's sums at the volumes costed one by
one. Kept figures must never change an answer: every band stays the volume-by-volume truth
whatever moves came before, and a fresh prepare() answers the same.
"""

from __future__ import annotations

from decimal import Decimal

import numpy as np
import pytest
from test_costing_whole_pieces import small_plan

from jewelbench.domain.costing import IN_HOUSE
from jewelbench.domain.costing_inputs import Adjustments
from jewelbench.domain.costing_pieces import pieces_matrix, whole_pieces

D = Decimal

MOVES = [Adjustments(D("0"), D("0"), D("5")), Adjustments(D("15"), D("-6"), D("2")),
         Adjustments(D("-15"), D("6"), D("9")), Adjustments(D("0"), D("0"), D("5"))]


def crossings_by_brute_force(prepared, adjustments, up_to):
    wins = {v: prepared.total_at(IN_HOUSE, v, adjustments).value
            <= prepared.total_at("S", v, adjustments).value for v in range(1, up_to + 1)}
    return [(v, wins[v]) for v in range(2, up_to + 1) if wins[v] != wins[v - 1]]


@pytest.mark.parametrize("orders, staff", [(2, True), (1, False)])
def test_every_move_finds_the_volume_by_volume_crossings(orders, staff):
    prepared = small_plan(orders, staff)
    up_to = 600
    for adjustments in MOVES:  # the last move comes back to the first: kept sums reused
        found = prepared.evaluate(71, adjustments, sweep_to=300, search_to=up_to)
        expected = crossings_by_brute_force(prepared, adjustments, up_to)
        assert [(c.volume, c.in_house_wins) for c in found.break_evens[0].crossings] \
            == expected, adjustments


def test_a_fresh_prepare_gives_what_the_kept_figures_give():
    kept = small_plan(2, True)
    for adjustments in MOVES:
        kept.evaluate(71, adjustments, search_to=600)
    fresh = small_plan(2, True)  # new models: nothing of the first one's may be used
    for adjustments in MOVES[1:3]:
        a = kept.evaluate(71, adjustments, search_to=600)
        b = fresh.evaluate(71, adjustments, search_to=600)
        assert a.break_evens[0].bands == b.break_evens[0].bands
        assert np.array_equal(a.sweep.in_house, b.sweep.in_house)
        assert np.allclose(a.sweep.routes["S"], b.sweep.routes["S"], rtol=1e-12)
        for index in range(0, len(b.sweep.volumes), 41):
            v = int(b.sweep.volumes[index])
            exact = float(fresh.total_at("S", v, adjustments).value)
            assert abs(b.sweep.routes["S"][index] - exact) <= 1e-9 * abs(exact)


@pytest.mark.parametrize("ns", [
    list(range(250, 800)),  # a run over three blocks of 256
    [799, 3, 512, 255, 256, 0, 4000],  # scattered, unsorted, block edges
    list(range(1030, 1010, -1)),  # a run backwards
])
def test_whole_pieces_for_runs_and_scattered_totals_are_largest_remainder(ns):
    volumes = [37, 23, 11, 250]
    for _ in range(2):  # computed, then from the kept blocks
        rows = pieces_matrix(volumes, np.array(ns, dtype=np.int64))
        assert [tuple(r) for r in rows.tolist()] == [whole_pieces(volumes, n) for n in ns]
