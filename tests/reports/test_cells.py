"""Spreadsheet-safe text: formula-like text stays text in xlsx and CSV."""

from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from jewelbench.reports.cells import (
    is_formula_like,
    restore_text,
    safe_text,
    set_text,
    text_cell,
)

RISKY = ['=HYPERLINK("http://evil.example","Click")', "+1+2", "-3+4", "@SUM(A1:A2)",
         "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("text", RISKY)
def test_formula_like_text_is_prefixed_for_csv_and_restored(text):
    assert is_formula_like(text)
    assert safe_text(text) == "'" + text
    assert restore_text(safe_text(text)) == text


@pytest.mark.parametrize("text", ["Atelier Lune", "'quoted by the user", "", "1.5"])
def test_plain_text_is_unchanged(text):
    assert not is_formula_like(text)
    assert safe_text(text) == text
    assert restore_text(text) == text


def test_safe_text_of_none_and_numbers():
    assert safe_text(None) == ""
    assert safe_text(-5) == "'-5"  # a number passed as text is text: callers write numbers raw


@pytest.mark.parametrize("write_only", [False, True])
def test_xlsx_cells_stay_text_after_a_round_trip(tmp_path, write_only):
    path = tmp_path / "cells.xlsx"
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("S") if write_only else book.active
    if write_only:
        for text in RISKY:
            sheet.append([text_cell(sheet, text)])
    else:
        for row, text in enumerate(RISKY, start=1):
            set_text(sheet.cell(row=row, column=1), text)
    book.save(path)
    loaded = load_workbook(path)
    cells = [row[0] for row in loaded.worksheets[-1].iter_rows()]
    # XML reads a carriage return as a line feed: the text is kept, its line end normalised.
    assert [cell.value for cell in cells] == [text.replace("\r", "\n") for text in RISKY]
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in cells)


def test_control_characters_an_xlsx_cannot_hold_are_replaced(tmp_path):
    book = Workbook()
    set_text(book.active["A1"], "Lune\x01 & Co")
    book.save(tmp_path / "c.xlsx")
    assert load_workbook(tmp_path / "c.xlsx").active["A1"].value == "Lune\ufffd & Co"
