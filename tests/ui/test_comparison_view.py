"""The make-or-buy comparison in Costs, on a copy of the demo at laptop size: the verdict and the
table say the engine's figures, the controls redraw the verdict and the curves, bad input is
the engine's message (nothing drawn, nothing stored), charts export, every figure explains
itself."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette

from jewelbench.domain.costing import IN_HOUSE, Adjustments, prepare, sweep_end
from jewelbench.domain.costing_figures import COMPONENT_LABELS, Component
from jewelbench.domain.quotes import PricingBasis
from jewelbench.ui.costs import colours
from jewelbench.ui.costs.comparison_pricing import swing_for
from jewelbench.ui.costs.controls import position_for_volume, volume_for_position

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _view(window, qtbot):
    window.show_view("costs")
    costs = window.costs
    assert costs.currentWidget() is costs.comparison, "Costs opens on the comparison"
    view = costs.comparison
    view.wait()
    return view


def _design_with_quotes(workspace, on: dt.date, at_least: int = 2) -> int:
    """A design with at least this many quotes valid on the date."""
    counts: dict[int, int] = {}
    for q in workspace.quotes.summaries():
        if q.quoted_on <= on and not q.is_expired(on):
            counts[q.design_id] = counts.get(q.design_id, 0) + 1
    return next(d for d, n in sorted(counts.items()) if n >= at_least)


def _choose_design(view, design_id: int) -> None:
    already = view.choice() is not None and view.choice().id == design_id
    assert view.choose("design", design_id)
    if not already:
        assert view.is_busy and view.busy.isVisible(), "pricing shows it is under way"
    view.wait()
    assert not view.is_busy and not view.busy.isVisible()
    assert view.choice().id == design_id


def _engine(view, volume: int | None = None, adjustments: Adjustments | None = None):
    """The engine's own answer for what the view shows: read and priced again, apart."""
    workspace, choice = view._workspace, view.choice()
    scenario_id, on = view.scenario.currentData(), view.costing_date()
    volume = volume or view.controls.pieces()
    if choice.kind == "plan":
        setup = workspace.costing.setup_for_plan(choice.id, scenario_id, on)
    else:
        setup = workspace.costing.setup_for_design(choice.id, scenario_id, on, volume,
                                                   view.basis_margin.basis())
    prepared = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                       setup.in_house_terms, basis=setup.basis,
                       margin=setup.margin)
    adjustments = adjustments or Adjustments()
    error = prepared.in_house.error_rate_for(adjustments)
    return setup, prepared, prepared.evaluate(volume, adjustments, sweep_to=sweep_end(volume),
                                              swing_pct=swing_for(error))


def _settles(widget):
    """A condition for qtbot.waitUntil: the widget looks the same on two looks in a row, its
    layouts settled (a table grown to its rows, a chart's key beside its title, a wrapped
    verdict) — what a screenshot should show."""
    seen = []

    def looks_the_same() -> bool:
        image = widget.grab().toImage()
        same = bool(seen) and image == seen[0]
        seen[:] = [image]
        return same

    return looks_the_same


def _in_view(chart, volumes) -> bool:
    """The chart is on screen with every one of these volumes inside its x range."""
    (left, right), _y = chart.plot.vb.viewRange()
    return chart.isVisible() and all(left <= v <= right for v in volumes)


def _row(view, route: str) -> int:
    for row in range(view.table.rowCount()):
        if view.table.item(row, 0).data(Qt.ItemDataRole.UserRole) == ("total", route):
            return row
    raise AssertionError(f"no row for {route}")


def test_a_design_with_two_quotes_gets_the_engines_verdict_and_figures(window, qtbot,
                                                                       artifacts_dir):
    view = _view(window, qtbot)
    design_id = _design_with_quotes(window.workspace, view.costing_date())
    _choose_design(view, design_id)
    setup, _prepared, expected = _engine(view)
    assert len(expected.routes) >= 2
    assert view.problem == ""
    # The verdict is the engine's sentence, naming the cheapest route, with its numbers.
    assert view.verdict.accessibleName() == expected.verdict()
    best = expected.cheapest
    shown = view.verdict.text()
    assert (best.route if best.route != IN_HOUSE else "in-house") in shown
    assert best.total.display() in shown
    # The figures behind it: each route's year and piece, exactly as the engine rounds them.
    for cost in (expected.in_house, *expected.routes):
        row = _row(view, cost.route)
        assert view.table.item(row, 1).text() == cost.total.display().replace(" per year", "")
        assert view.table.item(row, 2).text() == cost.per_piece.display().replace(
            " per piece", "")
    assert "✓" in view.table.item(_row(view, best.route), 0).text()
    assert f"{expected.in_house.total.value:,.2f}" in view.detail.text()
    # Break-even, said plainly, for every route.
    for found in expected.break_evens:
        text = view.table.item(_row(view, found.route), 4).text()
        assert text == view.ranges_text(found)
    qtbot.waitUntil(_settles(window))  # the layouts settle on the next turns
    window.grab().save(str(artifacts_dir / "costs-comparison.png"))


def test_moving_the_volume_redraws_the_verdict_and_the_curves(window, qtbot):
    view = _view(window, qtbot)
    _choose_design(view, _design_with_quotes(window.workspace, view.costing_date()))
    before = view.verdict.accessibleName()
    curves_before = {s.route: s.y.copy() for s in view.volume_chart.series}
    slider = view.controls.volume_slider
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)  # the keyboard moves it
    volume = view.controls.pieces()
    assert volume == volume_for_position(slider.value()) != 250
    assert view.verdict.accessibleName() != before
    assert f"At {volume:,} pieces a year" in view.verdict.accessibleName()
    _setup, _prepared, expected = _engine(view, volume)
    assert view.verdict.accessibleName() == expected.verdict()
    series = {s.route: s for s in view.volume_chart.series}
    assert set(series) == {IN_HOUSE, *expected.sweep.routes}
    np.testing.assert_array_equal(series[IN_HOUSE].x, expected.sweep.volumes.astype(float))
    np.testing.assert_array_equal(series[IN_HOUSE].y, expected.sweep.in_house)
    for route, totals in expected.sweep.routes.items():
        np.testing.assert_allclose(series[route].y, totals, rtol=1e-12)
    # Exactly the sweep of the engine's answer on screen (the same prepared comparison).
    shown = view.prepared.evaluate(volume, Adjustments(), sweep_to=sweep_end(volume),
                                   swing_pct=swing_for(view.prepared.scenario.error_rate_pct))
    for route, totals in shown.sweep.routes.items():
        np.testing.assert_array_equal(series[route].y, totals)
        x, y = series[route].item.getData()
        np.testing.assert_array_equal(y, totals)  # what pyqtgraph draws
        np.testing.assert_array_equal(x, shown.sweep.volumes)
    assert any(not np.array_equal(curves_before[r], series[r].y) for r in curves_before)
    # Typing a volume counts too.
    view.controls.volume.setValue(1200)
    assert "At 1,200 pieces a year" in view.verdict.accessibleName()
    assert volume_for_position(position_for_volume(1200)) == 1200


def test_hovering_a_curve_reads_the_exact_total(window, qtbot):
    view = _view(window, qtbot)
    _choose_design(view, _design_with_quotes(window.workspace, view.costing_date()))
    view.controls.volume.setValue(400)
    chart = view.volume_chart
    prepared, adjustments = view.prepared, view.comparison.adjustments
    route = view.comparison.routes[0].route
    series = next(s for s in chart.series if s.route == route)
    volume = 333
    y = float(np.interp(volume, series.x, series.y))
    text = chart.hover_at(volume, y)
    exact = prepared.total_at(route, volume, adjustments)
    assert route in text and f"{volume:,} pieces" in text
    assert exact.display() in text
    # Away from every curve: the hint again.
    assert chart.hover_at(volume, -1e9) == chart.hint


def test_a_higher_metal_price_raises_in_house_and_making_charge_routes(window, qtbot):
    view = _view(window, qtbot)
    workspace, on = window.workspace, view.costing_date()
    making = [q for d in {s.design_id for s in workspace.quotes.summaries()}
              for q in workspace.quotes.for_design(d)
              if q.pricing_basis is PricingBasis.MAKING_PLUS_METAL
              and not q.is_expired(on) and q.quoted_on <= on]
    assert making, "the demo has a making-charge quote"
    _choose_design(view, making[0].design_id)
    before = view.comparison
    view.controls.metal.setValue(20)
    after = view.comparison
    assert after.adjustments.metal_price_pct == Decimal(20)
    assert after.in_house.total.value > before.in_house.total.value
    names = workspace.suppliers.names()
    for old, new in zip(before.routes, after.routes):
        quote = next(iter(view.prepared.route(old.route).designs)).quote
        if quote.pricing_basis is PricingBasis.MAKING_PLUS_METAL:
            assert new.total.value > old.total.value, old.route
        else:
            assert new.total.value == old.total.value, old.route
    assert any(names[making[0].supplier_id] in r.route for r in after.routes)
    _setup, _prepared, expected = _engine(view, adjustments=Adjustments(Decimal(20)))
    assert view.verdict.accessibleName() == expected.verdict()


def test_an_error_rate_of_100_is_refused_by_name_and_nothing_is_drawn_or_stored(
        window, qtbot, demo_copy):
    view = _view(window, qtbot)
    _choose_design(view, _design_with_quotes(window.workspace, view.costing_date()))
    view.draw_all_charts()
    stored = window.workspace.scenarios.get(view.scenario.currentData()).error_rate_pct
    view.controls.error_rate.setValue(100)
    assert "Error rate % must be below 100 %, not 100" in view.problem
    assert "Error rate" in view.verdict.text()
    assert "nan" not in view.verdict.text().lower() and "inf" not in view.verdict.text().lower()
    assert view.table.rowCount() == 0
    assert all(chart.is_cleared and not chart.series for chart in view.all_charts())
    assert window.workspace.scenarios.get(view.scenario.currentData()).error_rate_pct == stored
    view.controls.error_rate.setValue(12)
    assert view.problem == "" and view.table.rowCount() >= 3
    assert view.comparison.adjustments.error_rate_pct == Decimal("12.0")
    view.set_date(view.costing_date() - dt.timedelta(days=1))  # priced again: kept
    view.wait()
    assert view.comparison.adjustments.error_rate_pct == Decimal("12.0")
    # A volume of 0 is the engine's message too.
    view.controls.volume.setValue(0)
    assert view.problem == "Volume must be at least 1 piece, not 0"
    assert view.volume_chart.is_cleared
    view.controls.reset()
    view.controls.volume.setValue(80)
    assert view.problem == "" and view.comparison.adjustments == Adjustments()


def test_a_costing_date_before_every_price_names_what_is_missing(window, qtbot, demo_copy):
    view = _view(window, qtbot)
    _choose_design(view, _design_with_quotes(window.workspace, view.costing_date()))
    view.draw_all_charts()
    before = _sha(demo_copy)
    view.set_date(dt.date(2001, 1, 2))
    view.wait()
    assert view.problem.startswith("Cannot compute the costs")
    assert "price on or before 2001-01-02 (needed for design" in view.detail.text()
    assert view.table.rowCount() == 0
    assert all(chart.is_cleared for chart in view.all_charts())
    assert "nan" not in view.verdict.text().lower()
    assert _sha(demo_copy) == before, "nothing stored changes"
    view.set_date(dt.date.today())
    view.wait()
    assert view.problem == "" and not view.volume_chart.is_cleared


def test_a_quote_in_a_currency_without_a_rate_is_named(window, qtbot, demo_copy):
    workspace = window.workspace
    view = _view(window, qtbot)
    on = view.costing_date()
    design_id = _design_with_quotes(workspace, on)
    quote = workspace.quotes.for_design(design_id)[0]
    quote.id, quote.currency, quote.reference = None, "JPY", "Q-YEN"
    quote.quoted_on, quote.valid_until = on, None
    workspace.quotes.add(quote)
    _choose_design(view, design_id)
    assert f"no JPY→{workspace.base_currency} FX rate on or before {on.isoformat()}" in \
        view.detail.text()
    assert view.problem.startswith("Cannot compute the costs")
    assert view.volume_chart.is_cleared and view.table.rowCount() == 0


def test_every_figure_in_the_table_and_the_verdict_explains_itself(window, qtbot):
    view = _view(window, qtbot)
    _choose_design(view, _design_with_quotes(window.workspace, view.costing_date()))
    comparison = view.comparison
    route = comparison.routes[0]
    row = _row(view, route.route)
    view.table.setCurrentCell(row, 1)  # the keyboard moves the current cell too
    panel = view.explanation
    assert panel.figure == route.total
    assert panel.term_labels() == [f.label for f in route.total.explain()]
    assert route.total.formula in panel.formula.text() or "supplier price" in \
        panel.formula.text()
    view.table.setCurrentCell(row, 2)
    assert panel.figure == route.per_piece
    view.table.setCurrentCell(row, 3)
    assert panel.figure.terms == (route.total, comparison.in_house.total)
    # Hovering a figure in the verdict: each link names an engine figure.
    assert view._links
    for name, key in view._links.items():
        view._link(name)
        if key[0] == "total":
            cost = next(c for c in (comparison.in_house, *comparison.routes)
                        if c.route == key[1])
            assert panel.figure == cost.total
    # A part of a stacked bar is its per-piece figure, explained.
    view.charts.setCurrentWidget(view.breakdown_chart)
    chart = view.breakdown_chart
    low, high, figure = chart.segment(IN_HOUSE, comparison.in_house.keys[-1]) or \
        chart.segment(IN_HOUSE, Component.STAFF)
    assert figure in comparison.in_house.per_piece_components
    text = chart.hover_at(0, (low + high) / 2)
    assert figure.display() in text
    assert COMPONENT_LABELS[next(k for k, f in zip(comparison.in_house.keys,
                                                   comparison.in_house.per_piece_components)
                                 if f is figure)] in text


def test_charts_export_to_png_and_svg(window, qtbot, tmp_path):
    view = _view(window, qtbot)
    _choose_design(view, _design_with_quotes(window.workspace, view.costing_date()))
    for chart in view.all_charts():
        view.charts.setCurrentWidget(chart)
        png = view.export_chart(chart.key, "png", tmp_path / f"{chart.key}.png")
        svg = view.export_chart(chart.key, "svg", tmp_path / f"{chart.key}.svg")
        image = QImage(str(png))
        assert not image.isNull() and image.width() >= 1200, chart.key
        # Not one flat colour: the curves or bars are in it.
        colours_seen = {image.pixel(x, y) for x in range(0, image.width(), 17)
                        for y in range(0, image.height(), 17)}
        assert len(colours_seen) > 5, chart.key
        root = ET.parse(svg).getroot()
        assert root.tag.endswith("svg")
        assert sum(1 for e in root.iter() if e.tag.endswith("path") or
                   e.tag.endswith("polyline")) > 10, chart.key
    # The chart shown, with the buttons' path asked (the dialog is a method tests replace).
    view.ask_export_path = lambda chart, kind: tmp_path / f"shown.{kind}"
    view.charts.setCurrentWidget(view.tornado_chart)
    view.svg_button.click()
    assert (tmp_path / "shown.svg").stat().st_size > 1000


def test_the_tornado_and_cash_charts_hold_the_engines_figures(window, qtbot):
    view = _view(window, qtbot)
    _choose_design(view, _design_with_quotes(window.workspace, view.costing_date()))
    view.draw_all_charts()
    comparison = view.comparison
    cash = view.cash_chart
    assert [s.route for s in cash.series] == [f.route for f in comparison.cash]
    for series, flow in zip(cash.series, comparison.cash):
        assert series.y.tolist() == [float(v) for v in flow.cumulative]
    text, figure, _at = cash.text_at(IN_HOUSE, 12)
    assert figure == comparison.cash[0].at(12)
    tornado = view.tornado_chart
    data = comparison.sensitivity[tornado.route_box.currentIndex()]
    assert [(low.value, high.value) for low, high, _y in tornado.rows] == \
        [(b.low.value, b.high.value) for b in data.bars]
    if len(comparison.sensitivity) > 1:
        other = comparison.sensitivity[1 - tornado.route_box.currentIndex()]
        tornado.choose_route(other.route)
        assert [low.value for low, _h, _y in tornado.rows] == [b.low.value for b in other.bars]


def test_a_collection_plan_shows_its_totals(window, qtbot):
    workspace = window.workspace
    view = _view(window, qtbot)
    on = view.costing_date()
    plans = workspace.costing.plans()
    if not plans:  # a plan of two designs one supplier quotes
        by_supplier: dict[int, set[int]] = {}
        for q in workspace.quotes.summaries():
            if q.quoted_on <= on and not q.is_expired(on):
                by_supplier.setdefault(q.supplier_id, set()).add(q.design_id)
        designs = sorted(next(d for d in by_supplier.values() if len(d) >= 2))[:2]
        plan_id = workspace.costing.save_plan("Test collection", [(designs[0], 300),
                                                                  (designs[1], 150)])
        view.load(workspace)
    else:
        plan_id = plans[0][0]
    assert view.choose("plan", plan_id)
    view.wait()
    plan = workspace.costing.plan(plan_id)
    assert view.controls.pieces() == plan.total_volume
    setup, _prepared, expected = _engine(view, plan.total_volume)
    assert view.problem == ""
    assert view.verdict.accessibleName() == expected.verdict()
    for cost in (expected.in_house, *expected.routes):
        assert view.table.item(_row(view, cost.route), 1).text() == \
            cost.total.display().replace(" per year", "")
    if len(plan.lines) > 1:
        assert f"{len(plan.lines)} designs" in view.detail.text()
    assert f"{plan.total_volume:,}" in view.verdict.accessibleName()
    for skipped in setup.skipped[:1]:
        assert skipped in view.warnings.toolTip()


def test_a_dark_palette_draws_readable_charts(qtbot, qapp, demo_copy, settings, tmp_path,
                                             artifacts_dir):
    from jewelbench.app.main import apply_style
    from jewelbench.storage import Workspace
    from jewelbench.ui.main_window import MainWindow

    light = qapp.palette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#17181a"),
                         (QPalette.ColorRole.AlternateBase, "#222326"),
                         (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Button, "#2d2e31"),
                         (QPalette.ColorRole.ButtonText, "#e8eaed"),
                         (QPalette.ColorRole.Highlight, "#8ab4f8"),
                         (QPalette.ColorRole.HighlightedText, "#202124"),
                         (QPalette.ColorRole.Link, "#8ab4f8"),
                         (QPalette.ColorRole.Mid, "#5f6368"),
                         (QPalette.ColorRole.Midlight, "#3c4043"),
                         (QPalette.ColorRole.Dark, "#101113"),
                         (QPalette.ColorRole.Light, "#4a4d51"),
                         (QPalette.ColorRole.ToolTipBase, "#303134"),
                         (QPalette.ColorRole.ToolTipText, "#e8eaed"),
                         (QPalette.ColorRole.PlaceholderText, "#9aa0a6")):
        dark.setColor(role, QColor(colour))
    qapp.setPalette(dark)  # as a dark desktop is, before the window is made
    try:
        apply_style(qapp)
        window = MainWindow(settings, Workspace.open(demo_copy), tmp_path)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        view = _view(window, qtbot)
        _choose_design(view, _design_with_quotes(window.workspace, view.costing_date()))
        chart = view.volume_chart
        background = chart.view.backgroundBrush().color()
        assert background.lightness() < 60
        for series in chart.series:
            assert colours.contrast(series.colour, background) >= colours.MIN_CONTRAST
        assert chart.plot.getAxis("left").textPen().color().lightness() > 180
        qtbot.waitUntil(_settles(window))  # the layouts settle on the next turns
        window.grab().save(str(artifacts_dir / "costs-comparison-dark.png"))
        window.close()
    finally:
        qapp.setPalette(light)


@pytest.mark.parametrize("base", ["#ffffff", "#f5f5f5", "#1e1e1e", "#000000", "#2b2b2b"])
def test_every_chart_colour_stands_out_from_light_and_dark_backgrounds(base):
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    on = QColor(base)
    for index in range(len(colours.SERIES)):
        assert colours.contrast(colours.series_colour(palette, index), on) >= 3.0
    for component in Component:
        assert colours.contrast(colours.component_colour(palette, component), on) >= 3.0
    assert colours.contrast(colours.link_colour(palette), on) >= 4.5


def test_the_volume_slider_is_logarithmic_and_lands_on_round_numbers():
    assert volume_for_position(0) == 1
    assert volume_for_position(1000) == 20_000
    values = [volume_for_position(p) for p in range(0, 1001)]
    assert values == sorted(values)
    for value in values:
        digits = str(value).rstrip("0")
        assert len(digits) <= 2, value
    assert sweep_end(250) == 1_000 and sweep_end(251) == 2_000 and sweep_end(0) == 100
    assert swing_for(Decimal(7)) == 20
    high = swing_for(Decimal(90))
    assert Decimal(90) * (1 + high / 100) < 100 and high > 0


@pytest.mark.integration
def test_start_up_does_not_import_pyqtgraph(tmp_path):
    """The charts' library is loaded when Costs is first opened, never at start-up."""
    env = {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-X", "importtime", "-m", "jewelbench",
                             "--quit-after-shown"], capture_output=True, text=True, env=env,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    imported = result.stderr
    assert "jewelbench.ui.main_window" in imported  # the listing is real
    assert "pyqtgraph" not in imported
    assert "jewelbench.ui.costs" not in imported


def test_the_window_still_fits_a_laptop_with_costs_open(window, qtbot):
    _view(window, qtbot)
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 740


# --- plans and landed-cost terms ---------------------------------------------------------


def test_a_plan_is_made_edited_and_deleted_in_undoable_steps(window, qtbot):
    from ui_helpers import close_message_boxes

    from jewelbench.ui.costs.plan_editor import PlanEditor

    workspace = window.workspace
    view = _view(window, qtbot)
    plans_before = workspace.costing.plans()
    editor = view.new_plan()
    assert isinstance(editor, PlanEditor)
    qtbot.keyClicks(editor.name, "Spring capsule")
    codes = sorted(workspace.designs.codes())[:3]
    for code in codes:
        editor.picker.edit.setText(code)
        assert editor.add_typed(), editor.status.text()
    assert not editor.add_design(workspace.designs.id_for_code(codes[0]))
    assert "already" in editor.status.text()
    editor.picker.edit.setText("no such design")
    assert not editor.add_typed() and "No design matches" in editor.status.text()
    editor.table.cellWidget(0, 2).setValue(400)
    editor.table.selectRow(2)
    editor.remove_selected()
    assert editor.total.text() == "2 designs, 500 pieces a year"
    editor.resize(620, 480)
    editor.grab().save(str(ARTIFACTS / "costs-plan-editor.png"))
    plan_id = editor.save()
    assert plan_id is not None
    record = workspace.costing.plan_record(plan_id)
    assert record.name == "Spring capsule"
    assert dict(record.lines) == {workspace.designs.id_for_code(codes[0]): 400,
                                  workspace.designs.id_for_code(codes[1]): 100}
    view.wait()
    assert view.choice().kind == "plan" and view.choice().id == plan_id
    assert view.controls.pieces() == 500
    # Edited: one more step; undo puts the plan before back.
    editor = view.edit_plan()
    editor.name.setText("Spring capsule 2")
    editor.table.cellWidget(1, 2).setValue(250)
    assert editor.save() == plan_id
    assert workspace.costing.plan_record(plan_id).name == "Spring capsule 2"
    window.undo.stack.undo()
    assert workspace.costing.plan_record(plan_id) == record
    window.undo.stack.undo()
    assert workspace.costing.plans() == plans_before
    window.undo.stack.redo()
    assert workspace.costing.plan_record(plan_id) == record
    # Deleted after asking; undo brings it back under its id.
    view.load(workspace)
    view.choose("plan", plan_id)
    view.wait()
    box = view.delete_plan()
    assert "2 designs" in box.informativeText()
    next(b for b in box.buttons() if b.text() == "Delete").click()
    assert plan_id not in dict(workspace.costing.plans())
    window.undo.stack.undo()
    assert workspace.costing.plan_record(plan_id) == record
    close_message_boxes()


def test_a_plan_without_a_name_or_designs_is_refused_in_the_dialog(window, qtbot):
    workspace = window.workspace
    view = _view(window, qtbot)
    before = workspace.costing.plans()
    editor = view.new_plan()
    assert editor.save() is None and "name" in editor.status.text()
    editor.name.setText("Empty")
    assert editor.save() is None and "at least one design" in editor.status.text()
    if before:
        editor.name.setText(before[0][1])
        editor.add_design(workspace.designs.id_for_code(sorted(workspace.designs.codes())[0]))
        assert editor.save() is None and "already exists" in editor.status.text()
    assert workspace.costing.plans() == before
    editor.reject()


def test_landed_cost_terms_are_saved_field_by_field_and_move_the_comparison(window, qtbot):
    from jewelbench.ui.costs.terms_editor import LandedTermsEditor

    workspace = window.workspace
    view = _view(window, qtbot)
    _choose_design(view, _design_with_quotes(workspace, view.costing_date()))
    route = view.comparison.routes[0]
    supplier_id = next(iter(view.setup.routes[0].quotes.values())).supplier_id
    before_total = route.total.value
    had_terms = workspace.costing.has_landed_terms(supplier_id)
    terms_before = workspace.costing.landed_terms(supplier_id)
    editor = view.edit_terms(supplier_id)
    assert isinstance(editor, LandedTermsEditor) and editor.supplier_id == supplier_id
    editor.grab().save(str(ARTIFACTS / "costs-landed-terms.png"))
    duty = terms_before.duty_pct + 5
    assert editor.set_field("duty_pct", str(duty))
    assert workspace.costing.landed_terms(supplier_id).duty_pct == duty
    view.wait()
    moved = next(r for r in view.comparison.routes if r.route == route.route)
    assert moved.total.value > before_total, "more duty costs more"
    # Refused by the engine's rule, said next to the field; nothing stored.
    assert not editor.set_field("defect_allowance_pct", "100")
    assert editor.fields["defect_allowance_pct"].error.isVisible()
    assert workspace.costing.landed_terms(supplier_id).defect_allowance_pct == \
        terms_before.defect_allowance_pct
    assert editor.set_field("shipments_per_year", "4")
    assert workspace.costing.landed_terms(supplier_id).shipments_per_year == 4
    editor.customs.setCurrentIndex(editor.customs.findData("fob"))
    editor.customs.activated.emit(editor.customs.currentIndex())
    assert workspace.costing.landed_terms(supplier_id).customs_basis.value == "fob"
    for _ in range(3):
        window.undo.stack.undo()
    assert workspace.costing.landed_terms(supplier_id) == terms_before
    assert workspace.costing.has_landed_terms(supplier_id) == had_terms
    assert editor.fields["duty_pct"].edit.text() == f"{terms_before.duty_pct:f}"
    editor.close()


def test_break_evens_are_marked_and_a_scenario_without_equipment_is_said(window, qtbot):
    from jewelbench.domain.scenarios import InHouseScenario

    workspace = window.workspace
    # At the bench table at home: no equipment, no staff, materials and consumables only. The
    # supplier bills its MOQ for a few pieces, so in-house wins there and loses above.
    scenario_id = workspace.scenarios.add(InHouseScenario(
        "Kitchen table", workspace.base_currency, consumables_per_piece=Decimal(25)))
    view = _view(window, qtbot)
    view.load(workspace)
    view.scenario.setCurrentIndex(view.scenario.findData(scenario_id))
    _choose_design(view, _design_with_quotes(workspace, view.costing_date()))
    view.controls.volume.setValue(400)
    comparison = view.comparison
    end = int(comparison.sweep.volumes[-1])  # the chart's axis; the search goes further
    crossings = [(b.route, c.volume) for b in comparison.break_evens for c in b.crossings
                 if c.volume <= end]
    assert crossings, "the MOQ makes in-house cheaper for a few pieces"
    chart = view.volume_chart
    assert [(r, v) for r, v, _t in chart.break_even_points] == crossings
    route, volume, total = chart.break_even_points[0]
    assert total == float(view.prepared.total_at(IN_HOUSE, volume, comparison.adjustments).value)
    text = chart.hover_at(volume, total)
    found = next(b for b in comparison.break_evens if b.route == route)
    assert found.describe() in text and f"{volume:,}" in text
    assert "“Kitchen table” lists no equipment" in view.warnings.text()
    sentence = view.break_even_sentence(found, 1)
    assert sentence == found.describe()  # the same words as the engine (and the CLI)
    qtbot.waitUntil(lambda: _in_view(chart, [v for _r, v, _t in chart.break_even_points]))
    qtbot.waitUntil(_settles(chart))
    chart.grab().save(str(ARTIFACTS / "costs-break-even.png"))


def test_a_plan_route_explains_each_design(window, qtbot):
    workspace = window.workspace
    view = _view(window, qtbot)
    plans = workspace.costing.plans()
    if not plans:
        pytest.skip("the demo has no plan")
    plan_id = max(plans, key=lambda p: len(workspace.costing.plan_record(p[0]).lines))[0]
    view.choose("plan", plan_id)
    view.wait()
    assert view.comparison is not None, view.problem
    route = (view.comparison.routes or (view.comparison.in_house,))[0].route
    assert view.explain("total", route)
    tree = view.explanation.tree
    groups = [tree.topLevelItem(i).text(0) for i in range(1, tree.topLevelItemCount())]
    codes = [line.design.code for line in view.prepared.plan.lines]
    assert groups == [f"{code} in the plan" for code in codes]
    first = tree.topLevelItem(1)
    expected = view.prepared.explain_design(route, codes[0], view.controls.pieces())
    assert [first.child(i).text(0) for i in range(first.childCount())] == \
        [f.label for f in expected]


def test_the_comparison_is_keyboard_usable_with_mnemonics_of_its_own(window, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabWidget

    view = _view(window, qtbot)

    def letter(text: str) -> str | None:
        cleaned = text.replace("&&", "")
        at = cleaned.find("&")
        return cleaned[at + 1].lower() if 0 <= at < len(cleaned) - 1 else None

    letters = [letter(a.text()) for a in window.menuBar().actions()]
    letters += [letter(w.text()) for w in window.costs.findChildren(QLabel)
                if w.isVisibleTo(window) and w.buddy() is not None]
    letters += [letter(w.text()) for w in window.costs.findChildren(QAbstractButton)
                if w.isVisibleTo(window)]
    for tabs in (window.costs, *window.costs.findChildren(QTabWidget)):
        letters += [letter(tabs.tabText(i)) for i in range(tabs.count())]
    used = [x for x in letters if x]
    assert len(used) == len(set(used)), sorted(used)
    # Every control has a label that reaches it.
    buddies = {w.buddy() for w in view.findChildren(QLabel) if w.buddy() is not None}
    for control in (view.subject, view.scenario, view.date, view.controls.volume,
                    view.controls.metal, view.controls.fx, view.controls.error_rate):
        assert control in buddies
    # The slider moves with the keyboard; the spin box follows.
    view.controls.metal_slider.setFocus()
    qtbot.keyClick(view.controls.metal_slider, Qt.Key.Key_Right)
    assert view.controls.metal.value() == 1.0
    assert view.comparison.adjustments.metal_price_pct == Decimal("1.0")


def test_what_was_compared_is_remembered(window, qtbot, settings, demo_copy, tmp_path):
    from jewelbench.storage import Workspace
    from jewelbench.ui.main_window import MainWindow

    view = _view(window, qtbot)
    design_id = _design_with_quotes(window.workspace, view.costing_date())
    _choose_design(view, design_id)
    window.save_state()
    window.close()
    again = MainWindow(settings, Workspace.open(demo_copy), tmp_path)
    qtbot.addWidget(again)
    again.show()
    again.show_view("costs")
    restored = again.costs.comparison
    restored.wait()
    assert restored.choice().kind == "design" and restored.choice().id == design_id
    again.close()


def test_a_control_move_updates_the_charts_in_place_and_a_new_subject_rebuilds_them(window,
                                                                                   qtbot):
    from jewelbench.domain.costing_basis import FixedCostBasis

    view = _view(window, qtbot)
    view.basis_margin.set_basis(FixedCostBasis.STAND_ALONE)  # the figures before issue 15
    on = view.costing_date()
    design_id = _design_with_quotes(window.workspace, on)
    _choose_design(view, design_id)
    view.draw_all_charts()
    chart = view.volume_chart
    items = {s.route: s.item for s in chart.series}
    diamonds, line = chart.diamonds, chart.volume_line
    bars = [bar for _key, bar in view.breakdown_chart.bars]
    cash_items = [s.item for s in view.cash_chart.series]
    tornado_bars = (view.tornado_chart.down, view.tornado_chart.up)
    plotted = set(chart.plot.items)

    # A volume move: the very same items, holding the engine's new sweep.
    qtbot.keyClick(view.controls.volume_slider, Qt.Key.Key_PageUp)
    volume = view.controls.pieces()
    _setup, _prepared, expected = _engine(view, volume)
    assert {s.route: s.item for s in chart.series} == items  # == on items is identity
    assert all(s.item is items[s.route] for s in chart.series)
    assert chart.diamonds is diamonds and chart.volume_line is line
    assert chart.volume_line.value() == volume
    assert f"{volume:,} pcs" in chart.volume_line.label.toPlainText()
    for series in chart.series:
        x, y = series.item.getData()
        np.testing.assert_array_equal(x, expected.sweep.volumes.astype(float))
        totals = expected.sweep.in_house if series.route == IN_HOUSE else \
            expected.sweep.routes[series.route]
        np.testing.assert_allclose(y, totals, rtol=1e-12)
    end = int(expected.sweep.volumes[-1])  # the diamonds the chart's axis holds
    assert [(r, v) for r, v, _t in chart.break_even_points] == \
        [(b.route, c.volume) for b in expected.break_evens for c in b.crossings
         if c.volume <= end]
    assert len(diamonds.data) == len(chart.break_even_points)
    # Nothing was added but (perhaps) a label for a new break-even.
    assert {i for i in chart.plot.items if i not in plotted} <= set(chart.diamond_labels)

    # The hidden charts are not drawn on a move; when shown they are brought up to date, in
    # the items they already had.
    assert view.breakdown_chart._drawn[0] is not view.comparison
    view.charts.setCurrentWidget(view.breakdown_chart)
    assert view.breakdown_chart._drawn[0] is view.comparison
    assert [bar for _key, bar in view.breakdown_chart.bars] == bars
    in_house_bar = view.breakdown_chart.segment(IN_HOUSE, view.breakdown_chart.bars[0][0])
    assert in_house_bar is not None and in_house_bar[2] in \
        view.comparison.in_house.per_piece_components
    view.draw_all_charts()
    assert [s.item for s in view.cash_chart.series] == cash_items
    for series, flow in zip(view.cash_chart.series, view.comparison.cash):
        assert series.item.getData()[1].tolist() == [float(v) for v in flow.cumulative]
    assert (view.tornado_chart.down, view.tornado_chart.up) == tornado_bars
    view.charts.setCurrentWidget(chart)

    # Another subject (the same design on another date is priced again): everything is
    # built anew.
    view.set_date(on - dt.timedelta(days=1))
    view.wait()
    assert view.problem == "" and not chart.is_cleared
    assert all(s.item is not items[s.route] for s in chart.series)
    assert chart.diamonds is not diamonds and chart.volume_line is not line
    assert not any(item in chart.plot.items for item in items.values())
    _setup, _prepared, expected = _engine(view, view.controls.pieces())
    np.testing.assert_allclose(chart.series[0].item.getData()[1], expected.sweep.in_house,
                               rtol=1e-12)


def test_every_chart_tab_is_captured_at_laptop_size(window, qtbot, artifacts_dir):
    view = _view(window, qtbot)
    _choose_design(view, _design_with_quotes(window.workspace, view.costing_date()))
    for chart in view.all_charts():
        view.charts.setCurrentWidget(chart)
        plot = chart.plot_area() if hasattr(chart, "plot_area") else chart
        qtbot.waitUntil(lambda plot=plot: plot.isVisible() and plot.height() > 150)
        qtbot.waitUntil(_settles(window))
        assert plot.height() > 150, f"the {chart.key} chart has room to draw"
        window.grab().save(str(artifacts_dir / f"costs-chart-{chart.key}.png"))


def test_at_1366x768_the_plans_arrow_and_the_chart_hint_keep_their_own_room(
        qtbot, window, artifacts_dir):
    view = _view(window, qtbot)
    window.resize(1366, 768)
    button = view.plan_button
    # laid out at the new size: the Plans button has the room its text and arrow ask for
    qtbot.waitUntil(lambda: window.width() == 1366
                    and button.width() >= button.sizeHint().width())
    qtbot.waitUntil(_settles(window))
    window.grab().save(str(artifacts_dir / "comparison-1366x768.png"))
    style = button.style()
    text = button.fontMetrics().horizontalAdvance(button.text().replace("&", ""))
    indicator = style.pixelMetric(style.PixelMetric.PM_MenuButtonIndicator, None, button)
    assert button.menu() is not None
    margin = style.pixelMetric(style.PixelMetric.PM_ButtonMargin, None, button)
    assert button.width() >= text + indicator + 2 * margin + 4, \
        "the text, then the arrow beside it, each inside the button's margins"
    assert button.width() >= button.sizeHint().width()

    chart = view.charts.currentWidget()
    readout, formula = chart.readout, view.explanation.formula
    assert readout.text().startswith("Point at a curve")
    assert readout.minimumSizeHint().width() <= chart.width(), "the hint wraps in the chart"
    formula_right = formula.mapTo(window, formula.rect().topRight()).x()
    hint_left = readout.mapTo(window, readout.rect().topLeft()).x() + \
        readout.contentsMargins().left()
    assert hint_left - formula_right >= 12, "the formula line does not run into the hint"


def test_1e3_typed_as_the_volume_is_refused_never_read_as_13(window, qtbot):
    view = _view(window, qtbot)
    box = view.controls.volume
    box.setValue(250)
    view.wait()
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "1e3")
    assert box.text().startswith("1e3"), "kept as typed, not 13"
    assert "“1e3” is not a number" in box.accessibleDescription()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    view.wait()
    assert box.value() == 250, "back to the volume before the typing"
    assert "At 250 pieces a year" in view.verdict.accessibleName()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "1000")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    view.wait()
    assert box.value() == 1000 and box.accessibleDescription() == ""
