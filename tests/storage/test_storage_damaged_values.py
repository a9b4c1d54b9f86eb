"""A workspace another program changed behind jewelbench's back — a table or column dropped, a
stored number or date that no longer is one — is said to be damaged wherever it is read: the
commands exit 1 with that sentence and the window shows it, never a traceback. Nothing is
written to the file.

(`jewelbench check` names a dropped table or column; a number that is no longer a number is
not something SQLite's or the schema's checks can see, so it is caught where it is read.)
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from storage_helpers import sha256

from jewelbench.storage import ReadError, Workspace, WorkspaceDamaged
from jewelbench.storage.convert import date_in, dec_in, money_in, stored_int


def changed_by_another_program(path: Path, *statements: str) -> str:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    # the search index's triggers name designs.collection: a plain DROP COLUMN would refuse
    conn.execute("PRAGMA legacy_alter_table = ON")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return sha256(path)


def command(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "jewelbench", *arguments],
                          capture_output=True, text=True, timeout=120)


# --- a table or column that is gone ------------------------------------------------------------


@pytest.mark.integration
def test_a_dropped_table_is_said_to_be_damage_by_every_read_that_needs_it(demo_copy):
    before = changed_by_another_program(demo_copy, "DROP TABLE quote_tiers")
    with Workspace.open(demo_copy, full_check=False) as workspace:
        assert workspace.designs.summaries()  # what does not need it still reads
        with pytest.raises(ReadError) as refused:
            workspace.quotes.summaries()
    assert str(refused.value).startswith(
        "the workspace file is damaged (no such table: quote_tiers;")
    assert "Traceback" not in command("check", str(demo_copy)).stderr
    assert sha256(demo_copy) == before


@pytest.mark.integration
@pytest.mark.parametrize("arguments", [["compare", "--design", "RG-014"],
                                       ["compare", "--plan", "Tidal 2027"],
                                       ["prices", "{path}", "list"],
                                       ["export", "-o", "{folder}/out.xlsx"]])
def test_the_commands_refuse_a_workspace_whose_table_or_column_was_dropped(
        demo_copy, arguments):
    before = changed_by_another_program(
        demo_copy, "DROP INDEX designs_collection", "ALTER TABLE designs DROP COLUMN collection")
    filled = [a.replace("{path}", str(demo_copy)).replace("{folder}", str(demo_copy.parent))
              for a in arguments]
    done = command(*filled, *([] if "{path}" in arguments else [str(demo_copy)]))
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert ("the file is damaged (the table designs has no column collection and 1 more; "
            "“jewelbench check” lists every problem)") in done.stderr
    assert sha256(demo_copy) == before
    assert not (demo_copy.parent / "out.xlsx").exists()


def test_a_read_only_open_names_the_dropped_column(demo_copy):
    before = changed_by_another_program(
        demo_copy, "DROP INDEX designs_collection", "ALTER TABLE designs DROP COLUMN collection")
    with pytest.raises(WorkspaceDamaged) as refused:
        Workspace.open(demo_copy, read_only=True)
    assert "the table designs has no column collection" in refused.value.reason
    assert sha256(demo_copy) == before


# --- stored values that are no longer what jewelbench wrote ----------------------------------


@pytest.mark.integration
def test_a_stored_price_that_is_no_longer_a_number_is_damage_not_a_crash(demo_copy):
    before = changed_by_another_program(
        demo_copy, "UPDATE quote_tiers SET unit_price = 'twelve' WHERE quote_id IN (SELECT id "
                   "FROM quotes WHERE design_id = (SELECT id FROM designs WHERE code = 'RG-014'))")
    with Workspace.open(demo_copy, read_only=True) as workspace:
        with pytest.raises(ReadError) as refused:
            workspace.quotes.summaries()
        assert str(refused.value) == ("the workspace file is damaged (a stored number reads "
                                      "'twelve')")
    done = command("compare", "--design", "RG-014", str(demo_copy))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "a stored number reads 'twelve'" in done.stderr
    assert sha256(demo_copy) == before


@pytest.mark.integration
def test_a_metal_price_that_is_not_finite_is_damage_not_a_crash(demo_copy):
    before = changed_by_another_program(
        demo_copy, "UPDATE metal_prices SET price_per_troy_oz = 'NaN'")
    done = command("prices", str(demo_copy), "list")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "the workspace file is damaged (a stored number reads 'NaN')" in done.stderr
    assert sha256(demo_copy) == before


@pytest.mark.parametrize("text", ["abc", "NaN", "Infinity", "1e", "", "١٢"])
def test_a_stored_number_that_is_not_one_reads_as_damage(text):
    with pytest.raises(ReadError, match="a stored number reads"):
        dec_in(text)
    with pytest.raises(ReadError):
        money_in(text, "EUR")


def test_stored_values_that_are_whole_read_as_before():
    assert dec_in("12.50") == Decimal("12.50") and dec_in(None) is None
    assert money_in("3.10", "USD") is not None and money_in(None, "USD") is None
    assert date_in("2026-03-14") == dt.date(2026, 3, 14) and date_in("") is None
    with pytest.raises(ReadError, match="a stored date reads '2026-13-45'"):
        date_in("2026-13-45")
    with pytest.raises(ReadError, match="is not a currency code"):
        money_in("1.00", "not a currency")


def test_a_design_read_whole_from_a_table_that_lost_a_column_is_damage(demo_copy):
    before = changed_by_another_program(
        demo_copy, "DROP INDEX designs_collection", "ALTER TABLE designs DROP COLUMN collection")
    with Workspace.open(demo_copy, full_check=False) as workspace:  # as the window opens it
        with pytest.raises(ReadError) as refused:
            workspace.designs.get_by_code("RG-014")
    assert str(refused.value) == ("the workspace file is damaged (the column collection is "
                                  "missing; “jewelbench check” lists what is missing)")
    assert sha256(demo_copy) == before


# --- every stored value that is read as a number, date, amount, choice or image --------------
#
# Each case changes one value of one column the way another program could (a hand-edited
# file: UPDATE with the schema's CHECKs switched off) and reads it back through the
# repository the window reads it with. Every one is a ReadError that says the file is damaged
# and shows the value: the window's read-error message, never the crash dialog.

TODAY = dt.date(2026, 12, 6)


def _ids(workspace: Workspace, sql: str) -> list[int]:
    return [int(row[0]) for row in workspace.db.execute(sql).fetchall()]


def _designs(workspace: Workspace) -> None:
    for summary in workspace.designs.summaries():
        workspace.designs.get(summary.id)


def _design_list(workspace: Workspace) -> None:
    workspace.designs.summaries()


def _quotes(workspace: Workspace) -> None:
    for quote_id in _ids(workspace, "SELECT id FROM quotes"):
        workspace.quotes.get(quote_id)


def _quote_list(workspace: Workspace) -> None:
    workspace.quotes.summaries()


def _suppliers(workspace: Workspace) -> None:
    for supplier_id in _ids(workspace, "SELECT id FROM suppliers"):
        workspace.suppliers.get(supplier_id)


def _scorecards(workspace: Workspace) -> None:
    workspace.suppliers.scorecards(TODAY)


def _samples(workspace: Workspace) -> None:
    for sample_id in _ids(workspace, "SELECT id FROM sample_rounds"):
        workspace.samples.get(sample_id)


def _sample_list(workspace: Workspace) -> None:
    workspace.samples.summaries()


def _next_round(workspace: Workspace) -> None:
    for design_id, supplier_id in workspace.db.execute(
            "SELECT design_id, supplier_id FROM sample_rounds").fetchall():
        workspace.samples.next_round_number(design_id, supplier_id)


def _scenarios(workspace: Workspace) -> None:
    workspace.scenarios.all()


def _rfqs(workspace: Workspace) -> None:
    for rfq_id in _ids(workspace, "SELECT id FROM rfqs"):
        workspace.rfqs.get(rfq_id)


def _rfq_list(workspace: Workspace) -> None:
    workspace.rfqs.summaries(TODAY)


def _tech_packs(workspace: Workspace) -> None:
    for design_id in _ids(workspace, "SELECT id FROM designs"):
        workspace.tech_packs.for_design(design_id)


def _revision_images(workspace: Workspace) -> None:
    for revision_id, image_id in workspace.db.execute(
            "SELECT revision_id, id FROM revision_images").fetchall():
        workspace.tech_packs.revision_image(revision_id, image_id)


def _brand(workspace: Workspace) -> None:
    workspace.brand.get()


def _landed_terms(workspace: Workspace) -> None:
    for supplier_id in _ids(workspace, "SELECT supplier_id FROM supplier_landed_terms"):
        workspace.costing.landed_terms(supplier_id)


def _quote_terms(workspace: Workspace) -> None:
    for quote_id in _ids(workspace, "SELECT id FROM quotes"):
        workspace.costing.quote_terms(quote_id)


def _in_house_terms(workspace: Workspace) -> None:
    for scenario_id in _ids(workspace, "SELECT id FROM inhouse_scenarios"):
        workspace.costing.in_house_terms(scenario_id)


def _plans(workspace: Workspace) -> None:
    for plan_id in _ids(workspace, "SELECT id FROM collection_plans"):
        workspace.costing.plan_record(plan_id)


def _prices(workspace: Workspace) -> None:
    workspace.prices.metal_prices()
    workspace.prices.fx_rates()


def _exports(workspace: Workspace) -> None:
    from jewelbench.storage.exports import export_tables

    for table in export_tables(workspace):
        table.rows()


NUMBER = "the workspace file is damaged (a stored number reads 'abc')"
DATE = "the workspace file is damaged (a stored date reads 'someday')"
CHOICE = "the workspace file is damaged (a stored value reads 'bogus')"
IMAGE = "the workspace file is damaged (a stored image reads 'not a picture')"

# (table, column, the value another program left, what reads it, what the user is told)
DAMAGED = [
    ("designs", "category", "'bogus'", _design_list, CHOICE),
    ("designs", "status", "'bogus'", _design_list, CHOICE),
    ("designs", "status", "'bogus'", _designs, CHOICE),
    ("bom_metals", "finished_weight_g", "'abc'", _design_list, NUMBER),
    ("bom_metals", "finished_weight_g", "'abc'", _designs, NUMBER),
    ("bom_stones", "quantity", "'abc'", _design_list, NUMBER),
    ("bom_stones", "quantity", "'abc'", _designs, NUMBER),
    ("bom_stones", "unit_cost", "'abc'", _designs, NUMBER),
    ("bom_stones", "origin", "'bogus'", _designs, CHOICE),
    ("bom_findings", "quantity", "'abc'", _designs, NUMBER),
    ("bom_findings", "unit_cost", "'abc'", _designs, NUMBER),
    ("bom_platings", "thickness_um", "'abc'", _designs, NUMBER),
    ("bom_platings", "unit_cost", "'abc'", _designs, NUMBER),
    ("bom_packaging", "quantity", "'abc'", _designs, NUMBER),
    ("bom_packaging", "unit_cost", "'abc'", _designs, NUMBER),
    ("quotes", "quoted_on", "'someday'", _quotes, DATE),
    ("quotes", "quoted_on", "'someday'", _quote_list, DATE),
    ("quotes", "moq", "'abc'", _quotes, NUMBER),
    ("quotes", "moq", "'abc'", _quote_list, NUMBER),
    ("quotes", "sample_lead_time_days", "'abc'", _quotes, NUMBER),
    ("quotes", "production_lead_time_days", "'abc'", _quote_list, NUMBER),
    ("quotes", "pricing_basis", "'bogus'", _quotes, CHOICE),
    ("quotes", "incoterm", "'bogus'", _quotes, CHOICE),
    ("quotes", "incoterm", "'bogus'", _quote_list, CHOICE),
    ("quotes", "supplier_metal_loss_pct", "'abc'", _quote_terms, NUMBER),
    ("quote_tiers", "min_quantity", "'abc'", _quotes, NUMBER),
    ("quote_tiers", "min_quantity", "'abc'", _quote_list, NUMBER),
    ("quote_fees", "kind", "'bogus'", _quotes, CHOICE),
    ("supplier_landed_terms", "duty_pct", "'abc'", _landed_terms, NUMBER),
    ("supplier_landed_terms", "freight_per_piece", "'abc'", _landed_terms, NUMBER),
    ("supplier_landed_terms", "customs_basis_choice", "'bogus'", _landed_terms, CHOICE),
    ("supplier_landed_terms", "shipments_per_year", "'abc'", _landed_terms, NUMBER),
    ("supplier_landed_terms", "inland_freight_per_piece", "'abc'", _landed_terms, NUMBER),
    ("inhouse_scenarios", "capex_view", "'bogus'", _in_house_terms, CHOICE),
    ("inhouse_scenarios", "loaded_hourly_rate", "'abc'", _scenarios, NUMBER),
    ("inhouse_scenarios", "casting_loss_pct", "'abc'", _scenarios, NUMBER),
    ("scenario_equipment", "cost", "'abc'", _scenarios, NUMBER),
    ("scenario_equipment", "useful_life_years", "'abc'", _scenarios, NUMBER),
    ("scenario_equipment", "salvage_value", "'abc'", _scenarios, NUMBER),
    ("scenario_overheads", "monthly_cost", "'abc'", _scenarios, NUMBER),
    ("scenario_staff", "monthly_salary", "'abc'", _scenarios, NUMBER),
    ("scenario_staff", "headcount", "'abc'", _scenarios, NUMBER),
    ("scenario_staff", "hours_per_month", "'abc'", _scenarios, NUMBER),
    ("scenario_labour", "minutes_per_piece", "'abc'", _scenarios, NUMBER),
    ("plan_lines", "volume", "'abc'", _plans, NUMBER),
    ("sample_rounds", "requested_on", "'someday'", _samples, DATE),
    ("sample_rounds", "requested_on", "'someday'", _sample_list, DATE),
    ("sample_rounds", "requested_on", "'someday'", _scorecards, DATE),
    ("sample_rounds", "round_number", "'abc'", _samples, NUMBER),
    ("sample_rounds", "round_number", "'abc'", _sample_list, NUMBER),
    ("sample_rounds", "round_number", "'abc'", _next_round, NUMBER),
    ("sample_rounds", "round_number", "'abc'", _scorecards, NUMBER),
    ("sample_rounds", "decision", "'bogus'", _samples, CHOICE),
    ("sample_rounds", "decision", "'bogus'", _sample_list, CHOICE),
    ("sample_rounds", "decision", "'bogus'", _scorecards, CHOICE),
    ("sample_measurements", "nominal", "'abc'", _samples, NUMBER),
    ("sample_measurements", "tolerance", "'abc'", _samples, NUMBER),
    ("sample_measurements", "measured", "'abc'", _samples, NUMBER),
    ("qc_checks", "stage", "'bogus'", _samples, CHOICE),
    ("qc_checks", "result", "'bogus'", _samples, CHOICE),
    ("rfqs", "created_on", "'someday'", _rfqs, DATE),
    ("rfqs", "reply_by", "'someday'", _rfq_list, DATE),
    ("rfqs", "incoterm", "'bogus'", _rfqs, CHOICE),
    ("rfqs", "incoterm", "'bogus'", _rfq_list, CHOICE),
    ("rfq_quantities", "quantity", "'abc'", _rfqs, NUMBER),
    ("rfq_quantities", "quantity", "'abc'", _rfq_list, NUMBER),
    ("rfq_suppliers", "sent_on", "'someday'", _rfqs, DATE),
    ("rfq_suppliers", "sent_on", "'someday'", _rfq_list, DATE),
    ("metal_prices", "price_date", "'someday'", _prices, DATE),
    ("fx_rates", "rate_date", "'someday'", _prices, DATE),
    ("tech_pack_revisions", "status", "'bogus'", _tech_packs, CHOICE),
    ("revision_images", "image", "'not a picture'", _revision_images, IMAGE),
    ("brand_profile", "logo", "'not a picture'", _brand, IMAGE),
    ("bom_metals", "finished_weight_g", "'abc'", _exports, NUMBER),
    ("quotes", "moq", "'abc'", _exports, NUMBER),
    ("quotes", "quoted_on", "'someday'", _exports, DATE),
    # values that are the right kind but that the domain refuses: the domain's own reason
    ("bom_metals", "finished_weight_g", "'-5'", _designs,
     "the workspace file is damaged (Finished weight (g) must be above 0, not -5)"),
    ("due_diligence_items", "item", "'bogus'", _suppliers,
     "the workspace file is damaged ('bogus' is not a due-diligence item)"),
    ("inhouse_scenarios", "currency", "'xx'", _scenarios,
     "the workspace file is damaged ('xx' is not a currency code (three letters, such as "
     "USD or EUR))"),
]


@pytest.mark.parametrize(("table", "column", "value", "read", "told"), DAMAGED,
                         ids=[f"{t}.{c}-{r.__name__.strip('_')}" for t, c, _, r, _ in DAMAGED])
def test_a_hand_edited_value_reads_as_a_damaged_file(demo_copy, table, column, value, read,
                                                     told):
    conn = sqlite3.connect(demo_copy)  # the triggers that guard issued revisions, put back
    guards = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                          "tbl_name = ? AND sql LIKE '%UPDATE%'", [table]).fetchall()
    conn.close()
    before = changed_by_another_program(
        demo_copy, "PRAGMA ignore_check_constraints = ON",
        *(f"DROP TRIGGER {name}" for name, _ in guards),
        f"UPDATE {table} SET {column} = {value} WHERE rowid = (SELECT min(rowid) FROM {table})",
        *(sql for _, sql in guards))
    with Workspace.open(demo_copy, read_only=True) as workspace:
        with pytest.raises(ReadError) as refused:
            read(workspace)
    assert str(refused.value) == told
    assert sha256(demo_copy) == before


def test_the_same_reads_of_the_whole_demo_raise_nothing(demo_copy):
    """The reads above find nothing wrong in a workspace jewelbench wrote itself."""
    with Workspace.open(demo_copy, read_only=True) as workspace:
        for read in {case[3] for case in DAMAGED}:
            read(workspace)


@pytest.mark.parametrize("text", ["1", "-3", "+7", " 12 ", 5])
def test_a_stored_whole_number_reads_as_before(text):
    assert stored_int(text) == int(text)


@pytest.mark.parametrize("text", ["abc", "1.5", "", "+-5", "١٢", 1.0, True, None])
def test_a_stored_whole_number_that_is_not_one_reads_as_damage(text):
    with pytest.raises(ReadError, match="a stored number reads"):
        stored_int(text)
