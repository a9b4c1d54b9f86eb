"""The Brand Profile dialog: the name, address and logo printed on every new tech pack.

Like every editor, each change is saved the moment it is made (a name or address when its
field is left, a logo when it is chosen, dropped or removed), as one undoable command on the
window's undo stack; undo and redo from anywhere show here too. A logo passes the same safe
decoding as a design's images, so non-images, truncated files and decompression bombs are
refused with the reason beside the logo, and the brand stays as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRect,
    QRectF,
    QSettings,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.brand import MAX_LOGO_BYTES, Brand
from jewelbench.domain.messages import fill
from jewelbench.domain.validation import DomainError
from jewelbench.storage import StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.brand.commands import SaveBrand
from jewelbench.ui.commands import UndoController
from jewelbench.ui.formatting import decimal_text, integer_text
from jewelbench.ui.imaging import (
    ALLOWED_LABELS,
    ImageError,
    decode,
    file_dialog_filter,
    take_in,
    taken_in_note,
)
from jewelbench.ui.style import named
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.editor_dialog import EditorDialog
from jewelbench.ui.widgets.fields import error_colour

NAME_MAX_LENGTH = 200  # Brand's own limit (check_text's default)
CHECKER_CELL = 8  # px: the squares behind a logo, so its transparent parts show as such


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{decimal_text(Decimal(size) / (1024 * 1024), 1)} MB"
    return f"{integer_text(max(1, round(size / 1024)))} KB"


class LogoView(QFrame):
    """The logo at the largest size that fits, aspect kept, on a checkerboard drawn in the
    palette's own colours; an image file dropped here becomes the logo."""

    files_dropped = Signal(list)  # [Path], local files only

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brandLogo")
        self.setAcceptDrops(True)
        self.setMinimumSize(QSize(220, 120))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Logo"))
        self.image: QImage | None = None
        self.placeholder = ""
        self._hovering = False
        self._scaled: QPixmap | None = None

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(360, 170)

    def set_image(self, image: QImage | None, placeholder: str) -> None:
        self.image = image
        self.placeholder = placeholder
        self._scaled = None
        self.setAccessibleDescription(placeholder if image is None else "")
        self.update()

    def image_rect(self) -> QRectF:
        """Where the logo is drawn: fitted into the frame with a margin, centred."""
        area = QRectF(self.rect()).adjusted(14, 14, -14, -14)
        if self.image is None or self.image.isNull() or area.width() <= 0:
            return QRectF()
        scale = min(area.width() / self.image.width(), area.height() / self.image.height())
        width, height = self.image.width() * scale, self.image.height() * scale
        return QRectF(area.center().x() - width / 2, area.center().y() - height / 2,
                      width, height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        palette = self.palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(frame, 6, 6)
        target = self.image_rect()
        if target.isValid():
            self._paint_checkerboard(painter, target.toAlignedRect())
            pixmap = self._pixmap_for(target.size().toSize())
            painter.drawPixmap(target.toAlignedRect(), pixmap)
        else:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(frame.adjusted(16, 8, -16, -8),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.placeholder)
        if self._hovering or self.hasFocus():
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2)
        else:
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1)
            if self.image is None:
                pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(frame.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)

    def _paint_checkerboard(self, painter: QPainter, rect: QRect) -> None:
        palette = self.palette()
        painter.save()
        painter.setClipRect(rect)
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Base))
        dark = palette.color(QPalette.ColorRole.Midlight)
        for row, y in enumerate(range(rect.top(), rect.bottom() + 1, CHECKER_CELL)):
            for column, x in enumerate(range(rect.left(), rect.right() + 1, CHECKER_CELL)):
                if (row + column) % 2:
                    painter.fillRect(x, y, CHECKER_CELL, CHECKER_CELL, dark)
        painter.restore()

    def _pixmap_for(self, size: QSize) -> QPixmap:
        """The logo scaled smoothly once per size (not on every paint)."""
        assert self.image is not None
        ratio = self.devicePixelRatioF()
        wanted = QSize(round(size.width() * ratio), round(size.height() * ratio))
        if self._scaled is None or self._scaled.size() != wanted:
            self._scaled = QPixmap.fromImage(self.image.scaled(
                wanted, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            self._scaled.setDevicePixelRatio(ratio)
        return self._scaled

    # --- drag and drop -------------------------------------------------------------------

    @staticmethod
    def _local_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self.acceptDrops() and self._local_files(event):
            event.acceptProposedAction()
            self._hovering = True
            self.update()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 (Qt's name)
        self._hovering = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        self._hovering = False
        self.update()
        files = self._local_files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(files)


class BrandDialog(EditorDialog):
    settings_key = "dialogs/brandProfile"
    default_size = (680, 560)

    def __init__(self, workspace: Workspace, controller: UndoController, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        self.workspace = workspace
        self.brand: Brand = workspace.brand.get()
        super().__init__(controller, settings, parent)
        self.setObjectName("brandDialog")
        self.setWindowTitle(self.tr("Brand Profile"))
        self._shown = Brand()  # what the fields last showed from the file
        self._workspace_gone = False

        title = QLabel(self.tr("Brand Profile"))
        named(title, "pageTitle")
        note = QLabel(self.tr("Printed on every new tech pack; issued revisions keep the brand "
                              "they were issued with."))
        named(note, "pageSubtitle")
        note.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setMaxLength(NAME_MAX_LENGTH)
        self.name.setPlaceholderText(self.tr("Your brand, as a factory should read it"))
        self.name.editingFinished.connect(self._name_finished)
        self.name_error = self._error_label()

        self.address = QPlainTextEdit()
        self.address.setObjectName("brandAddress")
        self.address.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.address.setPlaceholderText(self.tr("Street, town, postcode, country — and how "
                                                "the factory reaches you"))
        lines = self.address.fontMetrics().lineSpacing()
        self.address.setFixedHeight(lines * 5 + 12)  # the logo takes what room there is
        self.address.installEventFilter(self)
        self.address_error = self._error_label()

        self.logo_view = LogoView()
        self.logo_view.files_dropped.connect(self._files_dropped)
        self.choose_button = QPushButton(self.tr("Choose &Logo…"))
        self.choose_button.setToolTip(self.tr("Use an image file as the brand logo"))
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QPushButton(self.tr("&Remove Logo"))
        self.remove_button.setToolTip(self.tr("Print tech packs without a logo (undoable)"))
        self.remove_button.clicked.connect(self.remove_logo)
        self.logo_info = QLabel()
        named(self.logo_info, "pageSubtitle")
        self.logo_info.setWordWrap(True)
        self.logo_error = self._error_label()
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_view, 1)
        logo_row.addLayout(buttons)
        logo_box = QVBoxLayout()
        logo_box.setSpacing(4)
        logo_box.addLayout(logo_row, 1)
        logo_box.addWidget(self.logo_info)
        logo_box.addWidget(self.logo_error)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(10)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        address_label = QLabel(self.tr("&Address:"))
        address_label.setBuddy(self.address)
        form.addRow(name_label, self._with_error(self.name, self.name_error))
        form.addRow(address_label, self._with_error(self.address, self.address_error))
        form.addRow(QLabel(self.tr("Logo:")), logo_box)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 12)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addSpacing(10)
        layout.addLayout(form, 1)
        layout.addLayout(self.status_row())
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Return in the name field saves it, nothing more
        self.setTabOrder(self.name, self.address)
        self.setTabOrder(self.address, self.choose_button)
        self.setTabOrder(self.choose_button, self.remove_button)

        editable = not workspace.read_only
        self.name.setReadOnly(not editable)
        self.address.setReadOnly(not editable)
        self.choose_button.setEnabled(editable)
        self.logo_view.setAcceptDrops(editable)
        if not editable:
            self.say(self.tr("This workspace is open read-only."))
        self.restore_size()
        self.show_brand()

    # --- building ------------------------------------------------------------------------

    def _error_label(self) -> QLabel:
        label = QLabel()
        label.setObjectName("fieldError")
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.hide()
        return label

    @staticmethod
    def _with_error(field: QWidget, error: QLabel) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(field)
        layout.addWidget(error)
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        return box

    def _show_error(self, label: QLabel, message: str) -> None:
        """The reason beside the field it concerns; empty clears it. The status line is
        cleared so that an earlier "Saved." does not seem to answer this change."""
        label.setText(message)
        label.setVisible(bool(message))
        if message:
            label.setStyleSheet(f"color: {error_colour(self.palette()).name()};")
            self.say("")

    # --- showing -------------------------------------------------------------------------

    def show_brand(self, *, replace_typing: bool = False) -> None:
        """Show the brand the file holds. What the user is typing and has not saved yet
        (a field that differs from what it last showed) is kept, unless replace_typing."""
        brand, shown = self.brand, self._shown
        if replace_typing or self.name.text() == shown.name:
            self.name.setText(brand.name)
        if replace_typing or self.address.toPlainText() == shown.address:
            if self.address.toPlainText() != brand.address:
                self.address.setPlainText(brand.address)
        self._shown = brand
        self._show_logo()

    def _show_logo(self) -> None:
        brand = self.brand
        editable = not self.workspace.read_only
        self.remove_button.setEnabled(editable and brand.has_logo)
        if brand.logo is None:
            self.logo_view.set_image(None, fill(self.tr(
                "No logo yet.\nDrop an image file here, or use Choose Logo…\n\n"
                "{formats} up to {most} MB. A wide logo on a transparent "
                "background prints best."),
                                                most=str(MAX_LOGO_BYTES // 2**20),
                                                formats=ALLOWED_LABELS)
                if editable else self.tr("No logo"))
            self.logo_info.hide()
            return
        try:
            image, _mime = decode(brand.logo)
        except ImageError as error:  # stored by an older version, or damaged since
            self.logo_view.set_image(None, fill(
                self.tr("The stored logo cannot be shown: {error}."), error=str(error)))
            self.logo_info.hide()
            return
        self.logo_view.set_image(image, "")
        self.logo_info.show()
        kind = (brand.logo_mime_type or "").removeprefix("image/").upper()
        self.logo_info.setText(fill(self.tr("{kind} · {width} × {height} px · {count}"), kind=kind,
                                    width=str(image.width()), height=str(image.height()),
                                    count=_size_text(len(brand.logo))))

    # --- changing ------------------------------------------------------------------------

    def save(self, after: Brand, what: str) -> str | None:
        """Save the changed brand now, as one undoable command; None, or why it was not."""
        if after == self.brand:
            return None
        reason = self.controller.run(SaveBrand(self.workspace, self.brand, after, what))
        if reason is not None:
            return fill(self.tr("Not saved: {reason}"), reason=reason)
        self.say(self.tr("Saved. It prints on every new tech pack."))
        return None

    def _save_text(self, changed: Callable[[], Brand], error: QLabel, what: str) -> None:
        if self._workspace_gone or self.workspace.read_only:
            return
        try:
            after = changed()
        except DomainError as refused:
            self._show_error(error, str(refused))  # what was typed stays, to be fixed
            return
        reason = self.save(after, what)
        self._show_error(error, reason or "")

    def _name_finished(self) -> None:
        self._save_text(lambda: replace(self.brand, name=self.name.text()), self.name_error,
                        self.tr("Change brand name"))

    def _address_finished(self) -> None:
        self._save_text(lambda: replace(self.brand, address=self.address.toPlainText()),
                        self.address_error, self.tr("Change brand address"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.address and event.type() == QEvent.Type.FocusOut:
            self._address_finished()
        return super().eventFilter(watched, event)

    def choose_logo(self) -> None:
        """Ask for an image file (without blocking); the chosen one goes to use_logo_file."""
        folder = registry.read(self.settings, registry.LOGO_FOLDER) or str(Path.home())
        dialog = QFileDialog(self, self.tr("Choose Logo"), str(folder),
                             file_dialog_filter())
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.use_logo_file(Path(path)))
        self.file_dialog = dialog
        dialog.open()

    def use_logo_file(self, path: Path) -> str | None:
        """Make an image file the brand logo, after the same checks as a design's images.
        None when it was saved; otherwise why not, which is also shown beside the logo."""
        if self._workspace_gone or self.workspace.read_only:
            return None
        registry.write(self.settings, registry.LOGO_FOLDER, str(path.parent))
        try:
            # a logo is kept as its file is (crisp lines, often transparent): not a photo
            stored = take_in(path, MAX_LOGO_BYTES, keep_original=True)
        except ImageError as error:
            return self._logo_refused(path, i18n.say(error))
        except OSError as error:
            return self._logo_refused(path, error.strerror or i18n.say(error))
        try:
            after = replace(self.brand, logo=stored.image, logo_mime_type=stored.mime_type)
        except DomainError as error:
            return self._logo_refused(path, i18n.say(error))
        reason = self.save(after, self.tr("Change brand logo"))
        self._show_error(self.logo_error, reason or "")
        if reason is None:
            self.say(" ".join(text for text in (
                fill(self.tr("“{file}” is the logo now. It prints on every new tech pack."),
                     file=path.name), taken_in_note(path, stored)) if text))
        return reason

    def _logo_refused(self, path: Path, why: str) -> str:
        message = fill(self.tr("“{file}” was not used as the logo: {why}."), file=path.name,
                       why=why.rstrip("."))
        self._show_error(self.logo_error, message)
        return message

    def _files_dropped(self, paths: list[Path]) -> None:
        self.use_logo_file(paths[0])

    def remove_logo(self) -> None:
        if self.brand.logo is None:
            return
        reason = self.save(replace(self.brand, logo=None, logo_mime_type=None),
                           self.tr("Remove brand logo"))
        self._show_error(self.logo_error, reason or "")

    # --- following the workspace ---------------------------------------------------------

    def _changed_elsewhere(self, topic: Topic, affected: object) -> None:
        """The brand changed (here, or by undo/redo anywhere): show what the file holds."""
        if topic != Topic.BRAND or self._workspace_gone:
            return
        try:
            self.brand = self.workspace.brand.get()
        except StorageError as error:
            self.say(i18n.say(error))
            return
        self.show_brand()

    def workspace_replaced(self, workspace: Workspace) -> None:
        """Another workspace is open in the window: edit its brand, or close when it is
        read-only (what was typed here was saved when the window's focus left it)."""
        if workspace is self.workspace:
            return
        if workspace.read_only:
            self._workspace_gone = True
            self.close()
            return
        self.workspace = workspace
        self.brand = workspace.brand.get()
        for label in (self.name_error, self.address_error, self.logo_error):
            self._show_error(label, "")
        self.say("")
        self.show_brand(replace_typing=True)

    def done(self, result: int) -> None:
        if not self._workspace_gone:  # a field still being typed in is saved, not lost
            self._name_finished()
            self._address_finished()
        super().done(result)
