"""Writing an RFQ's PDFs, one per supplier, into a folder the user picks, with a progress dialog
that can be cancelled between two files. Each supplier's letter and tech pack are printed in
its print language (Supplier.reads), whatever language jewelbench speaks.

Each PDF is written to NAME.partial and renamed into place only when complete, so a
cancelled run or a full disk never leaves half a PDF under the real name: what is in the
folder afterwards is whole.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog, QWidget

from jewelbench.domain.messages import fill
from jewelbench.domain.validation import DomainError
from jewelbench.reports.rfq_pdf import rfq_print
from jewelbench.reports.techpack_pdf import PAGE_SIZES, TechPackError
from jewelbench.storage import StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.print_language import printing_in

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("rfqs", text)


def ask_folder(parent: QWidget | None, title: str, directory: Path) -> Path | None:
    """The folder to write the PDFs into, or None when the user cancels (tests patch this)."""
    chosen = QFileDialog.getExistingDirectory(parent, title, str(directory))
    return Path(chosen) if chosen else None


def remembered_folder(settings: QSettings) -> Path:
    folder = registry.read(settings, registry.RFQ_FOLDER)
    path = Path(str(folder)) if folder else Path.home()
    return path if path.is_dir() else Path.home()


def remembered_page_size(settings: QSettings) -> str:
    """The paper chosen in File ▸ Settings (or the region's): "A4" or "Letter"."""
    value = registry.paper_size(settings)
    return value if value in PAGE_SIZES else "A4"


@dataclass
class WriteResult:
    written: list[Path] = field(default_factory=list)
    cancelled: bool = False
    error: str = ""  # why the rest was not written, for the user

    def summary(self, folder: Path) -> str:
        count = len(self.written)
        text = fill(translate("rfqs", "Wrote 1 PDF to {folder}.") if count == 1
                    else translate("rfqs", "Wrote {count} PDFs to {folder}."),
                    count=str(count), folder=str(folder))
        if self.cancelled:
            text += " " + translate("rfqs", "Cancelled before the rest: the folder holds only "
                                            "whole PDFs.")
        if self.error:
            text += " " + fill(translate("rfqs", "Not written: {error}"), error=self.error)
        return text


class RfqPdfWriter(QObject):
    """Writes one RFQ's PDFs on the GUI thread, a file at a time, keeping the window alive
    between files; `progress` is the dialog the user sees (and may cancel)."""

    file_written = Signal(object)  # the Path just written

    def __init__(self, workspace: Workspace, rfq_id: int, folder: Path,
                 page_size: str = "A4", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.rfq_id = rfq_id
        self.folder = Path(folder)
        self.page_size = page_size
        self.progress: QProgressDialog | None = None
        self._parent = parent

    def run(self) -> WriteResult:
        result = WriteResult()
        try:
            printing = rfq_print(self.workspace, self.rfq_id)
        except (StorageError, DomainError) as error:
            result.error = i18n.say(error)
            return result
        total = len(printing.letters)
        progress = QProgressDialog(translate("rfqs", "Writing the RFQ PDFs…"),
                                   translate("rfqs", "Cancel"), 0, total,
                                   self._parent)
        progress.setObjectName("rfqProgress")
        progress.setWindowTitle(translate("rfqs", "Write RFQ PDFs"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.progress = progress
        progress.setValue(0)
        try:
            for number, letter in enumerate(printing.letters):
                QApplication.processEvents()
                if progress.wasCanceled():
                    result.cancelled = True
                    break
                progress.setLabelText(fill(translate("rfqs", "Writing {number} of {total}: {file}"),
                                           number=str(number + 1), total=str(total),
                                           file=printing.file_name(letter)))
                try:
                    with printing_in(letter.supplier.reads):  # the factory's own language
                        path = printing.write(letter, self.folder, self.page_size)
                except (TechPackError, StorageError, OSError, ValueError) as error:
                    result.error = i18n.say(error)
                    break
                result.written.append(path)
                progress.setValue(number + 1)
                self.file_written.emit(path)
            else:
                QApplication.processEvents()
        finally:
            progress.close()
            progress.deleteLater()
            self.progress = None
        return result
