"""The tech pack editor: a design's revisions, the open draft's sections, issuing and printing.

Like the design editor, every change to the draft is saved the moment it is made, as one
undoable command on the window's undo stack; undo and redo from anywhere update the editor.
An issued revision is shown read-only (the file refuses any change to it anyway). Issuing is
the one step that cannot be undone, so it is done directly, after a dialog that says so.

The editor holds the revisions list, the tech pack as printed, the changes from the previous
revision, and the section tabs (section.DraftSection), which it shows the draft and whose
change requests it saves (change()); the issue dialog is in issue.py, printing in printing.py.
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.alloys import Alloy
from jewelbench.domain.designs import Design
from jewelbench.domain.messages import fill
from jewelbench.domain.techpacks import (
    RevisionStatus,
    TechPackDraft,
    TechPackRevision,
    revision_index,
    revision_label,
)
from jewelbench.domain.validation import DomainError
from jewelbench.reports.techpack_images import css_px
from jewelbench.reports.techpack_pdf import TEXT_WIDTH_MM, TechPackError, build_document
from jewelbench.storage import StorageError, Workspace
from jewelbench.storage.repository import NotFound
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.dialogs import ask_brand_first
from jewelbench.ui.formatting import date_text
from jewelbench.ui.print_language import PrintLanguageBox
from jewelbench.ui.style import named
from jewelbench.ui.techpacks.callouts import CalloutsTab
from jewelbench.ui.techpacks.commands import SaveDraft, StartRevision
from jewelbench.ui.techpacks.compliance import ComplianceTab
from jewelbench.ui.techpacks.dfm import DfmTab, WarningShown, warnings_shown
from jewelbench.ui.techpacks.dimensions import DimensionsTab
from jewelbench.ui.techpacks.finishes import FinishesTab
from jewelbench.ui.techpacks.issue import IssueDialog
from jewelbench.ui.techpacks.materials import MaterialsTab
from jewelbench.ui.techpacks.printing import (
    PrintPreview,
    image_loader,
    open_preview,
    write_pdf,
)
from jewelbench.ui.techpacks.quality import QualityTab
from jewelbench.ui.techpacks.section import DraftChange, DraftSection, RevisionShown
from jewelbench.ui.techpacks.weight import WeightTab
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.editor_dialog import EditorDialog

_SETTINGS_KEY = "dialogs/techPackEditor"


def _status_text(revision: TechPackRevision) -> str:
    if revision.status is RevisionStatus.ISSUED:
        on = date_text(revision.issued_on) if revision.issued_on else "?"
        return f"issued {on}"
    return "draft"


class TechPackEditor(EditorDialog):
    settings_key = _SETTINGS_KEY
    default_size = (1180, 720)

    def __init__(self, workspace: Workspace, design_id: int, controller: UndoController,
                 settings: QSettings, parent: QWidget | None = None) -> None:
        self.workspace = workspace
        self.design_id = design_id
        super().__init__(controller, settings, parent)
        self.setObjectName("techPackEditor")
        self.design: Design = workspace.designs.get(design_id)
        self.alloys: list[Alloy] = list(workspace.prices.alloys())
        self.revisions: list[TechPackRevision] = []
        self.revision: TechPackRevision | None = None  # the one shown
        self.draft: TechPackDraft | None = None  # what the shown revision holds
        self.issue_dialog: IssueDialog | None = None
        self._editable = False
        self._showing = False  # filling the revisions list: its signals are not choices
        self._stale: set[str] = set()  # document and changes are built when looked at
        self._document: object = None

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._revisions_panel())
        splitter.addWidget(self._revision_panel())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 1000])
        self.splitter = splitter
        bottom = self.status_row()
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.restore_size()
        state = registry.read(settings, registry.layout(f"{_SETTINGS_KEY}/splitter"))
        if state is not None:
            self.splitter.restoreState(state)
        self.reload()

    # --- building ------------------------------------------------------------------------

    def _revisions_panel(self) -> QWidget:
        panel = QWidget()
        title = QLabel(self.tr("Revisions"))
        named(title, "previewTitle")
        self.revision_list = QListWidget()
        self.revision_list.setObjectName("techPackRevisions")
        self.revision_list.setWordWrap(True)
        self.revision_list.setSpacing(3)
        self.revision_list.currentRowChanged.connect(lambda _row: self._show_selected())
        self.new_draft_button = QPushButton(self.tr("&New Draft"))
        self.new_draft_button.setToolTip(self.tr("Start the next revision from the newest "
                                                 "issued one"))
        self.new_draft_button.clicked.connect(self.new_draft)
        self.issue_button = QPushButton(self.tr("&Issue Revision…"))
        self.issue_button.clicked.connect(lambda: self.ask_to_issue())
        self.page_size = QComboBox()
        self.page_size.addItems(["A4", "Letter"])
        self.page_size.setToolTip(self.tr("Paper size for printing and PDF"))
        self.page_size.setCurrentText(registry.paper_size(self.settings))
        self.export_button = QPushButton(self.tr("&Export PDF…"))
        self.export_button.clicked.connect(lambda: self.ask_export_pdf())
        self.preview_button = QPushButton(self.tr("&Print Preview…"))
        self.preview_button.clicked.connect(lambda: self.print_preview())
        self.print_language = PrintLanguageBox()  # the app's language each time it opens
        paper = QHBoxLayout()
        paper.addWidget(QLabel(self.tr("Paper:")))
        paper.addWidget(self.page_size, 1)
        language_label = QLabel(self.tr("Lan&guage:"))
        language_label.setBuddy(self.print_language)
        language = QHBoxLayout()
        language.addWidget(language_label)
        language.addWidget(self.print_language, 1)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.addWidget(title)
        layout.addWidget(self.revision_list, 1)
        layout.addWidget(self.new_draft_button)
        layout.addWidget(self.issue_button)
        layout.addSpacing(8)
        layout.addLayout(paper)
        layout.addLayout(language)
        layout.addWidget(self.preview_button)
        layout.addWidget(self.export_button)
        return panel

    def _revision_panel(self) -> QWidget:
        self.heading = QLabel()
        named(self.heading, "previewTitle")
        self.heading.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.currentChanged.connect(lambda _i: self._build_stale())
        self.document_view = QTextBrowser()
        self.document_view.setObjectName("techPackDocument")
        self.document_view.setOpenLinks(False)
        # laid out a little wider than the printed text column, so it reads like the page
        self.document_view.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.document_view.setLineWrapColumnOrWidth(css_px(TEXT_WIDTH_MM) + 36)
        self._show_as_paper(self.document_view)
        self.tabs.addTab(self.document_view, self.tr("Tech &Pack"))
        self.tabs.addTab(self._changes_tab(), self.tr("&Changes"))
        self.dimensions = DimensionsTab()
        self.weight = WeightTab()
        self.materials = MaterialsTab()
        self.finishes = FinishesTab()
        self.callouts = CalloutsTab(self.workspace.tech_packs.image_for_snapshot)
        self.quality = QualityTab()
        self.compliance = ComplianceTab()
        self.dfm = DfmTab()
        self.form_tabs: list[DraftSection] = []
        for tab, title in ((self.dimensions, self.tr("&Dimensions")),
                           (self.weight, self.tr("&Weight")),
                           (self.materials, self.tr("&Materials && Marks")),
                           (self.finishes, self.tr("&Finishes")),
                           (self.callouts, self.tr("Callo&uts")),
                           (self.quality, self.tr("Labels && &QC")),
                           (self.compliance, self.tr("C&ompliance")),
                           (self.dfm, self.tr("DF&M"))):
            tab.change_requested.connect(self._change_requested)
            tab.message.connect(self.say)
            self.form_tabs.append(tab)
            self.tabs.addTab(tab, title)
        self.empty = QLabel(self.tr("This design has no tech pack yet.\nUse New Draft to "
                                    "start revision A."))
        named(self.empty, "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.empty)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.stack, 1)
        return panel

    @staticmethod
    def _show_as_paper(view: QWidget) -> None:
        """The tech pack is shown as it prints, dark ink on a white page, on a dark desktop
        too (its HTML colours its text for paper)."""
        from PySide6.QtGui import QColor, QPalette

        from jewelbench.reports.techpack_html import INK

        paper = view.palette()
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor(INK))
        view.setPalette(paper)

    def _changes_tab(self) -> QWidget:
        tab = QWidget()
        self.changes_title = QLabel()
        self.changes_title.setWordWrap(True)
        self.changes = QListWidget()
        self.changes.setObjectName("techPackChanges")
        self.changes.setWordWrap(True)
        self.changes.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.changes_title)
        layout.addWidget(self.changes, 1)
        return tab

    # --- showing -------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the design and its revisions again; select revision `select` (a letter),
        else keep the one shown, else the open draft, else the newest."""
        keep = select or (self.revision.revision if self.revision else None)
        try:
            self.design = self.workspace.designs.get(self.design_id)
            self.revisions = self.workspace.tech_packs.for_design(self.design_id)
        except NotFound:  # the design was removed (undo of its creation)
            self.close()
            return
        except StorageError as error:
            self.say(i18n.say(error))
            return
        self.setWindowTitle(fill(self.tr("{code} · {name} — Tech Pack"), code=self.design.code,
                                 name=self.design.name))
        labels = [r.revision for r in self.revisions]
        if keep not in labels:
            drafts = [r.revision for r in self.revisions if r.status is RevisionStatus.DRAFT]
            keep = drafts[-1] if drafts else (labels[-1] if labels else None)
        self._showing = True
        self.revision_list.clear()
        for revision in self.revisions:
            text = fill(self.tr("Revision {revision} · {status_text}"), revision=revision.revision,
                        status_text=_status_text(revision))
            if revision.change_note:
                text += "\n" + revision.change_note
            item = QListWidgetItem(text)
            if revision.change_note:
                item.setToolTip(revision.change_note)
            self.revision_list.addItem(item)
        self._showing = False
        if keep is not None:
            self.revision_list.setCurrentRow(labels.index(keep))
        self._show_selected()

    def open_draft(self) -> TechPackRevision | None:
        return next((r for r in self.revisions if r.status is RevisionStatus.DRAFT), None)

    def _next_label(self) -> str:
        """The letter New Draft will start (the storage has the last word)."""
        issued = [r for r in self.revisions if r.status is RevisionStatus.ISSUED]
        if not issued:
            return revision_label(0)
        try:
            return revision_label(revision_index(issued[-1].revision) + 1)
        except ValueError:  # a label that is not letters, written by hand
            return revision_label(len(self.revisions))

    def _show_selected(self) -> None:
        if self._showing:
            return
        row = self.revision_list.currentRow()
        revision = self.revisions[row] if 0 <= row < len(self.revisions) else None
        changed_revision = revision is None or self.revision is None \
            or revision.id != self.revision.id
        self.revision = revision
        read_only = self.workspace.read_only
        self.new_draft_button.setEnabled(self.open_draft() is None and not read_only)
        self.new_draft_button.setText(fill(self.tr("&New Draft (Revision {revision})"),
                                           revision=self._next_label())
                                      if self.open_draft() is None else self.tr("&New Draft"))
        is_draft = revision is not None and revision.status is RevisionStatus.DRAFT
        self.issue_button.setEnabled(is_draft and not read_only)
        self.issue_button.setText(fill(self.tr("&Issue Revision {revision}…"),
                                       revision=revision.revision)
                                  if is_draft and revision else self.tr("&Issue Revision…"))
        for button in (self.export_button, self.preview_button):
            button.setEnabled(revision is not None)
        if revision is None:
            self.heading.setText(self.design.code)
            self.stack.setCurrentWidget(self.empty)
            self.draft = None
            return
        self.stack.setCurrentWidget(self.tabs)
        if is_draft:
            self.heading.setText(fill(self.tr("Revision {revision} · draft — every change is saved "
                                              "as you make it"), revision=revision.revision))
        else:
            self.heading.setText(fill(self.tr("Revision {revision} · {status_text} · read-only: an "
                                              "issued revision can only be superseded"),
                                      revision=revision.revision,
                                      status_text=_status_text(revision)))
        try:
            self.draft = self.workspace.tech_packs.draft(revision.id or 0)
        except (DomainError, StorageError) as error:
            self.draft = None
            self.say(fill(self.tr("Revision {revision} cannot be shown as a form: {error}"),
                          revision=revision.revision, error=str(error)))
        self._fill(self.draft)
        self._set_editable(is_draft and not read_only and self.draft is not None)
        self._stale = {"document", "changes"}
        if changed_revision and not is_draft:
            self.tabs.setCurrentIndex(0)
        self._build_stale()

    def _fill(self, draft: TechPackDraft | None) -> None:
        """Show every tab the draft (a revision that cannot be read as a form shows none)."""
        assert self.revision is not None
        shown = RevisionShown(self.revision, self.design, tuple(self.alloys))
        if draft is None:
            self.dfm.warnings = warnings_shown(shown, None)
            return
        for tab in self.form_tabs:
            tab.show_draft(draft, shown)

    def _set_editable(self, editable: bool) -> None:
        """A draft's form takes edits; an issued revision's shows what it was issued with."""
        self._editable = editable
        for tab in self.form_tabs:
            tab.set_editable(editable)

    def is_editable(self) -> bool:
        """Whether the shown revision's form takes edits (only an open draft's does)."""
        return self._editable

    def _build_stale(self) -> None:
        current = self.tabs.currentIndex()
        if current == 0 and "document" in self._stale:
            self._stale.discard("document")
            self._show_document()
        elif current == 1 and "changes" in self._stale:
            self._stale.discard("changes")
            self._show_changes()

    def _show_document(self) -> None:
        revision = self.revision
        if revision is None or revision.id is None:
            return
        try:
            snapshot = self.workspace.tech_packs.snapshot(revision.id)
            logo = self.workspace.tech_packs.brand_logo(revision.id)
            document = build_document(snapshot, self._image_loader(revision.id),
                                      logo[0] if logo else None)
        except (TechPackError, StorageError, DomainError) as error:
            self.document_view.setPlainText(i18n.say(error))
            return
        document.setDocumentMargin(18)  # on screen only: the printed page has its margins
        self.document_view.setDocument(document)
        self._document = document  # the view does not own it: the previous one goes now

    def _image_loader(self, revision_id: int) -> Callable[[int], bytes]:
        return image_loader(self.workspace, revision_id)

    def previous_revision(self) -> TechPackRevision | None:
        """The issued revision the shown one follows (what its changes are measured from)."""
        if self.revision is None:
            return None
        index = next(n for n, r in enumerate(self.revisions) if r.id == self.revision.id)
        earlier = [r for r in self.revisions[:index] if r.status is RevisionStatus.ISSUED]
        return earlier[-1] if earlier else None

    def change_lines(self) -> list[str]:
        """What changed from the previous revision to the shown one, one line each."""
        previous = self.previous_revision()
        if self.revision is None or previous is None:
            return []
        return [str(change) for change in self.workspace.tech_packs.diff(
            previous.id or 0, self.revision.id or 0)]

    def _show_changes(self) -> None:
        self.changes.clear()
        previous = self.previous_revision()
        if self.revision is None:
            return
        if previous is None:
            self.changes_title.setText(fill(self.tr("Revision {revision} is the first: there is "
                                                    "nothing to compare it with."),
                                            revision=self.revision.revision))
            return
        self.changes_title.setText(fill(self.tr("Changes from the previous revision ({previous}) "
                                                "to {revision}:"),
                                        previous=previous.revision,
                                        revision=self.revision.revision))
        try:
            lines = self.change_lines()
        except (StorageError, DomainError) as error:
            self.changes.addItem(i18n.say(error))
            return
        self.changes.addItems(lines or [self.tr("No changes.")])

    # --- changing ------------------------------------------------------------------------

    def edited(self) -> TechPackDraft:
        """A copy of the shown draft to change; hand it to change()."""
        assert self.draft is not None
        return copy.deepcopy(self.draft)

    def change(self, after: TechPackDraft, what: str) -> bool:
        """Save a changed draft now, as one undoable command."""
        revision, before = self.revision, self.draft
        if not self._editable or revision is None or before is None:
            self.say(fill(self.tr("Revision {revision} is issued and cannot be changed: start a "
                                  "new draft to supersede it."),
                          revision=revision.revision if revision else "?"))
            return False
        try:
            after.validate()
        except DomainError as error:
            self.say(i18n.say(error))
            self.reload()  # put the form back to what is stored
            return False
        if after == before:
            return True
        reason = self.controller.run(SaveDraft(self.workspace, self.design_id,
                                               self.design.code, revision.revision, before,
                                               after, what))
        if reason is not None:
            self.say(fill(self.tr("Not saved: {reason}"), reason=reason))
            self.reload()
            return False
        self.say(self.tr("Saved."))
        return True

    def _change_requested(self, request: object) -> None:
        """A tab asks for its changed draft to be saved."""
        assert isinstance(request, DraftChange)
        request.saved = self.change(request.after, request.what)

    def open_warnings(self) -> list[WarningShown]:
        """The shown draft's DFM warnings not yet acknowledged."""
        return self.dfm.open_warnings()

    def new_draft(self) -> bool:
        """Start the next revision (an undoable command)."""
        if self.open_draft() is not None:
            self.reload(select=self.open_draft().revision)  # type: ignore[union-attr]
            return True
        label = self._next_label()
        reason = self.controller.run(StartRevision(self.workspace, self.design_id,
                                                   self.design.code, label))
        if reason is not None:
            self.say(fill(self.tr("No draft started: {reason}"), reason=reason))
            return False
        draft = self.open_draft()
        self.reload(select=draft.revision if draft else None)
        self.say(fill(self.tr("Revision {revision} started as a draft."),
                      revision=draft.revision if draft else label))
        return True

    def _brand_missing(self, what: str, go_on: Callable[[], object]) -> bool:
        """No brand profile yet: True, and the offer to set it first (go_on once answered)."""
        if self.workspace.brand.get().name.strip():
            return False
        ask_brand_first(self, self.workspace, self.controller, self.settings, what, go_on)
        return True

    def ask_to_issue(self, brand_checked: bool = False) -> IssueDialog | None:
        """Refuse while DFM warnings are open; offer to set the brand first when there is none
        (an issued revision keeps the brand it was issued with); then ask for the change note."""
        revision = self.revision
        if revision is None or revision.status is not RevisionStatus.DRAFT:
            return None
        if not self._refuse_open_warnings(revision):
            return None
        if not brand_checked and self._brand_missing(
                fill(self.tr("issuing revision {revision}"), revision=revision.revision),
                lambda: self.ask_to_issue(brand_checked=True)):
            return None
        first = not any(r.status is RevisionStatus.ISSUED for r in self.revisions)
        issued_dates = [r.issued_on for r in self.revisions
                        if r.status is RevisionStatus.ISSUED and r.issued_on is not None]
        self.issue_dialog = IssueDialog(revision.revision, self.design.code, first, self,
                                        max(issued_dates) if issued_dates else None)
        self.issue_dialog.accepted.connect(self._issue_accepted)
        self.issue_dialog.open()
        return self.issue_dialog

    def _issue_accepted(self) -> None:
        """The Issue Revision dialog's OK: issue with the note and date it was given."""
        dialog = self.issue_dialog
        if dialog is not None:
            self.issue_revision(dialog.note.text(), dialog.issued_on())

    def _refuse_open_warnings(self, revision: TechPackRevision) -> bool:
        open_warnings = self.open_warnings()
        if open_warnings:
            self.say(fill(self.tr("Revision {revision} is not issued: acknowledge these DFM "
                                  "warnings first (tab DFM): {warnings}"),
                          revision=revision.revision,
                          warnings=" ".join(w.message for w in open_warnings)))
            return False
        return True

    def issue_revision(self, change_note: str, issued_on: dt.date | None = None) -> bool:
        """Freeze the shown draft for good (cannot be undone)."""
        revision = self.revision
        if revision is None or revision.id is None or revision.status is not \
                RevisionStatus.DRAFT:
            return False
        if not self._refuse_open_warnings(revision):
            return False
        if not change_note.strip():
            self.say(fill(self.tr("Revision {revision} is not issued: write a change note saying "
                                  "what changed."), revision=revision.revision))
            return False
        try:
            with self.workspace.transaction():
                self.workspace.tech_packs.issue(revision.id, change_note.strip(),
                                                issued_on or dt.date.today())
        except (StorageError, DomainError) as error:
            self.say(fill(self.tr("Revision {revision} is not issued: {error}"),
                          revision=revision.revision, error=str(error)))
            return False
        self.reload(select=revision.revision)
        self.say(fill(self.tr("Revision {revision} issued: it is frozen from now on."),
                      revision=revision.revision))
        # other views showing this design's revisions follow (this one already has)
        self.controller.changed.emit(Topic.TECH_PACKS, self.design_id)
        return True

    # --- printing ------------------------------------------------------------------------

    def export_pdf(self, path: Path, page_size: str | None = None) -> int:
        """Write the shown revision's tech pack to path; the page count. Raises TechPackError,
        StorageError."""
        revision = self.revision
        if revision is None or revision.id is None:
            raise TechPackError("No revision is selected")
        return write_pdf(self.workspace, revision.id, Path(path),
                         page_size or self.page_size.currentText(),
                         self.print_language.language())

    def ask_export_pdf(self, brand_checked: bool = False) -> QFileDialog | None:
        revision = self.revision
        if revision is None:
            return None
        if not brand_checked and revision.status is RevisionStatus.DRAFT and \
                self._brand_missing(self.tr("printing this draft"),
                                    lambda: self.ask_export_pdf(brand_checked=True)):
            return None
        dialog = QFileDialog(self, self.tr("Export Tech Pack as PDF"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        folder = registry.read(self.settings, registry.TECH_PACK_FOLDER) or str(Path.home())
        dialog.setDirectory(str(folder))
        dialog.selectFile(f"{self.design.code} tech pack rev {revision.revision}.pdf")
        dialog.fileSelected.connect(lambda path: self._export_to(Path(path)))
        dialog.open()
        return dialog

    def _export_to(self, path: Path) -> None:
        registry.write(self.settings, registry.TECH_PACK_FOLDER, str(path.parent))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = self.export_pdf(path)
        except (TechPackError, StorageError, ValueError) as error:
            self.say(fill(self.tr("PDF not written: {error}"), error=str(error)))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.say(fill(self.tr("Written {file} ({pages} pages)."), file=str(path), pages=str(pages)))

    def print_preview(self, brand_checked: bool = False) -> PrintPreview | None:
        revision = self.revision
        if revision is None or revision.id is None:
            return None
        if not brand_checked and revision.status is RevisionStatus.DRAFT and \
                self._brand_missing(self.tr("printing this draft"),
                                    lambda: self.print_preview(brand_checked=True)):
            return None
        try:
            return open_preview(self.workspace, revision.id, self.page_size.currentText(),
                                self.print_language.language(), self, self.say)
        except StorageError as error:
            self.say(i18n.say(error))
            return None

    # --- following the file ----------------------------------------------------------------

    def _changed_elsewhere(self, topic: Topic, affected: object) -> None:
        """This design or its tech pack changed (here, or by undo/redo anywhere)."""
        if affected != self.design_id or topic not in (Topic.TECH_PACKS, Topic.DESIGNS):
            return
        self.reload()

    def done(self, result: int) -> None:
        registry.write(self.settings, registry.layout(f"{_SETTINGS_KEY}/splitter"),
                       self.splitter.saveState())
        super().done(result)
