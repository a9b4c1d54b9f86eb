"""Export CSV Tables: which tables, the delimiter, the decimal point, a byte-order mark for Excel
and the folder; written whole or not at all (reports/csv_export.py), with a progress dialog
that can be cancelled."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain import locale_forms
from jewelbench.domain.messages import fill
from jewelbench.reports.csv_export import (
    CsvOptions,
    ExportCancelled,
    ExportError,
    export_csv,
    table_titles,
)
from jewelbench.storage import StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.style import named

log = logging.getLogger(__name__)

NAME_ROLE = Qt.ItemDataRole.UserRole + 1


def ask_folder(parent: QWidget | None, title: str, directory: Path) -> Path | None:
    """The folder to write into, or None when the user cancels (tests patch this)."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(directory))
    return Path(chosen) if chosen else None


class CsvExportDialog(QDialog):
    def __init__(self, workspace: Workspace, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvExportDialog")
        self.setWindowTitle(self.tr("Export CSV Tables"))
        self.workspace = workspace
        self.settings = settings
        self.written: list[Path] = []
        locale_comma = locale_forms.decimal_point() == ","
        usual = CsvOptions.for_language(i18n.language())  # nb: ';' and a decimal comma

        intro = QLabel(self.tr(
            "Each table becomes its own .csv file in the folder you choose, for Excel, "
            "LibreOffice or an accounting program. Files of the same name are replaced."))
        intro.setWordWrap(True)
        named(intro, "pageSubtitle")
        self.tables = QListWidget()
        self.tables.setObjectName("csvTables")
        self.tables.setAccessibleName(self.tr("Tables to export"))
        remembered = registry.read(settings, registry.CSV_TABLES)
        chosen = set(str(remembered).split(",")) if remembered else None
        for name, title in table_titles():
            item = QListWidgetItem(f"{self._title(name, title)}  ({name}.csv)")
            item.setData(NAME_ROLE, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if chosen is None or name in chosen
                               else Qt.CheckState.Unchecked)
            self.tables.addItem(item)
        self.tables.itemChanged.connect(lambda _item: self._update())
        all_button = QPushButton(self.tr("Select &All"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button = QPushButton(self.tr("Select &None"))
        none_button.clicked.connect(lambda: self._check_all(False))
        table_buttons = QHBoxLayout()
        table_buttons.addWidget(all_button)
        table_buttons.addWidget(none_button)
        table_buttons.addStretch(1)

        self.delimiter = QComboBox()
        self.delimiter.setObjectName("csvDelimiter")
        self.delimiter.addItem(self.tr("Comma ( , )"), ",")
        self.delimiter.addItem(self.tr("Semicolon ( ; ): Excel in most of Europe"), ";")
        self.delimiter.addItem(self.tr("Tab"), "\t")
        self.decimal = QComboBox()
        self.decimal.setObjectName("csvDecimal")
        self.decimal.addItem(self.tr("Point: 1234.50 (read the same everywhere)"), ".")
        self.decimal.addItem(self.tr("Comma: 1234,50 (as your spreadsheet writes numbers)"), ",")
        self.bom = QCheckBox(self.tr("Start each file with a &byte-order mark (Excel on Windows "
                                     "then reads accents and symbols right)"))
        self.bom.setObjectName("csvBom")
        # remembered choices first; else a Norwegian reader's ';' and decimal comma, or ';'
        # where the computer writes a decimal comma
        self._select(self.delimiter, registry.read(settings, registry.CSV_DELIMITER)
                     or (";" if locale_comma else usual.delimiter))
        self._select(self.decimal, registry.read(settings, registry.CSV_DECIMAL)
                     or usual.decimal_point)
        self.bom.setChecked(registry.read(settings, registry.CSV_BOM))

        self.folder = QLineEdit(str(self._remembered_folder()))
        self.folder.setObjectName("csvFolder")
        self.folder.textChanged.connect(lambda _text: self._update())
        browse = QPushButton(self.tr("Bro&wse…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)

        form = QFormLayout()
        form.addRow(self.tr("&Delimiter:"), self.delimiter)
        form.addRow(self.tr("Decimal &point:"), self.decimal)
        form.addRow("", self.bom)
        folder_label = QLabel(self.tr("&Folder:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, folder_row)
        for widget, buddy in ((form.labelForField(self.delimiter), self.delimiter),
                              (form.labelForField(self.decimal), self.decimal)):
            if isinstance(widget, QLabel):
                widget.setBuddy(buddy)

        note = QLabel(self.tr("Dates are written as 2026-03-31; amounts without a currency "
                              "sign, the currency in its own column. Text that a spreadsheet "
                              "would run as a formula (=, +, -, @) starts with an apostrophe."))
        note.setWordWrap(True)
        named(note, "pageSubtitle")
        names = QLabel(self.tr("Column names stay in English in every language, so a program "
                               "or a saved query that reads them keeps working."))
        names.setObjectName("csvColumnNames")
        names.setWordWrap(True)

        self.status = QLabel()
        named(self.status, "pageSubtitle")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Export"))
        self.export_button.setObjectName("csvExport")
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        tables_label = QLabel(self.tr("&Tables:"))
        tables_label.setBuddy(self.tables)
        layout.addWidget(tables_label)
        layout.addWidget(self.tables, 1)
        layout.addLayout(table_buttons)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(names)
        layout.addLayout(bottom)
        self.resize(680, 600)
        self._update()

    def _title(self, name: str, title: str) -> str:
        titles = {
            "designs": self.tr("Designs"),
            "bom_lines": self.tr("Bill of materials (one row per line)"),
            "suppliers": self.tr("Suppliers"),
            "quotes": self.tr("Quotes (one row per price tier)"),
            "quote_fees": self.tr("Development fees"),
            "rfqs": self.tr("Requests for quotation"),
            "sample_rounds": self.tr("Sample rounds"),
            "metal_prices": self.tr("Metal prices"),
            "fx_rates": self.tr("FX rates"),
            "scenarios": self.tr("In-house scenarios"),
            "scenario_items": self.tr("Scenario equipment, overheads, staff and labour"),
            "plans": self.tr("Collection plans (one row per design)"),
            "landed_terms": self.tr("Landed-cost terms (one row per supplier)"),
        }
        return titles.get(name, title)

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(str(value))
        combo.setCurrentIndex(max(index, 0))

    def _remembered_folder(self) -> Path:
        value = registry.read(self.settings, registry.CSV_FOLDER)
        folder = Path(str(value)) if value else Path.home()
        return folder if folder.is_dir() else Path.home()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.tables.count()):
            self.tables.item(row).setCheckState(state)

    def chosen_tables(self) -> list[str]:
        return [str(self.tables.item(row).data(NAME_ROLE)) for row in range(self.tables.count())
                if self.tables.item(row).checkState() == Qt.CheckState.Checked]

    def options(self) -> CsvOptions:
        return CsvOptions(delimiter=str(self.delimiter.currentData()), bom=self.bom.isChecked(),
                          decimal_point=str(self.decimal.currentData()))

    def _update(self) -> None:
        tables = self.chosen_tables()
        self.export_button.setEnabled(bool(tables) and bool(self.folder.text().strip()))
        if not tables:
            self.status.setText(self.tr("Tick at least one table."))
        elif self.status.text() == self.tr("Tick at least one table."):
            self.status.setText("")

    def choose_folder(self) -> Path | None:
        folder = ask_folder(self, self.tr("Folder for the CSV files"),
                            Path(self.folder.text() or Path.home()))
        if folder is not None:
            self.folder.setText(str(folder))
        return folder

    def export(self) -> list[Path]:
        folder = Path(self.folder.text().strip()).expanduser()
        tables = self.chosen_tables()
        progress = QProgressDialog(self.tr("Writing the CSV files…"), self.tr("Cancel"), 0,
                                   len(tables), self)
        progress.setObjectName("csvProgress")
        progress.setWindowTitle(self.tr("Export CSV Tables"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)

        def step(done: int, total: int, title: str) -> bool:
            progress.setValue(done)
            if title:
                progress.setLabelText(fill(self.tr("Writing {done} of {total}: {title}"),
                                           done=str(done + 1), total=str(total), title=title))
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            self.written = export_csv(self.workspace, folder, self.options(), tables, step)
        except ExportCancelled:
            self.status.setText(self.tr("Cancelled: no file was written."))
            return []
        except (ExportError, StorageError) as error:
            log.warning("CSV files not exported to %s: %s", folder.name, str(error))
            self.status.setText(fill(self.tr("Not exported: {error}"), error=str(error)))
            return []
        finally:
            progress.close()
            progress.deleteLater()
        registry.write(self.settings, registry.CSV_FOLDER, str(folder))
        registry.write(self.settings, registry.CSV_TABLES, ",".join(tables))
        registry.write(self.settings, registry.CSV_DELIMITER, str(self.delimiter.currentData()))
        registry.write(self.settings, registry.CSV_DECIMAL, str(self.decimal.currentData()))
        registry.write(self.settings, registry.CSV_BOM, self.bom.isChecked())
        count = len(self.written)
        self.status.setText(fill(self.tr("Wrote 1 file to {folder}.") if count == 1 else
                                  self.tr("Wrote {count} files to {folder}."), count=str(count),
                                 folder=str(folder)))
        return self.written
