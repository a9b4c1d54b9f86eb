"""The Photos tab of the sample round editor: the round's photos, the golden sample note, and
adding (through the same safe intake as design images) and removing photos."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.messages import fill
from jewelbench.domain.samples import SamplePhoto, SampleRound
from jewelbench.ui import dialogs
from jewelbench.ui.formatting import counted
from jewelbench.ui.imaging import keeps_originals, qimage_from_bytes, taken_in_note
from jewelbench.ui.photo_intake import PhotoIntake, Taken, cancelled_note, take_all
from jewelbench.ui.style import named

if TYPE_CHECKING:
    from jewelbench.storage import Workspace


translate = QCoreApplication.translate


class SamplePhotos:
    """Mixed into SampleRoundEditor (after its QDialog base); its texts are translated in the
    editor's context, named so that lupdate lists them there."""

    intake: PhotoIntake | None = None  # made when photos are first added

    if TYPE_CHECKING:
        sample: SampleRound
        workspace: Workspace
        design_code: str

        def say(self, text: str) -> None: ...
        def _changed(self, what: str, error_label: QLabel | None = None,
                     **fields: Any) -> bool: ...

    def _photos_tab(self) -> QWidget:
        tab = QWidget()
        self.photos = QListWidget()
        self.photos.setObjectName("samplePhotos")
        self.photos.setViewMode(QListWidget.ViewMode.IconMode)
        self.photos.setIconSize(QSize(160, 160))
        self.photos.setGridSize(QSize(190, 210))
        self.photos.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.photos.setMovement(QListWidget.Movement.Static)
        self.photos.setWordWrap(True)
        self.golden_note = QLabel()
        named(self.golden_note, "pageSubtitle")
        self.golden_note.setWordWrap(True)
        buttons = QVBoxLayout()
        self.add_photo_button = QPushButton(translate("SampleRoundEditor", "&Add…"))
        self.add_photo_button.setToolTip(
            translate("SampleRoundEditor",
                      "Add photos of the sample from files (PNG, JPEG, WebP …)"))
        self.add_photo_button.clicked.connect(self.add_photos)
        self.remove_photo_button = QPushButton(translate("SampleRoundEditor", "Re&move"))
        self.remove_photo_button.clicked.connect(self.remove_photo)
        buttons.addWidget(self.add_photo_button)
        buttons.addWidget(self.remove_photo_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.photos, 1)
        row.addLayout(buttons)
        layout = QVBoxLayout(tab)
        layout.addLayout(row, 1)
        layout.addWidget(self.golden_note)
        return tab

    def _show_photos(self) -> None:
        self.photos.clear()
        for number, photo in enumerate(self.sample.photos):
            caption = photo.caption or fill(translate("SampleRoundEditor", "Photo {number}"),
                                            number=str(number + 1))
            item = QListWidgetItem(QIcon(QPixmap.fromImage(qimage_from_bytes(photo.thumbnail))),
                                   (translate("SampleRoundEditor", "★ Golden sample") + "\n"
                                    if photo.is_golden
                                    else "") + caption)
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setToolTip(photo.mime_type)
            self.photos.addItem(item)
        golden = sum(1 for p in self.sample.photos if p.is_golden)
        if golden:
            self.golden_note.setText(fill(translate(
                "SampleRoundEditor", "These photos are the golden sample: production of "
                                     "{design_code} is held to them."),
                design_code=self.design_code))
        else:
            self.golden_note.setText(translate(
                "SampleRoundEditor", "Approving this round makes its photos the golden sample "
                                     "production is held to. Photograph front, side and "
                                     "hallmark."))
        self.remove_photo_button.setEnabled(bool(self.sample.photos)
                                            and not self.workspace.read_only)

    def add_photos(self) -> None:
        """Add… : the files are taken in off the GUI thread (progress and Cancel), then
        added as one change."""
        parent = self if isinstance(self, QWidget) else None
        paths = dialogs.ask_image_paths(parent, translate("SampleRoundEditor", "Add Photos"),
                                        Path.home())
        if not paths or parent is None:
            return
        intake = self.intake
        if intake is None:
            intake = self.intake = PhotoIntake(parent)
            intake.done.connect(self._photos_taken_in)
        intake.start(paths, keeps_originals(self.workspace))

    def _photos_taken_in(self, taken: list[Taken], cancelled: bool) -> None:
        if cancelled:
            self.say(cancelled_note())
            return
        self._add_taken_photos(taken)

    def add_photo_files(self, paths: list[Path]) -> bool:
        """Photos from files, checked as every image coming in is (a non-image, a truncated
        file, a decompression bomb are refused with the reason), added as one change; taken
        in on this thread (scripts and tests: the Add… button takes them in off it)."""
        return self._add_taken_photos(take_all(paths, keeps_originals(self.workspace)))

    def _add_taken_photos(self, taken: list[Taken]) -> bool:
        added: list[SamplePhoto] = []
        notes: list[str] = []
        for one in taken:
            path, stored = one.path, one.stored
            if stored is None:
                notes.append(fill(translate("SampleRoundEditor",
                                            "“{file}” was not added: {refusal}."),
                                  file=path.name, refusal=one.refusal))
                continue
            notes.append(taken_in_note(path, stored))
            added.append(SamplePhoto(stored.image, stored.thumbnail, stored.mime_type,
                                     caption=path.stem,
                                     is_golden=self.sample.approved))
        saved = bool(added) and self._changed(
            counted(len(added), translate("SampleRoundEditor", "Add a photo"),
                    translate("SampleRoundEditor", "Add {count} photos")),
            photos=[*self.sample.photos, *added])
        told = " ".join(note for note in notes if note)
        if told:
            self.say(told)
        return saved

    def remove_photo(self) -> bool:
        item = self.photos.currentItem()
        if item is None:
            return False
        number = int(item.data(Qt.ItemDataRole.UserRole))
        photos = list(self.sample.photos)
        photos.pop(number)
        return self._changed(translate("SampleRoundEditor", "Remove a photo"), photos=photos)
