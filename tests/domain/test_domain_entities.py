"""Entities check their own invariants and say what is wrong in words a user can act on."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jewelbench.domain.entities import (
    Category,
    Contact,
    Design,
    DomainError,
    DueDiligenceItem,
    Equipment,
    FindingLine,
    FxRate,
    InHouseScenario,
    LifecycleStatus,
    Measurement,
    MetalLine,
    MetalPrice,
    Overhead,
    PackagingLine,
    PlatingLine,
    PricingBasis,
    QcCheck,
    QcStage,
    Quote,
    QuoteFee,
    QuoteTier,
    SampleDecision,
    SampleRound,
    StaffRole,
    StoneLine,
    StoneOrigin,
    Supplier,
    revision_label,
)
from jewelbench.domain.money import Money
from jewelbench.domain.quotes import rising_tier_warning, rising_tiers

TODAY = dt.date(2025, 3, 14)


def usd(amount: str) -> Money:
    return Money.of(amount, "USD")


def quote(**overrides) -> Quote:
    values = dict(supplier_id=1, design_id=1, currency="USD", quoted_on=TODAY,
                  tiers=[QuoteTier(50, Decimal("42.00")), QuoteTier(100, Decimal("38.50")),
                         QuoteTier(500, Decimal("31.25"))], moq=50)
    values.update(overrides)
    return Quote(**values)


# --- designs -----------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["RG-014", "a", "PD_2025.01", "9X", "A" * 32])
def test_design_codes_that_a_catalog_uses_are_accepted(code):
    assert Design(code, "Ring", Category.RING).code == code


def test_design_code_and_name_are_trimmed():
    design = Design("  RG-014 ", "  Luna ring ", "ring")
    assert design.code == "RG-014"
    assert design.name == "Luna ring"
    assert design.category is Category.RING
    assert design.status is LifecycleStatus.IDEA


@pytest.mark.parametrize("code", ["", "   ", "-RG", ".RG", "RG 014", "RG/014", "RG#1", "A" * 33,
                                  "Ré-1"])
def test_a_bad_design_code_is_refused_with_an_example_of_a_good_one(code):
    with pytest.raises(DomainError, match="RG-014"):
        Design(code, "Ring", Category.RING)


def test_a_design_needs_a_name():
    with pytest.raises(DomainError, match="Design name is required"):
        Design("RG-1", "   ", Category.RING)


def test_a_name_longer_than_200_characters_is_refused():
    with pytest.raises(DomainError, match="longer than 200"):
        Design("RG-1", "x" * 201, Category.RING)


@pytest.mark.parametrize("category", ["hat", "Ring", "", "rings"])
def test_an_unknown_category_is_refused_by_name(category):
    with pytest.raises(DomainError, match="not a design category"):
        Design("RG-1", "Ring", category)


def test_an_unknown_lifecycle_status_is_refused():
    with pytest.raises(DomainError, match="not a lifecycle status"):
        Design("RG-1", "Ring", Category.RING, status="finished")


def test_a_negative_target_retail_price_is_refused():
    with pytest.raises(DomainError, match="cannot be negative"):
        Design("RG-1", "Ring", Category.RING, target_retail_price=usd("-1"))
    with pytest.raises(DomainError, match="amount with a currency"):
        Design("RG-1", "Ring", Category.RING, target_retail_price=Decimal("120"))


def test_design_totals_add_up_its_bill_of_materials():
    design = Design("RG-1", "Ring", Category.RING,
                    metals=[MetalLine("AG925", Decimal("3.25")),
                            MetalLine("AU750Y", Decimal("0.40"))],
                    stones=[StoneLine("cz", "round", 12, usd("0.05")),
                            StoneLine("sapphire", "oval", 1, usd("40"))])
    assert design.total_metal_weight_g == Decimal("3.65")
    assert design.stone_count == 13


# --- bill of materials -------------------------------------------------------------------


@pytest.mark.parametrize("weight", [Decimal(0), Decimal("-0.1"), "0"])
def test_a_metal_line_needs_a_weight_above_zero(weight):
    with pytest.raises(DomainError, match="Finished weight \\(g\\) must be above 0"):
        MetalLine("AG925", weight)


def test_a_metal_line_weight_given_as_float_is_refused():
    with pytest.raises(DomainError, match="float"):
        MetalLine("AG925", 3.2)


def test_a_metal_line_weight_in_text_is_parsed_exactly():
    assert MetalLine("AG925", "3.250").finished_weight_g.as_tuple() == \
        Decimal("3.250").as_tuple()


def test_a_metal_line_needs_an_alloy():
    with pytest.raises(DomainError, match="Alloy is required"):
        MetalLine("", Decimal(1))


@pytest.mark.parametrize("quantity", [0, -3, True, 1.0])
def test_a_stone_line_needs_a_whole_positive_quantity(quantity):
    with pytest.raises(DomainError, match="Stone quantity"):
        StoneLine("diamond", "round", quantity, usd("12"))


def test_a_stone_with_a_negative_price_is_refused():
    with pytest.raises(DomainError, match="Stone unit cost cannot be negative"):
        StoneLine("diamond", "round", 1, usd("-12"))


def test_stone_size_and_weight_must_be_positive():
    with pytest.raises(DomainError, match="Stone size"):
        StoneLine("diamond", "round", 1, usd("12"), size_mm=Decimal(0))
    with pytest.raises(DomainError, match="Stone weight"):
        StoneLine("diamond", "round", 1, usd("12"), carat=Decimal("-0.1"))


def test_a_stone_origin_given_as_text_becomes_the_enum():
    stone = StoneLine("diamond", "round", 1, usd("120"), origin="lab_grown")
    assert stone.origin is StoneOrigin.LAB_GROWN
    with pytest.raises(ValueError):
        StoneLine("diamond", "round", 1, usd("120"), origin="synthetic-ish")


def test_findings_platings_and_packaging_refuse_negative_costs_and_zero_quantities():
    with pytest.raises(DomainError, match="Finding unit cost cannot be negative"):
        FindingLine("clasp", "lobster", 1, usd("-0.5"))
    with pytest.raises(DomainError, match="Finding quantity"):
        FindingLine("jump ring", "4 mm", 0, usd("0.02"))
    with pytest.raises(DomainError, match="Chain length"):
        FindingLine("chain", "cable", 1, usd("3"), length_mm=Decimal(0))
    with pytest.raises(DomainError, match="Plating cost per piece cannot be negative"):
        PlatingLine("gold", "yellow", Decimal("2.5"), usd("-1"))
    with pytest.raises(DomainError, match="Plating thickness"):
        PlatingLine("gold", "yellow", Decimal("-0.5"), usd("1"))
    with pytest.raises(DomainError, match="Packaging quantity"):
        PackagingLine("pouch", 0, usd("0.3"))
    with pytest.raises(DomainError, match="Packaging unit cost cannot be negative"):
        PackagingLine("pouch", 1, usd("-0.3"))


def test_plating_thickness_above_100_microns_is_a_typo():
    with pytest.raises(DomainError, match="at most 100"):
        PlatingLine("gold", "yellow", Decimal("250"), usd("1"))
    assert PlatingLine("rhodium", "white", Decimal(0), usd("0.8")).thickness_um == 0


# --- quotes ------------------------------------------------------------------------------


def test_a_valid_quote_keeps_its_figures():
    q = quote(valid_until=TODAY + dt.timedelta(days=30), deposit_pct="30")
    assert q.moq == 50
    assert [t.min_quantity for t in q.tiers] == [50, 100, 500]
    assert q.deposit_pct == Decimal(30)
    assert not q.is_expired(TODAY + dt.timedelta(days=30))
    assert q.is_expired(TODAY + dt.timedelta(days=31))
    assert not quote().is_expired(dt.date(2099, 1, 1))  # no end date: never expires


def test_a_quote_needs_at_least_one_tier():
    with pytest.raises(DomainError, match="at least one price tier"):
        quote(tiers=[])


def test_duplicate_tier_quantities_are_refused():
    with pytest.raises(DomainError, match="same minimum quantity"):
        quote(tiers=[QuoteTier(50, Decimal(10)), QuoteTier(50, Decimal(9))])


def test_tiers_out_of_order_are_refused():
    with pytest.raises(DomainError, match="rising minimum quantity"):
        quote(tiers=[QuoteTier(100, Decimal(9)), QuoteTier(50, Decimal(10))])


def test_a_unit_price_rising_with_quantity_is_allowed_but_warned():
    falling = [QuoteTier(50, Decimal("10")), QuoteTier(100, Decimal("10")),
               QuoteTier(500, Decimal("8.5"))]
    assert rising_tiers(falling) == [] and rising_tier_warning(falling) == ""
    slip = [QuoteTier(50, Decimal("10")), QuoteTier(100, Decimal("9")),
            QuoteTier(500, Decimal("90"))]  # 9.00 typed as 90
    q = quote(tiers=slip)  # still a quote: a supplier may price so
    assert rising_tiers(q.tiers) == [(slip[1], slip[2])]
    assert rising_tier_warning(q.tiers) == (
        "The unit price rises with quantity: 90 from 500 pieces is more than 9 from 100 "
        "pieces; check the tiers")


def test_an_moq_above_every_tier_is_refused():
    with pytest.raises(DomainError, match="MOQ \\(501\\) is above every price tier"):
        quote(moq=501)
    assert quote(moq=500).moq == 500


@pytest.mark.parametrize("moq", [0, -1])
def test_an_moq_below_one_is_refused(moq):
    with pytest.raises(DomainError, match="MOQ must be at least 1"):
        quote(moq=moq)


def test_validity_ending_before_the_quote_date_is_refused():
    with pytest.raises(DomainError, match="validity ends before its date"):
        quote(valid_until=TODAY - dt.timedelta(days=1))
    assert quote(valid_until=TODAY).valid_until == TODAY


def test_negative_prices_and_fees_are_refused():
    with pytest.raises(DomainError, match="Tier unit price must be at least 0"):
        QuoteTier(10, Decimal("-1"))
    with pytest.raises(DomainError, match="Tier quantity must be at least 1"):
        QuoteTier(0, Decimal("1"))
    with pytest.raises(DomainError, match="Fee must be at least 0"):
        QuoteFee("mould", Decimal("-80"))
    with pytest.raises(DomainError, match="Freight per piece"):
        quote(freight_per_piece=Decimal("-0.5"))
    with pytest.raises(DomainError, match="Minimum order value"):
        quote(min_order_value=Decimal("-1"))


def test_deposit_is_a_percentage():
    with pytest.raises(DomainError, match="Deposit % must be at most 100"):
        quote(deposit_pct=Decimal("101"))


def test_a_bad_currency_on_a_quote_is_a_domain_error():
    with pytest.raises(DomainError, match="not a currency code"):
        quote(currency="dollars")


def test_a_making_charge_quote_must_state_its_metal_price_basis():
    with pytest.raises(DomainError, match="metal price it assumes"):
        quote(pricing_basis=PricingBasis.MAKING_PLUS_METAL)
    with pytest.raises(DomainError, match="Metal price basis must be above 0"):
        quote(pricing_basis="making_plus_metal", metal_price_basis_per_g=Decimal(0))
    making = quote(pricing_basis="making_plus_metal", metal_price_basis_per_g="0.95")
    assert making.pricing_basis is PricingBasis.MAKING_PLUS_METAL
    assert making.metal_price_basis_per_g == Decimal("0.95")


def test_negative_lead_times_are_refused():
    with pytest.raises(DomainError, match="Production lead time"):
        quote(production_lead_time_days=-5)


@pytest.mark.parametrize("quantity, expected_tier", [
    (1, 50), (10, 50), (49, 50),      # below the MOQ you pay as for the MOQ
    (50, 50), (99, 50), (100, 100), (499, 100), (500, 500), (10_000, 500),
])
def test_tier_for_finds_the_tier_a_quantity_reaches(quantity, expected_tier):
    assert quote().tier_for(quantity).min_quantity == expected_tier


def test_below_the_moq_the_unit_price_is_the_moq_price():
    q = quote(tiers=[QuoteTier(1, Decimal("60")), QuoteTier(100, Decimal("40")),
                     QuoteTier(300, Decimal("35"))], moq=100)
    assert q.unit_price(20) == Money.of("40", "USD")
    assert q.unit_price(300) == Money.of("35", "USD")


def test_a_quantity_below_the_first_tier_pays_the_first_tier():
    q = quote(tiers=[QuoteTier(100, Decimal("25"))], moq=1)
    assert q.tier_for(5).unit_price == Decimal("25")
    assert q.unit_price(5).currency == "USD"


# --- suppliers ---------------------------------------------------------------------------


def test_a_supplier_normalises_country_and_currency():
    supplier = Supplier(" Siam Silver ", "th", "thb", capabilities=["casting", "plating"])
    assert (supplier.name, supplier.country, supplier.currency) == ("Siam Silver", "TH", "THB")


@pytest.mark.parametrize("country", ["Thailand", "T", "T1", ""])
def test_a_supplier_country_must_be_a_two_letter_code(country):
    with pytest.raises(DomainError, match="two-letter code"):
        Supplier("Siam Silver", country, "THB")


def test_a_supplier_currency_must_be_a_currency_code():
    with pytest.raises(DomainError, match="not a currency code"):
        Supplier("Siam Silver", "TH", "baht")


def test_unknown_capabilities_are_named_in_the_message():
    with pytest.raises(DomainError, match="Unknown capability: teleporting"):
        Supplier("Siam Silver", "TH", "THB", capabilities=["casting", "teleporting"])


@pytest.mark.parametrize("email", ["anna", "anna@", "@example.com", "anna@example",
                                   "anna smith@example.com", "anna@@example.com"])
def test_a_malformed_email_is_refused(email):
    with pytest.raises(DomainError, match="not an e-mail address"):
        Contact("Anna", email=email)


@pytest.mark.parametrize("email", ["anna@example.com", "a.b+c@factory.co.th", ""])
def test_a_plausible_email_or_none_is_accepted(email):
    assert Contact("Anna", email=f" {email} ").email == email


def test_a_contact_needs_a_name():
    with pytest.raises(DomainError, match="Contact name is required"):
        Contact("")


def test_due_diligence_items_come_from_the_checklist():
    with pytest.raises(DomainError, match="not a due-diligence item"):
        DueDiligenceItem("astrology_consulted")
    supplier = Supplier("Siam Silver", "TH", "THB", due_diligence=[
        DueDiligenceItem("factory_visited", True, TODAY),
        DueDiligenceItem("references_checked", False)])
    assert supplier.due_diligence_done == 1


# --- prices ------------------------------------------------------------------------------


def test_a_metal_price_must_be_above_zero():
    with pytest.raises(DomainError, match="above zero"):
        MetalPrice("gold", TODAY, usd("0"))
    with pytest.raises(DomainError, match="cannot be negative"):
        MetalPrice("gold", TODAY, usd("-2400"))


@pytest.mark.parametrize("metal", ["copper", "base", "Gold", ""])
def test_a_metal_price_is_only_for_a_priced_fine_metal(metal):
    with pytest.raises(DomainError, match="metal"):
        MetalPrice(metal, TODAY, usd("2400"))


def test_an_fx_rate_needs_two_currencies_and_a_positive_rate():
    rate = FxRate(TODAY, "eur", "usd", "1.0865")
    assert (rate.from_currency, rate.to_currency, rate.rate) == ("EUR", "USD", Decimal("1.0865"))
    with pytest.raises(DomainError, match="two different currencies"):
        FxRate(TODAY, "USD", "usd", Decimal(1))
    with pytest.raises(DomainError, match="FX rate must be above 0"):
        FxRate(TODAY, "EUR", "USD", Decimal(0))
    with pytest.raises(DomainError, match="float"):
        FxRate(TODAY, "EUR", "USD", 1.08)


# --- samples -----------------------------------------------------------------------------


def test_a_sample_cannot_be_received_before_it_was_requested():
    with pytest.raises(DomainError, match="received before it was requested"):
        SampleRound(1, 1, 1, TODAY, received_on=TODAY - dt.timedelta(days=1))


def test_sample_round_numbers_start_at_one():
    with pytest.raises(DomainError, match="Round number must be at least 1"):
        SampleRound(1, 1, 0, TODAY)


def test_sample_state_follows_receipt_and_decision():
    sample = SampleRound(1, 1, 1, TODAY)
    assert sample.state == "requested"
    sample.received_on = TODAY
    assert sample.state == "received"
    decided = SampleRound(1, 1, 2, TODAY, received_on=TODAY, decision="approved_with_changes")
    assert decided.decision is SampleDecision.APPROVED_WITH_CHANGES
    assert decided.state == "approved_with_changes"


def test_measurements_know_whether_they_are_in_tolerance():
    assert Measurement("ring width", Decimal("2.0"), Decimal("0.1"), Decimal("2.1")).in_tolerance
    assert not Measurement("ring width", Decimal("2.0"), Decimal("0.1"),
                           Decimal("1.89")).in_tolerance
    with pytest.raises(DomainError, match="Tolerance"):
        Measurement("ring width", Decimal("2.0"), Decimal("-0.1"), Decimal("2.0"))


def test_measurements_refuse_binary_floats():
    with pytest.raises(DomainError, match="float"):
        Measurement("ring width", 2.0, Decimal("0.1"), Decimal("2.0"))
    with pytest.raises(DomainError, match="float"):
        Measurement("ring width", Decimal("2.0"), Decimal("0.1"), 2.05)
    parsed = Measurement("ring width", "2.00", "0.10", "2.05")
    assert (parsed.nominal, parsed.measured) == (Decimal("2.00"), Decimal("2.05"))
    assert parsed.in_tolerance


def test_qc_stages_are_the_six_of_the_checklist():
    assert [stage.value for stage in QcStage] == [1, 2, 3, 4, 5, 6]
    assert QcCheck(2, "fail").stage is QcStage.RAW_CASTING
    with pytest.raises(ValueError):
        QcCheck(7)


# --- in-house scenario -------------------------------------------------------------------


def test_equipment_depreciates_straight_line():
    caster = Equipment("Casting machine", Decimal("12000"), 5, Decimal("2000"))
    assert caster.depreciation_per_year == Decimal("2000")
    with pytest.raises(DomainError, match="salvage value is above the cost"):
        Equipment("Casting machine", Decimal("1000"), 5, Decimal("2000"))
    with pytest.raises(DomainError, match="Useful life"):
        Equipment("Casting machine", Decimal("1000"), 0)


def test_scenario_sums_capex_and_monthly_fixed_cost():
    scenario = InHouseScenario(
        "Studio", "usd",
        equipment=[Equipment("Printer", Decimal("8000"), 4),
                   Equipment("Laser welder", Decimal("22000.50"), 8)],
        overheads=[Overhead("Rent", Decimal("1800")), Overhead("Insurance", Decimal("95.5"))],
        staff=[StaffRole("Setter", Decimal("3200"), 2), StaffRole("Polisher", Decimal("2500"))])
    assert scenario.currency == "USD"
    assert scenario.capex == Money.of("30000.50", "USD")
    assert scenario.monthly_fixed_cost == Money.of("10795.5", "USD")


def test_scenario_percentages_stay_in_range():
    with pytest.raises(DomainError, match="Casting loss % must be at most 100"):
        InHouseScenario("Studio", "USD", casting_loss_pct=Decimal("120"))
    with pytest.raises(DomainError, match="Error rate % must be below 100"):
        InHouseScenario("Studio", "USD", error_rate_pct=Decimal("100"))
    with pytest.raises(DomainError, match="not a currency code"):
        InHouseScenario("Studio", "US")
    with pytest.raises(DomainError, match="Hours per month of “Caster” must be at most 744"):
        StaffRole("Caster", Decimal("3000"), hours_per_month=Decimal("800"))


# --- revision labels ---------------------------------------------------------------------


@pytest.mark.parametrize("index, label", [
    (0, "A"), (1, "B"), (25, "Z"), (26, "AA"), (27, "AB"), (51, "AZ"), (52, "BA"),
    (701, "ZZ"), (702, "AAA"),
])
def test_revision_labels_count_like_drawing_revisions(index, label):
    assert revision_label(index) == label


def test_a_negative_revision_index_is_refused():
    with pytest.raises(ValueError):
        revision_label(-1)


def test_revision_labels_are_distinct_for_two_thousand_revisions():
    labels = [revision_label(i) for i in range(2001)]
    assert len(set(labels)) == 2001
    assert all(label.isalpha() and label.isupper() for label in labels)


@settings(max_examples=300, database=None, deadline=None)
@given(st.integers(min_value=0, max_value=2000), st.integers(min_value=0, max_value=2000))
def test_revision_labels_are_injective_and_sort_like_their_index(i, j):
    a, b = revision_label(i), revision_label(j)
    assert (a == b) == (i == j)
    # storage lists revisions ORDER BY length(revision), revision: that must be index order
    assert ((len(a), a) < (len(b), b)) == (i < j)
