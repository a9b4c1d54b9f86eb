"""A collection plan: its name and the designs in it with the pieces a year planned for each.

Edited in the dialog and saved whole with Save, as one undoable step (SavePlan); deleting a plan
asks first and is undoable too (DeletePlan). The designs themselves are never changed.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.costing_inputs import MAX_VOLUME
from jewelbench.domain.messages import fill
from jewelbench.storage import ReadError, StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs.commands import DeletePlan, SavePlan
from jewelbench.ui.costs.fee_life import fee_life_of, plan_fee_life_field
from jewelbench.ui.dialogs import show_message
from jewelbench.ui.formatting import counted, integer_text
from jewelbench.ui.style import named
from jewelbench.ui.widgets.fields import error_colour
from jewelbench.ui.widgets.pickers import design_picker
from jewelbench.ui.widgets.spin_boxes import SpinBox

translate = QCoreApplication.translate


DEFAULT_PLANNED = 100


class PlanEditor(QDialog):
    """accept() once the plan is saved; `saved` carries its id."""

    saved = Signal(int)

    def __init__(self, workspace: Workspace, controller: UndoController, settings: QSettings,
                 plan_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planEditor")
        self.workspace = workspace
        self.controller = controller
        self.settings = settings
        self.plan_id = plan_id
        self.setWindowTitle(self.tr("New Collection Plan") if plan_id is None
                            else self.tr("Edit Collection Plan"))

        self.name = QLineEdit()
        self.name.setObjectName("planName")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(self.tr("e.g. AW26 core"))
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("planLines")
        self.table.setHorizontalHeaderLabels([self.tr("Design"), self.tr("Name"),
                                              self.tr("Pieces a year")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAccessibleName(self.tr("Designs in the plan"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        remove_action = QAction(self.tr("Remove"), self.table)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(remove_action)

        # typed and chosen from a few matches read per keystroke, never every design
        self.picker = design_picker(workspace, choose_on_leave=False, parent=self)
        self.picker.setObjectName("planDesignPicker")
        self.picker.edit.setPlaceholderText(self.tr("Design code"))
        self.picker.chosen.connect(self._picked)
        self._added = False
        self.add_button = QPushButton(self.tr("&Add Design"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Take the selected design out of the plan "
                                              "(Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.orders = SpinBox()
        self.orders.setObjectName("planOrders")
        self.orders.setRange(0, MAX_VOLUME)
        self.orders.setGroupSeparatorShown(True)
        self.orders.setValue(1)
        self.orders.setAccessibleName(self.tr("Orders a year"))
        self.orders.setToolTip(self.tr(
            "How many orders a year the plan's pieces are bought in. Each order is the "
            "year's pieces ÷ orders, in whole pieces: MOQ, price tiers and minimum order "
            "value apply to each order, and each order is shipped at least once."))
        self.orders.valueChanged.connect(lambda _v: self._check_orders())
        self.orders_error = QLabel()
        self.orders_error.setObjectName("planOrdersError")
        self.orders_error.setWordWrap(True)
        self.total = QLabel()
        named(self.total, "pageSubtitle")
        self.status = QLabel()
        self.status.setObjectName("dialogError")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(not workspace.read_only)

        self.fee_life = plan_fee_life_field()  # issue 15: the plan's one-time fees' life
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        orders_row = QHBoxLayout()
        orders_row.addWidget(self.orders)
        orders_row.addStretch(1)
        orders_label = QLabel(self.tr("&Orders a year:"))
        orders_label.setBuddy(self.orders)
        form.addRow(orders_label, orders_row)
        form.addRow("", self.orders_error)  # the reason, right under the field
        form.addRow(self.tr("One-time &fees over:"), self.fee_life)
        add_row = QHBoxLayout()
        add_row.addWidget(self.picker, 1)
        add_row.addWidget(self.add_button)
        add_row.addWidget(self.remove_button)
        hint = QLabel(self.tr("A plan keeps its mix: compared at another total, each design "
                              "gets its share of the pieces, in whole pieces (largest "
                              "remainder)."))
        named(hint, "pageSubtitle")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.total)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.name.setFocus()
        if plan_id is not None:
            self._load(plan_id)
        self._update_total()
        geometry = registry.read(settings, registry.layout("dialogs/plan/geometry"))
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(620, 480)

    def _load(self, plan_id: int) -> None:
        try:
            record = self.workspace.costing.plan_record(plan_id)
        except (StorageError, ReadError) as error:
            self.say(i18n.say(error))
            return
        self.name.setText(record.name)
        self.orders.setValue(record.orders_per_year)
        self.fee_life.set_value(None if record.fee_life_years is None
                                else Decimal(record.fee_life_years))
        for design_id, volume in record.lines:  # a 500-design plan: no check per line
            self.add_design(design_id, volume, loading=True)
        if self.table.rowCount():
            self.table.selectRow(self.table.rowCount() - 1)  # the last, as when added

    # --- lines ---------------------------------------------------------------------------

    def lines(self) -> list[tuple[int, int]]:
        """(design id, pieces a year) as entered, in the table's order."""
        result = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            assert item is not None
            design_id = item.data(Qt.ItemDataRole.UserRole)
            box = self.table.cellWidget(row, 2)
            assert isinstance(box, QSpinBox)
            result.append((int(design_id), box.value()))
        return result

    def add_design(self, design_id: int, volume: int = DEFAULT_PLANNED, *,
                   loading: bool = False) -> bool:
        """Add a line for the design (False, and why, when it is in the plan already).
        loading: a stored plan's line, added without checks; the total is shown once after."""
        design = self.workspace.picks.design(design_id)
        if design is None:
            return False
        if not loading and any(d == design_id for d, _v in self.lines()):
            self.say(fill(self.tr("{design} is in the plan already."), design=design.code))
            return False
        row = self.table.rowCount()
        self.table.insertRow(row)
        code = QTableWidgetItem(design.code)
        code.setData(Qt.ItemDataRole.UserRole, design_id)
        self.table.setItem(row, 0, code)
        self.table.setItem(row, 1, QTableWidgetItem(design.name))
        box = SpinBox()
        box.setRange(1, MAX_VOLUME)
        box.setGroupSeparatorShown(True)
        box.setValue(volume)
        box.setAccessibleName(fill(self.tr("Pieces a year of {design}"), design=design.code))
        box.valueChanged.connect(lambda _v: self._update_total())
        self.table.setCellWidget(row, 2, box)
        if not loading:
            self.table.selectRow(row)
            self.say("")
            self._update_total()
        return True

    def add_typed(self) -> bool:
        """Add the design picked, or the one whose code was typed (the reason if none)."""
        record = self.picker.current_record()
        if record is None or self.picker.text() != record.text:
            self._added = False
            if not self.picker.choose_typed():  # a design chosen is added by _picked
                self.say(self.picker.refusal() or self.tr("Type a design code to add it."))
                return False
            return self._added
        return self._add_record(int(record.key))

    def _picked(self, key: object) -> None:
        """A design chosen in the picker (from its list, or by its code and Enter) is added."""
        if isinstance(key, int):
            self._added = self._add_record(key)

    def _add_record(self, design_id: int) -> bool:
        added = self.add_design(design_id)
        if added:
            self.picker.set_record(None)
        return added

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._update_total()

    def _update_total(self) -> None:
        lines = self.lines()
        pieces = sum(v for _d, v in lines)
        self.total.setText(fill(self.tr("{count}, {pieces} pieces a year"),
                                count=counted(len(lines), self.tr("1 design"),
                                              self.tr("{count} designs")),
                                pieces=integer_text(pieces)))
        self._check_orders()

    def orders_problem(self) -> str:
        """Why the orders a year cannot be saved with these lines; "" when they can."""
        orders = self.orders.value()
        pieces = sum(v for _d, v in self.lines())
        if orders < 1:
            return self.tr("At least 1 order a year.")
        if pieces and orders > pieces:
            return fill(self.tr("At most {pieces} orders a year: every order needs at least one "
                                "piece of the plan's {pieces} pieces a year."),
                        pieces=integer_text(pieces))
        return ""

    def _check_orders(self) -> bool:
        problem = self.orders_problem()
        said = self.orders_error.text()
        if said and said != problem and said in self.status.text():
            self.say("")  # the refusal it gave is mended
        self.orders_error.setText(problem)
        self.orders_error.setVisible(bool(problem))
        self.orders_error.setStyleSheet(
            f"color: {error_colour(self.palette()).name()};" if problem else "")
        return not problem

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {error_colour(self.palette()).name()};")

    # --- saving --------------------------------------------------------------------------

    def save(self) -> int | None:
        """Save the plan as one undoable step; its id, or None (the reason is said)."""
        name = self.name.text().strip()
        if not name:
            self.say(self.tr("Give the plan a name."))
            self.name.setFocus()
            return None
        lines = self.lines()
        if not lines:
            self.say(self.tr("Add at least one design to the plan."))
            self.picker.setFocus()
            return None
        if not self._check_orders():
            self.say(fill(self.tr("Not saved: {reason}"), reason=self.orders_problem()))
            self.orders.setFocus()
            return None
        fee_life = fee_life_of(self.fee_life)
        if isinstance(fee_life, str):
            self.say(fill(self.tr("Not saved: {reason}"), reason=fee_life))
            self.fee_life.edit.setFocus()
            return None
        text = fill(self.tr("New plan {name}") if self.plan_id is None
                    else self.tr("Edit plan {name}"), name=name)
        try:
            command = SavePlan(self.workspace, name, lines, self.plan_id, text,
                               self.orders.value(), fee_life=fee_life)
        except (StorageError, ReadError) as error:
            self.say(i18n.say(error))
            return None
        reason = self.controller.run(command)
        if reason is not None:
            self.say(fill(self.tr("Not saved: {reason}"), reason=reason))
            return None
        assert command.plan_id is not None
        self.plan_id = command.plan_id
        self.saved.emit(command.plan_id)
        self.accept()
        return command.plan_id

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Enter in the design picker adds the design typed; it does not save the plan too."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                self.picker.hasFocus() or self.picker.edit.hasFocus()):
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        registry.write(self.settings, registry.layout("dialogs/plan/geometry"), self.saveGeometry())
        super().done(result)


def ask_delete_plan(parent: QWidget, workspace: Workspace, controller: UndoController,
                    plan_id: int) -> QMessageBox | None:
    """Ask first, saying what goes with the plan; the delete itself is undoable."""
    try:
        record = workspace.costing.plan_record(plan_id)
    except (StorageError, ReadError):
        return None
    box = QMessageBox(QMessageBox.Icon.Question, translate("PlanEditor", "Delete plan"),
                      fill(translate("PlanEditor", "Delete the plan “{plan}”?"), plan=record.name),
                      QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmDeletePlan")
    pieces = sum(v for _d, v in record.lines)
    box.setInformativeText(fill(translate(
        "PlanEditor", "Its {count} designs and their {pieces} planned pieces a year go with it; "
                      "the designs stay. Edit ▸ Undo brings it back."),
        count=str(len(record.lines)), pieces=integer_text(pieces)))
    delete = box.addButton(translate("PlanEditor", "Delete"),
                           QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def finished(_result: int) -> None:
        if box.clickedButton() is not delete:
            return
        reason = controller.run(DeletePlan(
            workspace, plan_id, fill(translate("PlanEditor", "Delete plan {plan}"),
                                     plan=record.name)))
        if reason is not None:
            show_message(parent, QMessageBox.Icon.Warning, translate("PlanEditor", "Not deleted"),
                         fill(translate("PlanEditor", "The plan “{plan}” was not deleted."),
                              plan=record.name), reason)

    box.finished.connect(finished)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
