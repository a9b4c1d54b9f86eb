"""What the workbook's cells read as once formatted (checked without LibreOffice): an amount
beside its own Currency column does not repeat the code ("51.68 USD USD"), and units agree
with the number ("1 year", "2 years")."""

from __future__ import annotations

import re

import pytest
from openpyxl import load_workbook

from jewelbench.app.demo import DEMO_TODAY
from jewelbench.reports.workbook import write_workbook
from jewelbench.reports.workbook_sheet import DAYS, YEARS
from jewelbench.storage import Workspace
from jewelbench.storage.workbook_data import workbook_data

CODE = re.compile(r'"([A-Z]{3})"$')


def shown(value: float, fmt: str) -> str:
    """The text a spreadsheet shows for a number in the formats the workbook uses: a section
    per condition ([=1] first), digits with grouping and places, then a quoted unit."""
    sections = fmt.split(";")
    section = sections[0]
    if section.startswith("[=1]"):
        section = section[4:] if value == 1 else sections[1]
    match = re.fullmatch(r'(#,##0|0)(?:\.(0+))?(?: "(.*)")?', section)
    assert match, fmt
    grouping, places, unit = match.group(1) == "#,##0", len(match.group(2) or ""), match.group(3)
    digits = f"{value:{',' if grouping else ''}.{places}f}"
    return f"{digits} {unit}" if unit else digits


@pytest.fixture(scope="module")
def book(demo_path, tmp_path_factory):
    workspace = Workspace.open(demo_path, read_only=True)
    try:
        costing = workspace.costing
        plan = dict((name, pid) for pid, name in costing.plans())["Aurelia Fine 2027"]
        studio = dict((name, sid) for sid, name in
                      workspace.scenarios.names())["Small studio workshop"]
        setup = costing.setup_for_plan(plan, studio, DEMO_TODAY)
        path = tmp_path_factory.mktemp("labels") / "costs.xlsx"
        write_workbook(setup, workbook_data(workspace), path)
    finally:
        workspace.close()
    return load_workbook(path)


def test_an_amount_beside_its_currency_column_does_not_repeat_the_code(book):
    inputs = book["Inputs"]
    silver = next(row for row in inputs.iter_rows() if row[0].value == "Silver")
    assert (shown(silver[1].value, silver[1].number_format), silver[2].value) == (
        "51.68", "USD")
    repeated = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell, after in zip(row, row[1:]):
                code = CODE.search(cell.number_format or "")
                if code and cell.value is not None and after.value == code.group(1):
                    repeated.append(f"{sheet.title}!{cell.coordinate}")
    assert repeated == []


def test_amounts_without_a_currency_column_still_say_their_currency(book):
    formats = {c.number_format for row in book["Cost comparison"].iter_rows() for c in row}
    assert '#,##0.00 "USD"' in formats


def test_years_and_days_agree_with_the_number(book):
    assert shown(1, YEARS) == "1 year" and shown(2, YEARS) == "2 years"
    assert shown(1, DAYS) == "1 day" and shown(14, DAYS) == "14 days"
    inputs = book["Inputs"]
    fee_years = next(row[1] for row in inputs.iter_rows()
                     if row[0].value == "Life of one-time fees, years (the design's or plan's)")
    assert shown(fee_years.value, fee_years.number_format) == f"{fee_years.value} years"
    assert shown(1, fee_years.number_format) == "1 year"
