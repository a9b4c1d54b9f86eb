"""Going between related records: a design's quotes and samples, a supplier's, a quote's tech
pack revision — and the Sourcing menu."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu

from jewelbench.ui.navigation import ShowQuotes
from jewelbench.ui.widgets.table_model import ROW_ROLE


def _rows(page):
    model = page.proxy
    return [model.index(r, 0).data(ROW_ROLE) for r in range(model.rowCount())]


def _action(menu: QMenu, name: str):
    return next(a for a in menu.actions() if a.objectName() == name)


def _design_id(window, code: str) -> int:
    design_id = window.workspace.designs.id_for_code(code)
    assert design_id is not None
    return design_id


def test_from_a_design_to_its_quotes_and_its_samples(window, qtbot):
    design_id = _design_id(window, "RG-014")
    assert window.designs.select(design_id)
    menu = window.designs.sourcing_menu(popup=False)
    _action(menu, "sourcing_quotes").trigger()
    assert window.current_view_key() == "quotes"
    quotes = _rows(window.quotes)
    assert quotes and {q.design_code for q in quotes} == {"RG-014"}
    every = window.workspace.quotes.summaries()
    assert len(quotes) == sum(1 for q in every if q.design_code == "RG-014") < len(every)

    window.show_view("designs")
    _action(window.designs.sourcing_menu(popup=False), "sourcing_samples").trigger()
    assert window.current_view_key() == "samples"
    samples = _rows(window.samples)
    assert [s.round_number for s in samples] == [1, 2]
    assert {s.design_code for s in samples} == {"RG-014"}


def test_without_a_selected_design_the_sourcing_entries_are_disabled(window):
    window.designs.page.table.clearSelection()
    window.designs.page.table.setCurrentIndex(window.designs.page.proxy.index(-1, -1))
    menu = window.designs.sourcing_menu(popup=False)
    assert not _action(menu, "sourcing_quotes").isEnabled()
    assert any(a.text() == "Select a design first" for a in menu.actions())


def test_from_a_supplier_to_its_quotes(window):
    window.show_view("suppliers")
    supplier_id = window.workspace.suppliers.id_for_name("Siam Gem Setting Co., Ltd.")
    assert supplier_id is not None
    window.suppliers.navigate.emit(ShowQuotes(supplier_id=supplier_id))
    assert window.current_view_key() == "quotes"
    quotes = _rows(window.quotes)
    assert quotes and {q.supplier for q in quotes} == {"Siam Gem Setting Co., Ltd."}


def test_from_a_quote_to_the_tech_pack_revision_it_answers(window, qtbot):
    window.show_view("quotes")
    quote = next(q for q in _rows(window.quotes) if q.tech_pack_revision_id is not None)
    menu = window.quotes.context_menu(quote)
    opening = next(a for a in menu.actions() if a.text().startswith("Open Tech Pack Revision"))
    opening.trigger()
    editor = window.designs.tech_pack_editor
    qtbot.waitExposed(editor)
    assert editor.design_id == quote.design_id
    assert editor.revision is not None and editor.revision.id == quote.tech_pack_revision_id
    assert editor.revision.revision == quote.revision
    editor.close()


def test_from_a_quote_to_its_supplier(window):
    window.show_view("quotes")
    quote = _rows(window.quotes)[0]
    menu = window.quotes.context_menu(quote)
    next(a for a in menu.actions() if a.text().startswith("Open Supplier")).trigger()
    assert window.current_view_key() == "suppliers"
    assert [s.name for s in _rows(window.suppliers)] == [quote.supplier]


def test_sourcing_menu_opens_the_rfq_list_and_is_read_only_aware(window, qtbot):
    assert window.sourcing_menu.title() == "&Sourcing"
    window.rfq_list_action.trigger()
    dialog = window.rfq_dialog
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    dialog.close()
    assert all(a.isEnabled() for a in window.editing_actions)


def test_request_a_sample_from_a_design_opens_the_request_for_that_design(window, qtbot):
    design_id = _design_id(window, "RG-014")
    window.designs.select(design_id)
    _action(window.designs.sourcing_menu(popup=False), "sourcing_request_sample").trigger()
    assert window.current_view_key() == "samples"
    assert {s.design_code for s in _rows(window.samples)} == {"RG-014"}


def test_file_menu_imports_quotes_and_exports_csv(window, qtbot, tmp_path):
    import quote_files as files

    from jewelbench.ui.exports.csv_dialog import CsvExportDialog
    from jewelbench.ui.exports.quote_import import QuoteImportDialog
    from jewelbench.ui.exports.workbook_dialog import WorkbookExportDialog

    assert window.import_quotes_action in window.file_menu.actions()
    assert window.export_csv_action in window.export_menu.actions()
    sheet = files.quote_sheet(tmp_path / "prices.xlsx", [[50, "12.50", 30, ""]])
    dialog = window.import_quotes(path=sheet)
    assert isinstance(dialog, QuoteImportDialog)
    qtbot.waitExposed(dialog)
    dialog.close()
    window.export_csv_action.trigger()
    assert isinstance(window.export_dialog, CsvExportDialog)
    qtbot.waitExposed(window.export_dialog)
    window.export_dialog.close()
    window.export_workbook_action.trigger()
    assert isinstance(window.export_dialog, WorkbookExportDialog)
    assert window.export_workbook_action in window.export_menu.actions()
    qtbot.waitExposed(window.export_dialog)
    window.export_dialog.close()


def test_import_quotes_from_the_menu_opens_the_file_picker(window, qtbot, tmp_path,
                                                            monkeypatch):
    import quote_files as files

    from jewelbench.ui.exports import quote_import

    sheet = files.quote_sheet(tmp_path / "prices.xlsx", [[50, "12.50", 30, ""]])
    asked = []
    monkeypatch.setattr(quote_import, "ask_import_path",
                        lambda *args: asked.append(args) or sheet)
    window.import_quotes_action.trigger()  # the menu passes checked=False: not a path
    assert len(asked) == 1
    assert window.import_dialog.path == sheet
    qtbot.waitExposed(window.import_dialog)
    window.import_dialog.close()


def test_read_only_workspace_disables_what_would_write(window, qtbot, demo_copy):
    from jewelbench.storage import Workspace

    window.switch_to(Workspace.open(demo_copy, read_only=True))
    assert not window.import_quotes_action.isEnabled()
    assert not window.new_rfq_action.isEnabled()
    assert not window.new_quote_action.isEnabled()
    assert window.rfq_list_action.isEnabled(), "looking stays possible"
    assert window.export_csv_action.isEnabled(), "exporting reads only"


def test_from_a_design_to_its_make_or_buy_comparison(window, qtbot):
    design_id = _design_id(window, "RG-021")
    window.designs.select(design_id)
    _action(window.designs.sourcing_menu(popup=False), "sourcing_compare_costs").trigger()
    assert window.current_view_key() == "costs"
    comparison = window.costs.comparison
    assert window.costs.currentWidget() is comparison
    choice = comparison.choice()
    assert choice is not None and (choice.kind, choice.id) == ("design", design_id)
