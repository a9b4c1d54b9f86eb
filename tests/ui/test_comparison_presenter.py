"""What the comparison view says, worked out without a widget (comparison_presenter), for
docs/costing.md's worked example: a gold ring made in-house or bought from one supplier, at
1,000 pieces a year, break-evens searched up to 5,000.

The figures are the document's, worked by hand there: in-house 551,000.00 EUR a year (551.00
a piece); the supplier 587,344.80 EUR a year (587.34 a piece); in-house is cheaper between 1
and 41 and between 255 and 5,000 pieces.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "domain"))

from test_costing_worked_example import worked_example  # noqa: E402

from jewelbench.domain.costing import IN_HOUSE  # noqa: E402
from jewelbench.ui.costs import comparison_presenter as presenter  # noqa: E402

D = Decimal


def _comparison():
    return worked_example().evaluate(1000, search_to=5000)


def test_the_table_says_each_routes_year_piece_difference_and_bands():
    rows = presenter.table(_comparison())
    assert [r.route for r in rows] == [IN_HOUSE, "Supplier"]
    in_house, supplier = rows
    assert in_house.cheapest and not supplier.cheapest, "in-house is the cheaper, in bold"
    assert [c.text for c in in_house.cells[:4]] == [
        "In-house  ✓ cheapest", "551,000.00 EUR", "551.00 EUR", "—"]
    # 587,344.80 − 551,000.00 = 36,344.80, which is 6.6 % of 551,000.00: said as +7 %
    assert [c.text for c in supplier.cells] == [
        "Supplier", "587,344.80 EUR", "587.34 EUR", "+36,344.80 EUR  (+7 %)", "1–41, 255–5,000"]
    assert [c.key for c in supplier.cells] == [
        ("total", "Supplier"), ("total", "Supplier"), ("per_piece", "Supplier"),
        ("diff", "Supplier"), ("break_even", "Supplier")]
    assert [c.numeric for c in supplier.cells] == [False, True, True, True, False]
    assert supplier.cells[4].tip == (
        "In-house is cheaper than Supplier between 1 and 41 and between 255 and 5,000 pieces "
        "a year (searched up to 5,000)")


def test_the_verdict_links_each_figure_it_names():
    said = presenter.verdict(_comparison(), None, "#123456")
    assert said.text == (
        "At 1,000 pieces a year, in-house is 6 % cheaper than the best quote, Supplier "
        "(551,000.00 EUR per year against 587,344.80 EUR per year); in-house is cheaper "
        "between 1 and 41 and between 255 and 5,000 pieces (searched up to 5,000).")
    in_verdict = {said.links[name] for name in said.links if f"href='{name}'" in said.html}
    assert in_verdict == {("total", IN_HOUSE), ("total", "Supplier"),
                          ("break_even", "Supplier")}
    assert "color:#123456" in said.html
    assert "551,000.00 EUR per year</a>" in said.html
    # The figures behind it: in-house and the best quote, a year and a piece, each a link.
    in_detail = {said.links[name] for name in said.links if f"href='{name}'" in said.detail}
    assert in_detail == {("total", IN_HOUSE), ("per_piece", IN_HOUSE),
                         ("total", "Supplier"), ("per_piece", "Supplier")}
    assert ">551,000.00 EUR</a> a year" in said.detail
    assert ">587.34 EUR</a> a piece" in said.detail


def test_explaining_a_difference_and_a_break_even():
    comparison = _comparison()
    diff = presenter.explanation(comparison, ("diff", "Supplier"))
    assert diff is not None and diff.figure is not None
    assert diff.figure.value == D("36344.80") and diff.rounding_signs == (1, -1) and diff.foots
    year = presenter.explanation(comparison, ("total", IN_HOUSE))
    assert year is not None and year.figure is not None and year.figure.value == D(551000)
    assert year.title == "In-house, a year at 1,000 pieces" and year.rounding_signs is None
    found = presenter.explanation(comparison, ("break_even", "Supplier"))
    assert found is not None and not found.foots
    assert found.figure is not None and found.figure.value == 1  # cheaper from the first piece
    assert found.title.startswith("In-house is cheaper than Supplier between 1 and 41")
    assert presenter.explanation(comparison, ("total", "Nobody")) is None
    assert presenter.explanation(comparison, ("kind unknown", "Supplier")) is None
    assert presenter.explanation(comparison, None) is None


def test_warnings_say_the_first_three_and_count_the_rest():
    said = presenter.Warnings(("one", "two", "three", "four", "five"))
    assert said.shown == ("one", "two", "three") and said.more == 2
    assert said.text("… and 2 more") == "⚠ one\n⚠ two\n⚠ three\n… and 2 more"
    assert said.tooltip == "• one\n• two\n• three\n• four\n• five"
    assert presenter.Warnings(("one",)).text("never said") == "⚠ one"


def test_a_problem_is_said_in_the_verdicts_place():
    verdict, detail = presenter.problem("No price for <silver>", (), False, "#aa0000")
    assert verdict == "<span style='color:#aa0000'>No price for &lt;silver&gt;</span>"
    assert detail == ""
    verdict, detail = presenter.problem("ignored", ("No FX rate for USD",), True, "#aa0000")
    assert verdict == "<span style='color:#aa0000'>Cannot compute the costs:</span>"
    assert detail.startswith("<ul style='margin:0'><li>No FX rate for USD</li></ul>")
    assert detail.endswith("Enter what is missing (Enter Prices…, or Costs ▸ Update Prices…), "
                           "or pick another costing date.")
