"""In-house scenarios: the seed's equipment catalogue, starter scenarios, and refusals that
name the input."""

import datetime as dt
from decimal import Decimal

import pytest

from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate
from jewelbench.domain.scenarios import (
    EQUIPMENT_CATALOGUE,
    CostLevel,
    Equipment,
    InHouseScenario,
    LabourOperation,
    Overhead,
    StaffRole,
    catalogue_item,
    check_design_code,
    starter_scenario,
    usd_rate,
)
from jewelbench.domain.validation import DomainError

# DESIGN.md "The cost model", the seed's ranges in USD.
SEED_RANGES = {
    "printer": (5000, 50000), "casting": (3000, 20000), "electroforming": (2000, 10000),
    "rolling": (5000, 15000), "laser": (10000, 50000),
}


def test_the_catalogue_carries_the_seed_ranges_and_says_where_each_comes_from():
    for key, (low, high) in SEED_RANGES.items():
        item = catalogue_item(key)
        assert (item.low, item.high) == (Decimal(low), Decimal(high))
        assert item.mid == (Decimal(low) + Decimal(high)) / 2
        assert "seed" in item.source
    for key in ("polishing", "ultrasonic", "steam"):
        item = catalogue_item(key)
        assert item.low < item.mid < item.high
        assert "not in the seed" in item.source
    assert [i.key for i in EQUIPMENT_CATALOGUE][:2] == ["printer", "casting"]
    with pytest.raises(DomainError, match="No equipment “lathe”"):
        catalogue_item("lathe")


def test_a_catalogue_item_at_each_level_has_its_cost_life_and_salvage():
    laser = catalogue_item("laser")
    assert laser.equipment(CostLevel.LOW) == Equipment("Laser welder", Decimal(10000), 8,
                                                       Decimal(1000))
    high = laser.equipment(CostLevel.HIGH)
    assert (high.cost, high.salvage_value) == (Decimal(50000), Decimal(5000))
    # (50,000 − 5,000) / 8 years
    assert high.depreciation_per_year == Decimal("5625")
    # 30,000 USD × 0.9214 = 27,642 EUR, whole units; salvage 10 % of that = 2,764.2 → 2,764
    eur = laser.equipment(CostLevel.MID, Decimal("0.9214"))
    assert (eur.cost, eur.salvage_value) == (Decimal(27642), Decimal(2764))


def test_the_mid_starter_scenario_in_usd_adds_up_by_hand():
    scenario = starter_scenario("Seed mid", CostLevel.MID)
    assert scenario.currency == "USD"
    assert len(scenario.equipment) == 8
    # 27,500 + 11,500 + 6,000 + 10,000 + 30,000 (seed mid-points) + 3,500 + 1,800 + 2,400
    assert scenario.capex == Money.of("92700", "USD")
    # overheads 3,200 + 650 + 420 + 180 + 310 + 350 = 5,110;
    # salaries 5,200 + 4,600 + 3,900 + 4,800 + 3,600 + 1,700 = 23,800
    assert scenario.monthly_fixed_cost == Money.of("28910", "USD")
    assert scenario.staff_hours_per_month == Decimal(5 * 160 + 80)
    assert [o.name.split()[0] for o in scenario.overheads] == [
        "Rent", "Utilities", "Insurance", "Security", "Software", "Equipment"]
    assert [s.role for s in scenario.staff] == [
        "Designer", "3D modeller", "Caster", "Stone setter", "Polisher", "QC inspector"]
    assert all(op.design_code is None for op in scenario.labour)
    assert "mid" in scenario.notes and "in USD" in scenario.notes


def test_starter_levels_rise_from_low_to_high():
    low, mid, high = (starter_scenario(level.value, level) for level in CostLevel)
    assert low.capex < mid.capex < high.capex
    assert low.capex == Money.of(5000 + 3000 + 2000 + 5000 + 10000 + 1000 + 600 + 800, "USD")


def test_a_starter_in_another_currency_is_converted_at_the_dated_rate():
    rates = [FxRate(dt.date(2026, 1, 2), "EUR", "USD", Decimal("1.08")),
             FxRate(dt.date(2026, 3, 2), "EUR", "USD", Decimal("1.25"))]
    rate, note = usd_rate("eur", rates, dt.date(2026, 2, 1))
    assert rate == Decimal(1) / Decimal("1.08")  # only EUR→USD is kept: its inverse
    assert "2026-01-02" in note and "1 USD = 0.9259 EUR" in note
    scenario = starter_scenario("Atelier", CostLevel.LOW, "EUR", *usd_rate("EUR", rates,
                                                                          dt.date(2026, 3, 5)))
    assert scenario.currency == "EUR"
    # 5,000 USD / 1.25 = 4,000 EUR; rent 3,200 / 1.25 = 2,560 EUR; 38 USD / 1.25 = 30.40 → 30
    assert scenario.equipment[0].cost == Decimal(4000)
    assert scenario.overheads[0].monthly_cost == Decimal(2560)
    assert scenario.loaded_hourly_rate == Decimal(30)
    assert scenario.consumables_per_piece == Decimal("2.24")  # 2.80 / 1.25
    assert "2026-03-02" in scenario.notes


def test_a_starter_without_a_rate_is_refused_unless_it_stays_in_usd():
    with pytest.raises(DomainError, match="No exchange rate between USD and GBP on or "
                                          "before 2026-02-01"):
        usd_rate("GBP", [], dt.date(2026, 2, 1))
    with pytest.raises(DomainError, match="starting figures are in USD"):
        starter_scenario("Atelier", CostLevel.MID, "GBP")
    with pytest.raises(DomainError, match="not a currency code"):
        usd_rate("pounds", [], dt.date(2026, 2, 1))
    assert usd_rate("USD", [], dt.date(2026, 2, 1)) == (Decimal(1), "in USD")


@pytest.mark.parametrize(("build", "message"), [
    (lambda: Equipment("Laser welder", Decimal(10000), 0),
     "Useful life of “Laser welder” must be at least 1 year, not 0"),
    (lambda: Equipment("Laser welder", Decimal(-1), 5),
     "Cost of “Laser welder” cannot be negative, not -1"),
    (lambda: Equipment("Laser welder", Decimal(1000), 5, Decimal(1500)),
     "“Laser welder”: salvage value is above the cost (1500 > 1000)"),
    (lambda: Equipment("Laser welder", Decimal(1000), 5, Decimal(-5)),
     "Salvage value of “Laser welder” cannot be negative"),
    (lambda: Equipment("Laser welder", Decimal(1000), 61),
     "Useful life of “Laser welder” must be at most 60"),
    (lambda: Overhead("Rent", Decimal("-0.01")),
     "Monthly cost of “Rent” cannot be negative, not -0.01"),
    (lambda: StaffRole("Caster", Decimal(-3000)),
     "Monthly salary of “Caster” cannot be negative"),
    (lambda: StaffRole("Caster", Decimal(3000), -1),
     "Headcount of “Caster” must be at least 0, not -1"),
    (lambda: StaffRole("Caster", Decimal(3000), 1, Decimal(0)),
     "Hours per month of “Caster” must be above 0"),
    (lambda: LabourOperation("Polishing", Decimal(-2)),
     "Minutes per piece of “Polishing” cannot be negative"),
    (lambda: InHouseScenario("Studio", "USD", error_rate_pct=Decimal(100)),
     "Error rate % must be below 100, not 100: at 100 % every piece is remade"),
    (lambda: InHouseScenario("Studio", "USD", error_rate_pct=Decimal(250)),
     "Error rate % must be below 100, not 250"),
    (lambda: InHouseScenario("Studio", "USD", loaded_hourly_rate=Decimal(-38)),
     "Loaded hourly rate cannot be negative"),
    (lambda: InHouseScenario("Studio", "USD", consumables_per_piece=Decimal(-1)),
     "Consumables per piece cannot be negative"),
    (lambda: InHouseScenario("Studio", "USD", buyer_premium_pct=Decimal(101)),
     "Small-buyer premium % must be at most 100"),
    (lambda: InHouseScenario("  ", "USD"), "Scenario name is required"),
    (lambda: Equipment(" ", Decimal(1), 1), "Equipment name is required"),
])
def test_a_refusal_names_the_input(build, message):
    with pytest.raises(DomainError) as refused:
        build()
    assert message in str(refused.value)


def test_an_error_rate_just_under_100_is_accepted_and_a_whole_decimal_life_is_a_count():
    assert InHouseScenario("Studio", "USD", error_rate_pct=Decimal("99.5")).error_rate_pct == \
        Decimal("99.5")
    assert Equipment("Kiln", Decimal(100), Decimal(4)).useful_life_years == 4  # type: ignore
    with pytest.raises(DomainError, match="whole number"):
        Equipment("Kiln", Decimal(100), Decimal("4.5"))  # type: ignore[arg-type]


def test_a_labour_time_names_a_known_design_or_all_designs():
    codes = ["RG-014", "BR-005"]
    assert check_design_code("rg-014", codes) == "RG-014"
    assert check_design_code("", codes) is None
    assert check_design_code("All designs", codes) is None
    with pytest.raises(DomainError, match="No design has the code “XX-999”"):
        check_design_code(" XX-999 ", codes)
    assert LabourOperation("Setting", Decimal(5), "  ").design_code is None


def test_totals_of_a_scenario():
    scenario = InHouseScenario(
        "Studio", "EUR",
        equipment=[Equipment("Printer", Decimal(8000), 4, Decimal(800)),
                   Equipment("Welder", Decimal(20000), 8)],
        staff=[StaffRole("Setter", Decimal(3200), 2, Decimal(150)),
               StaffRole("Polisher", Decimal(2500), 0)])
    # (8,000 − 800) / 4 + 20,000 / 8 = 1,800 + 2,500
    assert scenario.depreciation_per_year == Money.of("4300", "EUR")
    assert scenario.staff_hours_per_month == Decimal(300)  # 2 × 150, nobody polishing
    assert scenario.headcount == 2
