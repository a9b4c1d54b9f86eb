"""Comparison view benchmark: one move of a what-if control, as a person sees it, for a
200-design collection with 5 quotes each and a 500-point volume sweep.

Run on demand (not in CI):  .venv/bin/python tests/benchmarks/bench_comparison_view.py
                                                                        [--moves 40]

Takes the collection, scenario, quotes and prices bench_costing.py builds (its build(), shared,
not copied), prices them once with prepare() and hands the result to the real ComparisonView
(offscreen, 1366 × 768) the way its pricing thread does. Then it moves the controls in turn —
volume slider, metal %, FX %, error rate — through the same signals a drag or a key sends, and
times each move until it is on screen:
  engine     PreparedComparison.evaluate() for the controls' values (the view's own call)
  view       the verdict, the table and the chart on screen updated (the rest of the move)
  paint      the whole view painted again (view.repaint(): every widget, not only what
             changed — more than a screen does), then the events the move posted processed
In the same run, the plain Decimal loop of bench_costing.py (plain_sweep: every volume, every
route, every design) over the same inputs and the same 500 sweep volumes is timed as the
baseline, and the ratio printed. Target: a whole move under 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_costing import SWEEP_POINTS, build, plain_sweep  # noqa: E402

from jewelbench.domain.costing import Comparison, PreparedComparison, prepare  # noqa: E402
from jewelbench.domain.costing_inputs import InHouseTerms  # noqa: E402

D = Decimal


class _TimedEvaluate(PreparedComparison):
    """The prepared comparison the view holds, the same object's state, with its evaluate()
    timed (nothing else changes)."""

    times: list[float]

    @classmethod
    def of(cls, prepared: PreparedComparison) -> _TimedEvaluate:
        timed = cls.__new__(cls)
        timed.__dict__.update(prepared.__dict__)
        timed.times = []
        return timed

    def evaluate(self, *args: Any, **kwargs: Any) -> Comparison:
        start = time.perf_counter()
        try:
            return super().evaluate(*args, **kwargs)
        finally:
            self.times.append(time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--moves", type=int, default=40)
    parser.add_argument("--plain-runs", type=int, default=3)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from jewelbench.app.main import apply_style
    from jewelbench.storage.costing import CostingSetup
    from jewelbench.ui.costs.comparison import ComparisonView
    from jewelbench.ui.costs.controls import position_for_volume

    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_style(app)
    plan, scenario, routes, prices = build()
    terms = InHouseTerms()
    setup = CostingSetup("Plan 'Benchmark collection'", plan, scenario, routes, prices, terms,
                         [])
    prepared = prepare(plan, scenario, routes, prices, terms)
    timed = _TimedEvaluate.of(prepared)

    view = ComparisonView()
    view.resize(1366, 768)
    view.show()
    app.processEvents()
    # As the pricing thread hands its result over (comparison_pricing.PricingTask →
    # ComparisonView._prepared_done).
    view.setup = setup
    view._volume_from_plan = True
    view._prepared_done(view._token, timed)
    app.processEvents()
    assert view.comparison is not None and view.problem == "", view.problem
    assert len(view.comparison.routes) == len(routes)
    volume = plan.total_volume
    assert view.controls.pieces() == volume
    timed.times.clear()

    controls = view.controls
    base_position = position_for_volume(volume)

    def move(k: int) -> str:
        """The k-th move: each control in turn, back and forth, as a drag would."""
        step = (1, -1, 2, -2, 3, -3)[(k // 4) % 6]  # never the value it has
        which = k % 4
        if which == 0:
            controls.volume_slider.setValue(base_position + step * 7)
            return "volume"
        if which == 1:
            controls.metal_slider.setValue(step * 4)
            return "metal"
        if which == 2:
            controls.fx_slider.setValue(step * 3)
            return "fx"
        controls.error_slider.setValue(10 + 2 * ((k // 4) % 6))  # 5 % … 10 %
        return "error"

    for k in range(20, 24):  # warm up: the first move of each control (values not timed)
        move(k)
        view.repaint()
        app.processEvents()
    timed.times.clear()

    totals: list[float] = []
    updates: list[float] = []
    paints: list[float] = []
    by_control: dict[str, list[float]] = {}
    for k in range(args.moves):
        start = time.perf_counter()
        name = move(k)
        updated = time.perf_counter()
        view.repaint()  # the whole view painted again, not only what changed …
        app.processEvents()  # … and anything the move posted (layouts, updates) done
        done = time.perf_counter()
        assert view.comparison is not None, view.problem
        totals.append(done - start)
        updates.append(updated - start)
        paints.append(done - updated)
        by_control.setdefault(name, []).append(done - start)
    engine = list(timed.times)
    assert len(engine) == args.moves, (len(engine), args.moves)
    comparison = view.comparison
    view.close()

    # The baseline: the plain Decimal loop over the same inputs and the same sweep volumes.
    volumes = [int(v) for v in comparison.sweep.volumes]
    assert len(volumes) == SWEEP_POINTS
    plain = []
    for _ in range(args.plain_runs):
        start = time.perf_counter()
        plain_sweep(prepared, volumes, comparison.adjustments)
        plain.append(time.perf_counter() - start)

    def ms(values: list[float]) -> float:
        return statistics.median(values) * 1000

    whole = ms(totals)
    print(f"{len(plan.lines)} designs × {len(routes)} quotes each, {len(volumes)}-point sweep "
          f"to {volumes[-1]:,} pieces; plan volume {volume:,}; chart shown: "
          f"{view.charts.currentWidget().key}")
    print(f"  one control move, on screen  median {whole:7.1f} ms   worst "
          f"{max(totals) * 1000:6.1f} ms   ({args.moves} moves)")
    print(f"    engine (evaluate())        median {ms(engine):7.1f} ms   worst "
          f"{max(engine) * 1000:6.1f} ms")
    rest = [u - e for u, e in zip(updates, engine)]
    print(f"    verdict, table, chart      median {ms(rest):7.1f} ms   worst "
          f"{max(rest) * 1000:6.1f} ms")
    print(f"    repaint + events           median {ms(paints):7.1f} ms   worst "
          f"{max(paints) * 1000:6.1f} ms")
    for name, values in by_control.items():
        print(f"    {name:<7} moves             median {ms(values):7.1f} ms   worst "
              f"{max(values) * 1000:6.1f} ms")
    base = ms(plain)
    print(f"  plain Decimal loop, sweep only     {base:7.1f} ms   ({args.plain_runs} runs)")
    print(f"  ratio plain ÷ one move on screen   {base / whole:7.0f} ×   (the plain loop does "
          "the sweep only: no break-even, cash, tornado, verdict or drawing)")
    print(f"target: a whole move under 50 ms — median {'met' if whole < 50 else 'NOT met'}, "
          f"worst {'met' if max(totals) < 0.05 else 'NOT met'}")


if __name__ == "__main__":
    main()
