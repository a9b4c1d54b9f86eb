"""The workspace schema as numbered, forward-only migrations (sqlite_utils.Migrations).

Each migration runs in one transaction together with its record in `_sqlite_migrations`.
docs/schema.md explains every table and column for people who open the file themselves.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

MIGRATION_SET = "jewelbench"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite_utils.Migrations' own table
# 'JWBN' in ASCII: stored in the SQLite header so any tool can tell a workspace from other files.
APPLICATION_ID = 0x4A57424E

# The steps in order. The sqlite_utils.Migrations set that applies them is built on first use
# (module __getattr__ below): opening an up-to-date workspace never needs to import sqlite-utils.
_STEPS: list[tuple[str, Callable[[Database], None]]] = []
log = logging.getLogger(__name__)


def _migration(step: Callable[[Database], None]) -> Callable[[Database], None]:
    _STEPS.append((step.__name__, step))
    return step


_V1 = [
    """CREATE TABLE workspace_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
    """CREATE TABLE alloys (
        code TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        metal TEXT NOT NULL CHECK (metal IN ('silver','gold','platinum','palladium','base')),
        fineness INTEGER NOT NULL CHECK (fineness BETWEEN 0 AND 1000),
        specific_gravity TEXT NOT NULL,
        stamp TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE metal_prices (
        id INTEGER PRIMARY KEY,
        metal TEXT NOT NULL CHECK (metal IN ('silver','gold','platinum','palladium')),
        price_date TEXT NOT NULL,
        price_per_troy_oz TEXT NOT NULL,
        currency TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT '',
        UNIQUE (metal, price_date, currency)
    )""",
    """CREATE TABLE fx_rates (
        id INTEGER PRIMARY KEY,
        rate_date TEXT NOT NULL,
        from_currency TEXT NOT NULL,
        to_currency TEXT NOT NULL,
        rate TEXT NOT NULL,
        UNIQUE (rate_date, from_currency, to_currency)
    )""",
    """CREATE TABLE designs (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        collection TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL CHECK (category IN
            ('ring','pendant','earrings','bracelet','necklace','brooch','other')),
        status TEXT NOT NULL DEFAULT 'idea' CHECK (status IN
            ('idea','development','sampling','approved','production','retired')),
        description TEXT NOT NULL DEFAULT '',
        target_retail_price TEXT,
        target_retail_currency TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    "CREATE INDEX designs_collection ON designs (collection)",
    """CREATE TABLE design_images (
        id INTEGER PRIMARY KEY,
        design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        caption TEXT NOT NULL DEFAULT '',
        is_cover INTEGER NOT NULL DEFAULT 0 CHECK (is_cover IN (0, 1)),
        mime_type TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        image BLOB NOT NULL,
        thumbnail BLOB NOT NULL
    )""",
    "CREATE INDEX design_images_design ON design_images (design_id, position)",
    """CREATE TABLE bom_metals (
        id INTEGER PRIMARY KEY,
        design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        alloy_code TEXT NOT NULL REFERENCES alloys (code),
        finished_weight_g TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX bom_metals_design ON bom_metals (design_id)",
    """CREATE TABLE bom_stones (
        id INTEGER PRIMARY KEY,
        design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        stone_type TEXT NOT NULL,
        origin TEXT NOT NULL DEFAULT 'natural'
            CHECK (origin IN ('natural','lab_grown','simulant')),
        shape TEXT NOT NULL DEFAULT '',
        size_mm TEXT,
        carat TEXT,
        colour TEXT NOT NULL DEFAULT '',
        clarity TEXT NOT NULL DEFAULT '',
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        setting_style TEXT NOT NULL DEFAULT '',
        unit_cost TEXT NOT NULL,
        currency TEXT NOT NULL
    )""",
    "CREATE INDEX bom_stones_design ON bom_stones (design_id)",
    """CREATE TABLE bom_findings (
        id INTEGER PRIMARY KEY,
        design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        kind TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        length_mm TEXT,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_cost TEXT NOT NULL,
        currency TEXT NOT NULL
    )""",
    "CREATE INDEX bom_findings_design ON bom_findings (design_id)",
    """CREATE TABLE bom_platings (
        id INTEGER PRIMARY KEY,
        design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        plating_type TEXT NOT NULL,
        colour TEXT NOT NULL DEFAULT '',
        thickness_um TEXT NOT NULL,
        area_cm2 TEXT,
        guaranteed INTEGER NOT NULL DEFAULT 0 CHECK (guaranteed IN (0, 1)),
        unit_cost TEXT NOT NULL,
        currency TEXT NOT NULL
    )""",
    "CREATE INDEX bom_platings_design ON bom_platings (design_id)",
    """CREATE TABLE bom_packaging (
        id INTEGER PRIMARY KEY,
        design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        description TEXT NOT NULL,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        unit_cost TEXT NOT NULL,
        currency TEXT NOT NULL
    )""",
    "CREATE INDEX bom_packaging_design ON bom_packaging (design_id)",
    """CREATE TABLE tech_pack_revisions (
        id INTEGER PRIMARY KEY,
        design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        revision TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','issued')),
        issued_on TEXT,
        change_note TEXT NOT NULL DEFAULT '',
        content TEXT NOT NULL DEFAULT '{}',
        UNIQUE (design_id, revision)
    )""",
    # An issued revision is what a factory received: the file itself refuses to change it.
    """CREATE TRIGGER tech_pack_revisions_frozen BEFORE UPDATE ON tech_pack_revisions
        WHEN OLD.status = 'issued'
        BEGIN SELECT RAISE(ABORT, 'an issued tech pack revision cannot be changed'); END""",
    """CREATE TRIGGER tech_pack_revisions_undeletable BEFORE DELETE ON tech_pack_revisions
        WHEN OLD.status = 'issued' AND EXISTS (SELECT 1 FROM designs WHERE id = OLD.design_id)
        BEGIN SELECT RAISE(ABORT, 'an issued tech pack revision cannot be deleted'); END""",
    """CREATE TABLE suppliers (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        country TEXT NOT NULL,
        currency TEXT NOT NULL,
        notes TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE supplier_contacts (
        id INTEGER PRIMARY KEY,
        supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE supplier_capabilities (
        supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
        capability TEXT NOT NULL,
        PRIMARY KEY (supplier_id, capability)
    )""",
    """CREATE TABLE supplier_certifications (
        id INTEGER PRIMARY KEY,
        supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        reference TEXT NOT NULL DEFAULT '',
        expires_on TEXT
    )""",
    """CREATE TABLE due_diligence_items (
        supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
        item TEXT NOT NULL CHECK (item IN ('references_checked','sample_portfolio_seen',
            'factory_visited','certifications_verified','track_record_similar_brands')),
        done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
        done_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (supplier_id, item)
    )""",
    """CREATE TABLE quotes (
        id INTEGER PRIMARY KEY,
        supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
        design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        tech_pack_revision_id INTEGER REFERENCES tech_pack_revisions (id) ON DELETE SET NULL,
        reference TEXT NOT NULL DEFAULT '',
        currency TEXT NOT NULL,
        quoted_on TEXT NOT NULL,
        valid_until TEXT,
        moq INTEGER NOT NULL DEFAULT 1 CHECK (moq > 0),
        min_order_value TEXT NOT NULL DEFAULT '0',
        pricing_basis TEXT NOT NULL DEFAULT 'all_in'
            CHECK (pricing_basis IN ('all_in','making_plus_metal')),
        metal_price_basis_per_g TEXT,
        sample_lead_time_days INTEGER,
        production_lead_time_days INTEGER,
        deposit_pct TEXT NOT NULL DEFAULT '0',
        incoterm TEXT NOT NULL DEFAULT 'FOB' CHECK (incoterm IN ('EXW','FOB','CIF','DDP')),
        freight_per_shipment TEXT NOT NULL DEFAULT '0',
        freight_per_piece TEXT NOT NULL DEFAULT '0',
        notes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX quotes_design ON quotes (design_id)",
    "CREATE INDEX quotes_supplier ON quotes (supplier_id)",
    """CREATE TABLE quote_tiers (
        quote_id INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
        min_quantity INTEGER NOT NULL CHECK (min_quantity > 0),
        unit_price TEXT NOT NULL,
        PRIMARY KEY (quote_id, min_quantity)
    )""",
    """CREATE TABLE quote_fees (
        id INTEGER PRIMARY KEY,
        quote_id INTEGER NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('cad','mould','tooling','sample')),
        amount TEXT NOT NULL,
        refundable_on_order INTEGER NOT NULL DEFAULT 0 CHECK (refundable_on_order IN (0, 1))
    )""",
    """CREATE TABLE sample_rounds (
        id INTEGER PRIMARY KEY,
        design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
        tech_pack_revision_id INTEGER REFERENCES tech_pack_revisions (id) ON DELETE SET NULL,
        round_number INTEGER NOT NULL CHECK (round_number > 0),
        requested_on TEXT NOT NULL,
        received_on TEXT,
        measured_weight_g TEXT,
        dfm_feedback TEXT NOT NULL DEFAULT '',
        decision TEXT CHECK (decision IN ('approved','approved_with_changes','rejected')),
        decided_on TEXT,
        notes TEXT NOT NULL DEFAULT '',
        UNIQUE (design_id, supplier_id, round_number)
    )""",
    "CREATE INDEX sample_rounds_supplier ON sample_rounds (supplier_id)",
    """CREATE TABLE sample_measurements (
        id INTEGER PRIMARY KEY,
        sample_round_id INTEGER NOT NULL REFERENCES sample_rounds (id) ON DELETE CASCADE,
        dimension TEXT NOT NULL,
        unit TEXT NOT NULL DEFAULT 'mm',
        nominal TEXT NOT NULL,
        tolerance TEXT NOT NULL,
        measured TEXT NOT NULL
    )""",
    """CREATE TABLE qc_checks (
        sample_round_id INTEGER NOT NULL REFERENCES sample_rounds (id) ON DELETE CASCADE,
        stage INTEGER NOT NULL CHECK (stage BETWEEN 1 AND 6),
        result TEXT CHECK (result IN ('pass','fail')),
        notes TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (sample_round_id, stage)
    )""",
    """CREATE TABLE sample_photos (
        id INTEGER PRIMARY KEY,
        sample_round_id INTEGER NOT NULL REFERENCES sample_rounds (id) ON DELETE CASCADE,
        caption TEXT NOT NULL DEFAULT '',
        is_golden INTEGER NOT NULL DEFAULT 0 CHECK (is_golden IN (0, 1)),
        mime_type TEXT NOT NULL,
        image BLOB NOT NULL,
        thumbnail BLOB NOT NULL
    )""",
    """CREATE TABLE inhouse_scenarios (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        currency TEXT NOT NULL,
        loaded_hourly_rate TEXT NOT NULL DEFAULT '0',
        casting_loss_pct TEXT NOT NULL DEFAULT '5',
        buyer_premium_pct TEXT NOT NULL DEFAULT '0',
        stone_breakage_pct TEXT NOT NULL DEFAULT '0',
        error_rate_pct TEXT NOT NULL DEFAULT '0',
        consumables_per_piece TEXT NOT NULL DEFAULT '0',
        notes TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE scenario_equipment (
        id INTEGER PRIMARY KEY,
        scenario_id INTEGER NOT NULL REFERENCES inhouse_scenarios (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        cost TEXT NOT NULL,
        useful_life_years INTEGER NOT NULL CHECK (useful_life_years > 0),
        salvage_value TEXT NOT NULL DEFAULT '0'
    )""",
    """CREATE TABLE scenario_overheads (
        id INTEGER PRIMARY KEY,
        scenario_id INTEGER NOT NULL REFERENCES inhouse_scenarios (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        monthly_cost TEXT NOT NULL
    )""",
    """CREATE TABLE scenario_staff (
        id INTEGER PRIMARY KEY,
        scenario_id INTEGER NOT NULL REFERENCES inhouse_scenarios (id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        monthly_salary TEXT NOT NULL,
        headcount INTEGER NOT NULL DEFAULT 1 CHECK (headcount >= 0),
        hours_per_month TEXT NOT NULL DEFAULT '160'
    )""",
    """CREATE TABLE scenario_labour (
        id INTEGER PRIMARY KEY,
        scenario_id INTEGER NOT NULL REFERENCES inhouse_scenarios (id) ON DELETE CASCADE,
        design_code TEXT,
        operation TEXT NOT NULL,
        minutes_per_piece TEXT NOT NULL
    )""",
]


@_migration
def m001_initial_schema(db: Database) -> None:
    for statement in _V1:
        db.execute(statement)


# What a tech pack revision needs beyond its JSON snapshot: frozen copies of the images a
# factory received, the brand printed on every page (its logo frozen per revision too) and
# the workspace's own six-stage QC template.
_V2 = [
    """CREATE TABLE revision_images (
        id INTEGER PRIMARY KEY,
        revision_id INTEGER NOT NULL REFERENCES tech_pack_revisions (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        caption TEXT NOT NULL DEFAULT '',
        is_cover INTEGER NOT NULL DEFAULT 0 CHECK (is_cover IN (0, 1)),
        mime_type TEXT NOT NULL,
        width INTEGER NOT NULL,
        height INTEGER NOT NULL,
        image BLOB NOT NULL,
        thumbnail BLOB NOT NULL,
        design_image_id INTEGER
    )""",
    "CREATE INDEX revision_images_revision ON revision_images (revision_id, position)",
    """CREATE TABLE revision_brand_logos (
        revision_id INTEGER PRIMARY KEY
            REFERENCES tech_pack_revisions (id) ON DELETE CASCADE,
        mime_type TEXT NOT NULL,
        logo BLOB NOT NULL
    )""",
    """CREATE TABLE brand_profile (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL DEFAULT '',
        address TEXT NOT NULL DEFAULT '',
        logo BLOB,
        logo_mime_type TEXT,
        CHECK ((logo IS NULL) = (logo_mime_type IS NULL))
    )""",
    # empty until the user edits the template: until then the app's built-in one applies
    """CREATE TABLE qc_template (
        stage INTEGER PRIMARY KEY CHECK (stage BETWEEN 1 AND 6),
        criteria TEXT NOT NULL
    )""",
]

# The frozen copies of an issued revision are as permanent as the revision itself: no row
# may be added to, changed in or taken from an issued revision while its design exists (the
# design's deletion cascades through its revisions to their copies).
_ISSUED = ("EXISTS (SELECT 1 FROM tech_pack_revisions t JOIN designs d ON d.id = t.design_id "
           "WHERE t.id = {row}.revision_id AND t.status = 'issued')")


def _frozen_copies(table: str, what: str) -> list[str]:
    old, new = _ISSUED.format(row="OLD"), _ISSUED.format(row="NEW")
    return [
        f"CREATE TRIGGER {table}_frozen BEFORE UPDATE ON {table} WHEN {old} OR {new} "
        f"BEGIN SELECT RAISE(ABORT, 'the {what} of an issued tech pack revision cannot be "
        "changed'); END",
        f"CREATE TRIGGER {table}_undeletable BEFORE DELETE ON {table} WHEN {old} "
        f"BEGIN SELECT RAISE(ABORT, 'the {what} of an issued tech pack revision cannot be "
        "deleted'); END",
        f"CREATE TRIGGER {table}_closed BEFORE INSERT ON {table} WHEN {new} "
        "BEGIN SELECT RAISE(ABORT, 'an issued tech pack revision cannot be given another "
        f"{what}'); END",
    ]


_V2 += _frozen_copies("revision_images", "image")
_V2 += _frozen_copies("revision_brand_logos", "brand logo")


@_migration
def m002_tech_pack_details(db: Database) -> None:
    for statement in _V2:
        db.execute(statement)


# Requests for quotation: one issued tech pack revision sent to several suppliers, with the
# quantities they are asked to price. Whether a supplier answered is read from its quotes.
_V3 = [
    """CREATE TABLE rfqs (
        id INTEGER PRIMARY KEY,
        design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        tech_pack_revision_id INTEGER NOT NULL
            REFERENCES tech_pack_revisions (id) ON DELETE CASCADE,
        created_on TEXT NOT NULL,
        reply_by TEXT NOT NULL CHECK (reply_by >= created_on),
        currency TEXT,
        incoterm TEXT NOT NULL DEFAULT 'FOB' CHECK (incoterm IN ('EXW','FOB','CIF','DDP')),
        notes TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX rfqs_design ON rfqs (design_id)",
    """CREATE TABLE rfq_quantities (
        rfq_id INTEGER NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        quantity INTEGER NOT NULL CHECK (quantity > 0),
        PRIMARY KEY (rfq_id, quantity)
    )""",
    """CREATE TABLE rfq_suppliers (
        rfq_id INTEGER NOT NULL REFERENCES rfqs (id) ON DELETE CASCADE,
        supplier_id INTEGER NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
        sent_on TEXT NOT NULL,
        PRIMARY KEY (rfq_id, supplier_id)
    )""",
    "CREATE INDEX rfq_suppliers_supplier ON rfq_suppliers (supplier_id)",
]

# A factory is only ever asked to quote what was issued: the revision is frozen, so every
# supplier prices the same tech pack and its quote can be checked against it later.
_RFQ_REVISION_ISSUED = (
    "NOT EXISTS (SELECT 1 FROM tech_pack_revisions t WHERE t.id = NEW.tech_pack_revision_id "
    "AND t.design_id = NEW.design_id AND t.status = 'issued')")
_V3 += [
    f"CREATE TRIGGER rfqs_issued_revision BEFORE INSERT ON rfqs WHEN {_RFQ_REVISION_ISSUED} "
    "BEGIN SELECT RAISE(ABORT, 'an RFQ must send an issued tech pack revision of its "
    "design'); END",
    "CREATE TRIGGER rfqs_issued_revision_kept BEFORE UPDATE OF design_id, "
    f"tech_pack_revision_id ON rfqs WHEN {_RFQ_REVISION_ISSUED} "
    "BEGIN SELECT RAISE(ABORT, 'an RFQ must send an issued tech pack revision of its "
    "design'); END",
]


@_migration
def m003_rfqs(db: Database) -> None:
    for statement in _V3:
        db.execute(statement)


# What the cost comparison needs besides quotes and scenarios (docs/costing.md, "Where the
# inputs come from"): collection plans (designs × planned pieces a year), the costs of landing
# each supplier's goods, what each quote leaves to the brand (metal loss it invoices, parts the
# brand supplies) and each scenario's in-house options. Existing rows get the engine's
# defaults, which change nothing: a workspace costs the same before and after this migration.
_BOM_PARTS_ONLY = (
    "trim(replace(replace(replace(replace(brand_supplied, 'stones', ''), 'findings', ''), "
    "'plating', ''), 'packaging', ''), ',') = ''")
_V4 = [
    """CREATE TABLE collection_plans (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE COLLATE NOCASE,
        notes TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE plan_lines (
        plan_id INTEGER NOT NULL REFERENCES collection_plans (id) ON DELETE CASCADE,
        design_id INTEGER NOT NULL REFERENCES designs (id) ON DELETE CASCADE,
        volume INTEGER NOT NULL CHECK (volume > 0),
        PRIMARY KEY (plan_id, design_id)
    )""",
    "CREATE INDEX plan_lines_design ON plan_lines (design_id)",
    """CREATE TABLE supplier_landed_terms (
        supplier_id INTEGER PRIMARY KEY REFERENCES suppliers (id) ON DELETE CASCADE,
        duty_pct TEXT NOT NULL DEFAULT '0',
        customs_basis TEXT NOT NULL DEFAULT 'cif' CHECK (customs_basis IN ('cif','fob')),
        insurance_pct TEXT NOT NULL DEFAULT '0',
        freight_per_shipment TEXT NOT NULL DEFAULT '0',
        freight_per_piece TEXT NOT NULL DEFAULT '0',
        inspection_per_shipment TEXT NOT NULL DEFAULT '0',
        inspection_per_piece TEXT NOT NULL DEFAULT '0',
        fx_buffer_pct TEXT NOT NULL DEFAULT '0',
        defect_allowance_pct TEXT NOT NULL DEFAULT '0',
        shipments_per_year INTEGER NOT NULL DEFAULT 1 CHECK (shipments_per_year > 0),
        fee_amortisation_years INTEGER NOT NULL DEFAULT 1 CHECK (fee_amortisation_years > 0)
    )""",
    "ALTER TABLE quotes ADD COLUMN supplier_metal_loss_pct TEXT NOT NULL DEFAULT '0'",
    "ALTER TABLE quotes ADD COLUMN brand_supplied TEXT NOT NULL DEFAULT 'packaging' "
    f"CHECK ({_BOM_PARTS_ONLY})",
    "ALTER TABLE inhouse_scenarios ADD COLUMN capex_view TEXT NOT NULL DEFAULT 'depreciation' "
    "CHECK (capex_view IN ('depreciation','up_front'))",
    "ALTER TABLE inhouse_scenarios ADD COLUMN labour_in_salaries INTEGER NOT NULL DEFAULT 0 "
    "CHECK (labour_in_salaries IN (0, 1))",
    "ALTER TABLE inhouse_scenarios ADD COLUMN capacity_step_role TEXT",
]


@_migration
def m004_costing_inputs(db: Database) -> None:
    for statement in _V4:
        db.execute(statement)


# Approving a sample round despite problems is a decision with a reason: the round keeps the
# problems the user accepted and why ("approved with deviations"). Existing rounds get empty
# text: they were approved before jewelbench asked, and nothing about them changes.
_V5 = [
    "ALTER TABLE sample_rounds ADD COLUMN deviations TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE sample_rounds ADD COLUMN deviation_reason TEXT NOT NULL DEFAULT ''",
]


@_migration
def m005_sample_deviations(db: Database) -> None:
    for statement in _V5:
        db.execute(statement)


# Issue 15, customs by the rule and one-time fees over the design's life.
# - Each supplier's basis becomes a choice: 'country' (the importing country's rule, a workspace
#   setting `import_country`), 'cif' or 'fob'. Existing rows keep the basis they had as an
#   explicit choice, so no stored figure moves; suppliers without a row follow the country.
#   `customs_basis` stays in the table for older copies of jewelbench and is no longer read.
# - The brand's own freight splits into international (the existing two columns: to the border,
#   in a CIF customs value, as before) and inland (new, '0': after arrival, not dutiable).
# - One-time fees are charged over the life of the design (`designs.fee_life_years`) or of the
#   plan (`collection_plans.fee_life_years`), NULL = 3 years, instead of the supplier's
#   `fee_amortisation_years` (kept, no longer read). A supplier's value above 1 was a deliberate
#   choice (1 was the default every editor stored), so each design quoted by such a supplier,
#   and each plan with such a design, takes the largest of those values; the rest get NULL.
# - Import VAT (`import_vat_pct`, '' = the country's standard rate) and `vat_registered`
#   ('1' unless set) are workspace settings: a registered brand reclaims it, so existing
#   workspaces cost the same.
_V6 = [
    "ALTER TABLE supplier_landed_terms ADD COLUMN customs_basis_choice TEXT NOT NULL "
    "DEFAULT 'country' CHECK (customs_basis_choice IN ('country','cif','fob'))",
    "UPDATE supplier_landed_terms SET customs_basis_choice = customs_basis",
    "ALTER TABLE supplier_landed_terms ADD COLUMN inland_freight_per_shipment TEXT NOT NULL "
    "DEFAULT '0'",
    "ALTER TABLE supplier_landed_terms ADD COLUMN inland_freight_per_piece TEXT NOT NULL "
    "DEFAULT '0'",
    "ALTER TABLE designs ADD COLUMN fee_life_years INTEGER "
    "CHECK (fee_life_years IS NULL OR fee_life_years BETWEEN 1 AND 50)",
    "ALTER TABLE collection_plans ADD COLUMN fee_life_years INTEGER "
    "CHECK (fee_life_years IS NULL OR fee_life_years BETWEEN 1 AND 50)",
    """UPDATE designs SET fee_life_years = (
        SELECT max(min(t.fee_amortisation_years, 50)) FROM quotes q
        JOIN supplier_landed_terms t ON t.supplier_id = q.supplier_id
        WHERE q.design_id = designs.id AND t.fee_amortisation_years > 1)""",
    """UPDATE collection_plans SET fee_life_years = (
        SELECT max(d.fee_life_years) FROM plan_lines l JOIN designs d ON d.id = l.design_id
        WHERE l.plan_id = collection_plans.id)""",
]


@_migration
def m006_customs_rules(db: Database) -> None:
    for statement in _V6:
        db.execute(statement)


# Issue 15, items 5, 6, 7 and 9: a scenario's recovered metal, in-house FX buffer, cost of
# capital and bench capacity (docs/costing.md). Existing scenarios get the defaults, and their
# in-house figures change with them: 90 % of the casting loss and of a failed piece's metal
# comes back less a 5 % refining charge (remakes and metal cost less), equipment gets a capital
# charge of 8 % a year on its average capital, the cash view shows present values at 8 %, and a
# comparison warns when the bench hours needed pass one bench of 1,600 hours a year per person
# (at least one bench). The FX buffer starts at 0 %, as a route's does: nothing changes there.
_V7 = [
    "ALTER TABLE inhouse_scenarios ADD COLUMN recoverable_pct TEXT NOT NULL DEFAULT '90'",
    "ALTER TABLE inhouse_scenarios ADD COLUMN refining_pct TEXT NOT NULL DEFAULT '5'",
    "ALTER TABLE inhouse_scenarios ADD COLUMN fx_buffer_pct TEXT NOT NULL DEFAULT '0'",
    "ALTER TABLE inhouse_scenarios ADD COLUMN capital_rate_pct TEXT NOT NULL DEFAULT '8'",
    "ALTER TABLE inhouse_scenarios ADD COLUMN bench_hours_year TEXT NOT NULL DEFAULT '1600'",
    "ALTER TABLE inhouse_scenarios ADD COLUMN benches INTEGER NOT NULL DEFAULT 0 "
    "CHECK (benches >= 0)",
]


@_migration
def m007_inhouse_model(db: Database) -> None:
    for statement in _V7:
        db.execute(statement)


# A plan is bought in a number of orders a year (issue 15, item 8): MOQ, tiers and minimum
# order value apply to each order, and every order is shipped at least once. Existing plans
# get 1 order a year, which is how they were costed before: their figures at their planned
# volumes do not change (at other totals the designs now get whole pieces).
_V9 = [
    "ALTER TABLE collection_plans ADD COLUMN orders_per_year INTEGER NOT NULL DEFAULT 1 "
    "CHECK (orders_per_year > 0)",
]


@_migration
def m009_plan_orders(db: Database) -> None:
    for statement in _V9:
        db.execute(statement)


# Fixed-cost basis and margin (issue 15, items 2 and 11): a scenario's equipment may be marked
# as needed for one design (its incremental cost), and a design may have its own wholesale
# price. Existing equipment gets no design (shared by every design, as before) and existing
# designs no wholesale price (retail × the workspace's wholesale factor, 0.5 unless the
# workspace_settings key 'wholesale_factor' says otherwise). Applied after m009: a file that
# has m009 already must find its own migrations first among the known ones, the new ones after.
_V8 = [
    "ALTER TABLE scenario_equipment ADD COLUMN design_code TEXT",
    "ALTER TABLE designs ADD COLUMN wholesale_price TEXT",
    "ALTER TABLE designs ADD COLUMN wholesale_currency TEXT",
]


@_migration
def m008_cost_basis_margin(db: Database) -> None:
    for statement in _V8:
        db.execute(statement)


# Issue 16, a brand's whole history stays instant: an index on every foreign-key column that had
# none, so reading (or deleting) a parent's children looks them up instead of reading the whole
# child table (a quote's fees, a round's measurements and photos, a supplier's contacts, a
# scenario's lines), and on the columns the lists filter and sort on (a design's status,
# category, name and last change; a quote's dates; a round's request date and decision).
# Nothing stored changes: existing rows are indexed as the migration builds each index, and
# the file grows by the indexes alone (a few MB at 100,000 quotes).
_V10 = [
    "CREATE INDEX bom_metals_alloy ON bom_metals (alloy_code)",
    "CREATE INDEX supplier_contacts_supplier ON supplier_contacts (supplier_id)",
    "CREATE INDEX supplier_certifications_supplier ON supplier_certifications (supplier_id)",
    "CREATE INDEX quotes_revision ON quotes (tech_pack_revision_id)",
    "CREATE INDEX quote_fees_quote ON quote_fees (quote_id)",
    "CREATE INDEX sample_rounds_revision ON sample_rounds (tech_pack_revision_id)",
    "CREATE INDEX sample_measurements_round ON sample_measurements (sample_round_id)",
    "CREATE INDEX sample_photos_round ON sample_photos (sample_round_id)",
    "CREATE INDEX scenario_equipment_scenario ON scenario_equipment (scenario_id)",
    "CREATE INDEX scenario_overheads_scenario ON scenario_overheads (scenario_id)",
    "CREATE INDEX scenario_staff_scenario ON scenario_staff (scenario_id)",
    "CREATE INDEX scenario_labour_scenario ON scenario_labour (scenario_id)",
    "CREATE INDEX rfqs_revision ON rfqs (tech_pack_revision_id)",
    # what the lists narrow by and sort on
    "CREATE INDEX designs_status ON designs (status)",
    "CREATE INDEX designs_category ON designs (category)",
    "CREATE INDEX designs_name ON designs (name)",
    "CREATE INDEX designs_updated ON designs (updated_at)",
    "CREATE INDEX quotes_quoted_on ON quotes (quoted_on)",
    "CREATE INDEX quotes_valid_until ON quotes (valid_until)",
    "CREATE INDEX sample_rounds_requested_on ON sample_rounds (requested_on)",
    "CREATE INDEX sample_rounds_decision ON sample_rounds (decision)",
]


@_migration
def m010_list_indexes(db: Database) -> None:
    for statement in _V10:
        db.execute(statement)


# The lists' search index (issue 16): an FTS5 table `search_index` over every design's, quote's
# and sample round's code, name, supplier, collection and notes, with triggers keeping it
# current (storage/search_index.py says how). The rows the file holds are indexed as the
# migration runs; nothing else changes.
@_migration
def m011_search_index(db: Database) -> None:
    from jewelbench.storage.search_index import create_search_index

    create_search_index(db)


# The language a supplier's tech packs and RFQs are printed in (issue 17): '' (from its
# country: Norway gets Norwegian Bokmål, everyone else English), 'en' or 'nb'. Existing
# suppliers get '', so their printouts follow their country.
@_migration
def m012_supplier_language(db: Database) -> None:
    db.execute("ALTER TABLE suppliers ADD COLUMN print_language TEXT NOT NULL DEFAULT '' "
               "CHECK (print_language IN ('', 'en', 'nb'))")


def _build_migrations() -> Migrations:
    from jewelbench.storage._sqlite_utils import Migrations

    built = Migrations(MIGRATION_SET)
    for name, step in _STEPS:
        built(name=name)(_logged(name, step))
    return built


def _logged(name: str, step: Callable[[Database], None]) -> Callable[[Database], None]:
    """The migration step, saying in the log that it runs (each runs in its own transaction:
    one that fails leaves the file at the schema before it)."""
    def run(db: Database) -> None:
        log.info("Applying migration %s", name)
        step(db)
    return run


def __getattr__(name: str) -> Any:
    if name == "migrations":
        built = _build_migrations()
        globals()["migrations"] = built
        return built
    raise AttributeError(name)


def known_migration_names() -> list[str]:
    built = globals().get("migrations")
    if built is not None:  # built, or replaced by a test that plays a future release
        return [migration.name for migration in built._migrations]
    return [name for name, _ in _STEPS]


SCHEMA_VERSION = len(_STEPS)
