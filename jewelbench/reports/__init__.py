"""Reports: what leaves jewelbench on paper or in files, and what comes in from outside.

Between storage and ui: a report reads plain data (a tech pack snapshot, rows, a costing
result) and writes a document, or reads a file into plain data. It may use Qt's GUI classes for
painting and PDF, never widgets, the ui or the app.

Paper (PDF):
- techpack_pdf.py: the tech pack painted page by page; techpack_html.py: its sections as rich
  text; techpack_images.py: images sized for the page, with callouts; pagination.py.
- rfq_pdf.py: one request for quotation per supplier.
- print_fonts.py: the one print font; print_forms.py: figures in the reader's forms.

The accountant's workbook (docs/workbook.md), entry point workbook.py:
- workbook_sheet.py: formats, styles, names; workbook_inputs.py: the Inputs sheet;
  workbook_costs.py: the cost sheets as live formulas; workbook_volumes.py,
  workbook_pieces.py, workbook_breakeven.py, workbook_cash.py, workbook_margin.py,
  workbook_footing.py, workbook_listings.py: one sheet or block each.
- wording.py, workbook_words.py: the language a workbook is written in, and its words.

Other files out:
- csv_export.py: each table as a CSV file; cells.py: spreadsheet-safe text.
- quote_template.py: an RFQ as an .xlsx template a supplier fills in.
- comparison_text.py, comparison_customs.py, comparison_footing.py: `jewelbench compare`.
- output.py: a file written whole or not at all.

Files in from outside (refused with a reason, never a crash):
- outside_files.py: the boundary every outside file crosses; file_kinds.py: what a path names.
- quote_import/: a supplier's quote read back (the template, or any sheet through a mapping).
- price_import.py: downloaded metal price and FX rate files.
- image_formats.py, image_decoding.py, png_strips.py, qt_bytes.py: images taken in safely.
"""
