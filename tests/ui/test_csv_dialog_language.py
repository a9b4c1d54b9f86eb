"""Export CSV Tables' defaults follow the reader (issue 17): in Norsk bokmål ';' between the
columns and a decimal comma, in English a comma and a point (where the computer itself writes
a decimal comma, ';'); a choice the user made before is kept whatever the language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from tiny_translations import tiny_translations

from jewelbench.storage import Workspace
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.exports.csv_dialog import CsvExportDialog


@pytest.fixture
def workspace(tmp_path):
    with Workspace.create(tmp_path / "studio.jewelbench") as made:
        yield made


@pytest.fixture
def bokmal(tmp_path, monkeypatch):
    folder = tiny_translations(tmp_path / "translations",
                               {"CsvExportDialog": {"Close": "Lukk"}})
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    assert i18n.install("nb") == "nb"
    yield
    i18n.install(i18n.ENGLISH)


def _dialog(qtbot, workspace, settings) -> CsvExportDialog:
    dialog = CsvExportDialog(workspace, settings)
    qtbot.addWidget(dialog)
    return dialog


def test_english_defaults(qtbot, workspace, settings):
    assert i18n.language() == i18n.ENGLISH
    dialog = _dialog(qtbot, workspace, settings)
    comma_computer = QLocale().decimalPoint() == ","
    assert dialog.delimiter.currentData() == (";" if comma_computer else ",")
    assert dialog.decimal.currentData() == "."


@pytest.mark.integration
def test_norwegian_defaults_and_a_remembered_choice(qtbot, workspace, settings, bokmal):
    dialog = _dialog(qtbot, workspace, settings)
    assert (dialog.delimiter.currentData(), dialog.decimal.currentData()) == (";", ",")
    registry.write(settings, registry.CSV_DELIMITER, "\t")
    registry.write(settings, registry.CSV_DECIMAL, ".")
    again = _dialog(qtbot, workspace, settings)
    assert (again.delimiter.currentData(), again.decimal.currentData()) == ("\t", ".")
