"""The comparison view's tables foot as printed (issue 15, item 10; docs/costing.md, "Money,
rounding and units"), over random plans and scenarios in currencies of 0, 2 and 3 decimals:

- the routes' table: where a printed cost a piece × the pieces is not the printed year, the
  Rounding note under the table says by how much; "Against in-house" is the printed route's
  year less the printed in-house year;
- "How this number is made" for a year, a piece and a difference: the printed terms plus the
  Rounding line (only when one is needed) are the printed figure.

Each figure is read from the widgets' text, as a user reads it (footing_cases.read_amount).
"""

from __future__ import annotations

import re
from decimal import Decimal

from footing_cases import D, cases, evaluate, fixed_case, read_amount, setup_for
from hypothesis import HealthCheck, given, settings

from jewelbench.domain.costing import IN_HOUSE
from jewelbench.ui.costs.comparison import ComparisonView
from jewelbench.ui.costs.explain import ROUNDING_ROLE

_VIEWS: list[ComparisonView] = []


def _view() -> ComparisonView:
    """One view for every example (a new one per example would cost more than the check)."""
    if not _VIEWS:
        view = ComparisonView()
        view.resize(1366, 768)
        _VIEWS.append(view)
    return _VIEWS[0]


def _amount(text: str, currency: str) -> Decimal:
    """The first amount in a cell ("+1,234.00 USD  (+3 %)", "41,665.00 USD per year")."""
    found = re.match(rf"^\s*([+-]?[\d,]+(?:\.\d+)?) {currency}\b", text.replace("−", "-"))
    assert found, f"no {currency} amount in {text!r}"
    return read_amount(found.group(1), currency)


def check_table(view: ComparisonView, comparison) -> int:
    currency, volume = comparison.currency, comparison.volume
    costs = (comparison.in_house, *comparison.routes)
    years = {}
    said = 0
    for row, cost in enumerate(costs):
        year = _amount(view.table.item(row, 1).text(), currency)
        piece = _amount(view.table.item(row, 2).text(), currency)
        years[cost.route] = year
        name = "In-house" if cost.route == IN_HOUSE else cost.route
        lines = [ln for ln in view.rounding_note.lines if ln.startswith(f"Rounding, {name}: ")]
        if piece * volume == year:
            assert not lines, lines
            continue
        assert len(lines) == 1, f"{name}: {piece} × {volume} ≠ {year} and nothing says it"
        got = re.match(rf"^Rounding, {re.escape(name)}: (\S+) a piece × ([\d,]+) = (\S+); "
                       r"rounding (\S+) = (\S+) a year$", lines[0])
        assert got, lines[0]
        a, n, p, r, t = got.groups()
        a_, p_, r_, t_ = (read_amount(x, currency) for x in (a, p, r, t))
        assert (a_, int(n.replace(",", "")), t_) == (piece, volume, year)
        assert a_ * volume == p_ and p_ + r_ == t_ and r_ != 0
        said += 1
    assert view.rounding_note.isVisibleTo(view) == bool(said)
    for row, cost in enumerate(costs[1:], start=1):
        diff = _amount(view.table.item(row, 3).text(), currency)
        assert diff == years[cost.route] - years[comparison.in_house.route], cost.route
    return said


def check_explanation(view: ComparisonView, currency: str, signs: tuple[int, ...] | None) -> int:
    top = view.explanation.tree.topLevelItem(0)
    total = _amount(top.text(1), currency)
    terms, roundings = [], []
    for i in range(top.childCount()):
        child = top.child(i)
        (roundings if child.data(0, ROUNDING_ROLE) else terms).append(
            _amount(child.text(1), currency))
    factors = signs or (1,) * len(terms)
    added = sum((t * s for t, s in zip(terms, factors)), D(0))
    if added == total:
        assert not roundings, f"a Rounding line where the terms foot: {roundings}"
        return 0
    assert len(roundings) == 1 and roundings[0] != 0, f"terms {added} ≠ {total}, unsaid"
    assert added + roundings[0] == total
    assert top.child(top.childCount() - 1).text(0) == "Rounding"  # last, under the parts
    return 1


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(cases())
def test_the_views_tables_foot_for_random_plans(qapp, case):
    setup = setup_for(case)
    prepared, comparison = evaluate(setup, case["volume"])
    view = _view()
    view.prepared, view.comparison = prepared, comparison
    view._show_table(comparison)
    check_table(view, comparison)
    for cost in (comparison.in_house, *comparison.routes):
        for kind, signs in (("total", None), ("per_piece", None), ("diff", (1, -1))):
            if kind == "diff" and cost.route == IN_HOUSE:
                continue
            assert view.explain(kind, cost.route)
            check_explanation(view, comparison.currency, signs)


def test_a_rounding_is_shown_where_one_is_needed(qapp):
    """Fixed cases with awkward decimals (test_footing's), so the Rounding note and lines are
    certainly read, and a screenshot to look at."""
    view = _view()
    said = 0
    for seed in range(6):
        prepared, comparison = evaluate(setup_for(fixed_case(seed)), None)
        view.prepared, view.comparison = prepared, comparison
        view._show_table(comparison)
        said += check_table(view, comparison)
        for cost in (comparison.in_house, *comparison.routes):
            view.explain("total", cost.route)
            said += check_explanation(view, comparison.currency, None)
    assert said > 0
    # a comparison that cannot be made leaves no stale rounding behind
    for seed in range(6):
        prepared, comparison = evaluate(setup_for(fixed_case(seed)), None)
        view._show_table(comparison)
        if view.rounding_note.lines:
            break
    assert view.rounding_note.isVisibleTo(view)
    view._show_problem("No price for silver on the costing date")
    assert not view.rounding_note.isVisibleTo(view) and not view.rounding_note.text()
