"""The workbook's Break-even sheet (reports/workbook_breakeven.py), recalculated by LibreOffice:
every band where in-house costs at most a route, solved by formula per segment, is the
engine's — as written, and after an input is changed in the file (the gold price, the maximum
searched) with openpyxl and recalculated."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from spreadsheet_helpers import defined_cell, recalculate, soffice, value
from test_workbook import NO_LISTINGS, worked_example

from jewelbench.domain.costing import prepare
from jewelbench.domain.costing_inputs import (
    CollectionPlan,
    InHouseTerms,
    LandedCostTerms,
    OutsourcedRoute,
    PriceContext,
)
from jewelbench.domain.designs import Category, Design, StoneLine
from jewelbench.domain.money import Money
from jewelbench.domain.quotes import Quote, QuoteTier
from jewelbench.domain.scenarios import InHouseScenario, LabourOperation, Overhead, StaffRole
from jewelbench.reports.workbook import write_workbook
from jewelbench.storage.costing import CostingSetup

D = Decimal


def stud() -> CostingSetup:
    """docs/costing.md, "Worked example: in-house wins in bands" (the figures are worked by hand
    in tests/domain/test_costing_breakeven_bands.py): in-house 60,000 + 50 n + 24,000 a
    setter added every 2,400 pieces; the quote 80.00 a piece from 100, 62.00 from 4,000."""
    on = worked_example().prices.on
    design = Design("ST-200", "Stud", Category.EARRINGS,
                    stones=[StoneLine("sapphire", "round", 1, Money(D(50), "EUR"))])
    bench = InHouseScenario("Setter's bench", "EUR", overheads=[Overhead("Rent", D(3000))],
                            staff=[StaffRole("Setter", D(2000), 1, D(100))],
                            labour=[LabourOperation("Setting", D(30))], casting_loss_pct=D(0))
    offer = Quote(supplier_id=1, design_id=1, currency="EUR", quoted_on=on, moq=100,
                  tiers=[QuoteTier(100, D("80.00")), QuoteTier(4000, D("62.00"))])
    return CostingSetup("ST-200 Stud", CollectionPlan.of_design(design, 1000), bench,
                        [OutsourcedRoute.single("Workshop", "ST-200", offer, LandedCostTerms())],
                        PriceContext(on, "EUR", (), ()), InHouseTerms(), [])


def _edited(path: Path, name: str, **inputs: float) -> Path:
    """The workbook with inputs changed by name, as an accountant types them."""
    book = load_workbook(path)
    for key, new in inputs.items():
        defined_cell(book, key).value = new
    target = path.with_name(f"{name}.xlsx")
    book.save(target)
    return target


@pytest.fixture(scope="module")
def books(tmp_path_factory):
    soffice()
    folder = tmp_path_factory.mktemp("break-even")
    written = {"stud": write_workbook(stud(), NO_LISTINGS, folder / "stud.xlsx"),
               "worked": write_workbook(worked_example(), NO_LISTINGS, folder / "worked.xlsx")}
    gold = defined_cell(load_workbook(written["worked"].path), "Gold_price_per_oz").value
    edited = {"stud_30000": _edited(written["stud"].path, "stud_30000",
                                    Break_even_up_to=30_000),
              "stud_far": _edited(written["stud"].path, "stud_far", Break_even_up_to=100_000),
              "worked_gold": _edited(written["worked"].path, "worked_gold",
                                     Gold_price_per_oz=round(gold * 0.85, 2),
                                     Break_even_up_to=40_000)}
    paths = [r.path for r in written.values()] + list(edited.values())
    done = recalculate(paths, folder / "recalculated", tmp_path_factory.mktemp("lo"))
    return {"reports": written, "gold": gold,
            **{name: load_workbook(done[r.path], data_only=True)
               for name, r in written.items()},
            **{name: load_workbook(done[p], data_only=True) for name, p in edited.items()}}


@pytest.mark.integration
def test_the_stud_s_five_bands_as_worked_by_hand(books):
    report, book = books["reports"]["stud"], books["stud"]
    # by hand (test_costing_breakeven_bands.py): searched to the tenth setter, 24,001
    assert report.searched_to == 24_001
    assert value(book, report.cells["Route1.bands"]) == (
        "In-house is cheaper than Workshop between 2,000 and 2,400 and between 2,800 and 3,999 "
        "and between 19,000 and 19,200 and between 21,000 and 21,600 and between 23,000 and "
        "24,000 pieces a year (searched up to 24,001)")
    assert value(book, report.cells["Route1.break_even"]) == 2000
    assert value(book, report.cells["Route1.band_count"]) == 5
    cover = [c for row in book["Cover"].iter_rows(values_only=True) for c in row]
    assert value(book, report.cells["Route1.bands"]) in cover
    assert 24_001 in cover  # "Break-evens searched up to"


@pytest.mark.integration
def test_a_larger_maximum_typed_in_the_workbook_finds_the_bands_further_up(books):
    report, book = books["reports"]["stud"], books["stud_30000"]
    # the tenth setter's segment 24,001 … 26,400: 300,000 − 12 n ≤ 0 from 25,000; the
    # eleventh (26,401 … 28,800) from 27,000; the twelfth (28,801 …) from 29,000 to 30,000
    expected = prepare(*_inputs(stud())).evaluate(1000, search_to=30_000).break_evens[0]
    assert expected.bands[-3:] == ((25_000, 26_400), (27_000, 28_800), (29_000, 30_000))
    assert value(book, report.cells["Route1.bands"]) == expected.describe()
    assert value(book, report.cells["steps_check"]).startswith("The 30 people listed")


@pytest.mark.integration
def test_the_sheet_says_when_an_edited_maximum_needs_more_people_than_it_lists(books):
    report, book = books["reports"]["stud"], books["stud_far"]
    # 100,000 pieces need ⌈(50,000 − 1,200) ÷ 1,200⌉ = 41 setters added, more than the 30 rows
    assert "export again" in value(book, report.cells["steps_check"])


@pytest.mark.integration
def test_the_gold_price_changed_in_the_workbook_moves_the_bands_as_the_engine(books):
    report, book = books["reports"]["worked"], books["worked_gold"]
    assert value(books["worked"], report.cells["Route1.bands"]) == (
        "In-house is cheaper than Supplier between 1 and 41 and between 255 and 15,361 pieces "
        "a year (searched up to 15,361)")  # by hand: docs/costing.md, "Break-even"
    setup = worked_example()
    (gold,) = setup.prices.metal_prices
    cheaper = dataclasses.replace(gold, price_per_troy_oz=Money(
        D(str(round(books["gold"] * 0.85, 2))), "EUR"))
    setup = dataclasses.replace(setup, prices=dataclasses.replace(
        setup.prices, metal_prices=(cheaper,)))
    expected = prepare(*_inputs(setup)).evaluate(1000, search_to=40_000).break_evens[0]
    assert expected.searched_to == 40_000
    got = value(book, report.cells["Route1.bands"])
    assert got == expected.describe()
    assert got != value(books["worked"], report.cells["Route1.bands"])


def _inputs(setup: CostingSetup) -> tuple:
    return setup.plan, setup.scenario, setup.routes, setup.prices, setup.in_house_terms
