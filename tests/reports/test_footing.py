"""Figures that foot (issue 15, item 10): every table `jewelbench compare` prints (text and
JSON) and every table of the workbook adds up as printed — the printed parts plus a printed
Rounding line are the printed total, and the printed cost per piece × the pieces plus a
printed rounding is the printed year (docs/costing.md, "Money, rounding and units").

The hand-worked cases check the rule (jewelbench.domain.footing); the hypothesis tests read the
figures back from the printed text, the JSON and the workbook recalculated by LibreOffice over
random plans and scenarios in currencies of 0, 2 and 3 decimals (footing_cases.py).
"""

from __future__ import annotations

import json
import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from footing_cases import D, cases, evaluate, fixed_case, read_amount, setup_for
from hypothesis import HealthCheck, given, settings
from openpyxl import load_workbook
from spreadsheet_helpers import recalculate, soffice, value

from jewelbench.domain.footing import (
    difference,
    foot,
    foot_per_piece,
    minor_units,
    piece_sentence,
    signed,
)
from jewelbench.reports.comparison_text import comparison_json, comparison_text
from jewelbench.reports.workbook import write_workbook
from jewelbench.reports.workbook_costs import ROUTE_ORDER, SUMS
from jewelbench.storage.workbook_data import WorkbookData

EXAMPLES = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# --- the rule, worked by hand (docs/costing.md, "Money, rounding and units") --------------------


def test_the_issues_per_piece_that_does_not_foot_gets_its_rounding():
    # 41,665.00 USD a year at 300 pieces: 41,665 ÷ 300 = 138.88333… a piece, printed 138.88;
    # 138.88 × 300 = 41,664.00, so the rounding is 41,665.00 − 41,664.00 = +1.00.
    footing = foot_per_piece(D("41665") / 300, 300, D("41665"), "USD")
    assert (footing.per_piece, footing.product, footing.total, footing.rounding) == \
        (D("138.88"), D("41664.00"), D("41665.00"), D("1.00"))
    assert not footing.foots
    assert piece_sentence(footing) == "138.88 × 300 = 41,664.00; rounding +1.00 = 41,665.00"
    # 41,664.00 a year at 300 pieces is 138.88 exactly: nothing to say
    assert foot_per_piece(D("41664") / 300, 300, D("41664"), "USD").foots


def test_parts_that_round_down_miss_their_total_by_a_cent():
    # 10.004 + 20.004 + 30.004 = 60.012 EUR: printed 10.00 + 20.00 + 30.00 = 60.00 against a
    # printed total of 60.01; rounding 60.01 − 60.00 = +0.01.
    footing = foot([D("10.004"), D("20.004"), D("30.004")], D("60.012"), "EUR")
    assert footing.parts == (D("10.00"), D("20.00"), D("30.00"))
    assert (footing.total, footing.rounding) == (D("60.01"), D("0.01"))
    assert signed(footing.rounding, "EUR") == "+0.01"


def test_yen_have_no_decimals_and_half_a_yen_rounds_up():
    # 100.5 + 200.5 = 301 JPY: printed 101 + 201 = 302 (half-up) against 301: rounding −1.
    footing = foot([D("100.5"), D("200.5")], D("301"), "JPY")
    assert (footing.parts, footing.total, footing.rounding) == ((D(101), D(201)), D(301), D(-1))
    assert signed(footing.rounding, "JPY") == "-1"
    assert minor_units("JPY") == 0


def test_dinars_have_three_decimals():
    # 12.345 KWD at 10 pieces: 1.2345 a piece, printed 1.235 (half-up); 1.235 × 10 = 12.350
    # against 12.345: rounding −0.005.
    footing = foot_per_piece(D("12.345") / 10, 10, D("12.345"), "KWD")
    assert (footing.per_piece, footing.product, footing.rounding) == \
        (D("1.235"), D("12.350"), D("-0.005"))
    assert signed(footing.rounding, "KWD") == "-0.005"


def test_a_difference_is_the_difference_of_the_printed_figures():
    # 10.005 − 5.004 = 5.001 exactly (printed 5.00), but the reader sees 10.01 − 5.00 = 5.01
    assert difference(D("10.005"), D("5.004"), "EUR") == D("5.01")
    footing = foot([D("10.005"), D("5.004")], D("5.01"), "EUR", signs=(1, -1))
    assert footing.foots


# --- jewelbench compare: text ------------------------------------------------------------------


def _amount_pattern(currency: str) -> str:
    return rf"[+-]?[\d,]+(?:\.\d+)? {currency}"


def check_text_foots(text: str, comparison) -> int:
    """Read the routes' table and the per-piece breakdown back from the text; returns the
    number of Rounding lines read (so a test can see some were needed)."""
    currency = comparison.currency
    money = _amount_pattern(currency)
    lines = text.splitlines()
    roundings = 0
    for cost in (comparison.in_house, *comparison.routes):
        name = re.escape(cost.route)
        row = next(ln for ln in lines if re.match(rf"^{name}\s+{money}\s+{money}", ln))
        year_text, piece_text = re.findall(money, row)[:2]
        year, piece = read_amount(year_text, currency), read_amount(piece_text, currency)
        # the printed year is the exact year rounded once, half-up
        assert year == cost.total.value.quantize(
            Decimal(1).scaleb(-minor_units(currency)), ROUND_HALF_UP)
        said = [ln for ln in lines if ln.startswith(f"  Rounding, {cost.route}: ")]
        volume = comparison.volume
        if piece * volume == year:
            assert not said, f"{cost.route}: a Rounding line where nothing needs one: {said}"
            continue
        assert len(said) == 1, f"{cost.route}: {piece} × {volume} ≠ {year} and nothing says it"
        got = re.match(rf"^  Rounding, {name}: (\S+) × ([\d,]+) = (\S+); rounding (\S+) = (\S+) "
                       r"a year$", said[0])
        assert got, said[0]
        a, n, product, rounding, total = got.groups()
        a_, p_, r_, t_ = (read_amount(x, currency) for x in (a, product, rounding, total))
        assert (a_, int(n.replace(",", "")), t_) == (piece, volume, year)
        assert a_ * volume == p_ and p_ + r_ == t_ and r_ != 0
        roundings += 1
    # the per-piece breakdown: each route's heading, its parts, maybe a Rounding line
    start = next(i for i, ln in enumerate(lines) if ln.startswith("Per piece at "))
    block: list[tuple[str, Decimal]] = []
    heading: Decimal | None = None
    for line in lines[start + 1:] + [""]:
        if line.startswith("  "):
            label, shown = re.split(r"\s{2,}", line.strip())
            block.append((label, read_amount(shown, currency)))
            continue
        if heading is not None:
            parts = [v for label, v in block if label != "Rounding"]
            rounding = [v for label, v in block if label == "Rounding"]
            if sum(parts, D(0)) == heading:
                assert not rounding, "a Rounding line where the parts foot"
            else:
                assert len(rounding) == 1 and rounding[0] != 0, \
                    f"parts {sum(parts, D(0))} ≠ {heading} and no Rounding line"
                assert sum(parts, D(0)) + rounding[0] == heading
                roundings += 1
        if not line:
            break
        heading = read_amount(re.split(r"\s{2,}", line.strip())[-1], currency)
        block = []
    return roundings


def check_json_foots(data: dict) -> None:
    """Each route's printed (rounded) figures in the JSON add up with its roundings."""
    volume = data["volume"]
    for route in data["routes"]:
        r = route["rounding"]
        total, piece = D(route["total"]["rounded"]), D(route["per_piece"]["rounded"])
        years = sum((D(b["per_year"]["rounded"]) for b in route["breakdown"]), D(0))
        pieces = sum((D(b["per_piece"]["rounded"]) for b in route["breakdown"]), D(0))
        assert years + D(r["per_year"]) == total, route["name"]
        assert pieces + D(r["per_piece"]) == piece, route["name"]
        assert D(r["per_piece_times_volume"]) == piece * volume
        assert D(r["per_piece_times_volume"]) + D(r["per_piece_to_total"]) == total
        assert r["currency"] == data["currency"]


@EXAMPLES
@given(cases())
def test_compare_text_and_json_foot_for_random_plans(case):
    setup = setup_for(case)
    _prepared, comparison = evaluate(setup, case["volume"])
    check_text_foots(comparison_text(setup, comparison), comparison)
    check_json_foots(json.loads(json.dumps(comparison_json(setup, comparison))))


def test_the_text_says_the_rounding_of_a_per_piece_that_does_not_foot():
    """Twelve fixed cases with awkward decimals: the Rounding lines are certainly read (the
    random cases may all foot by chance)."""
    found = 0
    for seed in range(12):
        setup = setup_for(fixed_case(seed))
        _prepared, comparison = evaluate(setup, None)
        found += check_text_foots(comparison_text(setup, comparison), comparison)
    assert found > 0


# --- the workbook, recalculated by LibreOffice --------------------------------------------------


def _round(number: float, places: int) -> Decimal:
    return Decimal(repr(number)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def _column(ref: str, letter: str) -> str:
    return re.sub(r"!\$[A-Z]+\$", f"!${letter}$", ref)


def check_workbook_foots(book, report, comparison) -> int:
    """Returns how many of the roundings read were not zero."""
    c = report.cells
    roundings = 0
    currency = comparison.currency
    places = minor_units(currency)

    def shown(ref: str) -> Decimal:
        got = value(book, ref)
        assert isinstance(got, (int, float)), f"{ref}: {got!r}"
        return _round(got, places)

    volume = comparison.volume
    for prefix, cost in (("in_house", comparison.in_house),
                         *zip(report.routes, comparison.routes)):
        parts = [c[f"{prefix}.{key.value}"] for key in cost.keys]
        total, per_piece = c[f"{prefix}.total"], c[f"{prefix}.per_piece"]
        # each printed figure is the engine's, rounded once
        assert shown(total) == foot([], cost.total.value, currency).total
        for column, rounding, whole in (("B", c[f"{prefix}.rounding"], total),
                                        ("C", c[f"{prefix}.rounding_per_piece"],
                                         _column(total, "C"))):
            printed_parts = sum((shown(_column(p, column)) for p in parts), D(0))
            assert printed_parts + shown(rounding) == shown(whole), (prefix, column)
        # the year's rounding is the one the text and the view print
        assert shown(c[f"{prefix}.rounding"]) == foot(
            [f.value for f in cost.components], cost.total.value, currency).rounding
        assert shown(per_piece) * volume + shown(c[f"{prefix}.rounding_pieces"]) == \
            shown(total)
        assert shown(c[f"summary.{prefix}.rounding"]) == foot_per_piece(
            cost.per_piece.value, volume, cost.total.value, currency).rounding
        assert shown(c[f"cover.{prefix}.rounding"]) == shown(c[f"summary.{prefix}.rounding"])
        if prefix != "in_house":
            assert shown(c[f"summary.{prefix}.difference"]) == \
                shown(total) - shown(c["in_house.total"])
        keys = ("rounding", "rounding_per_piece", "rounding_pieces")
        for ref in [c[f"{prefix}.{key}"] for key in keys] + [c[f"summary.{prefix}.rounding"]]:
            # a whole number of minor units, not 0.00999999… (the spreadsheet's binary noise)
            assert abs(value(book, ref) - float(shown(ref))) < 1e-9, ref
        roundings += sum(shown(c[f"{prefix}.{key}"]) != 0 for key in keys)
    roundings += check_design_lines(book, report, comparison, shown)
    # the Volume model: each column's components (the fixed part, then one more of each sum)
    # add up to its "Total a year" with the Rounding row under it
    for prefix in report.routes:
        for j in range(len(SUMS) + 1):
            ref = c[f"{prefix}.model.rounding.{j}"]
            sheet, cell = ref.rsplit("!", 1)
            letter, row = re.match(r"\$([A-Z]+)\$(\d+)", cell).groups()
            total_row = int(row) - 2  # then the weight row, then the rounding
            parts = [f"{sheet}!${letter}${r}" for r in range(total_row - len(ROUTE_ORDER),
                                                              total_row)]
            assert sum((shown(p) for p in parts), D(0)) + shown(ref) == \
                shown(f"{sheet}!${letter}${total_row}"), (prefix, j)
            roundings += shown(ref) != 0
    return roundings


def _at(ref: str, letter: str) -> str:
    return _column(ref, letter)


def check_design_lines(book, report, comparison, shown) -> int:
    """Each design's line of the per-design tables: in-house metal + … + labour = variable,
    variable + remakes + packaging = good piece, pieces × good piece = a year; a route's billed
    × per billed piece = metal, supplier freight, materials, assists — as printed (pieces to 2
    places), with the line's rounding."""
    c = report.cells
    found = 0

    def pieces(ref: str) -> Decimal:
        return Decimal(repr(value(book, ref))).quantize(Decimal("0.01"), ROUND_HALF_UP)

    for line in comparison_lines(report, "in_house"):
        def at(letter: str, line: str = line) -> Decimal:
            return shown(_at(c[f"in_house.{line}.rounding_variable"], letter))
        variable = sum((at(x) for x in "DEFGHI"), D(0))
        assert variable + at("P") == at("J"), line
        assert at("J") + at("K") + at("L") + at("Q") == at("M"), line
        count = pieces(_at(c[f"in_house.{line}.rounding_variable"], "C"))
        assert count * at("M") + at("R") == at("N"), line
        found += sum(at(x) != 0 for x in "PQR")
    for prefix in report.routes:
        for line in comparison_lines(report, prefix):
            ref = c[f"{prefix}.{line}.rounding_metal"]
            billed = pieces(_at(ref, "D"))
            for total, each, rounding in (("L", "K", "S"), ("N", "M", "T"), ("P", "O", "U"),
                                          ("R", "Q", "V")):
                assert billed * shown(_at(ref, each)) + shown(_at(ref, rounding)) == \
                    shown(_at(ref, total)), (prefix, line, total)
                found += shown(_at(ref, rounding)) != 0
    return found


def comparison_lines(report, prefix: str) -> list[str]:
    """The design codes of a per-design table, from the cells it wrote."""
    head, tail = f"{prefix}.", ".rounding_metal" if prefix != "in_house" else \
        ".rounding_variable"
    return [key[len(head):-len(tail)] for key in report.cells
            if key.startswith(head) and key.endswith(tail)]


@pytest.fixture(scope="module")
def lo(tmp_path_factory):
    soffice()
    return tmp_path_factory.mktemp("footing-lo")


@pytest.mark.integration
def test_the_workbook_foots_when_recalculated(lo, tmp_path_factory):
    """Three of the fixed cases (euros, yen, dinars) in one LibreOffice run (the slow part):
    every by-component table, the summary and the difference foot as printed, with the
    roundings the text prints."""
    folder = tmp_path_factory.mktemp("footing")
    written = []
    for i, case in enumerate(fixed_case(seed) for seed in (0, 1, 2, 4)):
        setup = setup_for(case)
        report = write_workbook(setup, WorkbookData("Footing", ()), folder / f"case{i}.xlsx",
                                case["volume"])
        written.append(report)
    done = recalculate([r.path for r in written], folder / "recalculated", lo)
    roundings = 0
    for report in written:
        book = load_workbook(done[report.path], data_only=True)
        roundings += check_workbook_foots(book, report, report.comparison)
    assert roundings > 0, "no case needed a Rounding line: the check read nothing"
