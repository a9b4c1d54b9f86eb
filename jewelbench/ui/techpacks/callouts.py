"""The Callouts tab of the tech pack editor: numbered markers placed on the design's images.

A callout is a point on one image (x and y as fractions of its width and height, from the
top-left corner) with a label; the printed tech pack draws them as numbered markers with a
legend. Here the picture is shown with the same markers (canvas.CalloutCanvas): a click adds
one, a drag moves one, and the table beside it edits labels and positions from the keyboard.
Like every section tab (section.DraftSection) it knows nothing of the editor: it is shown the
draft and the revision, reads an issued revision's frozen images through the FrozenImages it
is given, and asks for every change through its change_requested signal (the editor's one
save path, an undoable command); it is refilled from the draft after each change, undo and
redo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, Protocol

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.inputs import InputError, NumberRule
from jewelbench.domain.messages import fill
from jewelbench.domain.techpacks import Callout, TechPackDraft
from jewelbench.domain.validation import DomainError
from jewelbench.storage import StorageError
from jewelbench.ui import i18n
from jewelbench.ui.formatting import decimal_text
from jewelbench.ui.imaging import ImageError, decode
from jewelbench.ui.style import named
from jewelbench.ui.techpacks.canvas import CalloutCanvas
from jewelbench.ui.techpacks.section import DraftSection, RevisionShown, fit_columns, table_in_tab
from jewelbench.ui.widgets.fields import format_for_locale, parse_for_locale
from jewelbench.ui.widgets.list_page import ListPage
from jewelbench.ui.widgets.table_model import Column

# A position typed as a percentage of the image; two places of a percent are the 1/10,000ths
# a click is stored in.
POSITION_PERCENT = NumberRule(unit="%", places=2, maximum=Decimal(100))
_FRACTION = Decimal("0.0001")
_HUNDRED = Decimal(100)
_SHOWN_PIXELS = 2048  # a larger photo is shrunk once for the screen, not at every paint
NUMBER, LABEL, X_PERCENT, Y_PERCENT = range(4)


def fraction(value: float) -> Decimal:
    """A position across or down the image, 0–1, kept to 1/10,000th."""
    return min(max(Decimal(str(value)), Decimal(0)), Decimal(1)).quantize(
        _FRACTION, rounding=ROUND_HALF_UP).normalize() + Decimal(0)


def percent(value: Decimal) -> Decimal:
    return (value * _HUNDRED).normalize() + Decimal(0)


def _returning(data: bytes) -> Callable[[], bytes]:
    return lambda: data


@dataclass(frozen=True)
class Picture:
    """An image callouts can be put on: a design image for a draft, the frozen copy for an
    issued revision (the ids its callouts name)."""

    id: int
    caption: str
    is_cover: bool
    key: tuple[Any, ...]  # what the decoded image is cached under
    load: Callable[[], bytes]
    load_thumbnail: Callable[[], bytes]


@dataclass(frozen=True)
class CalloutRow:
    """One callout of the shown image: its place in the draft, its printed number (1, 2 …
    on its image) and the callout."""

    index: int
    number: int
    callout: Callout


class FrozenImages(Protocol):
    """Reads the bytes behind an image id of a revision's snapshot: the frozen copy for an
    issued revision (TechPackRepository.image_for_snapshot)."""

    def __call__(self, revision_id: int, image_id: int, /, *,
                 thumbnail: bool = False) -> bytes: ...


class CalloutsTab(DraftSection):
    """The picture picker, the canvas, and the table of the picture's callouts."""

    def __init__(self, frozen_images: FrozenImages) -> None:
        super().__init__()
        self._frozen_images = frozen_images
        self.pictures: list[Picture] = []
        self.rows: list[CalloutRow] = []
        self._picture_id: int | None = None  # the picture shown, kept across refills
        self._decoded: dict[tuple[Any, ...], QImage | None] = {}
        self._icons: dict[tuple[Any, ...], QIcon] = {}
        self._problem = ""  # why the shown picture cannot be drawn
        self._filling = False

        self.picture = QComboBox()
        self.picture.setObjectName("calloutPicture")
        self.picture.setIconSize(QSize(32, 32))
        self.picture.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picture.setMinimumContentsLength(18)
        self.picture.currentIndexChanged.connect(self._picture_chosen)
        picture_label = QLabel(self.tr("&Picture:"))
        picture_label.setBuddy(self.picture)
        self.canvas = CalloutCanvas()
        self.canvas.add_requested.connect(self.add_at)
        self.canvas.move_requested.connect(self._moved)
        self.canvas.marker_selected.connect(self._select_row)
        self.canvas.remove_requested.connect(self.remove_at)
        self.hint = QLabel()
        named(self.hint, "pageSubtitle")
        self.hint.setWordWrap(True)

        self.page = ListPage("techpack_callouts", self.tr("Callouts"), [
            Column(self.tr("No."), lambda r: str(r.number), sort_key=lambda r: r.number,
                   numeric=True),
            Column(self.tr("Label"), lambda r: r.callout.label, key="label",
                   edit_text=lambda r: r.callout.label,
                   tooltip=lambda r: self.tr("What the factory should look at here")),
            Column(self.tr("X %"), lambda r: decimal_text(percent(r.callout.x), 1),
                   numeric=True, key="x", rule=POSITION_PERCENT,
                   edit_text=lambda r: format_for_locale(percent(r.callout.x),
                                                         POSITION_PERCENT),
                   tooltip=lambda r: self.tr("Across the picture from its left edge, 0–100")),
            Column(self.tr("Y %"), lambda r: decimal_text(percent(r.callout.y), 1),
                   numeric=True, key="y", rule=POSITION_PERCENT,
                   edit_text=lambda r: format_for_locale(percent(r.callout.y),
                                                         POSITION_PERCENT),
                   tooltip=lambda r: self.tr("Down the picture from its top edge, 0–100")),
        ], self.tr("No callouts on this picture yet: click the picture where the factory "
                   "should look, or use Add."))
        table_in_tab(self.page)
        fit_columns(self.page, stretch=LABEL)
        self.page.model.edit_requested.connect(self._edited)
        self.page.message.connect(self.message)
        self.page.current_row_changed.connect(self._row_changed)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setToolTip(self.tr("Add a callout in the middle of the picture, then "
                                           "type its label"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected callout (Delete on the "
                                              "picture)"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)

        left = QWidget()
        top = QHBoxLayout()
        top.addWidget(picture_label)
        top.addWidget(self.picture, 1)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.canvas, 1)
        left_layout.addWidget(self.hint)
        right = QWidget()
        table_title = QLabel(self.tr("Callouts on this picture (numbered as printed):"))
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(table_title)
        right_layout.addWidget(self.page, 1)
        right_layout.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([540, 360])

        self.empty = QLabel()
        named(self.empty, "emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.setTabOrder(self.picture, self.page.table)
        self.setTabOrder(self.page.table, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)

    # --- showing ----------------------------------------------------------------------------

    def fill(self, draft: TechPackDraft, shown: RevisionShown) -> None:
        """Show the draft's callouts on the pictures of the revision shown."""
        self.pictures = self._pictures(shown)
        if not self.pictures:
            if shown.issued:
                self.empty.setText(fill(self.tr("Revision {revision} was issued without images, so "
                                                "it has no callouts."),
                                        revision=shown.revision.revision))
            else:
                self.empty.setText(self.tr("This design has no images yet. Add images in the "
                                           "design editor first: callouts are drawn on them."))
            self.stack.setCurrentWidget(self.empty)
            self.rows = []
            self.page.set_rows([], "")
            self.canvas.set_image(None)
            return
        self.stack.setCurrentWidget(self.splitter)
        ids = [p.id for p in self.pictures]
        if self._picture_id not in ids:
            cover = next((p.id for p in self.pictures if p.is_cover), ids[0])
            self._picture_id = cover
        keys = {p.key for p in self.pictures}
        self._decoded = {k: v for k, v in self._decoded.items() if k in keys}
        self._icons = {k: v for k, v in self._icons.items() if k in keys}
        self._filling = True
        try:
            self.picture.clear()
            for number, picture in enumerate(self.pictures, start=1):
                count = sum(1 for c in draft.callouts if c.image_id == picture.id)
                caption = picture.caption or fill(self.tr("Image {number}"), number=str(number))
                text = (fill(self.tr("{caption} (cover)"), caption=caption) if picture.is_cover
                        else caption)
                if count:
                    text += " · " + (self.tr("1 callout") if count == 1 else fill(self.tr(
                        "{count} callouts"), count=str(count)))
                self.picture.addItem(self._icon(picture), text, picture.id)
            self.picture.setCurrentIndex(ids.index(self._picture_id))
        finally:
            self._filling = False
        self._show_picture(draft)

    def _show_picture(self, draft: TechPackDraft) -> None:
        picture = self.current_picture()
        if picture is None:
            return
        image = self._image(picture)
        self.canvas.set_image(image, self._problem)
        self.rows = []
        for index, callout in enumerate(draft.callouts):
            if callout.image_id == picture.id:
                self.rows.append(CalloutRow(index, len(self.rows) + 1, callout))
        self.canvas.set_callouts([(float(r.callout.x), float(r.callout.y), r.callout.label)
                                  for r in self.rows])
        selected = self.page.current_row()
        keep = selected.number - 1 if isinstance(selected, CalloutRow) else -1
        self.page.show_rows(self.rows)
        if 0 <= keep < len(self.rows):
            self._select_row(keep)
        else:
            self.canvas.set_selected(-1)
        self._show_hint()

    def current_picture(self) -> Picture | None:
        return next((p for p in self.pictures if p.id == self._picture_id), None)

    def _pictures(self, shown: RevisionShown) -> list[Picture]:
        revision = shown.revision
        if revision.id is None:
            return []
        if shown.issued:
            # the images frozen with the revision, as its callouts name them
            frozen = revision.content.get("images")
            revision_id = revision.id
            frozen_images = self._frozen_images

            def frozen_image(image_id: int, thumbnail: bool) -> Callable[[], bytes]:
                return lambda: frozen_images(revision_id, image_id, thumbnail=thumbnail)

            return [Picture(int(image["id"]), str(image.get("caption") or ""),
                            bool(image.get("is_cover")), ("issued", revision_id, image["id"]),
                            frozen_image(int(image["id"]), False),
                            frozen_image(int(image["id"]), True))
                    for image in frozen if isinstance(image, dict)
                    and isinstance(image.get("id"), int)] if isinstance(frozen, list) else []
        pictures = []
        for image in shown.design.images:
            if image.id is None:
                continue
            # an image keeps its id while the design keeps it, but a removed image's id may
            # come back with a new one: the bytes' hash tells them apart
            key = ("design", image.id, image.width, image.height, hash(image.image))
            pictures.append(Picture(image.id, image.caption, image.is_cover, key,
                                    _returning(image.image), _returning(image.thumbnail)))
        return pictures

    def _image(self, picture: Picture) -> QImage | None:
        """The picture decoded safely (once), shrunk for the screen; None if it cannot be."""
        self._problem = ""
        if picture.key in self._decoded:
            image = self._decoded[picture.key]
            if image is None:
                self._problem = self.tr("This image cannot be shown.")
            return image
        try:
            image, _mime = decode(picture.load())
        except (ImageError, StorageError) as error:
            self._problem = fill(self.tr("This image cannot be shown: {error}"), error=str(error))
            self._decoded[picture.key] = None
            return None
        if max(image.width(), image.height()) > _SHOWN_PIXELS:
            image = image.scaled(QSize(_SHOWN_PIXELS, _SHOWN_PIXELS),
                                 Qt.AspectRatioMode.KeepAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
        self._decoded[picture.key] = image
        return image

    def _icon(self, picture: Picture) -> QIcon:
        if picture.key not in self._icons:
            try:
                thumbnail, _mime = decode(picture.load_thumbnail())
                self._icons[picture.key] = QIcon(QPixmap.fromImage(thumbnail))
            except (ImageError, StorageError):
                self._icons[picture.key] = QIcon()
        return self._icons[picture.key]

    def _show_hint(self) -> None:
        if self.canvas.image_rect().isEmpty() and self._problem:
            self.hint.setText(self._problem)
        elif self._editable:
            self.hint.setText(self.tr("Click the picture to add a callout there; drag a "
                                      "marker to move it. The table edits labels and "
                                      "positions from the keyboard."))
        else:
            self.hint.setText(self.tr("Read-only: the callouts as this revision was issued."))

    def set_editable(self, editable: bool) -> None:
        super().set_editable(editable)
        self.canvas.set_editable(editable)
        self.page.set_editable(editable)
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable)
        self._show_hint()

    def _picture_chosen(self, _index: int) -> None:
        if self._filling:
            return
        picture_id = self.picture.currentData()
        if picture_id is None or picture_id == self._picture_id:
            return
        self._picture_id = picture_id
        self.page.table.clearSelection()
        self.page.table.setCurrentIndex(self.page.proxy.index(-1, -1))
        if self.draft is not None:
            self._show_picture(self.draft)

    def select_picture(self, image_id: int) -> None:
        index = self.picture.findData(image_id)
        if index >= 0:
            self.picture.setCurrentIndex(index)

    def _select_row(self, position: int) -> None:
        if 0 <= position < self.page.proxy.rowCount():
            self.page.table.selectRow(position)
            self.page.table.setCurrentIndex(self.page.proxy.index(position, LABEL))
        self.canvas.set_selected(position)

    def _row_changed(self, row: object) -> None:
        self.canvas.set_selected(row.number - 1 if isinstance(row, CalloutRow) else -1)

    # --- changing ---------------------------------------------------------------------------

    def _new_label(self, draft: TechPackDraft, image_id: int) -> str:
        labels = {c.label.casefold() for c in draft.callouts if c.image_id == image_id}
        number = len(labels) + 1
        while fill(self.tr("Callout {number}"), number=str(number)).casefold() in labels:
            number += 1
        return fill(self.tr("Callout {number}"), number=str(number))

    def add_at(self, x: float, y: float) -> bool:
        """A new callout at (x, y) on the shown picture, its label cell opened for typing."""
        picture = self.current_picture()
        if picture is None or self.draft is None:
            return False
        draft = self.edited()
        callout = Callout(picture.id, fraction(x), fraction(y),
                          self._new_label(draft, picture.id))
        draft.callouts.append(callout)
        if not self.change(draft, self.tr("Add callout")):
            return False
        position = len(self.rows) - 1
        if 0 <= position < len(self.rows) and self.rows[position].callout == callout:
            self._select_row(position)
            self.page.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.page.table.edit(self.page.proxy.index(position, LABEL))
        return True

    def add(self) -> bool:
        """Add from the keyboard: in the middle of the picture, clear of others there."""
        taken = {(float(r.callout.x), float(r.callout.y)) for r in self.rows}
        x = y = 0.5
        while (x, y) in taken and x < 0.95:
            x, y = round(x + 0.05, 4), round(y + 0.05, 4)
        return self.add_at(x, y)

    def remove_at(self, position: int) -> bool:
        if not 0 <= position < len(self.rows):
            self.say(self.tr("Select a callout to remove first."))
            return False
        row = self.rows[position]
        draft = self.edited()
        del draft.callouts[row.index]
        if not self.change(draft, self.tr("Remove callout")):
            return False
        if self.rows:
            self._select_row(min(position, len(self.rows) - 1))
        return True

    def remove(self) -> bool:
        row = self.page.current_row()
        return self.remove_at(row.number - 1 if isinstance(row, CalloutRow) else -1)

    def _moved(self, position: int, x: float, y: float) -> None:
        if not 0 <= position < len(self.rows):
            return
        row = self.rows[position]
        moved = replace(row.callout, x=fraction(x), y=fraction(y))
        if moved == row.callout:
            self.canvas.update()
            return
        draft = self.edited()
        draft.callouts[row.index] = moved
        if self.change(draft, fill(self.tr("Move callout {number}"),
                                          number=str(row.number))):
            self._select_row(position)
        else:
            self.canvas.update()  # back where it was

    def _edited(self, row: CalloutRow, key: str, text: str) -> None:
        callout = row.callout
        try:
            if key == "label":
                edited = Callout(callout.image_id, callout.x, callout.y, text.strip())
                what = self.tr("Rename callout {number}")
            else:
                value = parse_for_locale(text, POSITION_PERCENT)
                assert value is not None  # the rule requires one
                position: Any = value / _HUNDRED  # exact: two places of a percent (x or y)
                # checked as it is made
                edited = replace(callout, x=position) if key == "x" else replace(callout,
                                                                                 y=position)
                what = self.tr("Move callout {number}")
        except (InputError, DomainError, ValueError) as error:
            self.say(i18n.say(error))
            return
        draft = self.edited()
        draft.callouts[row.index] = edited
        self.change(draft, fill(what, number=str(row.number)))


__all__ = ["POSITION_PERCENT", "CalloutCanvas", "CalloutRow", "CalloutsTab", "FrozenImages",
           "Picture", "fraction"]
