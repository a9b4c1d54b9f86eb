"""Many prices and rates stored in one transaction: what was stored, skipped and why; undo."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.storage import Workspace
from jewelbench.storage.prices import PriceImports

NOV26, NOV27 = dt.date(2026, 11, 26), dt.date(2026, 11, 27)


@pytest.fixture
def workspace(tmp_path):
    with Workspace.create(tmp_path / "prices.jewelbench") as ws:
        yield ws


def gold(day, amount, currency="USD"):
    return MetalPrice("gold", day, Money.of(amount, currency), "test")


def test_new_rows_are_stored_and_undo_takes_exactly_them_out(workspace):
    workspace.prices.add_fx_rate(FxRate(NOV26, "EUR", "USD", Decimal("1.0815")))
    imports = PriceImports.of(workspace)
    report = imports.add([gold(NOV27, "2670.25")],
                         [FxRate(NOV27, "EUR", "USD", Decimal("1.0842")),
                          FxRate(NOV27, "EUR", "NOK", Decimal("11.6840"))])
    assert len(report.stored) == 3 and not report.skipped and not report.replaced
    assert {(r.rate_date, r.to_currency) for r in workspace.prices.fx_rates()} == {
        (NOV26, "USD"), (NOV27, "USD"), (NOV27, "NOK")}
    assert workspace.prices.metal_prices()[0].price_per_troy_oz == Money.of("2670.25", "USD")
    imports.remove(report)
    assert workspace.prices.fx_rates() == [FxRate(NOV26, "EUR", "USD", Decimal("1.0815"))]
    assert workspace.prices.metal_prices() == []
    imports.reapply(report)
    assert len(workspace.prices.fx_rates()) == 3 and len(workspace.prices.metal_prices()) == 1


def test_rows_already_stored_are_skipped_and_said_so(workspace):
    workspace.prices.add_metal_price(gold(NOV27, "2600"))
    workspace.prices.add_fx_rate(FxRate(NOV27, "EUR", "USD", Decimal("1.0842")))
    workspace.prices.add_fx_rate(FxRate(NOV27, "NOK", "EUR", Decimal("0.0856")))
    report = PriceImports.of(workspace).add(
        [gold(NOV27, "2670.25"), gold(NOV27, "2600.00", "USD")],
        [FxRate(NOV27, "EUR", "USD", Decimal("1.08420")),
         FxRate(NOV27, "EUR", "NOK", Decimal("11.6840"))])
    assert report.stored == [] and report.replaced == []
    reasons = [reason for _row, reason in report.skipped]
    assert reasons == ["already stored at 2,600.00 USD; kept",
                       "already stored, the same price",
                       "already stored, the same rate",
                       "already stored the other way round: 1 NOK = 0.0856 EUR"]
    assert workspace.prices.metal_prices()[0].price_per_troy_oz == Money.of("2600", "USD")


def test_replace_overwrites_a_different_value_and_undo_puts_the_old_one_back(workspace):
    workspace.prices.add_fx_rate(FxRate(NOV27, "EUR", "USD", Decimal("1.05")))
    imports = PriceImports.of(workspace)
    report = imports.add([], [FxRate(NOV27, "EUR", "USD", Decimal("1.0842"))], replace=True)
    assert report.stored == [] and len(report.replaced) == 1
    assert workspace.prices.fx_rates()[0].rate == Decimal("1.0842")
    imports.remove(report)
    assert workspace.prices.fx_rates()[0].rate == Decimal("1.05")


def test_a_row_given_twice_in_one_import_keeps_the_first(workspace):
    report = PriceImports.of(workspace).add(
        [gold(NOV27, "2670.25"), gold(NOV27, "2700")],
        [FxRate(NOV27, "EUR", "USD", Decimal("1.0842")),
         FxRate(NOV27, "USD", "EUR", Decimal("0.92"))])
    assert len(report.stored) == 2
    assert [reason for _row, reason in report.skipped] == [
        "given twice in this import; the first (2,670.25 USD) is kept",
        "already stored the other way round: 1 EUR = 1.0842 USD"]


def test_a_failure_part_way_stores_nothing(workspace):
    rates = [FxRate(NOV27, "EUR", "USD", Decimal("1.0842")),
             FxRate(NOV27, "EUR", "NOK", Decimal("11.6840"))]

    with pytest.raises(RuntimeError), workspace.transaction():
        PriceImports.of(workspace).add([gold(NOV27, "2670.25")], rates)
        raise RuntimeError("the disk filled up")
    assert workspace.prices.fx_rates() == [] and workspace.prices.metal_prices() == []


def test_a_hundred_thousand_rates_in_one_import(workspace):
    start = dt.date(1990, 1, 1)
    codes = ["USD", "NOK", "SEK", "JPY"]
    rates = [FxRate(start + dt.timedelta(days=n // 4), "EUR", codes[n % 4],
                    Decimal(1) + Decimal(n) / 1000) for n in range(100_000)]
    report = PriceImports.of(workspace).add([], rates)
    assert len(report.stored) == 100_000
    assert workspace.db.execute("SELECT COUNT(*) FROM fx_rates").fetchone()[0] == 100_000


def test_a_preview_says_what_would_happen_and_stores_nothing(workspace):
    workspace.prices.add_fx_rate(FxRate(NOV27, "EUR", "USD", Decimal("1.05")))
    plan = PriceImports.of(workspace).preview(
        [gold(NOV27, "2670.25")], [FxRate(NOV27, "EUR", "USD", Decimal("1.0842"))],
        replace=True)
    assert len(plan.stored) == 1 and len(plan.replaced) == 1
    assert workspace.prices.metal_prices() == []
    assert workspace.prices.fx_rates()[0].rate == Decimal("1.05")
