"""docs/costing.md, "Worked example: customs value with assists and import VAT", number for
number (issue 15, items 3 and 4). The figures are worked by hand below, from the worked
example's ring and quote; if this test changes, change the document with it.

The ring RG-100 (4 g of 18k gold, 2 sapphires at 10 EUR, a box at 1 EUR), the quote in USD at
1 USD = 0.80 EUR, now **FOB**: 672.50 USD a piece from 1,000, a mould fee of 500 USD, a sample
fee of 250 USD refunded on order, 200 USD freight a shipment, deposit 30 %, 30 days. Your terms:
duty 4 %, insurance 0.5 %, your forwarder to the border 300 EUR a shipment, the van inland
50 EUR a shipment, 2 shipments a year; you supply the stones (consigned) and the box; the fees'
life is the default 3 years; import VAT 25 %, VAT-registered. At 1,000 pieces:

    goods              1,000 × 672.50 × 0.80                       = 538,000.00
    supplier freight   2 × 200 × 0.80                              =     320.00
    to the border      320.00 + 2 × 300                            =     920.00
    inland             2 × 50                                      =     100.00  not dutiable
    insurance (FOB)    0.5 % × (538,000 + 920)                     =   2,694.60
    assists, fees      500 × 0.80 ÷ 3 years                        =     133.333…  (the sample
                                                                       fee is not an assist)
    assists, stones    1,000 × 2 × 10                              =  20,000.00  (the box is
                                                                       packed after import)
    customs value CIF  538,000 + 133.333… + 20,000 + 920 + 2,694.60 = 561,747.933…
    duty               4 % × 561,747.933…                          =  22,469.917333… → 22,469.92
    (FOB basis: 4 % × (538,000 + 20,133.333…) = 4 % × 558,133.333… = 22,325.33;
     before issue 15, without the assists: 4 % × 541,614.60 = 21,664.584)
    materials          1,000 × (20 + 1)                            =  21,000.00
    fees               400 ÷ 3                                     =     133.333…
    freight            920 + 100                                   =   1,020.00
    total              538,000 + 21,000 + 133.333… + 1,020 + 2,694.60 + 22,469.917333…
                                                                   = 585,317.850666… → 585,317.85
    import VAT         25 % × (561,747.933… + 22,469.917333… + 100) = 146,079.462666…
                       → 146,079.46: reclaimed (registered), a cost otherwise:
                       585,317.850666… + 146,079.462666… = 731,397.313333… → 731,397.31

Cash over 36 months (registered): month 0 both fees (500 + 250) × 0.80 = 600; month 1 the
sample fee back (−200) and the deposit 30 % × 538,000 = 161,400; months 2 and 8 half of
585,317.850666… − 133.333… − 161,400 = 211,892.258666… each, plus half the VAT,
73,039.731333…, paid with the delivery (284,931.99) and reclaimed the month after (−73,039.73).
By month 36 the VAT is all back, and the mould is paid once: 600 − 200 + 3 × (585,317.850666…
− 133.333…) = 1,755,953.552 → 1,755,953.55.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from test_costing_cases import compare, design, quote

from jewelbench.domain.costing import PreparedComparison
from jewelbench.domain.costing_figures import Component, rounded
from jewelbench.domain.costing_inputs import Adjustments, CustomsBasis, LandedCostTerms
from jewelbench.domain.customs import COUNTRIES, CustomsSettings, country_rule
from jewelbench.domain.quotes import Incoterm, QuoteFee
from jewelbench.domain.validation import DomainError

D = Decimal
TERMS = LandedCostTerms(duty_pct=D(4), insurance_pct=D("0.5"), freight_per_shipment=D(300),
                        inland_freight_per_shipment=D(50), shipments_per_year=2,
                        brand_supplied=frozenset({"stones", "packaging"}),
                        import_vat_pct=D(25))


def example(terms: LandedCostTerms = TERMS, incoterm: Incoterm = Incoterm.FOB
            ) -> PreparedComparison:
    ring = design("RG-100", gold_g="4", stones=2, stone_cost="10", packaging="1")
    offer = quote((100, "795.00"), (500, "733.75"), (1000, "672.50"), currency="USD",
                  incoterm=incoterm, freight_per_shipment=D(200), deposit_pct=D(30),
                  production_lead_time_days=30,
                  fees=[QuoteFee("mould", D(500)), QuoteFee("sample", D(250), True)])
    return compare(ring, 1000, quotes={"Supplier": offer}, terms=terms)


def cents(value: Decimal) -> Decimal:
    return rounded(value, "EUR")


def test_the_duty_is_on_the_customs_value_with_the_assists():
    comparison = example().evaluate(1000, sweep_to=1000)
    (customs,) = comparison.customs
    assert cents(customs.assist_fees) == D("133.33")
    assert customs.assist_materials == D(20000)
    assert customs.international_freight == D(920) and customs.inland_freight == D(100)
    assert cents(customs.value) == D("561747.93")
    assert cents(customs.duty) == D("22469.92")
    (cost,) = comparison.routes
    values = {key: cents(f.value) for key, f in zip(cost.keys, cost.components)}
    assert values == {
        Component.SUPPLIER_PRICE: D("538000.00"), Component.SUPPLIER_METAL: D("0.00"),
        Component.BRAND_MATERIALS: D("21000.00"), Component.FEES: D("133.33"),
        Component.FREIGHT: D("1020.00"), Component.INSURANCE: D("2694.60"),
        Component.DUTY: D("22469.92"), Component.FX_BUFFER: D("0.00"),
        Component.INSPECTION: D("0.00"), Component.DEFECTS: D("0.00")}
    assert cents(cost.total.value) == D("585317.85")
    duty = cost.component(Component.DUTY).formula
    assert "customs value 561,747.93 EUR" in duty and "assists 20,133.33 EUR" in duty
    assert "inland freight after arrival is not dutiable" in duty


def test_fob_basis_leaves_out_the_freight_but_keeps_the_assists():
    (customs,) = example(replace(TERMS, customs_basis=CustomsBasis.FOB)).evaluate(
        1000, sweep_to=1000).customs
    assert cents(customs.value) == D("558133.33")
    assert cents(customs.duty) == D("22325.33")
    assert "FOB basis" in customs.rule() and "19 U.S.C. §1401a(b)(4)(A)" in customs.rule()


def test_assists_declared_apart_give_the_duty_before_issue_15():
    (customs,) = example(replace(TERMS, assists_in_customs_value=False)).evaluate(
        1000, sweep_to=1000).customs
    assert customs.duty == D("21664.584")


def test_import_vat_is_reclaimed_when_registered_and_a_cost_otherwise():
    registered = example().evaluate(1000, sweep_to=1000)
    (customs,) = registered.customs
    assert cents(customs.vat) == D("146079.46")
    assert Component.IMPORT_VAT not in registered.routes[0].keys
    assert "reclaimed (VAT-registered): cash, not a cost" in customs.vat_text()
    unregistered = example(replace(TERMS, vat_registered=False)).evaluate(1000, sweep_to=1000)
    (cost,) = unregistered.routes
    assert cents(cost.component(Component.IMPORT_VAT).value) == D("146079.46")
    assert cents(cost.total.value) == D("731397.31")
    assert "a cost (not VAT-registered)" in cost.component(Component.IMPORT_VAT).formula


def test_ddp_pays_neither_duty_nor_import_vat():
    (customs,) = example(replace(TERMS, vat_registered=False), Incoterm.DDP).evaluate(
        1000, sweep_to=1000).customs
    assert (customs.duty, customs.vat, customs.ddp) == (D(0), D(0), True)


def test_the_cash_pays_the_mould_once_and_gets_the_vat_back():
    cash = example().evaluate(1000, sweep_to=1000).cash[1]
    assert cash.monthly[0] == D(600)
    assert cash.monthly[1] == D(-200) + D(161400)
    assert cents(cash.monthly[2]) == cents(cash.monthly[8]) == D("284931.99")
    assert cents(cash.monthly[3]) == cents(cash.monthly[9]) == D("-73039.73")
    assert cents(cash.cumulative[36]) == D("1755953.55")


def test_the_yearly_fee_is_fee_over_life_and_the_break_even_uses_it():
    prepared = example(replace(TERMS, fee_life_years=5))
    cost = prepared.cost("Supplier", 1000, Adjustments())
    assert cost.component(Component.FEES).value == D(80)  # 400 ÷ 5
    assert "÷ 5 years of the design's life" in cost.component(Component.FEES).formula
    assert "the break-even uses" in cost.component(Component.FEES).formula
    # The break-even compares yearly totals: the route's total at any volume carries 80 a year
    # of fees, not 400 (one more piece at the 1,000 tier: the same 80).
    one_more = prepared.total_at("Supplier", 1001).value - cost.total.value
    assert prepared.total_at("Supplier", 1001).value > cost.total.value
    assert one_more < D(700)


def test_countries_have_their_basis_and_vat():
    assert (country_rule("no").basis, country_rule("NO").vat_pct) == (CustomsBasis.CIF, D(25))
    assert country_rule("US").basis is CustomsBasis.FOB
    assert {code for code, rule in COUNTRIES.items() if rule.basis is CustomsBasis.FOB} == {
        "US", "CA", "AU", "NZ"}
    for code in ("GB", "CH", "JP", "CN", "DE", "FR", "IT"):
        assert country_rule(code).basis is CustomsBasis.CIF, code


@pytest.mark.parametrize(("make", "message"), [
    (lambda: country_rule("BR"), "does not know whether BR values imports CIF or FOB"),
    (lambda: CustomsSettings("NO", D(-1)), "Import VAT % must be at least 0"),
    (lambda: CustomsSettings("NO", D(101)), "Import VAT % must be at most 100"),
    (lambda: LandedCostTerms(fee_life_years=0), "must be at least 1 year"),
    (lambda: LandedCostTerms(import_vat_pct=D(-25)), "Import VAT % must be at least 0"),
    (lambda: LandedCostTerms(inland_freight_per_shipment=D(-1)),
     "Inland freight per shipment must be at least 0"),
])
def test_bad_customs_inputs_are_refused_with_the_reason(make, message):
    with pytest.raises(DomainError, match=message):
        make()


def test_the_settings_resolve_the_basis_and_say_where_it_comes_from():
    norway = CustomsSettings("NO")
    assert norway.resolve("country") == (CustomsBasis.CIF, "Norway's rule")
    assert norway.resolve("fob") == (CustomsBasis.FOB, "your choice for this supplier")
    assert CustomsSettings("US").resolve("country") == (CustomsBasis.FOB,
                                                        "United States' rule")
    assert CustomsSettings().resolve("country")[1].startswith("no importing country set")
    assert norway.effective_vat_pct == D(25)
    assert CustomsSettings("NO", D(15)).effective_vat_pct == D(15)


def test_fob_basis_import_vat_still_carries_the_freight_and_insurance_to_the_border():
    """Import VAT is on customs value + duty + transport and insurance to the first
    destination (EU VAT Directive Art. 86(1)(b); Australia and New Zealand GST alike): on a
    FOB basis the freight to the border is out of the customs value but not out of the VAT.
    By hand: 25 % × (558,133.333… + 22,325.333… + 920 + 2,694.60 + 100 inland)
    = 25 % × 584,173.266… = 146,043.316… → 146,043.32."""
    (customs,) = example(replace(TERMS, customs_basis=CustomsBasis.FOB)).evaluate(
        1000, sweep_to=1000).customs
    assert cents(customs.vat_base) == D("584173.27")
    assert cents(customs.vat) == D("146043.32")


def test_india_charges_the_jewellery_igst_not_the_standard_rate():
    """Jewellery of precious metal (HS 7113) bears 3 % IGST on import into India, not the
    18 % standard rate: a brand importing rings there reclaims (or pays) 3 %."""
    assert country_rule("IN").vat_pct == D(3)
    assert CustomsSettings("IN").effective_vat_pct == D(3)


def test_two_orders_a_year_pay_their_deposits_six_months_apart():
    """The worked ring in 2 orders a year: each order is 500 pieces, so the 500 tier (733.75
    USD) holds. By hand: goods 1,000 × 733.75 × 0.80 = 587,000; deposit 30 % = 176,100 a
    year, 88,050 with each order at months 1 and 7 (13 and 19, 25 and 31). Month 1 also gets
    the sample fee back (−200); nothing else falls in month 7 (deliveries at months 2 and 8)."""
    from test_costing_cases import old_terms, prices, scenario

    from jewelbench.domain.costing import prepare
    from jewelbench.domain.costing_inputs import CollectionPlan, OutsourcedRoute

    ring = design("RG-100", gold_g="4", stones=2, stone_cost="10", packaging="1")
    offer = quote((100, "795.00"), (500, "733.75"), (1000, "672.50"), currency="USD",
                  incoterm=Incoterm.FOB, freight_per_shipment=D(200), deposit_pct=D(30),
                  production_lead_time_days=30,
                  fees=[QuoteFee("mould", D(500)), QuoteFee("sample", D(250), True)])
    plan = replace(CollectionPlan.of_design(ring, 1000), orders_per_year=2)
    prepared = prepare(plan, scenario(), [OutsourcedRoute.single("Supplier", "RG-100", offer,
                                                                 TERMS)],
                       prices(), old_terms())
    cash = prepared.evaluate(1000, sweep_to=1000).cash[1]
    assert cash.monthly[1] == D(-200) + D(88050)
    for month in (7, 13, 19, 25, 31):
        assert cash.monthly[month] == D(88050), month
