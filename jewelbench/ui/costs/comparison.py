"""Make or buy: the comparison view, first in Costs.

Pick a design or a collection plan, the in-house scenario and the costing date; the workspace
puts the comparison's inputs together (workspace.costing.setup_for_design / setup_for_plan)
and the engine prices them once (prepare(), off the GUI thread, with a busy indicator), then
answers for every move of the what-if controls (evaluate()). On top, the verdict in plain
words with the figures behind it; under it each route's year and piece; then the four charts.
Every number shown is an engine figure and opens into its terms ("How this number is made").

Bad input (a missing metal price or FX rate for the date, a volume of 0, an error rate of
100 %) is the engine's message in the verdict's place, naming the input; the charts are
cleared, nothing is stored.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from decimal import ROUND_FLOOR, Decimal
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QLocale,
    QObject,
    QRunnable,
    QSettings,
    QSignalBlocker,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.costing import (
    IN_HOUSE,
    BreakEven,
    Comparison,
    PreparedComparison,
    RouteCost,
    prepare,
    sweep_end,
)
from jewelbench.domain.costing_figures import PER_YEAR, Figure, show
from jewelbench.domain.messages import fill
from jewelbench.domain.missing_prices import MissingPrice
from jewelbench.domain.validation import DomainError
from jewelbench.storage import ReadError, StorageError, Workspace
from jewelbench.ui import i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.commands import UndoController
from jewelbench.ui.costs import colours
from jewelbench.ui.costs.basis_margin import BasisMarginPanel
from jewelbench.ui.costs.cash_summary import CashSummary
from jewelbench.ui.costs.controls import ComparisonControls
from jewelbench.ui.costs.customs_summary import customs_label, show_customs
from jewelbench.ui.costs.explain import ExplanationPanel, figure_text
from jewelbench.ui.costs.fee_life import FeeLifeField
from jewelbench.ui.costs.footing import RoundingNote, add_rounding, printed_difference
from jewelbench.ui.costs.price_request import EnterPrices, EnterPricesButton
from jewelbench.ui.costs.search_range import SearchRange, bands_cell, bands_sentence
from jewelbench.ui.costs.subject_picker import Choice, SubjectPicker, default_choice, parse_choice
from jewelbench.ui.formatting import integer_text
from jewelbench.ui.i18n import say
from jewelbench.ui.topics import Topic
from jewelbench.ui.widgets.fields import error_colour

# What a change of these topics can change in a comparison: it is put together again.
TOPICS = {Topic.SCENARIOS, Topic.QUOTES, Topic.PRICES, Topic.PLANS, Topic.LANDED_TERMS,
          Topic.DESIGNS, Topic.SUPPLIERS, Topic.MARGIN}
SWING = Decimal(20)
KEY_ROLE = Qt.ItemDataRole.UserRole
SWATCH_ROLE = Qt.ItemDataRole.UserRole + 1  # the colour (rgba) a name cell's swatch shows


def swing_for(error_rate_pct: Decimal) -> Decimal:
    """The sensitivity swing: 20 %, less when the error rate raised by 20 % would reach
    100 % (the engine refuses that), so a high error rate still gets its tornado."""
    if error_rate_pct <= 0 or error_rate_pct * (1 + SWING / 100) < 100:
        return SWING
    room = ((Decimal(100) / error_rate_pct - 1) * 100).quantize(Decimal("0.1"),
                                                                rounding=ROUND_FLOOR)
    return max(Decimal("0.1"), room - Decimal("0.1"))


class _Signals(QObject):
    done = Signal(int, object)  # token, PreparedComparison or the error raised


class _Prepare(QRunnable):
    """prepare() on a pool thread: pure domain objects in, one signal back. It touches no
    widget and no database (the setup was read on the GUI thread)."""

    def __init__(self, token: int, setup: Any, signals: _Signals) -> None:
        super().__init__()
        self.token = token
        self.setup = setup
        self.signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        setup = self.setup
        try:
            result: object = prepare(setup.plan, setup.scenario, setup.routes, setup.prices,
                                     setup.in_house_terms, basis=setup.basis,
                                     margin=setup.margin)
        except Exception as error:  # handed to the GUI thread: shown, or raised there
            result = error
        self.signals.done.emit(self.token, result)


def _swatch(colour: QColor, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(colour)
    return QIcon(pixmap)


class ComparisonView(QWidget):
    """The make-or-buy answer for one design or plan, live under the what-if controls."""

    prepared_ready = Signal()  # prepare() finished (or failed) for the current choice
    message = Signal(str)  # something to tell the user in passing (the status bar)
    updated = Signal()  # the verdict, table and charts show the controls' values (or why not)
    navigate = Signal(object)  # Enter Prices… for what is missing (EnterPrices)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonView")
        from jewelbench.ui.costs.charts import BreakdownChart, CashChart, TornadoChart, VolumeChart

        self._workspace: Workspace | None = None
        self._controller: UndoController | None = None
        self._settings: QSettings | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        self.setup: Any = None
        self.prepared: PreparedComparison | None = None
        self.comparison: Comparison | None = None
        self.problem = ""
        self._token = 0
        self._busy = False
        self._stale = False
        self._volume_from_plan = False
        self._scenario_id: int | None = None
        self._explained: tuple[Any, ...] | None = None
        self._links: dict[str, tuple[Any, ...]] = {}
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._signals = _Signals(self)
        self._signals.done.connect(self._prepared_done)
        self.dialog: Any = None

        # --- what is compared ---------------------------------------------------------
        self.subject = SubjectPicker(self)  # a few matches read per keystroke, not all designs
        self.subject.chosen.connect(lambda _choice: self._choice_changed())
        self.scenario = QComboBox()
        self.scenario.setObjectName("compareScenario")
        self.scenario.setMinimumContentsLength(16)
        self.scenario.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scenario.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.date = QDateEdit()
        self.date.setObjectName("costingDate")
        self.date.setCalendarPopup(True)
        if QLocale().language() == QLocale.Language.C:
            self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setToolTip(self.tr("Prices and FX rates are the newest on or before this "
                                     "date; quotes must be valid on it"))
        self.date.setDate(_qdate(self.today()))
        self.date.dateChanged.connect(lambda _d: self._choice_changed())
        # a push button with a menu keeps room for its arrow (a tool button's drew over "s")
        self.plan_button = QPushButton(self.tr("Pla&ns"))
        self.plan_button.setObjectName("planButton")
        plan_menu = QMenu(self.plan_button)
        self.new_plan_action = plan_menu.addAction(self.tr("New Plan…"), self.new_plan)
        self.edit_plan_action = plan_menu.addAction(self.tr("Edit This Plan…"),
                                                    self.edit_plan)
        self.delete_plan_action = plan_menu.addAction(self.tr("Delete This Plan…"),
                                                      self.delete_plan)
        self.plan_button.setMenu(plan_menu)
        self.terms_button = QPushButton(self.tr("&Landed Costs…"))
        self.terms_button.setObjectName("landedTermsButton")
        self.terms_button.setToolTip(self.tr("Each supplier's duty, freight, insurance, "
                                             "inspection, FX buffer and defect allowance"))
        self.terms_button.clicked.connect(lambda: self.edit_terms())
        self.busy = QProgressBar()
        self.busy.setObjectName("busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedSize(90, 10)
        self.busy.setAccessibleName(self.tr("Pricing"))
        self.busy.hide()

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        for text, widget in ((self.tr("&Design or plan"), self.subject),
                             (self.tr("&In-house"), self.scenario),
                             (self.tr("&On"), self.date)):
            label = QLabel(text)
            label.setBuddy(widget)
            top.addWidget(label)
            top.addWidget(widget, 2 if widget is self.subject else
                          1 if widget is self.scenario else 0)
            top.addSpacing(6)
        top.addWidget(self.busy)
        top.addStretch(0)
        top.addWidget(self.plan_button)
        top.addWidget(self.terms_button)

        # --- the answer -------------------------------------------------------------------
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.verdict.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.verdict.linkHovered.connect(self._link)
        self.verdict.linkActivated.connect(self._link)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        self.verdict.setFont(font)
        self.detail = QLabel()
        self.detail.setObjectName("verdictDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.detail.linkHovered.connect(self._link)
        self.detail.linkActivated.connect(self._link)
        self.warnings = QLabel()
        self.warnings.setObjectName("comparisonWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.hide()
        card = QFrame()
        card.setObjectName("verdictCard")
        # Palette roles only: the card reads on light and dark desktops alike.
        card.setStyleSheet("QFrame#verdictCard { background: palette(base); border: 1px solid "
                           "palette(mid); border-left: 4px solid palette(highlight); "
                           "border-radius: 3px; }")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(12, 8, 12, 8)
        card_layout.setSpacing(3)
        card_layout.addWidget(self.verdict)
        card_layout.addWidget(self.detail)
        # Below the verdict, what stands behind it scrolls inside the card (warnings first,
        # then customs, the fixed-cost basis and margins, cash): at 1366 × 768 it would not
        # fit, and the card and the table with the charts share a splitter the user drags.
        details = QWidget()
        details.setObjectName("verdictDetails")
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 4, 0)
        details_layout.setSpacing(3)
        details_layout.addWidget(self.warnings)
        self.customs = customs_label()  # issue 15: each route's customs basis, value, VAT
        details_layout.addWidget(self.customs)
        self.basis_margin = BasisMarginPanel()  # fixed-cost basis and margin (issue 15)
        self.basis_margin.changed.connect(self._choice_changed)
        self.basis_margin.context = lambda: (self._workspace, self._controller)
        details_layout.addWidget(self.basis_margin)
        self.cash_summary = CashSummary()  # present values and paybacks (issue 15)
        details_layout.addWidget(self.cash_summary)
        details_layout.addStretch(1)
        self.details = QScrollArea()
        self.details.setObjectName("verdictDetailsScroll")
        self.details.setWidget(details)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.viewport().setAutoFillBackground(False)
        details.setAutoFillBackground(False)
        card_layout.addWidget(self.details, 1)
        self.enter_prices = EnterPricesButton()  # what is missing, for the form
        self.enter_prices.asked.connect(self.navigate)
        card_layout.addWidget(self.enter_prices, 0, Qt.AlignmentFlag.AlignLeft)
        self.card = card

        self.table = QTableWidget(0, 5)
        self.table.setObjectName("routeTable")
        self.table.setHorizontalHeaderLabels([
            self.tr("Route"), self.tr("A year"), self.tr("A piece"),
            self.tr("Against in-house"), self.tr("In-house cheaper")])
        self.table.setAccessibleName(self.tr("Each route's cost"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMouseTracking(True)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.cellEntered.connect(self._cell)
        self.table.currentCellChanged.connect(lambda row, column, _r, _c: self._cell(row, column))
        self.table.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

        self.volume_chart = VolumeChart()
        self.cash_chart = CashChart()
        self.breakdown_chart = BreakdownChart()
        self.tornado_chart = TornadoChart()
        self.charts = QTabWidget()
        self.charts.setObjectName("chartTabs")
        self.charts.setDocumentMode(True)
        for chart, title in ((self.volume_chart, self.tr("&Total vs volume")),
                             (self.cash_chart, self.tr("Cash over 3&6 months")),
                             (self.breakdown_chart, self.tr("Per-piece &breakdown")),
                             (self.tornado_chart, self.tr("Sensitivit&y"))):
            self.charts.addTab(chart, title)
            chart.figure_picked.connect(self._chart_figure)
            chart.export_png_action.triggered.connect(
                lambda _=False, c=chart: self.export_chart(c.key, "png"))
            chart.export_svg_action.triggered.connect(
                lambda _=False, c=chart: self.export_chart(c.key, "svg"))
        corner = QWidget()
        corner_row = QHBoxLayout(corner)
        corner_row.setContentsMargins(0, 0, 0, 0)
        corner_row.setSpacing(4)
        self.png_button = QToolButton()
        self.png_button.setText(self.tr("PNG…"))
        self.png_button.setToolTip(self.tr("Export the chart shown as a PNG image"))
        self.png_button.clicked.connect(lambda: self.export_chart(None, "png"))
        self.svg_button = QToolButton()
        self.svg_button.setText(self.tr("SVG…"))
        self.svg_button.setToolTip(self.tr("Export the chart shown as an SVG drawing"))
        self.svg_button.clicked.connect(lambda: self.export_chart(None, "svg"))
        export_label = QLabel(self.tr("Export"))
        export_label.setObjectName("pageSubtitle")
        corner_row.addWidget(export_label)
        corner_row.addWidget(self.png_button)
        corner_row.addWidget(self.svg_button)
        self.charts.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.charts.currentChanged.connect(lambda _i: self._draw_current_chart())
        self._charts_drawn: set[str] = set()

        # --- the left column: what-ifs and explanations ---------------------------------
        self.controls = ComparisonControls()
        self.controls.changed.connect(self.recompute)
        what_if = QGroupBox(self.tr("What if"))
        what_if.setObjectName("whatIf")
        what_if_layout = QVBoxLayout(what_if)
        what_if_layout.setContentsMargins(10, 6, 10, 8)
        what_if_layout.addWidget(self.controls)
        self.search_range = SearchRange()  # how far the break-evens are searched
        self.search_range.changed.connect(self.recompute)
        what_if_layout.addWidget(self.search_range)
        self.fee_life = FeeLifeField()  # issue 15: the compared design's or plan's fee life
        what_if_layout.addWidget(self.fee_life)
        self.explanation = ExplanationPanel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(8)
        left_layout.addWidget(what_if)
        left_layout.addWidget(self.explanation, 1)
        left.setMinimumWidth(280)
        left.setMaximumWidth(380)

        lower = QWidget()
        right_layout = QVBoxLayout(lower)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(6)
        right_layout.addWidget(self.table)
        self.rounding_note = RoundingNote()  # printed a piece × pieces against the year
        right_layout.addWidget(self.rounding_note)
        right_layout.addWidget(self.charts, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("verdictSplitter")
        right.setChildrenCollapsible(False)
        right.addWidget(card)
        right.addWidget(lower)
        right.setStretchFactor(0, 0)
        right.setStretchFactor(1, 1)
        right.setSizes([230, 470])
        self.verdict_splitter = right

        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setObjectName("comparisonSplitter")
        self.body.setChildrenCollapsible(False)
        self.body.addWidget(left)
        self.body.addWidget(right)
        self.body.setStretchFactor(0, 0)
        self.body.setStretchFactor(1, 1)
        self.body.setSizes([320, 830])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self.setTabOrder(self.subject, self.scenario)
        self.setTabOrder(self.scenario, self.date)
        self.setTabOrder(self.date, self.controls.volume)
        self._show_problem(self.tr("Choose a design or a collection plan to compare."))
        self._enable()

    # --- the workspace -------------------------------------------------------------------

    def attach_controller(self, controller: UndoController) -> None:
        self._controller = controller
        controller.changed.connect(self._changed)

    def restore_state(self, settings: QSettings) -> None:
        self._settings = settings
        state = registry.read(settings, registry.layout("views/costs/comparison/splitter"))
        if state is not None:
            self.body.restoreState(state)

    def save_state(self, settings: QSettings) -> None:
        registry.write(settings, registry.layout("views/costs/comparison/splitter"),
                       self.body.saveState())
        choice = self.choice()
        if choice is not None:
            registry.write(settings, registry.COMPARISON_SUBJECT, f"{choice.kind}:{choice.id}")

    def load(self, workspace: Workspace) -> None:
        """Fill the pickers from the workspace (keeping what was chosen) and compare again."""
        first = self._workspace is None
        switched = not first and workspace is not self._workspace
        self._workspace = workspace
        self._stale = False
        wanted = None if switched else self.choice()
        if first and self._settings is not None:  # what was compared when the app closed
            wanted = parse_choice(registry.read(self._settings, registry.COMPARISON_SUBJECT))
        scenario_id = None if switched else self.scenario.currentData()
        with QSignalBlocker(self.subject), QSignalBlocker(self.scenario):
            self.subject.set_workspace(workspace)
            self.scenario.clear()
            for sid, name in workspace.scenarios.names():
                self.scenario.addItem(name, sid)
            index = self.scenario.findData(scenario_id) if scenario_id is not None else -1
            self.scenario.setCurrentIndex(index if index >= 0 else
                                          (0 if self.scenario.count() else -1))
            self._select(wanted or self._default_choice(workspace))
        self._enable()
        self._choice_changed()

    def _default_choice(self, workspace: Workspace) -> Choice | None:
        return default_choice(workspace)

    def _select(self, choice: Choice | None) -> bool:
        if choice is not None and self.subject.choose_key(choice):
            return True
        first = self.subject.first()  # the first plan, else the first design, else none
        if first is not None:
            self.subject.choose(first)
        else:
            self.subject.set_record(None)  # (another workspace's design is not kept)
        return False

    def choose(self, kind: str, item_id: int) -> bool:
        """Compare this design or plan (as if picked)."""
        return self._select(Choice(kind, item_id))

    def choose_design_code(self, code: str) -> bool:
        if self._workspace is None:
            return False
        design_id = self._workspace.designs.id_for_code(code)
        return design_id is not None and self.choose("design", design_id)

    def choice(self) -> Choice | None:
        data = self.subject.current_key()
        return data if isinstance(data, Choice) else None

    def set_date(self, day: dt.date) -> None:
        self.date.setDate(_qdate(day))

    def costing_date(self) -> dt.date:
        value = self.date.date()
        return dt.date(value.year(), value.month(), value.day())

    def _enable(self) -> None:
        writable = self._workspace is not None and not self._workspace.read_only
        choice = self.choice()
        self.new_plan_action.setEnabled(writable)
        self.edit_plan_action.setEnabled(choice is not None and choice.kind == "plan")
        self.delete_plan_action.setEnabled(writable and choice is not None
                                           and choice.kind == "plan")
        self.terms_button.setEnabled(self._workspace is not None)

    def _changed(self, topic: Topic, affected: object) -> None:
        if topic not in TOPICS or self._workspace is None:
            return
        if not self.isVisible():
            self._stale = True  # put together again when next shown
            return
        if topic in (Topic.PLANS, Topic.SCENARIOS, Topic.DESIGNS):
            self.load(self._workspace)
            if topic == Topic.PLANS and isinstance(affected, int):
                self.choose("plan", affected)
        else:
            self._choice_changed()

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale and self._workspace is not None:
            self.load(self._workspace)

    # --- putting the comparison together ----------------------------------------------

    def _choice_changed(self) -> None:
        """Read the inputs for what is chosen and price them on a pool thread."""
        self._enable()
        workspace, choice = self._workspace, self.choice()
        if workspace is None:
            return
        self.fee_life.show_subject(workspace, self._controller, choice.kind if choice else "",
                                   choice.id if choice else None)
        if choice is None:
            self._cancel(self.tr("Choose a design or a collection plan to compare."))
            return
        scenario_id = self.scenario.currentData()
        if scenario_id is None:
            self._cancel(self.tr("There is no in-house scenario to compare with yet: make one "
                                 "under Scenarios & Prices (New Scenario…)."))
            return
        on = self.costing_date()
        try:
            if choice.kind == "plan":
                setup = workspace.costing.setup_for_plan(choice.id, scenario_id, on)
            else:
                setup = workspace.costing.setup_for_design(
                    choice.id, scenario_id, on, max(1, self.controls.pieces()),
                    self.basis_margin.basis())
            self.basis_margin.set_plan(choice.kind == "plan")
        except (StorageError, DomainError, ReadError) as error:
            self._cancel(i18n.say(error))
            return
        self.setup = setup
        self._volume_from_plan = choice.kind == "plan"
        self.controls.set_scenario_error_rate(
            setup.scenario.error_rate_pct, keep_what_if=setup.scenario.id == self._scenario_id)
        self._scenario_id = setup.scenario.id
        self._token += 1
        self._set_busy(True, fill(self.tr("Pricing {setup}…"), setup=setup.title))
        self.pool.start(_Prepare(self._token, setup, self._signals))

    def _cancel(self, message: str) -> None:
        self._token += 1  # a result still on its way is for something else
        self._set_busy(False)
        self.setup = None
        self.prepared = None
        self._show_problem(message)
        self.prepared_ready.emit()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.busy.setToolTip(text)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    @property
    def is_busy(self) -> bool:
        return self._busy

    def _prepared_done(self, token: int, result: object) -> None:
        if token != self._token:
            return  # the choice changed while this one was being priced
        self._set_busy(False)
        if isinstance(result, DomainError):
            self.prepared = None
            self._show_problem(str(result), getattr(result, "problems", ()),
                               getattr(result, "missing", ()))
            self.prepared_ready.emit()
            return
        if isinstance(result, BaseException):
            raise result  # a bug: the crash handler reports it
        assert isinstance(result, PreparedComparison)
        self.prepared = result
        if self._volume_from_plan:
            self.controls.set_volume(result.plan.total_volume)
        self.recompute()
        self.prepared_ready.emit()

    def wait(self) -> None:
        """Block until the pricing on its way is done and shown (tests, scripts)."""
        self.pool.waitForDone()
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents(self._signals)
        QCoreApplication.processEvents()

    # --- every move of a control ----------------------------------------------------------

    def recompute(self) -> None:
        prepared = self.prepared
        if prepared is None:
            return
        try:
            adjustments = self.controls.adjustments()
            volume = self.controls.pieces()
            error_rate = prepared.in_house.error_rate_for(adjustments)
            search_to = self.search_range.search_to(volume)
            comparison = prepared.evaluate(volume, adjustments,
                                           sweep_to=max(sweep_end(volume), search_to or 0),
                                           search_to=search_to, swing_pct=swing_for(error_rate))
            default = prepared.search_end(volume, adjustments)
        except DomainError as error:
            self._show_problem(i18n.say(error), getattr(error, "problems", ()))
            return
        self.search_range.show_searched(search_to or default, default)
        self.comparison = comparison
        self.problem = ""
        self._show(comparison, prepared)

    # --- showing --------------------------------------------------------------------------

    def _show_problem(self, message: str, problems: Any = (),
                      missing: Sequence[MissingPrice] = ()) -> None:
        """The engine's (or the file's) message where the verdict goes; nothing drawn. When
        prices or rates are missing, Enter Prices… opens the form for them."""
        self.comparison = None
        self.problem = message
        self.basis_margin.clear()
        self.enter_prices.offer(EnterPrices.for_missing(missing))
        colour = error_colour(self.palette()).name()
        if problems:
            head = self.tr("Cannot compute the costs:")
            items = "".join(f"<li>{html.escape(say(p))}</li>" for p in problems)
            self.verdict.setText(f"<span style='color:{colour}'>{html.escape(head)}</span>")
            self.detail.setText(f"<ul style='margin:0'>{items}</ul>" + html.escape(
                self.tr("Enter what is missing (Enter Prices…, or Costs ▸ Update Prices…), "
                        "or pick another costing date.") if missing else
                self.tr("Add what is missing under Scenarios & Prices, or pick another "
                        "costing date.")))
        else:
            self.verdict.setText(f"<span style='color:{colour}'>{html.escape(message)}</span>")
            self.detail.setText("")
        self.warnings.hide()
        self.cash_summary.hide()
        self.table.setRowCount(0)
        self.table.hide()
        self.rounding_note.clear_lines()
        self._links = {}
        for chart in self.all_charts():
            chart.clear_chart(message if not problems else self.tr(
                "Nothing to draw: the costs cannot be computed."))
        self._charts_drawn = set()
        self.explanation.show_text(self.tr("Why there is nothing to show"),
                                   list(problems) or [message])
        self._explained = None
        self.updated.emit()

    def _show(self, comparison: Comparison, prepared: PreparedComparison) -> None:
        self.enter_prices.offer(None)
        self._show_verdict(comparison)
        self._show_table(comparison)
        self.table.show()
        self._show_warnings(comparison)
        factor = self.setup.margin.wholesale_factor if self.setup is not None else None
        self.basis_margin.show_comparison(comparison, factor)
        self.cash_summary.show_comparison(comparison)
        self._charts_drawn = set()
        self._draw_current_chart()
        # Shown again on every move: a plan's per-design groups are made when opened.
        if self._explained is None or not self._explain_key(self._explained, lazily=True):
            best = comparison.cheapest
            self._explain_key(("total", best.route), lazily=True)
        self.updated.emit()

    def _link_for(self, key: tuple[Any, ...]) -> str:
        name = f"f{len(self._links)}"
        self._links[name] = key
        return name

    def _show_verdict(self, comparison: Comparison) -> None:
        self._links = {}
        text = say(comparison.verdict_message())
        escaped = html.escape(text, quote=False)
        link_colour = colours.link_colour(self.palette()).name()
        figures: list[tuple[str, tuple[Any, ...]]] = []
        for cost in (comparison.in_house, *comparison.routes):
            figures.append((say(comparison.yearly(cost)), ("total", cost.route)))
        for found in comparison.break_evens:
            figures.append((say(found.clause_message()), ("break_even", found.route)))
        done: set[str] = set()
        for shown, key in figures:
            target = html.escape(shown, quote=False)
            if target in done or target not in escaped:
                continue
            done.add(target)
            anchor = (f"<a href='{self._link_for(key)}' style='color:{link_colour}; "
                      f"text-decoration:none'>{target}</a>")
            escaped = escaped.replace(target, anchor, 1)
        self.verdict.setText(escaped)
        self.verdict.setAccessibleName(text)
        self.detail.setText(self._detail_html(comparison, link_colour))
        show_customs(self.customs, comparison)

    def _detail_html(self, comparison: Comparison, link_colour: str) -> str:
        """The figures behind the verdict: each route a year and a piece, and where in-house
        starts (or never starts) to win against the best quote."""
        parts = []
        best = comparison.cheapest
        rival = best if best.route != IN_HOUSE else (
            min(comparison.routes, key=lambda r: r.total.value) if comparison.routes else None)
        inh = comparison.in_house

        def link(text: str, key: tuple[Any, ...]) -> str:
            return (f"<a href='{self._link_for(key)}' style='color:{link_colour}; "
                    f"text-decoration:none'>{html.escape(text)}</a>")

        parts.append(fill(self.tr("In-house: {total} a year, {per_piece} a piece"),
                          total=link(show(inh.total.value, comparison.currency),
                                     ("total", IN_HOUSE)),
                          per_piece=link(show(inh.per_piece.value, comparison.currency),
                            ("per_piece", IN_HOUSE))))
        if rival is not None:
            parts.append(fill(self.tr("{route}: {total} a year, {per_piece} a piece"),
                              route=html.escape(rival.route),
                              total=link(show(rival.total.value, comparison.currency),
                                ("total", rival.route)),
                              per_piece=link(show(rival.per_piece.value, comparison.currency),
                                ("per_piece", rival.route))))
        elif not comparison.routes:
            parts.append(html.escape(self.tr("No valid quote to compare with.")))
        plan = self.prepared.plan if self.prepared is not None else None
        if plan is not None and len(plan.lines) > 1:
            parts.append(html.escape(fill(self.tr(
                "{count} designs; planned {total_volume} pieces a year, costed at {volume} "
                "in the plan's mix"),
                                          count=str(len(plan.lines)),
                                          total_volume=integer_text(plan.total_volume),
                                          volume=integer_text(comparison.volume))))
        if plan is not None and plan.orders_per_year > 1:
            parts.append(html.escape(fill(self.tr(
                "bought in {orders_per_year} orders a year: MOQ, tiers and minimum order "
                "value apply to each order"), orders_per_year=integer_text(plan.orders_per_year))))
        said = comparison.why_message()
        why = say(said) if said is not None else ""
        figures = " · ".join(parts)
        return f"{html.escape(why, quote=False)}<br>{figures}" if why else figures

    def break_even_sentence(self, found: BreakEven, volume: int) -> str:
        """Where in-house is cheaper than a route, said plainly (search_range.py)."""
        return bands_sentence(self, found)

    def _show_table(self, comparison: Comparison) -> None:
        palette = self.palette()
        costs = (comparison.in_house, *comparison.routes)
        best = comparison.cheapest
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(costs))
            for row, cost in enumerate(costs):
                is_inh = cost.route == IN_HOUSE
                bold = cost is best
                name = self.tr("In-house") if is_inh else cost.route
                if bold:
                    name = fill(self.tr("{name}  ✓ cheapest"), name=name)
                first = self._put(row, 0, name, ("total", cost.route), cost.route, bold)
                colour = colours.series_colour(palette, row)
                if first.data(SWATCH_ROLE) != colour.rgba():
                    first.setIcon(_swatch(colour))
                    first.setData(SWATCH_ROLE, colour.rgba())
                self._put(row, 1, cost.total.display().replace(" per year", ""),
                          ("total", cost.route), say(cost.total.formula), bold, numeric=True)
                self._put(row, 2, cost.per_piece.display().replace(" per piece", ""),
                          ("per_piece", cost.route), say(cost.per_piece.formula), bold,
                          numeric=True)
                if is_inh:
                    self._put(row, 3, "—", ("total", cost.route), "", bold)
                    notes = "; ".join(say(note) for note in cost.notes)
                    self._put(row, 4, notes or "—", ("total", cost.route), notes, bold)
                else:
                    diff = self.difference(comparison, cost)
                    pct = (diff.value / comparison.in_house.total.value * 100
                           if comparison.in_house.total.value else None)
                    text = _signed(show(diff.value, comparison.currency))
                    if pct is not None:
                        text += f"  ({_signed(show(pct, None, 0))} %)"
                    self._put(row, 3, text, ("diff", cost.route), diff.formula, bold,
                              numeric=True)
                    found = _break_even(comparison, cost.route)
                    self._put(row, 4, self.ranges_text(found) if found else "—",
                              ("break_even", cost.route),
                              say(found.describe_message()) if found else "",
                              bold)
        self.rounding_note.show_for(comparison)
        rows = min(len(costs), 6)
        height = (self.table.horizontalHeader().height() + 4
                  + sum(self.table.rowHeight(r) for r in range(rows)))
        self.table.setMaximumHeight(height)
        self.table.setMinimumHeight(min(height, 110))

    def _put(self, row: int, column: int, text: str, key: tuple[Any, ...], tip: str,
             bold: bool, numeric: bool = False) -> QTableWidgetItem:
        """Say a cell's figure, in the item already there when there is one (a slider drags:
        the table is said again on every move, and new items cost more than new text)."""
        item = self.table.item(row, column)
        if item is None:
            item = self._cell_item(text, key, tip, numeric)
            self.table.setItem(row, column, item)
        else:
            if item.text() != text:
                item.setText(text)
            if item.data(KEY_ROLE) != key:
                item.setData(KEY_ROLE, key)
            if item.toolTip() != tip:
                item.setToolTip(tip)
            if numeric != bool(item.textAlignment() & Qt.AlignmentFlag.AlignRight.value):
                item.setTextAlignment((Qt.AlignmentFlag.AlignRight if numeric else
                                       Qt.AlignmentFlag.AlignLeft) | Qt.AlignmentFlag.AlignVCenter)
        if item.font().bold() != bold:
            font = item.font()
            font.setBold(bold)
            item.setFont(font)
        return item

    def _cell_item(self, text: str, key: tuple[Any, ...], tip: str,
                   numeric: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setData(KEY_ROLE, key)
        if tip:
            item.setToolTip(tip)
        if numeric:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def ranges_text(self, found: BreakEven) -> str:
        return bands_cell(self, found)

    def difference(self, comparison: Comparison, cost: RouteCost) -> Figure:
        inh = comparison.in_house
        return Figure(fill(self.tr("{route} against in-house"), route=cost.route),
                      printed_difference(comparison, cost), comparison.currency, PER_YEAR,
                      f"{figure_text(cost.total)} − {figure_text(inh.total)}",
                      (cost.total, inh.total))

    def _show_warnings(self, comparison: Comparison) -> None:
        lines = [say(comparison.capacity_warning)] if comparison.capacity_warning else []
        setup = self.setup
        if setup is not None:
            lines += [fill(self.tr("Left out: {what}"), what=say(s)) for s in setup.skipped]
            lines += [say(note) for note in getattr(setup, "notes", ())]
            if not setup.scenario.equipment:
                lines.append(fill(self.tr("Scenario “{scenario}” lists no equipment: in-house "
                                          "counts no equipment cost. Add the equipment in its "
                                          "editor if it needs any."), scenario=setup.scenario.name))
        lines += [say(warning) for warning in comparison.warnings]
        for cost in comparison.routes:
            lines += [fill(self.tr("{route}: {note}"), route=cost.route, note=say(note))
                      for note in cost.notes if note not in comparison.warnings]
        unique = list(dict.fromkeys(lines))  # each once, in order
        if not unique:
            self.warnings.hide()
            self.warnings.setText("")
            return
        shown = unique[:3]
        more = len(unique) - len(shown)
        text = "\n".join(f"⚠ {line}" for line in shown)
        if more:
            text += "\n" + self.tr("… and %n more (point here to read them all)", "", more)
        self.warnings.setText(text)
        self.warnings.setToolTip("\n".join(f"• {line}" for line in unique))
        self.warnings.show()

    def all_charts(self) -> list[Any]:
        return [self.volume_chart, self.cash_chart, self.breakdown_chart, self.tornado_chart]

    def _draw_current_chart(self) -> None:
        """Only the chart on screen is drawn on each move; the others when their tab is
        chosen."""
        chart = self.shown_chart()
        if self.comparison is None or self.prepared is None or chart is None:
            return
        if chart.key not in self._charts_drawn:
            chart.show_comparison(self.comparison, self.prepared)
            self._charts_drawn.add(chart.key)

    def draw_all_charts(self) -> None:
        for chart in self.all_charts():
            if self.comparison is not None and self.prepared is not None and \
                    chart.key not in self._charts_drawn:
                chart.show_comparison(self.comparison, self.prepared)
                self._charts_drawn.add(chart.key)

    def chart(self, key: str) -> Any:
        return next(c for c in self.all_charts() if c.key == key)

    def shown_chart(self) -> Any:
        """The chart on the tab shown, or None."""
        return next((c for c in self.all_charts() if c is self.charts.currentWidget()), None)

    # --- explanations ---------------------------------------------------------------------

    def _link(self, name: str) -> None:
        key = self._links.get(name)
        if key is not None:
            self._explain_key(key)

    def _cell(self, row: int, column: int) -> None:
        item = self.table.item(row, column)
        if item is not None:
            self._explain_key(item.data(KEY_ROLE))

    def _chart_figure(self, figure: Figure) -> None:
        self._explained = None
        self.explanation.show_figure(figure)

    def _explain_key(self, key: tuple[Any, ...] | None, lazily: bool = False) -> bool:
        """Explain the figure a key names in the comparison shown; False when it has none.

        ``lazily``: a plan's per-design groups get their rows only when opened.
        """
        comparison = self.comparison
        if key is None or comparison is None:
            return False
        kind, route = key[0], key[1]
        cost = next((c for c in (comparison.in_house, *comparison.routes) if c.route == route),
                    None)
        if cost is None:
            return False
        name = self.tr("In-house") if route == IN_HOUSE else route
        if kind == "total":
            self.explanation.show_figure(cost.total, fill(self.tr("{name}, a year at {volume} "
                                                                  "pieces"),
                                                          name=name,
                                                          volume=integer_text(comparison.volume)))
            self._explain_designs(comparison, route, lazily)
        elif kind == "per_piece":
            self.explanation.show_figure(cost.per_piece, fill(self.tr(
                "{name}, a piece at {volume} pieces a year"), name=name,
                                                              volume=integer_text(comparison.volume)))
        elif kind == "diff":
            self.explanation.show_figure(self.difference(comparison, cost))
        elif kind == "break_even":
            found = _break_even(comparison, route)
            if found is None:
                return False
            figure = found.figure
            if figure is not None and found.volume is not None:
                self.explanation.show_figure(figure, say(found.describe_message()))
            else:
                lines = [say(found.describe_message())] + [
                    f"{integer_text(c.volume)}: {say(c.reason)}" for c in found.crossings
                    if c.reason]
                self.explanation.show_text(fill(self.tr("Break-even against {route}"),
                                                route=route), lines)
        else:
            return False
        if kind in ("total", "per_piece", "diff"):  # the printed terms foot, or a Rounding line
            add_rounding(self.explanation.tree.topLevelItem(0), self.explanation.figure,
                         (1, -1) if kind == "diff" else None)
        self._explained = key
        return True

    def _explain_designs(self, comparison: Comparison, route: str, lazily: bool = False) -> None:
        """For a plan: how the route costs each of its designs at this volume."""
        prepared = self.prepared
        if prepared is None or len(prepared.plan.lines) < 2:
            return
        for line in prepared.plan.lines[:50]:
            code = line.design.code
            title = fill(self.tr("{code} in the plan"), code=code)
            if lazily:
                self.explanation.add_group(title, partial(
                    prepared.explain_design, route, code, comparison.volume,
                    comparison.adjustments))
                continue
            try:
                figures = prepared.explain_design(route, code, comparison.volume,
                                                  comparison.adjustments)
            except DomainError:
                continue
            self.explanation.add_group(title, figures)

    def explain(self, kind: str, route: str) -> bool:
        """Show how a figure of the table is made (as pointing at it does)."""
        return self._explain_key((kind, route))

    # --- exports --------------------------------------------------------------------------

    def export_chart(self, key: str | None, kind: str, path: Path | str | None = None
                     ) -> Path | None:
        """Export a chart (the one shown when key is None) as PNG or SVG; asks where when no
        path is given. The path written, or None."""
        chart = self.shown_chart() if key is None else self.chart(key)
        # What is exported is shown (and laid out: a hidden chart has not had its size yet).
        self.charts.setCurrentWidget(chart)
        if chart.is_cleared:
            self._draw_for_export(chart)
        if path is None:
            path = self.ask_export_path(chart, kind)
            if path is None:
                return None
        path = Path(path)
        try:
            written = chart.export_png(path) if kind == "png" else chart.export_svg(path)
        except OSError as error:
            self.message.emit(fill(self.tr("Not exported: {error}"), error=str(error)))
            return None
        if self._settings is not None:
            registry.write(self._settings, registry.COMPARISON_EXPORT_FOLDER, str(path.parent))
        self.message.emit(fill(self.tr("Exported “{file}”."), file=str(written)))
        return written

    def _draw_for_export(self, chart: Any) -> None:
        if self.comparison is not None and self.prepared is not None:
            chart.show_comparison(self.comparison, self.prepared)
            self._charts_drawn.add(chart.key)

    def ask_export_path(self, chart: Any, kind: str) -> Path | None:
        folder = Path.home()
        if self._settings is not None:
            folder = Path(registry.read(self._settings, registry.COMPARISON_EXPORT_FOLDER)
                          or str(folder))
        title = self.setup.title if self.setup is not None else "jewelbench"
        name = f"{title} - {chart.title}.{kind}".replace("/", "-").replace("'", "")
        filters = self.tr("PNG image (*.png)") if kind == "png" else \
            self.tr("SVG drawing (*.svg)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export Chart"),
                                                str(folder / name), filters)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{kind}" else path.with_name(
            f"{path.name}.{kind}")

    # --- plans and landed-cost terms --------------------------------------------------------

    def new_plan(self) -> Any:
        return self._open_plan_editor(None)

    def edit_plan(self) -> Any:
        choice = self.choice()
        if choice is None or choice.kind != "plan":
            return None
        return self._open_plan_editor(choice.id)

    def _open_plan_editor(self, plan_id: int | None) -> Any:
        if self._workspace is None or self._controller is None:
            return None
        from jewelbench.ui.costs.plan_editor import PlanEditor

        editor = PlanEditor(self._workspace, self._controller, self._settings or QSettings(),
                            plan_id, self)
        editor.saved.connect(lambda saved_id: self.choose("plan", saved_id))
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = editor
        editor.open()
        return editor

    def delete_plan(self) -> Any:
        choice = self.choice()
        if choice is None or choice.kind != "plan" or self._workspace is None \
                or self._controller is None:
            return None
        from jewelbench.ui.costs.plan_editor import ask_delete_plan

        box = ask_delete_plan(self, self._workspace, self._controller, choice.id)
        self.dialog = box
        return box

    def edit_terms(self, supplier_id: int | None = None) -> Any:
        if self._workspace is None or self._controller is None:
            return None
        from jewelbench.ui.costs.terms_editor import LandedTermsEditor

        if supplier_id is None and self.setup is not None:
            supplier_id = next((q.supplier_id for r in self.setup.routes
                                for q in r.quotes.values()), None)
        editor = LandedTermsEditor(self._workspace, self._controller,
                                   self._settings or QSettings(), supplier_id, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = editor
        editor.show()
        return editor


def _break_even(comparison: Comparison, route: str) -> BreakEven | None:
    return next((b for b in comparison.break_evens if b.route == route), None)


def _signed(text: str) -> str:
    return text.replace("-", "−") if text.startswith("-") else "+" + text


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
