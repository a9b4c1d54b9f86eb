"""The cost comparison's inputs in the file (schema 4) and workspace.costing putting a
comparison together: plans, landing terms, what a quote leaves to the brand, in-house options,
and the routes of a design or a plan with every quote left out said and why."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
import storage_helpers as make
from storage_helpers import query

from jewelbench.domain.costing import prepare
from jewelbench.domain.costing_inputs import (
    CapexView,
    CostingInputError,
    CustomsBasis,
    InHouseTerms,
    LandedCostTerms,
)
from jewelbench.domain.money import Money
from jewelbench.domain.prices import FxRate, MetalPrice
from jewelbench.domain.quotes import Incoterm, PricingBasis
from jewelbench.domain.validation import DomainError
from jewelbench.storage import Workspace, schema
from jewelbench.storage.costing import QuoteCostingTerms
from jewelbench.storage.repository import DuplicateError, NotFound, StorageError

ON = dt.date(2025, 3, 10)
EXAMPLE_3 = Path(__file__).parent / "workspaces" / "schema-3.jewelbench"
TERMS = LandedCostTerms(
    duty_pct=Decimal("2.50"), customs_basis=CustomsBasis.FOB, insurance_pct=Decimal("0.4"),
    freight_per_shipment=Decimal("300.00"), freight_per_piece=Decimal("0.125"),
    inspection_per_shipment=Decimal("150"), inspection_per_piece=Decimal("0.20"),
    fx_buffer_pct=Decimal("3"), defect_allowance_pct=Decimal("1.5"), shipments_per_year=4,
    inland_freight_per_shipment=Decimal("80"), inland_freight_per_piece=Decimal("0.05"),
    basis_source="your choice for this supplier")
# What a supplier without stored terms gets in a workspace with no importing country set.
UNSET = LandedCostTerms(basis_from_country=True,
                        basis_source="no importing country set (Landed Costs): CIF assumed")


@dataclasses.dataclass
class Studio:
    ws: Workspace
    ring: int
    pendant: int
    siam: int
    oro: int
    scenario: int


@pytest.fixture
def studio(make_workspace) -> Studio:
    """A EUR workspace with a ring and a pendant, two suppliers, a scenario, and the prices
    of early March 2025 (silver, gold, USD and THB in EUR); no quotes yet."""
    ws = make_workspace(base_currency="EUR")
    ring = ws.designs.add(make.design("RG-014"))
    pendant = ws.designs.add(make.design("PD-003", name="Wave Disc Pendant"))
    siam = ws.suppliers.add(make.supplier("Siam Silver Works"))
    oro = ws.suppliers.add(make.supplier("Casa Oro"))
    scenario = ws.scenarios.add(make.scenario())
    day = dt.date(2025, 3, 1)
    ws.prices.add_metal_price(MetalPrice("silver", day, Money.of("31.50", "USD")))
    ws.prices.add_metal_price(MetalPrice("gold", day, Money.of("2950.10", "USD")))
    ws.prices.add_fx_rate(FxRate(day, "USD", "EUR", Decimal("0.92")))
    ws.prices.add_fx_rate(FxRate(day, "THB", "EUR", Decimal("0.0265")))
    return Studio(ws, ring, pendant, siam, oro, scenario)


def add_quote(studio: Studio, supplier: int, design: int, reference: str, **changes) -> int:
    quote = dataclasses.replace(make.quote(supplier, design), reference=reference, **changes)
    return studio.ws.quotes.add(quote)


def compared(setup):
    return prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                   setup.in_house_terms)


# --- a design: one route per valid quote ---------------------------------------------------


def test_a_design_gets_one_route_per_valid_quote_and_the_rest_are_skipped_with_why(studio):
    a = add_quote(studio, studio.siam, studio.ring, "Q-031")
    b = add_quote(studio, studio.siam, studio.ring, "Q-040", quoted_on=dt.date(2025, 3, 8))
    add_quote(studio, studio.oro, studio.ring, "Q-050", quoted_on=dt.date(2025, 2, 1),
              valid_until=dt.date(2025, 3, 5))
    add_quote(studio, studio.oro, studio.ring, "Q-060", quoted_on=dt.date(2025, 3, 20),
              valid_until=None)
    add_quote(studio, studio.oro, studio.pendant, "Q-070")  # another design's
    setup = studio.ws.costing.setup_for_design(studio.ring, studio.scenario, ON, 300)
    assert setup.title == "RG-014 Luna stacking ring"
    assert [(line.design.code, line.volume) for line in setup.plan.lines] == [("RG-014", 300)]
    assert [(r.name, [q.id for q in r.quotes.values()]) for r in setup.routes] == [
        ("Siam Silver Works (Q-031)", [a]), ("Siam Silver Works (Q-040)", [b])]
    assert setup.skipped == [
        "Q-050 from Casa Oro: expired on 2025-03-05",
        "Q-060 from Casa Oro: quoted on 2025-03-20, after the costing date 2025-03-10"]
    assert (setup.prices.on, setup.prices.base_currency) == (ON, "EUR")
    assert setup.scenario.name == "Small studio"
    assert setup.in_house_terms == InHouseTerms()
    assert setup.notes == ["Siam Silver Works: no landed-cost terms stored, so import duty, "
                           "your own freight, insurance, inspection, FX buffer and defect "
                           "allowance count as 0"]
    result = compared(setup).evaluate()
    assert [r.route for r in result.routes] == [r.name for r in setup.routes]


def test_one_quote_of_a_supplier_is_named_after_the_supplier_alone(studio):
    add_quote(studio, studio.siam, studio.ring, "Q-031")
    add_quote(studio, studio.oro, studio.ring, "")
    setup = studio.ws.costing.setup_for_design(studio.ring, studio.scenario, ON, 120)
    assert [r.name for r in setup.routes] == ["Casa Oro", "Siam Silver Works"]


def test_a_route_carries_the_suppliers_landing_terms_and_its_quotes_own(studio):
    quote = add_quote(studio, studio.siam, studio.ring, "Q-031")
    studio.ws.costing.set_landed_terms(studio.siam, TERMS)
    studio.ws.costing.set_quote_terms(quote, QuoteCostingTerms(
        Decimal("6.5"), frozenset({"stones", "packaging"})))
    (route,) = studio.ws.costing.setup_for_design(studio.ring, studio.scenario, ON, 300).routes
    assert route.terms == dataclasses.replace(
        TERMS, supplier_metal_loss_pct=Decimal("6.5"),
        brand_supplied=frozenset({"stones", "packaging"}))
    assert make.exact(route.terms.freight_per_piece) == ("Decimal", "0.125")


def test_the_figures_follow_the_stored_terms(studio):
    quote = add_quote(studio, studio.siam, studio.ring, "Q-031")

    def route_total() -> Decimal:
        setup = studio.ws.costing.setup_for_design(studio.ring, studio.scenario, ON, 300)
        return compared(setup).evaluate().routes[0].total.value

    bare = route_total()
    studio.ws.costing.set_landed_terms(studio.siam, LandedCostTerms(duty_pct=Decimal(10)))
    with_duty = route_total()
    studio.ws.costing.set_quote_terms(quote, QuoteCostingTerms(Decimal(8)))
    assert bare < with_duty < route_total()  # duty, then the supplier's metal loss


def test_a_design_without_quotes_is_compared_with_in_house_alone(studio):
    setup = studio.ws.costing.setup_for_design(studio.pendant, studio.scenario, ON, 50)
    assert setup.routes == [] and setup.skipped == []
    assert compared(setup).evaluate().verdict().startswith("At 50 pieces a year, in-house "
                                                           "costs")


def test_bad_volume_unknown_design_or_scenario_are_refused_naming_them(studio):
    costing = studio.ws.costing
    with pytest.raises(DomainError, match="Planned volume of RG-014 must be at least 1 piece, "
                                          "not 0"):
        costing.setup_for_design(studio.ring, studio.scenario, ON, 0)
    with pytest.raises(NotFound, match="Design #999 does not exist"):
        costing.setup_for_design(999, studio.scenario, ON, 300)
    with pytest.raises(NotFound, match="Scenario #999 does not exist"):
        costing.setup_for_design(studio.ring, 999, ON, 300)


# --- missing prices: prepare() names them ----------------------------------------------------


def test_a_missing_metal_price_or_fx_rate_is_named_by_prepare(make_workspace):
    ws = make_workspace(base_currency="EUR")
    ring = ws.designs.add(make.design("RG-014"))
    siam = ws.suppliers.add(make.supplier())
    scenario = ws.scenarios.add(make.scenario())
    ws.quotes.add(dataclasses.replace(make.quote(siam, ring), currency="THB"))
    ws.prices.add_metal_price(MetalPrice("gold", dt.date(2025, 3, 1),
                                         Money.of("2950.10", "EUR")))
    setup = ws.costing.setup_for_design(ring, scenario, ON, 300)  # read, not yet priced
    with pytest.raises(CostingInputError) as caught:
        compared(setup)
    problems = caught.value.problems
    assert "no silver price on or before 2025-03-10 (needed for design RG-014)" in problems
    assert "no USD→EUR FX rate on or before 2025-03-10 (needed for stones of design " \
           "RG-014)" in problems
    assert "no THB→EUR FX rate on or before 2025-03-10 (needed for route “Siam Silver " \
           "Works”)" in problems
    assert not any("gold" in p for p in problems)


def test_prices_after_the_costing_date_are_not_used(studio):
    add_quote(studio, studio.siam, studio.ring, "Q-031", quoted_on=dt.date(2025, 1, 2))
    before = dt.date(2025, 2, 1)  # the studio's prices start on 1 March
    setup = studio.ws.costing.setup_for_design(studio.ring, studio.scenario, before, 300)
    with pytest.raises(CostingInputError, match="no silver price on or before 2025-02-01"):
        compared(setup)


# --- a plan: one route per supplier ----------------------------------------------------------


def test_a_plan_has_one_route_per_supplier_that_quoted_every_design(studio):
    old = add_quote(studio, studio.siam, studio.ring, "Q-031", quoted_on=dt.date(2025, 2, 1))
    new = add_quote(studio, studio.siam, studio.ring, "Q-040", quoted_on=dt.date(2025, 3, 2))
    pendant = add_quote(studio, studio.siam, studio.pendant, "Q-041")
    add_quote(studio, studio.oro, studio.ring, "Q-050")
    add_quote(studio, studio.oro, studio.pendant, "Q-051", valid_until=dt.date(2025, 3, 9))
    plan = studio.ws.costing.save_plan("SS25 core", [(studio.ring, 120),
                                                     (studio.pendant, 300)])
    setup = studio.ws.costing.setup_for_plan(plan, studio.scenario, ON)
    assert setup.title == "Plan 'SS25 core'"
    assert [(line.design.code, line.volume) for line in setup.plan.lines] == [
        ("PD-003", 300), ("RG-014", 120)]
    (route,) = setup.routes
    assert route.name == "Siam Silver Works"
    assert {code: q.id for code, q in route.quotes.items()} == {"RG-014": new,
                                                                "PD-003": pendant}
    assert old not in [q.id for q in route.quotes.values()]
    assert setup.skipped == [
        "Q-051 from Casa Oro: expired on 2025-03-09",
        "Casa Oro: no valid quote for PD-003 (a route must price every design of the plan)",
        "Q-031 from Siam Silver Works: RG-014 is priced by its newer quote Q-040"]
    result = compared(setup).evaluate()
    assert result.volume == 420
    assert [r.route for r in result.routes] == ["Siam Silver Works"]


@pytest.mark.parametrize("pendant_quote, terms, why", [
    (dict(currency="EUR"), None,
     "its quotes mix currencies (EUR for PD-003; USD for RG-014)"),
    (dict(incoterm=Incoterm.FOB), None,
     "its quotes mix incoterms (FOB for PD-003; CIF for RG-014)"),
    ({}, (QuoteCostingTerms(Decimal(6)), QuoteCostingTerms(Decimal(4))),
     "its quotes invoice different metal losses (4 % for PD-003, 6 % for RG-014)"),
    ({}, (QuoteCostingTerms(brand_supplied=frozenset({"stones"})), QuoteCostingTerms()),
     "you supply the stones for RG-014 but the supplier does for PD-003"),
])
def test_a_supplier_whose_quotes_cannot_share_one_route_is_skipped_with_why(
        studio, pendant_quote, terms, why):
    ring = add_quote(studio, studio.siam, studio.ring, "Q-031")
    pendant = add_quote(studio, studio.siam, studio.pendant, "Q-041", **pendant_quote)
    if terms:
        studio.ws.costing.set_quote_terms(ring, terms[0])
        studio.ws.costing.set_quote_terms(pendant, terms[1])
    plan = studio.ws.costing.save_plan("SS25", [(studio.ring, 120), (studio.pendant, 300)])
    setup = studio.ws.costing.setup_for_plan(plan, studio.scenario, ON)
    assert setup.routes == []
    assert setup.skipped == [f"Siam Silver Works: {why}: compare these designs one by one"]


def test_quote_terms_that_differ_only_where_it_makes_no_difference_share_a_route(studio):
    # the ring has no findings, so whether they are yours does not matter for it; an all-in
    # quote carries its metal, so its metal loss does not matter either
    ws = studio.ws
    bare = make.design("RG-020", findings=[])
    ring = ws.designs.add(bare)
    first = add_quote(studio, studio.siam, ring, "Q-031", pricing_basis=PricingBasis.ALL_IN,
                      metal_price_basis_per_g=None)
    second = add_quote(studio, studio.siam, studio.pendant, "Q-041")
    ws.costing.set_quote_terms(first, QuoteCostingTerms(Decimal(9), frozenset({"packaging"})))
    ws.costing.set_quote_terms(second, QuoteCostingTerms(
        Decimal(5), frozenset({"findings", "packaging"})))
    plan = ws.costing.save_plan("Mix", [(ring, 100), (studio.pendant, 100)])
    (route,) = ws.costing.setup_for_plan(plan, studio.scenario, ON).routes
    assert route.terms.supplier_metal_loss_pct == Decimal(5)
    assert route.terms.brand_supplied == frozenset({"findings", "packaging"})


# --- plans in the file -------------------------------------------------------------------------


def test_a_plan_is_saved_read_renamed_and_deleted(studio):
    costing = studio.ws.costing
    plan_id = costing.save_plan("  SS25 core ", [(studio.ring, 120), (studio.pendant, 300)],
                                notes="ünïcode ✓")
    assert costing.plans() == [(plan_id, "SS25 core")]
    assert costing.plan_id_for_name("ss25 CORE") == plan_id
    record = costing.plan_record(plan_id)
    assert (record.name, record.notes, record.lines) == (
        "SS25 core", "ünïcode ✓", ((studio.pendant, 300), (studio.ring, 120)))
    assert costing.plans_with_design(studio.ring) == [(plan_id, "SS25 core", 120)]
    assert costing.save_plan("AW25", [(studio.ring, 80)], plan_id) == plan_id
    assert costing.plan_record(plan_id).lines == ((studio.ring, 80),)
    assert costing.plan_record(plan_id).notes == "ünïcode ✓"  # kept when not given
    assert costing.plan(plan_id).total_volume == 80
    costing.delete_plan(plan_id)
    assert costing.plans() == []
    assert query(studio.ws.path, "SELECT count(*) FROM plan_lines") == [(0,)]
    with pytest.raises(NotFound, match=f"Plan #{plan_id} does not exist"):
        costing.plan(plan_id)
    with pytest.raises(NotFound, match=f"Plan #{plan_id} does not exist"):
        costing.delete_plan(plan_id)


@pytest.mark.parametrize("name, lines, error, message", [
    ("", [(1, 10)], DomainError, "Plan name is required"),
    ("New", [], DomainError, "Plan 'New' has no designs: add at least one"),
    ("New", [(999, 10)], NotFound, "Plan 'New': design #999 does not exist"),
    ("New", [(1, 0)], DomainError, "Planned volume of RG-014 must be at least 1 piece, not 0"),
    ("New", [(1, -5)], DomainError, "Planned volume of RG-014 must be at least 1 piece"),
    ("New", [(1, 10), (1, 20)], DomainError, "Plan 'New' lists RG-014 twice"),
    ("ss25 CORE", [(1, 10)], DuplicateError,
     "A plan named 'ss25 CORE' already exists: choose another name"),
])
def test_a_bad_plan_is_refused_with_what_to_fix_and_nothing_changes(studio, name, lines,
                                                                    error, message):
    assert studio.ring == 1
    costing = studio.ws.costing
    kept = costing.save_plan("SS25 core", [(studio.pendant, 300)])
    other = costing.save_plan("Other", [(studio.ring, 40)])
    before = (costing.plans(), query(studio.ws.path, "SELECT * FROM plan_lines"))
    with pytest.raises(error, match=message):
        costing.save_plan(name, lines)  # a new plan
    with pytest.raises(error, match=message):
        costing.save_plan(name, lines, other)  # a change to a stored one
    assert (costing.plans(), query(studio.ws.path, "SELECT * FROM plan_lines")) == before
    assert costing.plan_record(kept).lines == ((studio.pendant, 300),)


def test_a_plan_that_is_gone_cannot_be_updated(studio):
    with pytest.raises(NotFound, match="Plan 'SS25' no longer exists"):
        studio.ws.costing.save_plan("SS25", [(studio.ring, 10)], plan_id=42)
    assert studio.ws.costing.plans() == []


def test_a_deleted_plan_comes_back_under_its_own_id(studio):
    costing = studio.ws.costing
    plan_id = costing.save_plan("SS25", [(studio.ring, 120), (studio.pendant, 300)],
                                notes="n")
    costing.save_plan("Later", [(studio.ring, 1)])
    record = costing.plan_record(plan_id)
    costing.delete_plan(plan_id)
    assert costing.restore_plan(record) == plan_id
    assert costing.plan_record(plan_id) == record
    with pytest.raises(DuplicateError, match="A plan named 'SS25' already exists"):
        costing.restore_plan(record)


def test_deleting_a_design_takes_its_plan_lines(studio):
    costing = studio.ws.costing
    plan_id = costing.save_plan("SS25", [(studio.ring, 120), (studio.pendant, 300)])
    studio.ws.designs.delete(studio.pendant)
    assert costing.plan_record(plan_id).lines == ((studio.ring, 120),)
    studio.ws.designs.delete(studio.ring)
    with pytest.raises(DomainError, match="Plan “SS25” has no designs"):
        costing.plan(plan_id)
    assert query(studio.ws.path, "PRAGMA foreign_key_check") == []


def test_the_file_itself_refuses_a_volume_of_zero_and_a_design_twice(studio):
    plan_id = studio.ws.costing.save_plan("SS25", [(studio.ring, 120)])
    connection = sqlite3.connect(studio.ws.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            connection.execute("INSERT INTO plan_lines VALUES (?, ?, 0)",
                               [plan_id, studio.pendant])
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            connection.execute("INSERT INTO plan_lines VALUES (?, ?, 5)",
                               [plan_id, studio.ring])
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
            connection.execute("INSERT INTO collection_plans (name) VALUES ('ss25')")
    finally:
        connection.close()


# --- landing terms, quote terms, in-house options -------------------------------------------


def test_landing_terms_are_kept_exactly_and_default_until_set(studio):
    costing = studio.ws.costing
    assert costing.landed_terms(studio.siam) == UNSET
    assert not costing.has_landed_terms(studio.siam)
    costing.set_landed_terms(studio.siam, TERMS)
    assert make.exact(costing.landed_terms(studio.siam)) == make.exact(TERMS)
    assert costing.landed_terms(studio.oro) == UNSET
    changed = dataclasses.replace(TERMS, duty_pct=Decimal("4"),
                                  customs_basis=CustomsBasis.CIF)
    costing.set_landed_terms(studio.siam, changed)
    assert costing.landed_terms(studio.siam) == changed
    assert query(studio.ws.path, "SELECT duty_pct, customs_basis, freight_per_piece FROM "
                                 "supplier_landed_terms") == [("4", "cif", "0.125")]
    costing.clear_landed_terms(studio.siam)
    assert not costing.has_landed_terms(studio.siam)


def test_landing_terms_refuse_the_per_quote_fields_and_unknown_suppliers(studio):
    costing = studio.ws.costing
    with pytest.raises(StorageError, match="Siam Silver Works: the metal loss and the parts "
                                           "you supply are kept per quote"):
        costing.set_landed_terms(studio.siam, LandedCostTerms(
            supplier_metal_loss_pct=Decimal(5)))
    with pytest.raises(StorageError, match="kept per quote"):
        costing.set_landed_terms(studio.siam, LandedCostTerms(brand_supplied=frozenset()))
    with pytest.raises(NotFound, match="Supplier #999 does not exist"):
        costing.set_landed_terms(999, TERMS)
    with pytest.raises(NotFound, match="Supplier #999 does not exist"):
        costing.landed_terms(999)
    assert not costing.has_landed_terms(studio.siam)


def test_a_deleted_supplier_takes_its_terms_and_brings_them_back(studio):
    studio.ws.costing.set_landed_terms(studio.siam, TERMS)
    snapshot = studio.ws.suppliers.snapshot(studio.siam)
    studio.ws.suppliers.delete(studio.siam)
    assert query(studio.ws.path, "SELECT count(*) FROM supplier_landed_terms") == [(0,)]
    studio.ws.suppliers.restore(snapshot)
    assert make.exact(studio.ws.costing.landed_terms(studio.siam)) == make.exact(TERMS)


def test_what_a_quote_leaves_to_the_brand_survives_an_edit_of_the_quote(studio):
    quote_id = add_quote(studio, studio.siam, studio.ring, "Q-031")
    costing = studio.ws.costing
    assert costing.quote_terms(quote_id) == QuoteCostingTerms(Decimal(0),
                                                              frozenset({"packaging"}))
    terms = QuoteCostingTerms(Decimal("6.50"), frozenset({"stones", "findings"}))
    costing.set_quote_terms(quote_id, terms)
    assert query(studio.ws.path, "SELECT supplier_metal_loss_pct, brand_supplied FROM "
                                 "quotes") == [("6.50", "stones,findings")]
    quote = studio.ws.quotes.get(quote_id)
    studio.ws.quotes.update(dataclasses.replace(quote, notes="changed in the editor"))
    assert make.exact(costing.quote_terms(quote_id)) == make.exact(terms)
    costing.set_quote_terms(quote_id, QuoteCostingTerms(brand_supplied=frozenset()))
    assert costing.quote_terms(quote_id).brand_supplied == frozenset()


def test_bad_quote_terms_are_refused_by_the_app_and_by_the_file(studio):
    quote_id = add_quote(studio, studio.siam, studio.ring, "Q-031")
    with pytest.raises(DomainError, match="“gems” is not a part of the bill of materials"):
        QuoteCostingTerms(brand_supplied=frozenset({"gems"}))
    with pytest.raises(DomainError, match="Supplier's metal loss % must be at most 100"):
        QuoteCostingTerms(Decimal(101))
    with pytest.raises(NotFound, match="Quote #999 does not exist"):
        studio.ws.costing.set_quote_terms(999, QuoteCostingTerms())
    connection = sqlite3.connect(studio.ws.path)
    try:
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            connection.execute("UPDATE quotes SET brand_supplied = 'stones,gems' WHERE id = ?",
                               [quote_id])
    finally:
        connection.close()


def test_in_house_options_are_kept_checked_and_duplicated(studio):
    costing = studio.ws.costing
    assert costing.in_house_terms(studio.scenario) == InHouseTerms()
    terms = InHouseTerms(CapexView.UP_FRONT, True, "Polisher")
    costing.set_in_house_terms(studio.scenario, terms)
    assert costing.in_house_terms(studio.scenario) == terms
    with pytest.raises(DomainError, match="Capacity step role 'Caster' is not a staff role "
                                          r"of scenario 'Small studio' \(Setter, Polisher\)"):
        costing.set_in_house_terms(studio.scenario, InHouseTerms(capacity_step_role="Caster"))
    assert costing.in_house_terms(studio.scenario) == terms
    copy = studio.ws.scenarios.duplicate(studio.scenario, "Small studio (copy)")
    assert costing.in_house_terms(copy) == terms
    scenario = studio.ws.scenarios.get(studio.scenario)
    studio.ws.scenarios.update(dataclasses.replace(scenario, notes="edited"))
    assert costing.in_house_terms(studio.scenario) == terms  # the editor keeps them
    setup = costing.setup_for_design(studio.ring, studio.scenario, ON, 300)
    assert setup.in_house_terms == terms
    with pytest.raises(NotFound, match="Scenario #999 does not exist"):
        costing.set_in_house_terms(999, InHouseTerms())


def test_a_read_only_workspace_is_costed_without_a_write(studio):
    add_quote(studio, studio.siam, studio.ring, "Q-031")
    plan_id = studio.ws.costing.save_plan("SS25", [(studio.ring, 120)])
    path = studio.ws.path
    studio.ws.close()
    before = make.sha256(path)
    with Workspace.open(path, read_only=True) as workspace:
        assert workspace.costing.base_currency() == "EUR"
        setup = workspace.costing.setup_for_plan(plan_id, studio.scenario, ON)
        assert [r.name for r in setup.routes] == ["Siam Silver Works"]
        compared(setup).evaluate()
    assert make.sha256(path) == before


# --- the migration ------------------------------------------------------------------------------


def test_the_schema_3_example_gains_the_costing_inputs_at_defaults_that_change_nothing(
        tmp_path):
    path = tmp_path / "studio.jewelbench"
    shutil.copy(EXAMPLE_3, path)
    with Workspace.open(path) as workspace:
        assert workspace.schema_version == schema.SCHEMA_VERSION
        costing = workspace.costing
        assert costing.plans() == []
        (quote,) = workspace.quotes.summaries()
        assert costing.quote_terms(quote.id) == QuoteCostingTerms()
        supplier = workspace.suppliers.id_for_name("Siam Silver Works")
        assert not costing.has_landed_terms(supplier)
        scenario = workspace.scenarios.id_for_name("Small studio")
        assert costing.in_house_terms(scenario) == InHouseTerms()
        ring = workspace.designs.id_for_code("RG-014")
        on = dt.date(2025, 3, 15)
        setup = costing.setup_for_design(ring, scenario, on, 300)
        (route,) = setup.routes
        # What the engine assumed before, but for issue 15's rules: the basis follows the
        # (unset) importing country, and fees are charged over the default 3-year life.
        assert route.terms == UNSET
        plan_id = costing.save_plan("SS25", [(ring, 300)])
        assert costing.setup_for_plan(plan_id, scenario, on).routes[0].terms == UNSET
    assert query(path, "SELECT supplier_metal_loss_pct, brand_supplied FROM quotes") == [
        ("0", "packaging")]
    assert query(path, "SELECT capex_view, labour_in_salaries, capacity_step_role FROM "
                       "inhouse_scenarios") == [("depreciation", 0, None)]
    assert Workspace.check(path).ok


# --- issue 15: the importing country, import VAT, the fees' life ------------------------------


def test_the_importing_country_decides_the_basis_of_suppliers_that_follow_it(studio):
    from jewelbench.domain.customs import CustomsSettings

    costing = studio.ws.costing
    costing.set_landed_terms(studio.oro, dataclasses.replace(TERMS, basis_from_country=False,
                                                             customs_basis=CustomsBasis.CIF))
    costing.set_customs_settings(CustomsSettings("US", None, False))
    siam = costing.landed_terms(studio.siam)  # nothing stored: follows the country
    assert (siam.customs_basis, siam.basis_source, siam.import_vat_pct,
            siam.vat_registered) == (CustomsBasis.FOB, "United States' rule", Decimal(0), False)
    oro = costing.landed_terms(studio.oro)  # its own choice
    assert (oro.customs_basis, oro.basis_source) == (CustomsBasis.CIF,
                                                     "your choice for this supplier")
    costing.set_customs_settings(CustomsSettings("NO", Decimal("15"), True))
    assert costing.landed_terms(studio.siam).customs_basis is CustomsBasis.CIF
    assert costing.landed_terms(studio.oro).import_vat_pct == Decimal(15)
    assert query(studio.ws.path, "SELECT key, value FROM workspace_settings WHERE key IN "
                                 "('import_country', 'import_vat_pct', 'vat_registered') "
                                 "ORDER BY key") == [
        ("import_country", "NO"), ("import_vat_pct", "15"), ("vat_registered", "1")]


def test_a_country_with_no_known_basis_is_refused_while_a_supplier_follows_it(studio):
    from jewelbench.domain.customs import CustomsSettings

    costing = studio.ws.costing
    with pytest.raises(DomainError, match="does not know whether BR values imports CIF or FOB"
                                          r".*Casa Oro, Siam Silver Works follow"):
        costing.set_customs_settings(CustomsSettings("BR"))
    assert costing.customs_settings() == CustomsSettings()  # nothing stored
    # Once every supplier has its own basis, the country only gives the VAT rate (0: unknown).
    for supplier in (studio.siam, studio.oro):
        costing.set_landed_terms(supplier, dataclasses.replace(TERMS, basis_from_country=False))
    costing.set_customs_settings(CustomsSettings("BR", Decimal("17")))
    assert costing.landed_terms(studio.siam).import_vat_pct == Decimal(17)
    # … and a supplier cannot go back to following it: refused, its FOB choice kept.
    with pytest.raises(DomainError, match="does not know whether BR"):
        costing.set_landed_terms(studio.siam, dataclasses.replace(
            TERMS, basis_from_country=True))
    assert costing.landed_terms(studio.siam).customs_basis is CustomsBasis.FOB


def test_the_fees_life_is_kept_per_design_and_plan_and_reaches_the_routes(studio):
    costing = studio.ws.costing
    add_quote(studio, studio.siam, studio.ring, "Q-1")
    plan_id = costing.save_plan("SS25", [(studio.ring, 300)])
    assert costing.fee_life("design", studio.ring) is None
    on = dt.date(2025, 3, 10)
    (route,) = costing.setup_for_design(studio.ring, studio.scenario, on, 300).routes
    assert route.terms.fee_life_years == 3  # the default
    costing.set_fee_life("design", studio.ring, 4)
    costing.set_fee_life("plan", plan_id, 6)
    (route,) = costing.setup_for_design(studio.ring, studio.scenario, on, 300).routes
    assert route.terms.fee_life_years == 4
    (route,) = costing.setup_for_plan(plan_id, studio.scenario, on).routes
    assert route.terms.fee_life_years == 6
    for years, message in ((0, "must be at least 1 year"), (51, "at most 50 years")):
        with pytest.raises(DomainError, match=message):
            costing.set_fee_life("design", studio.ring, years)
    assert costing.fee_life("design", studio.ring) == 4  # nothing stored
    with pytest.raises(NotFound, match="Design #999 no longer exists"):
        costing.set_fee_life("design", 999, 2)
# --- fixed-cost basis and margin (m008_cost_basis_margin) -------------------------------------


def test_the_workshop_a_design_shares_is_its_plan_else_every_active_design(studio):
    from jewelbench.domain.costing_basis import FixedCostBasis
    from jewelbench.domain.designs import LifecycleStatus

    costing, ws = studio.ws.costing, studio.ws
    # in no plan: every active design at the asked volume; a retired one is left out
    third = ws.designs.add(make.design("ER-001", name="Drop Earrings"))
    retired = dataclasses.replace(ws.designs.get(third), status=LifecycleStatus.RETIRED)
    ws.designs.update(retired)
    assert costing.basis_pool(studio.ring, 300) == (
        (("PD-003", 300), ("RG-014", 300)), "the 2 active designs, 300 pieces each")
    # in a plan: its lines at their planned volumes, whatever is asked
    costing.save_plan("AW26", [(studio.ring, 400), (studio.pendant, 200)])
    costing.save_plan("Basics", [(studio.ring, 50)])
    assert costing.basis_pool(studio.ring, 300) == (
        (("PD-003", 200), ("RG-014", 400)), "plan 'AW26'")
    setup = costing.setup_for_design(studio.ring, studio.scenario, ON, 300)
    assert setup.basis is not None and setup.basis.basis is FixedCostBasis.ALLOCATED
    assert setup.basis.pool_name == "plan 'AW26'"
    alone = costing.setup_for_design(studio.ring, studio.scenario, ON, 300,
                                     FixedCostBasis.STAND_ALONE)
    assert alone.basis is not None and alone.basis.basis is FixedCostBasis.STAND_ALONE
    assert costing.setup_for_plan(costing.plans()[0][0], studio.scenario, ON).basis is None


def test_the_wholesale_factor_is_a_workspace_setting(studio):
    costing = studio.ws.costing
    assert costing.wholesale_factor() == Decimal("0.5")  # none stored: the default
    assert costing.set_wholesale_factor("0.45") == Decimal("0.45")
    assert costing.wholesale_factor() == Decimal("0.45")
    assert costing.setup_for_design(studio.ring, studio.scenario, ON, 1).margin \
        .wholesale_factor == Decimal("0.45")
    for bad in ("0", "-0.2", "1.01", "lots"):
        with pytest.raises(DomainError):
            costing.set_wholesale_factor(bad)
        assert costing.wholesale_factor() == Decimal("0.45"), "nothing stored"
    assert costing.set_wholesale_factor("1") == Decimal(1)  # wholesale at retail: allowed


def test_a_hand_edited_wholesale_factor_is_read_as_the_default(studio):
    path = studio.ws.path
    studio.ws.close()
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO workspace_settings (key, value) VALUES ('wholesale_factor', "
                   "'7')")
    with Workspace.open(path) as ws:
        assert ws.costing.wholesale_factor() == Decimal("0.5")


def test_a_designs_wholesale_price_and_marked_equipment_round_trip(studio):
    ws = studio.ws
    ring = ws.designs.get(studio.ring)
    ws.designs.update(dataclasses.replace(ring, wholesale_price=Money.of("96.50", "EUR")))
    assert ws.designs.get(studio.ring).wholesale_price == Money.of("96.50", "EUR")
    scenario = ws.scenarios.get(studio.scenario)
    items = [dataclasses.replace(e, design_code="RG-014") if i == 0 else e
             for i, e in enumerate(scenario.equipment)]
    ws.scenarios.update(dataclasses.replace(scenario, equipment=items))
    assert ws.scenarios.get(studio.scenario).equipment[0].design_code == "RG-014"
