"""docs/costing.md's worked example, number for number: if this test changes, change the
document with it (and the other way round)."""

from __future__ import annotations

from decimal import Decimal

from test_costing_cases import compare, design, quote, scenario

from jewelbench.domain.costing import IN_HOUSE, PreparedComparison
from jewelbench.domain.costing_figures import Component
from jewelbench.domain.costing_inputs import Adjustments, LandedCostTerms
from jewelbench.domain.quotes import Incoterm, QuoteFee
from jewelbench.domain.scenarios import Equipment, LabourOperation, Overhead, StaffRole

D = Decimal


def worked_example() -> PreparedComparison:
    ring = design("RG-100", gold_g="4", stones=2, stone_cost="10", packaging="1")
    bench = scenario(
        equipment=[Equipment("Casting kit", D(12000), 5, D(2000))],
        overheads=[Overhead("Rent", D(1000))],
        staff=[StaffRole("Jeweller", D(3000), 1, D(160))],
        labour=[LabourOperation("Casting", D(20)), LabourOperation("Finishing", D(40))],
        loaded_hourly_rate=D(30), casting_loss_pct=D(10), buyer_premium_pct=D(5),
        stone_breakage_pct=D(5), consumables_per_piece=D("2.50"), error_rate_pct=D(20))
    offer = quote((100, "795.00"), (500, "733.75"), (1000, "672.50"), currency="USD",
                  incoterm=Incoterm.CIF, freight_per_shipment=D(200), deposit_pct=D(30),
                  production_lead_time_days=30,
                  fees=[QuoteFee("mould", D(500)), QuoteFee("sample", D(250), True)])
    terms = LandedCostTerms(fee_life_years=1, assists_in_customs_value=False,  # issue 15 pins
                            duty_pct=D(4), fx_buffer_pct=D("2.5"), freight_per_shipment=D(300),
                            shipments_per_year=2, inspection_per_piece=D(1),
                            defect_allowance_pct=D(2))
    return compare(ring, 1000, in_house=bench, quotes={"Supplier": offer}, terms=terms)


def test_in_house_per_piece_and_per_year():
    prepared = worked_example()
    cost = prepared.cost(IN_HOUSE, 1000, Adjustments())
    per_piece = {Component.METAL: "346.50", Component.STONES: "21",
                 Component.CONSUMABLES: "2.50", Component.LABOUR: "30",
                 Component.REMAKES: "100", Component.PACKAGING: "1",
                 Component.DEPRECIATION: "2", Component.OVERHEADS: "12",
                 Component.STAFF: "36", Component.ADDED_STAFF: "0"}
    for component, value in per_piece.items():
        assert cost.component(component).value == D(value) * 1000, component
    assert cost.total.value == D(551000)
    assert cost.per_piece.value == D(551)
    # 2,000 pieces need 2,500 bench hours: one more jeweller
    assert prepared.total_at(IN_HOUSE, 2000).value == D(1088000)
    assert prepared.in_house.step_starts(D(20), 2000) == [1537]


def test_landed_cost_of_the_quote():
    cost = worked_example().cost("Supplier", 1000, Adjustments())
    expected = {Component.SUPPLIER_PRICE: "538000", Component.BRAND_MATERIALS: "1000",
                Component.FEES: "400", Component.FREIGHT: "920", Component.INSURANCE: "0",
                Component.DUTY: "21556.80", Component.FX_BUFFER: "13468",
                Component.INSPECTION: "1000", Component.DEFECTS: "11000"}
    for component, value in expected.items():
        assert cost.component(component).value == D(value), component
    assert cost.total.value == D("587344.80")
    assert cost.per_piece.value.quantize(D("0.01")) == D("587.34")


def test_the_quote_per_tier_and_below_the_moq():
    prepared = worked_example()
    # fixed 1,374.80 + per piece 692.34 / 639.155 / 585.97 by tier; below the MOQ of 100,
    # 100 pieces are billed whatever is wanted
    assert prepared.total_at("Supplier", 1).value == D("70608.80")
    assert prepared.total_at("Supplier", 99).value == D("70608.80")
    assert prepared.total_at("Supplier", 300).value == D("1374.80") + 300 * D("692.34")
    assert prepared.total_at("Supplier", 500).value == D("1374.80") + 500 * D("639.155")


def test_break_even_and_verdict():
    result = worked_example().evaluate(1000, search_to=5000)
    found = result.break_evens[0]
    assert found.volume == 1  # below the MOQ in-house is cheaper …
    assert [(c.volume, c.in_house_wins) for c in found.crossings] == [(42, False), (255, True)]
    assert found.in_house_ranges == ((1, 41), (255, None))
    assert found.crossings[1].meets_at is not None
    assert found.crossings[1].meets_at.quantize(D("0.01")) == D("254.13")
    assert found.crossings[0].meets_at is not None
    assert found.crossings[0].meets_at.quantize(D("0.01")) == D("41.14")
    prepared = worked_example()
    for volume, in_house, quoted in ((41, "70541", "70608.80"), (42, "71042", "70608.80"),
                                     (254, "177254", "177229.16"), (255, "177755", "177921.50"),
                                     (500, "300500", "320952.30")):
        assert prepared.total_at(IN_HOUSE, volume).value == D(in_house), volume
        assert prepared.total_at("Supplier", volume).value == D(quoted), volume
    assert found.bands == ((1, 41), (255, 5000))
    assert result.verdict() == (
        "At 1,000 pieces a year, in-house is 6 % cheaper than the best quote, Supplier "
        "(551,000.00 EUR per year against 587,344.80 EUR per year); in-house is cheaper "
        "between 1 and 41 and between 255 and 5,000 pieces (searched up to 5,000).")


def test_the_default_search_reaches_the_tenth_jeweller():
    # docs/costing.md, "Break-even": the default maximum is the larger of 10 × 1,000 = 10,000
    # and the volume at which a tenth jeweller is added. One jeweller gives 12 × 160 = 1,920
    # hours; a piece takes 1 hour ÷ (1 − 20 %) = 1.25: a person every 1,920 ÷ 1.25 = 1,536
    # pieces. The tenth is needed once n × 1.25 > 1,920 + 9 × 1,920, from 10 × 1,536 + 1 =
    # 15,361 pieces.
    prepared = worked_example()
    assert prepared.search_end(1000) == 15_361
    assert prepared.search_end(2000) == 20_000  # 10 × 2,000 is larger
    # Above 255 in-house stays cheaper: at the start of the k-th added jeweller,
    # n = 1,536 k + 1, in-house − quote = 48,625.20 + 36,000 k − 84.97 n < 0 for k ≥ 1.
    found = prepared.evaluate(1000).break_evens[0]
    assert found.bands == ((1, 41), (255, 15_361))


def test_cash_over_36_months():
    in_house, route = worked_example().evaluate(1000, sweep_to=1000).cash
    assert in_house.monthly[0] == D(12000)
    assert in_house.monthly[1] == D(45750)
    assert in_house.cumulative[36] == D(1659000)
    assert route.monthly[0] == D(615)
    assert route.monthly[1] == D(-205) + D(165435)
    assert route.monthly[2] == route.monthly[8] == D("210749.90")
    assert route.cumulative[36] == D("1761214.40")


def test_sensitivity_to_the_metal_price():
    from jewelbench.domain.costing_analysis import Factor

    tornado = worked_example().evaluate(1000, sweep_to=1000).sensitivity[0]
    assert tornado.base.value == D("-36344.80")
    metal = next(bar for bar in tornado.bars if bar.factor is Factor.METAL_PRICE)
    # in-house metal 346.50 ± 20 % = ± 69.30 a piece, ÷ 0.8 for remakes = ± 86.625;
    # the all-in quote does not move: −36,344.80 ∓ 86,625
    assert metal.low.value == D("-122969.80")
    assert metal.high.value == D("50280.20")


def test_per_piece_figures_are_written_in_the_locale_and_context_of_the_call():
    """The per-piece figures are made when first read (a break-even search reads only totals),
    yet they say what they would have said at the call: its locale, and the engine's exact
    division whatever decimal context the reader has set."""
    import decimal

    from jewelbench.domain import locale_forms

    prepared = worked_example()
    with locale_forms.reading_in("nb_NO"):
        cost = prepared.cost("Supplier", 1000, Adjustments())
    with decimal.localcontext(decimal.Context(prec=3)):
        per_piece = cost.per_piece
        parts = cost.per_piece_components
    # 587,344.80 a year (test_landed_cost_of_the_quote) over 1,000 pieces, in Norway's form
    assert per_piece.value == D("587.3448")
    # (the figure in the reader's form; the pieces are said in the reader's language later)
    assert per_piece.formula == "587\u00a0344,80 EUR per year ÷ 1,000 pieces"
    supplier = parts[cost.keys.index(Component.SUPPLIER_PRICE)]
    assert supplier.value == D(538) and supplier.terms == (cost.component(
        Component.SUPPLIER_PRICE),)
    assert per_piece.terms == parts and len(parts) == len(cost.components)
    # read in English now, the same figures: kept as first made
    assert cost.per_piece.formula == "587\u00a0344,80 EUR per year ÷ 1,000 pieces"
    english = prepared.cost("Supplier", 1000, Adjustments())
    assert english.per_piece.formula == "587,344.80 EUR per year ÷ 1,000 pieces"
    unread = prepared.cost("Supplier", 1000, Adjustments())
    assert english == unread  # the per-piece figures follow from the rest, read or not
