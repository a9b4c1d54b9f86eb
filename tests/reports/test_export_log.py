"""Exports say in the app's log what they wrote (file names and counts, nothing the files
hold): the tech pack and RFQ PDFs (one writer: techpack_pdf.write_pdf), the CSV tables, the
quote template and the workbook (tests/journeys/test_log_story.py walks the CSV export)."""

from __future__ import annotations

import re

import techpack_samples

from jewelbench.app.log_file import close_log, open_log
from jewelbench.reports.csv_export import export_csv
from jewelbench.reports.quote_template import write_quote_template
from jewelbench.reports.techpack_pdf import render_techpack_pdf
from jewelbench.storage import Workspace


def infos(path) -> list[str]:
    return [re.sub(r"^\S+ \S+ INFO ", "", line) for line in path.read_text("utf-8").splitlines()
            if " INFO " in line]


def test_a_tech_pack_pdf_csv_tables_and_a_quote_template_are_logged(qapp, tmp_path,
                                                                     demo_copy):
    log_file = open_log(tmp_path / "logs")  # as app/main.py opens it
    try:
        snapshot = techpack_samples.sparse_snapshot()
        pages = render_techpack_pdf(snapshot, {}.__getitem__, None, tmp_path / "pack.pdf",
                                    "Letter")
        workspace = Workspace.open(demo_copy)
        try:
            written = export_csv(workspace, tmp_path, names=["suppliers", "quotes"])
            rfq_id, supplier_id = workspace.db.execute(
                "SELECT rfq_id, supplier_id FROM rfq_suppliers ORDER BY rfq_id, supplier_id "
                "LIMIT 1").fetchone()
            template = write_quote_template(workspace, rfq_id, supplier_id, tmp_path)
        finally:
            workspace.close()
    finally:
        close_log()
    assert infos(log_file) == [
        f"jewelbench.reports.techpack_pdf: wrote the PDF pack.pdf: {pages} page(s), Letter",
        "jewelbench.reports.csv_export: wrote 2 CSV file(s) in "
        f"{tmp_path.name}: {', '.join(p.name for p in written)}",
        f"jewelbench.reports.quote_template: wrote the quote template {template.name}"]
