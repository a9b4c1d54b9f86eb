"""Reading a supplier's quote back: a filled-in jewelbench quote template, or any other quote
spreadsheet (.xlsx) or .csv through a column mapping. Parsing only: nothing here writes to the
workspace (storage/imports.py does, in one transaction) and nothing here needs Qt.

Where each part lives:

- limits.py       how much of a file is read before it is refused (sizes, rows, cells, parts);
- file_checks.py  the file itself, before any spreadsheet library opens it (kind, password,
                  zip bomb, size, XML elements) and ImportRefused, the one boundary every read
                  of a quote file's bytes goes through;
- values.py       one cell read as its column needs (numbers, whole numbers, dates, text, Y/N;
                  BadValue names the cell);
- plan.py         ImportPlan, what an import would store, skip and refuse (and its report), and
                  the quotes stored already (drop_already_stored);
- template.py     a filled jewelbench quote template, checked against its workspace;
- table.py        any other sheet or CSV read as headers and rows;
- mapping.py      a table's columns mapped to a quote's fields, and the quotes it holds.

The names below are re-exported here (the dialog and many tests use them). A limit is read
as limits.NAME where it is checked: lower it in limits.py (a test patches it there).

    plan = template_plan(path, workspace)                      # a jewelbench template
    table = read_table(path)                                   # anything else …
    plan = mapped_plan(table, mapping, defaults, designs)      # … through a column mapping
    plan.quotes     → the Quotes that would be stored (shown in the preview)
    plan.skipped    → rows left out, each with its reason
    plan.problems   → why nothing can be imported (plan.ok is False)

A file is checked before any spreadsheet library opens it (check_file); each case is refused
with a message that says what to do, and nothing is read further:

- not a spreadsheet: neither an xlsx (a zip) nor a CSV/text file (a .txt renamed .xlsx is read
  as what it is and refused as an .xlsx that holds text);
- password-protected: an encrypted xlsx is an OLE compound file (first bytes D0 CF 11 E0), as is
  an old Excel 97–2003 .xls; the message tells which;
- a zip bomb: the zip's directory is read first, and the file is refused when its parts would
  inflate to more than MAX_UNCOMPRESSED_BYTES in all, when one part of more than
  RATIO_CHECK_FROM bytes inflates more than MAX_COMPRESSION_RATIO times its packed size, or
  when it has more than MAX_ZIP_ENTRIES parts (Python's zipfile never inflates a part beyond
  its declared size, so the declared sizes bound what openpyxl can be made to read);
- larger than MAX_FILE_BYTES on disk;
- more than MAX_ROWS data rows: the sheet is streamed (openpyxl read_only=True) and reading
  stops at the limit, so a 100,000-row sheet is refused without being held in memory (a
  sheet reaching beyond MAX_SCANNED_ROWS, blank rows included, or holding more than
  MAX_SCANNED_CELLS cells, is refused too; rows are read as far as their cells go, whatever
  size the sheet states);
- more than MAX_XML_ELEMENTS XML elements in its parts, counted before any parser runs;
- formulas in the cells read: "cell C7 holds a formula (=B7*1.1): paste values" — a formula's
  value is whatever the supplier's spreadsheet last computed, or nothing;
- merged cells over the cells read, missing required columns.
Per row, a quantity or price that is not a number (text in a number column), a blank price, a
quantity listed twice or an unknown design code skips that row, with the reason in the report.
Text is kept as typed: a note "=HYPERLINK(…)" is stored as those characters and written back as
text by every export (reports/cells.py); a CSV field "'=X" written by jewelbench reads as "=X".
"""

from __future__ import annotations

from jewelbench.reports.quote_import.file_checks import (
    ImportRefused,
    check_file,
)
from jewelbench.reports.quote_import.limits import MAX_FILE_BYTES, MAX_ROWS
from jewelbench.reports.quote_import.mapping import (
    FIELDS,
    DesignRef,
    QuoteDefaults,
    guess_mapping,
    mapped_plan,
    mapping_by_header,
    mapping_from_headers,
)
from jewelbench.reports.quote_import.plan import (
    ImportPlan,
    PlannedQuote,
    SkippedRow,
    drop_already_stored,
)
from jewelbench.reports.quote_import.table import (
    SourceTable,
    read_table,
)
from jewelbench.reports.quote_import.template import (
    TemplateContent,
    is_template,
    read_template,
    template_plan,
)
from jewelbench.reports.quote_import.values import (
    PIECES_EXAMPLE,
    BadValue,
    SourceCell,
    to_date,
    to_decimal,
    to_text,
    to_whole,
    to_yes_no,
)

__all__ = [
    "FIELDS", "MAX_FILE_BYTES", "MAX_ROWS", "PIECES_EXAMPLE", "BadValue", "DesignRef",
    "ImportPlan", "ImportRefused", "PlannedQuote", "QuoteDefaults", "SkippedRow", "SourceCell",
    "SourceTable", "TemplateContent", "check_file", "drop_already_stored", "guess_mapping",
    "is_template", "mapped_plan", "mapping_by_header", "mapping_from_headers", "read_table",
    "read_template", "template_plan", "to_date", "to_decimal", "to_text", "to_whole", "to_yes_no",
]
