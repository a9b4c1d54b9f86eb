"""The workspace's tables as plain rows for export (CSV, workbook): one query per table.

Each table is an ExportTable: a file-friendly name, a title, typed columns and its rows read
in one query each (a 5,000-design catalog is read in a handful of queries, images never
loaded). Values come out typed: Decimal for amounts (never float), dt.date for dates, int,
bool, or str. A writer formats them by the column's kind:

    text     str ('' for none)          int      int | None
    decimal  Decimal | None             date     dt.date | None
    bool     bool                       percent  Decimal | None (5 = 5 %)

    for table in export_tables(workspace):          # or export_tables(workspace, ["quotes"])
        header = [column.header for column in table.columns]
        for row in table.rows(): ...
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from jewelbench.storage.convert import date_in, int_in, stored_decimal
from jewelbench.storage.store import Store

if TYPE_CHECKING:
    from jewelbench.storage.workspace import Workspace

KINDS = ("text", "int", "decimal", "date", "bool", "percent")


@dataclass(frozen=True)
class ExportColumn:
    header: str  # "Unit price", "Weight (g)": units in the header, never in the cells
    kind: str = "text"
    unit: str = ""  # "g", "mm", "days", "pcs", "currency" (the row's currency column)


@dataclass(frozen=True)
class ExportTable:
    name: str  # the file stem: "designs", "bom_lines", "quotes" …
    title: str  # "Designs", "Bill of materials"
    columns: tuple[ExportColumn, ...]
    _read: Callable[[], list[tuple[Any, ...]]]
    sql: str = ""  # the query its rows come from (with params: sql_params)
    sql_params: tuple[Any, ...] = ()
    _stored: Callable[[], list[tuple[Any, ...]]] | None = None
    # columns stored as space-separated decimal text ('120 45.5') that rows() sums exactly
    summed: tuple[int, ...] = ()

    def rows(self) -> list[tuple[Any, ...]]:
        """Every row, values typed as the columns say."""
        return self._read()

    def stored_rows(self) -> list[tuple[Any, ...]] | None:
        """Every row as stored (text, numbers, NULL: not typed; the `summed` columns as their
        parts' text), for a writer that formats them itself — None for a table whose rows are
        computed (rows() only)."""
        return None if self._stored is None else self._stored()


def _dec(text: Any) -> Decimal | None:
    return None if text is None or text == "" else stored_decimal(str(text))


def _date(text: Any) -> dt.date | None:
    return None if not text else date_in(str(text)[:10])


def _converters(columns: Sequence[ExportColumn]) -> list[Callable[[Any], Any]]:
    by_kind: dict[str, Callable[[Any], Any]] = {
        "text": lambda v: "" if v is None else str(v),
        "int": int_in,
        "decimal": _dec, "percent": _dec, "date": _date,
        "bool": lambda v: bool(v),
    }
    return [by_kind[column.kind] for column in columns]


def _table(db: Store, name: str, title: str, columns: Sequence[ExportColumn],
           sql: str, params: tuple[Any, ...] = ()) -> ExportTable:
    convert = _converters(columns)

    def read() -> list[tuple[Any, ...]]:
        return [tuple(f(v) for f, v in zip(convert, row)) for row in db.execute(sql, params)]

    def stored() -> list[tuple[Any, ...]]:
        return list(db.execute(sql, params))

    return ExportTable(name, title, tuple(columns), read, sql, params, stored)


def _c(header: str, kind: str = "text", unit: str = "") -> ExportColumn:
    return ExportColumn(header, kind, unit)


_TABLES: dict[str, tuple[str, tuple[ExportColumn, ...], str]] = {
    "designs": ("Designs", (
        _c("Code"), _c("Name"), _c("Collection"), _c("Category"), _c("Status"),
        _c("Target retail price", "decimal", "currency"), _c("Currency"), _c("Description"),
        _c("Created", "date"), _c("Updated", "date"),
        _c("Wholesale price", "decimal"), _c("Wholesale currency"),  # its own, if any
    ), """SELECT code, name, collection, category, status, target_retail_price,
                 target_retail_currency, description, created_at, updated_at,
                 wholesale_price, wholesale_currency
          FROM designs /*scope*/ ORDER BY code COLLATE NOCASE"""),
    # Designs with their bill of materials flattened: one row per BOM line, the design's code
    # and name on every row (a design without lines has none here; it is in designs.csv).
    "bom_lines": ("Bill of materials", (
        _c("Design code"), _c("Design name"), _c("Line"), _c("Position", "int"), _c("Item"),
        _c("Details"), _c("Quantity", "int", "pcs"), _c("Weight (g)", "decimal", "g"),
        _c("Size (mm)", "decimal", "mm"), _c("Carat", "decimal"),
        _c("Length (mm)", "decimal", "mm"), _c("Thickness (µm)", "decimal", "µm"),
        _c("Unit cost", "decimal", "currency"), _c("Currency"),
    ), """SELECT d.code, d.name, l.line, l.position + 1, l.item, l.details, l.quantity, l.weight,
                 l.size_mm, l.carat, l.length_mm, l.thickness, l.unit_cost, l.currency
          FROM (
            SELECT design_id, 'metal' AS line, position, alloy_code AS item, notes AS details,
                   NULL AS quantity, finished_weight_g AS weight, NULL AS size_mm,
                   NULL AS carat, NULL AS length_mm, NULL AS thickness, NULL AS unit_cost,
                   NULL AS currency, 1 AS kind_order FROM bom_metals
            UNION ALL
            SELECT design_id, 'stone', position, stone_type,
                   trim(shape || ' ' || origin || ' ' || colour || ' ' || clarity || ' '
                        || setting_style), quantity, NULL, size_mm, carat, NULL, NULL,
                   unit_cost, currency, 2 FROM bom_stones
            UNION ALL
            SELECT design_id, 'finding', position, kind, description, quantity, NULL, NULL,
                   NULL, length_mm, NULL, unit_cost, currency, 3 FROM bom_findings
            UNION ALL
            SELECT design_id, 'plating', position, plating_type,
                   trim(colour || CASE guaranteed WHEN 1 THEN ' (guaranteed)' ELSE '' END),
                   NULL, NULL, NULL, NULL, NULL, thickness_um, unit_cost, currency, 4
            FROM bom_platings
            UNION ALL
            SELECT design_id, 'packaging', position, description, '', quantity, NULL, NULL,
                   NULL, NULL, NULL, unit_cost, currency, 5 FROM bom_packaging
          ) l JOIN designs d ON d.id = l.design_id /*scope*/
          ORDER BY d.code COLLATE NOCASE, l.kind_order, l.position"""),
    "suppliers": ("Suppliers", (
        _c("Name"), _c("Country"), _c("Currency"), _c("Capabilities"), _c("Certifications"),
        _c("Contacts"), _c("Notes"),
    ), """SELECT s.name, s.country, s.currency,
            (SELECT group_concat(capability, '; ') FROM
               (SELECT capability FROM supplier_capabilities c WHERE c.supplier_id = s.id
                ORDER BY capability)),
            (SELECT group_concat(name || coalesce(' (expires ' || expires_on || ')', ''), '; ')
               FROM supplier_certifications c WHERE c.supplier_id = s.id),
            (SELECT group_concat(trim(name || CASE WHEN email <> '' THEN ' <' || email || '>'
                                               ELSE '' END), '; ')
               FROM supplier_contacts c WHERE c.supplier_id = s.id),
            s.notes
          FROM suppliers s /*scope*/ ORDER BY s.name COLLATE NOCASE"""),
    # Quotes with their tiers: one row per price tier, the quote's terms on every row.
    "quotes": ("Quotes", (
        _c("Quote", "int"), _c("Design code"), _c("Design name"), _c("Supplier"),
        _c("Revision"), _c("Reference"), _c("Currency"), _c("Quoted on", "date"),
        _c("Valid until", "date"), _c("MOQ", "int", "pcs"), _c("Tier from", "int", "pcs"),
        _c("Unit price", "decimal", "currency"), _c("Pricing basis"),
        _c("Metal price basis per g", "decimal", "currency"),
        _c("Development fees", "decimal", "currency"),
        _c("Refundable fees", "decimal", "currency"),
        _c("Sample lead time (days)", "int", "days"),
        _c("Production lead time (days)", "int", "days"), _c("Deposit %", "percent"),
        _c("Incoterm"), _c("Freight per shipment", "decimal", "currency"),
        _c("Freight per piece", "decimal", "currency"),
        _c("Minimum order value", "decimal", "currency"), _c("Notes"),
        _c("Supplier metal loss %", "percent"), _c("Parts the brand supplies"),
    ), """SELECT q.id, d.code, d.name, s.name, coalesce(r.revision, ''), q.reference,
                 q.currency, q.quoted_on, q.valid_until, q.moq, t.min_quantity, t.unit_price,
                 q.pricing_basis, q.metal_price_basis_per_g,
                 (SELECT group_concat(amount, ' ') FROM quote_fees f WHERE f.quote_id = q.id),
                 (SELECT group_concat(amount, ' ') FROM quote_fees f WHERE f.quote_id = q.id
                    AND f.refundable_on_order = 1),
                 q.sample_lead_time_days, q.production_lead_time_days, q.deposit_pct,
                 q.incoterm, q.freight_per_shipment, q.freight_per_piece, q.min_order_value,
                 q.notes, q.supplier_metal_loss_pct, replace(q.brand_supplied, ',', ', ')
          FROM quotes q JOIN designs d ON d.id = q.design_id
          JOIN suppliers s ON s.id = q.supplier_id
          JOIN quote_tiers t ON t.quote_id = q.id
          LEFT JOIN tech_pack_revisions r ON r.id = q.tech_pack_revision_id /*scope*/
          ORDER BY d.code COLLATE NOCASE, s.name COLLATE NOCASE, q.quoted_on, q.id,
                   t.min_quantity"""),
    "quote_fees": ("Development fees", (
        _c("Quote", "int"), _c("Design code"), _c("Supplier"), _c("Fee"),
        _c("Amount", "decimal", "currency"), _c("Currency"), _c("Refundable on order", "bool"),
    ), """SELECT q.id, d.code, s.name, f.kind, f.amount, q.currency, f.refundable_on_order
          FROM quote_fees f JOIN quotes q ON q.id = f.quote_id
          JOIN designs d ON d.id = q.design_id JOIN suppliers s ON s.id = q.supplier_id
          /*scope*/ ORDER BY d.code COLLATE NOCASE, s.name COLLATE NOCASE, q.id, f.id"""),
    "rfqs": ("Requests for quotation", (
        _c("Reference"), _c("Design code"), _c("Design name"), _c("Revision"),
        _c("Created", "date"), _c("Reply by", "date"), _c("Quantities"), _c("Currency"),
        _c("Incoterm"), _c("Suppliers"), _c("Notes"),
    ), """SELECT printf('RFQ-%04d', f.id), d.code, d.name, t.revision, f.created_on,
                 f.reply_by,
                 (SELECT group_concat(quantity, ' / ') FROM
                    (SELECT quantity FROM rfq_quantities q WHERE q.rfq_id = f.id
                     ORDER BY quantity)),
                 coalesce(f.currency, ''), f.incoterm,
                 (SELECT group_concat(name, '; ') FROM
                    (SELECT s.name FROM rfq_suppliers r JOIN suppliers s ON s.id = r.supplier_id
                     WHERE r.rfq_id = f.id ORDER BY s.name)),
                 f.notes
          FROM rfqs f JOIN designs d ON d.id = f.design_id
          JOIN tech_pack_revisions t ON t.id = f.tech_pack_revision_id
          ORDER BY f.created_on, f.id"""),
    "sample_rounds": ("Sample rounds", (
        _c("Design code"), _c("Supplier"), _c("Round", "int"), _c("Revision"),
        _c("Requested", "date"), _c("Received", "date"),
        _c("Measured weight (g)", "decimal", "g"), _c("QC passed", "int"),
        _c("QC failed", "int"), _c("Decision"), _c("Decided", "date"), _c("DFM feedback"),
        _c("Notes"), _c("Accepted deviations"), _c("Reason for the deviations"),
    ), """SELECT d.code, s.name, r.round_number, coalesce(t.revision, ''), r.requested_on,
                 r.received_on, r.measured_weight_g,
                 (SELECT count(*) FROM qc_checks c WHERE c.sample_round_id = r.id
                    AND c.result = 'pass'),
                 (SELECT count(*) FROM qc_checks c WHERE c.sample_round_id = r.id
                    AND c.result = 'fail'),
                 coalesce(r.decision, ''), r.decided_on, r.dfm_feedback, r.notes,
                 replace(r.deviations, char(10), '; '), r.deviation_reason
          FROM sample_rounds r JOIN designs d ON d.id = r.design_id
          JOIN suppliers s ON s.id = r.supplier_id
          LEFT JOIN tech_pack_revisions t ON t.id = r.tech_pack_revision_id /*scope*/
          ORDER BY d.code COLLATE NOCASE, s.name COLLATE NOCASE, r.round_number"""),
    "metal_prices": ("Metal prices", (
        _c("Metal"), _c("Date", "date"), _c("Price per troy oz", "decimal", "currency"),
        _c("Currency"), _c("Source"),
    ), """SELECT metal, price_date, price_per_troy_oz, currency, source FROM metal_prices
          ORDER BY metal, price_date, currency"""),
    "fx_rates": ("FX rates", (
        _c("Date", "date"), _c("From"), _c("To"), _c("Rate", "decimal"),
    ), """SELECT rate_date, from_currency, to_currency, rate FROM fx_rates
          ORDER BY rate_date, from_currency, to_currency"""),
    "scenarios": ("In-house scenarios", (
        _c("Scenario"), _c("Currency"), _c("Loaded hourly rate", "decimal", "currency"),
        _c("Casting loss %", "percent"), _c("Buyer premium %", "percent"),
        _c("Stone breakage %", "percent"), _c("Error rate %", "percent"),
        _c("Consumables per piece", "decimal", "currency"), _c("Notes"),
        _c("Equipment cost"), _c("Labour in the salaries", "bool"),
        _c("Role added when hours run out"), _c("Recoverable share %", "percent"),
        _c("Refining charge %", "percent"), _c("In-house FX buffer %", "percent"),
        _c("Cost of capital %", "percent"), _c("Hours a bench gives a year", "decimal"),
        _c("Benches (0: one per person)", "int"),
    ), """SELECT name, currency, loaded_hourly_rate, casting_loss_pct, buyer_premium_pct,
                 stone_breakage_pct, error_rate_pct, consumables_per_piece, notes,
                 CASE capex_view WHEN 'up_front' THEN 'up front' ELSE capex_view END,
                 labour_in_salaries, coalesce(capacity_step_role, ''), recoverable_pct,
                 refining_pct, fx_buffer_pct, capital_rate_pct, bench_hours_year, benches
          FROM inhouse_scenarios ORDER BY name COLLATE NOCASE"""),
    # A scenario's equipment, overheads, staff and labour: one row per item, by kind.
    "scenario_items": ("Scenario items", (
        _c("Scenario"), _c("Kind"), _c("Name"), _c("Design code"),
        _c("Amount", "decimal", "currency"), _c("Currency"),
        _c("Useful life (years)", "int"), _c("Salvage value", "decimal", "currency"),
        _c("Headcount", "int"), _c("Hours per month", "decimal"),
        _c("Minutes per piece", "decimal"),
    ), """SELECT s.name, i.kind, i.name, i.design_code, i.amount, s.currency, i.life,
                 i.salvage, i.headcount, i.hours, i.minutes
          FROM (
            SELECT scenario_id, 'equipment' AS kind, name, '' AS design_code, cost AS amount,
                   useful_life_years AS life, salvage_value AS salvage, NULL AS headcount,
                   NULL AS hours, NULL AS minutes, 1 AS kind_order, id FROM scenario_equipment
            UNION ALL
            SELECT scenario_id, 'overhead (monthly)', name, '', monthly_cost, NULL, NULL, NULL,
                   NULL, NULL, 2, id FROM scenario_overheads
            UNION ALL
            SELECT scenario_id, 'staff (monthly salary)', role, '', monthly_salary, NULL,
                   NULL, headcount, hours_per_month, NULL, 3, id FROM scenario_staff
            UNION ALL
            SELECT scenario_id, 'labour', operation, coalesce(design_code, ''), NULL, NULL,
                   NULL, NULL, NULL, minutes_per_piece, 4, id FROM scenario_labour
          ) i JOIN inhouse_scenarios s ON s.id = i.scenario_id
          ORDER BY s.name COLLATE NOCASE, i.kind_order, i.id"""),
    # Collection plans: one row per design planned, with its pieces a year.
    "plans": ("Collection plans", (
        _c("Plan"), _c("Design code"), _c("Design name"), _c("Pieces a year", "int", "pcs"),
        _c("Plan notes"),
    ), """SELECT p.name, d.code, d.name, l.volume, p.notes
          FROM plan_lines l JOIN collection_plans p ON p.id = l.plan_id
          JOIN designs d ON d.id = l.design_id
          ORDER BY p.name COLLATE NOCASE, d.code COLLATE NOCASE"""),
    # Each supplier's landed-cost terms; amounts in the workspace's base currency.
    "landed_terms": ("Landed-cost terms", (
        _c("Supplier"), _c("Duty %", "percent"), _c("Customs value basis"),
        _c("Insurance %", "percent"),
        _c("International freight per shipment", "decimal", "currency"),
        _c("International freight per piece", "decimal", "currency"),
        _c("Inspection per shipment", "decimal", "currency"),
        _c("Inspection per piece", "decimal", "currency"), _c("FX buffer %", "percent"),
        _c("Defect allowance %", "percent"), _c("Shipments a year", "int"),
        _c("Inland freight per shipment", "decimal", "currency"),
        _c("Inland freight per piece", "decimal", "currency"), _c("Currency"),
    ), """SELECT s.name, t.duty_pct,
                 CASE t.customs_basis_choice WHEN 'country' THEN 'COUNTRY'
                      ELSE upper(t.customs_basis_choice) END, t.insurance_pct,
                 t.freight_per_shipment, t.freight_per_piece, t.inspection_per_shipment,
                 t.inspection_per_piece, t.fx_buffer_pct, t.defect_allowance_pct,
                 t.shipments_per_year, t.inland_freight_per_shipment,
                 t.inland_freight_per_piece,
                 (SELECT value FROM workspace_settings WHERE key = 'base_currency')
          FROM supplier_landed_terms t JOIN suppliers s ON s.id = t.supplier_id
          ORDER BY s.name COLLATE NOCASE"""),
}

TABLE_NAMES: tuple[str, ...] = tuple(_TABLES)

# The designs an export is narrowed to, as one JSON array parameter (?1).
IN_DESIGNS = "IN (SELECT value FROM json_each(?1))"
# What each table keeps when an export is narrowed to some designs (export_tables(designs=…)):
# their rows, their BOM lines, quotes, fees and sample rounds, and the suppliers quoting or
# sampling them. The other tables are the workspace's, whole.
SCOPES: dict[str, str] = {
    "designs": f"WHERE id {IN_DESIGNS}",
    "bom_lines": f"WHERE d.id {IN_DESIGNS}",
    "suppliers": f"WHERE s.id IN (SELECT supplier_id FROM quotes WHERE design_id {IN_DESIGNS} "
                 f"UNION SELECT supplier_id FROM sample_rounds WHERE design_id {IN_DESIGNS})",
    "quotes": f"WHERE q.design_id {IN_DESIGNS}",
    "quote_fees": f"WHERE q.design_id {IN_DESIGNS}",
    "sample_rounds": f"WHERE r.design_id {IN_DESIGNS}",
}


def designs_parameter(designs: Iterable[int]) -> str:
    """The ?1 of a narrowed query: the design ids as a JSON array."""
    return json.dumps(sorted({int(d) for d in designs}))


def scoped_sql(name: str, designs: Iterable[int] | None) -> tuple[str, tuple[Any, ...]]:
    """A table's query and its parameters, narrowed to `designs` (None: every row)."""
    sql = _TABLES[name][2]
    if designs is None or name not in SCOPES:
        return sql, ()
    return sql.replace("/*scope*/", SCOPES[name]), (designs_parameter(designs),)


def _summed(read: Callable[[], list[tuple[Any, ...]]],
            columns: Sequence[int]) -> Callable[[], list[tuple[Any, ...]]]:
    """Columns read as space-separated decimal text ('120 45.5'), summed exactly."""

    def summed() -> list[tuple[Any, ...]]:
        out = []
        for row in read():
            values = list(row)
            for index in columns:
                text = values[index]
                values[index] = sum((stored_decimal(part) for part in str(text).split()),
                                    Decimal(0)) \
                    if text not in (None, "") else Decimal(0)
            out.append(tuple(values))
        return out

    return summed


def export_tables(workspace: Workspace, names: Sequence[str] | None = None, *,
                  designs: Iterable[int] | None = None) -> list[ExportTable]:
    """The tables to export, in TABLE_NAMES order (all of them unless names are given);
    with `designs`, the tables of SCOPES hold only those designs' rows (and the suppliers
    quoting or sampling them).

    An unknown name raises KeyError naming it."""
    chosen = None if designs is None else tuple(designs)
    wanted = list(TABLE_NAMES) if names is None else list(names)
    for name in wanted:
        if name not in _TABLES:
            raise KeyError(f"There is no table '{name}' to export "
                           f"(one of {', '.join(TABLE_NAMES)})")
    tables = []
    for name in TABLE_NAMES:
        if name not in wanted:
            continue
        title, columns, _sql = _TABLES[name]
        sql, params = scoped_sql(name, chosen)
        if name == "quotes":
            # fee amounts are exact decimal text: add them as Decimals, never as SQL floats
            text_columns = tuple(ExportColumn(c.header, "text" if i in (14, 15) else c.kind,
                                              c.unit) for i, c in enumerate(columns))
            raw = _table(workspace.db, name, title, text_columns, sql, params)
            tables.append(ExportTable(name, title, columns, _summed(raw.rows, (14, 15)), sql,
                                      params, raw._stored, (14, 15)))
        else:
            tables.append(_table(workspace.db, name, title, columns, sql, params))
    return tables
