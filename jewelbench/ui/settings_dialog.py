"""File ▸ Settings… (Preferences on macOS): the language jewelbench speaks, the region whose
forms numbers, money and dates take, the unit weights are shown in, the paper printed on, the
backups, and the open workspace's base currency.

Region, weight unit and paper apply at once (the section on screen is shown again in the new
forms). A new language is spoken from the next start; Restart Now closes the window, saving
everything as closing does, and opens it again on the same workspace in the new language.
The base currency is the workspace's, changed through Workspace Settings' own undoable command.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, QLocale, QSettings, QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jewelbench.domain.currencies import check_known_currency
from jewelbench.domain.messages import fill
from jewelbench.domain.money import Money
from jewelbench.domain.validation import DomainError
from jewelbench.ui import dialogs, i18n
from jewelbench.ui import settings as registry
from jewelbench.ui.currency import currency_codes
from jewelbench.ui.style import named
from jewelbench.ui.widgets.spin_boxes import SpinBox
from jewelbench.ui.window.shell import Shell

EXAMPLE_AMOUNT = Decimal("1234.50")
EXAMPLE_CURRENCY = "NOK"


def example_for(region: str, on: dt.date | None = None) -> str:
    """An amount and a date in region's forms: "1 234,50 NOK · 06.12.2026" for nb_NO."""
    on = on or dt.date.today()
    forms = registry._locale_forms()
    if forms is not None:
        with forms.reading_in(region):
            return f"{forms.format_money(Money(EXAMPLE_AMOUNT, EXAMPLE_CURRENCY))} · " \
                   f"{forms.format_date(on)}"
    locale = QLocale(region)
    amount = locale.toString(float(EXAMPLE_AMOUNT), "f", 2)
    date = locale.toString(QDate(on.year, on.month, on.day), QLocale.FormatType.ShortFormat)
    return f"{amount} {EXAMPLE_CURRENCY} · {date}"


class SettingsDialog(QDialog):
    """The settings chosen on this computer and the workspace's base currency. accept()
    stores them (a base currency that is not an ISO 4217 code is refused in the dialog,
    nothing stored); `applied` then carries what changed, by setting key."""

    applied = Signal(object)  # dict: key -> new value
    GEOMETRY = registry.layout("dialogs/settings/geometry")

    def __init__(self, settings: QSettings, base_currency: str, *,
                 currency_editable: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.before = registry.choices(settings)
        self.base_before = base_currency
        self.changes: dict[str, Any] = {}

        self.language = QComboBox()
        self.language.setObjectName("settingsLanguage")
        system = i18n.LANGUAGE_NAMES[i18n.system_language()]
        self.language.addItem(fill(self.tr("System ({language})"), language=system), "")
        for code in i18n.LANGUAGES:
            self.language.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.before.language)))
        self.language.setToolTip(self.tr("The language of menus, dialogs and messages; "
                                         "jewelbench speaks it from its next start"))
        self.language_note = QLabel()
        named(self.language_note, "pageSubtitle")
        self.language_note.setWordWrap(True)

        self.region = QComboBox()
        self.region.setObjectName("settingsRegion")
        self.region.addItem(self.tr("Automatic"), "")
        for code in registry.REGIONS:
            self.region.addItem(self._region_name(code), code)
        self.region.setCurrentIndex(max(0, self.region.findData(self.before.region)))
        self.region.setToolTip(self.tr("How numbers, money and dates are written: "
                                       "1 234,50 in Norway, 1,234.50 in the UK and US"))
        self.example = QLabel()
        self.example.setObjectName("settingsExample")
        self.example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.weight = QComboBox()
        self.weight.setObjectName("settingsWeightUnit")
        for code, name in (("g", self.tr("Grams (g)")), ("dwt", self.tr("Pennyweights (dwt)")),
                           ("ozt", self.tr("Troy ounces (troy oz)"))):
            self.weight.addItem(name, code)
        self.weight.setCurrentIndex(max(0, self.weight.findData(self.before.weight_unit)))
        self.weight.setToolTip(self.tr("The unit weights are shown in; they are stored in "
                                       "grams (1 troy ounce = 31.1034768 g = 20 dwt)"))

        self.paper = QComboBox()
        self.paper.setObjectName("settingsPaper")
        self.paper.addItem("", "")  # "The region's (A4)": named in _region_changed
        self.paper.addItem("A4", "A4")
        self.paper.addItem("Letter", "Letter")
        self.paper.setCurrentIndex(max(0, self.paper.findData(self.before.paper)))
        self.paper.setToolTip(self.tr("The paper tech packs and requests for quotation are "
                                      "printed on"))

        self.interval = SpinBox()
        self.interval.setObjectName("settingsBackupInterval")
        self.interval.setRange(registry.BACKUP_INTERVAL.minimum or 1,
                               registry.BACKUP_INTERVAL.maximum or 1440)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(self.before.backup_interval)
        self.interval.setToolTip(self.tr("A changed workspace is backed up when its last "
                                         "backup is this old, and when it is closed"))
        self.kept = SpinBox()
        self.kept.setObjectName("settingsBackupsKept")
        self.kept.setRange(registry.BACKUP_KEEP_LATEST.minimum or 1,
                           registry.BACKUP_KEEP_LATEST.maximum or 1000)
        self.kept.setSuffix(self.tr(" backups"))
        self.kept.setValue(self.before.backups_kept)
        self.kept.setToolTip(self.tr("The newest backups always kept (daily, weekly and "
                                     "monthly ones are kept besides: File ▸ Backups)"))

        self.currency = QComboBox()
        self.currency.setObjectName("settingsBaseCurrency")
        self.currency.setEditable(True)
        self.currency.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.currency.addItems(currency_codes(base_currency))
        self.currency.setCurrentText(base_currency)
        completer = QCompleter(QStringListModel(currency_codes(base_currency), self),
                               self.currency)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.InlineCompletion)
        self.currency.setCompleter(completer)
        self.currency.setEnabled(currency_editable)
        self.currency.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 9)
        self.currency.setToolTip(self.tr("The currency this workspace shows every cost in "
                                         "(ISO 4217: EUR, USD, NOK …); converts nothing "
                                         "stored, and can be undone"))
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.hide()

        speech = QFormLayout()
        speech.addRow(self.tr("&Language:"), self.language)
        speech.addRow(self.language_note)
        speech.addRow(self.tr("&Region:"), self.region)
        speech.addRow(self.tr("Example:"), self.example)
        speech.addRow(self.tr("&Weights in:"), self.weight)
        speech.addRow(self.tr("&Paper:"), self.paper)
        speaking = QGroupBox(self.tr("Language and forms"))
        speaking.setLayout(speech)
        kept = QFormLayout()
        kept.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        kept.addRow(self.tr("Back up &every:"), self.interval)
        kept.addRow(self.tr("&Keep the newest:"), self.kept)
        backups = QGroupBox(self.tr("Backups"))
        backups.setLayout(kept)
        money = QFormLayout()
        money.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        money.addRow(self.tr("&Base currency:"), self.currency)
        workspace = QGroupBox(self.tr("This workspace"))
        workspace.setLayout(money)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(speaking)
        layout.addWidget(backups)
        layout.addWidget(workspace)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.language.currentIndexChanged.connect(lambda _i: self._language_changed())
        self.region.currentIndexChanged.connect(lambda _i: self._region_changed())
        self._language_changed()
        geometry = registry.read(settings, self.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)

    # --- what the choices mean ------------------------------------------------------------

    def _region_name(self, code: str) -> str:
        names = {"nb_NO": self.tr("Norway"), "en_GB": self.tr("United Kingdom"),
                 "en_US": self.tr("United States"), "en_CA": self.tr("Canada"),
                 "en_IE": self.tr("Ireland"), "en_IN": self.tr("India"),
                 "en_AU": self.tr("Australia"), "de_DE": self.tr("Germany"),
                 "sv_SE": self.tr("Sweden"), "da_DK": self.tr("Denmark")}
        if code in names:
            return names[code]
        locale = QLocale(code)  # the computer's own region, not among those offered
        return f"{QLocale.territoryToString(locale.territory())} ({code})"

    def chosen_language(self) -> str:
        return str(self.language.currentData())

    def spoken_language(self) -> str:
        """The language jewelbench will speak with the choice made: English or Bokmål."""
        return self.chosen_language() or i18n.system_language()

    def region_in_effect(self) -> str:
        return registry.region_for(str(self.region.currentData()), self.spoken_language())

    def _language_changed(self) -> None:
        spoken = self.spoken_language()
        if spoken == i18n.language():
            self.language_note.setText("")
            self.language_note.hide()
        else:
            self.language_note.setText(fill(
                self.tr("jewelbench speaks {language} from its next start."),
                language=i18n.LANGUAGE_NAMES[spoken]))
            self.language_note.show()
        self.region.setItemText(0, fill(self.tr("Automatic ({region})"),
                                        region=self._region_name(
                                            registry.region_for("", spoken))))
        self._region_changed()

    def _region_changed(self) -> None:
        region = self.region_in_effect()
        self.example.setText(example_for(region))
        self.paper.setItemText(0, fill(self.tr("The region's ({paper})"),
                                       paper=registry.region_paper(
                                           str(self.region.currentData()),
                                           self.spoken_language())))

    # --- storing --------------------------------------------------------------------------

    def chosen_currency(self) -> str:
        """The base currency typed or picked, checked (DomainError saying why not)."""
        return check_known_currency(self.currency.currentText().strip().upper())

    def accept(self) -> None:
        try:
            currency = self.chosen_currency()
        except DomainError as error:
            self.error.setText(i18n.say(error))
            self.error.show()
            self.currency.setFocus()
            return
        wanted: dict[registry.Setting[Any], Any] = {
            registry.LANGUAGE: self.chosen_language(),
            registry.REGION: str(self.region.currentData()),
            registry.WEIGHT_UNIT: str(self.weight.currentData()),
            registry.PAPER: str(self.paper.currentData()),
            registry.BACKUP_INTERVAL: self.interval.value(),
            registry.BACKUP_KEEP_LATEST: self.kept.value(),
        }
        changes: dict[str, Any] = {}
        for setting, value in wanted.items():
            if registry.read(self.settings, setting) != value:
                registry.write(self.settings, setting, value)
                changes[setting.key] = value
        if currency != self.base_before:
            changes["base_currency"] = currency
        self.changes = changes
        super().accept()
        if changes:
            self.applied.emit(changes)

    def done(self, result: int) -> None:
        registry.write(self.settings, self.GEOMETRY, self.saveGeometry())
        super().done(result)


# --- File ▸ Settings… in the main window -------------------------------------------------------

def show_settings(window: Shell) -> SettingsDialog:
    """Open the Settings dialog over window (a MainWindow); its changes are put into effect
    when it is accepted."""
    dialog = SettingsDialog(window.settings, window.workspace.base_currency,
                            currency_editable=not window.workspace.read_only, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.applied.connect(lambda changes: put_into_effect(window, changes))
    window.settings_dialog = dialog
    dialog.open()
    return dialog


def put_into_effect(window: Shell, changes: dict[str, Any]) -> None:
    """Forms and paper at once (the section on screen shown again), the backup policy for
    the next backup, the base currency as one undoable change, and a word about the language."""
    if {registry.REGION.key, registry.WEIGHT_UNIT.key, registry.LANGUAGE.key} & set(changes):
        registry.apply_forms(window.settings)
    if {registry.BACKUP_INTERVAL.key, registry.BACKUP_KEEP_LATEST.key} & set(changes) \
            and window._backups is not None:
        from jewelbench.ui.backups.dialog import policy_from

        window._backups.policy = policy_from(window.settings)
    if "base_currency" in changes:
        from jewelbench.ui.workspace.first_hour import change_settings
        from jewelbench.ui.workspace.settings import settings_of

        before = settings_of(window.workspace)
        change_settings(window, before, replace(before, base_currency=changes["base_currency"]))
    window.reload()
    if registry.LANGUAGE.key in changes:
        spoken = registry.read(window.settings, registry.LANGUAGE) or i18n.system_language()
        if spoken != i18n.language():
            offer_restart(window, spoken)


def offer_restart(window: Shell, language: str) -> QMessageBox:
    """"jewelbench speaks Norsk bokmål from its next start", with Restart Now and Later."""
    translate = QApplication.translate  # lupdate reads translate("context", "…")
    box = QMessageBox(QMessageBox.Icon.Information, translate("SettingsDialog", "Language"),
                      fill(translate("SettingsDialog",
                                     "jewelbench speaks {language} from its next start."),
                           language=i18n.LANGUAGE_NAMES[language]),
                      QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("restartForLanguage")
    box.setInformativeText(translate(
        "SettingsDialog", "Restart Now closes this window, saving everything as closing "
                          "does, and opens it again on the same workspace."))
    restart: QPushButton = box.addButton(translate("SettingsDialog", "&Restart Now"),
                                         QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("SettingsDialog", "&Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restart)
    dialogs.when_clicked(box, restart, lambda: restart_window(window))
    window.restart_box = box
    box.open()
    return box


def restart_window(window: Shell) -> Shell | None:
    """Close window as closing does (editors committed, backed up, state saved, workspace
    closed), speak the chosen language and open a new window on the same workspace; the new
    window (None if the old one would not close)."""
    from jewelbench.storage import Workspace

    path, read_only = window.workspace.path, window.workspace.read_only
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # the window is replaced, not the app ended
    try:
        if not window.close():
            return None
        i18n.install(registry.read(window.settings, registry.LANGUAGE))
        registry.apply_forms(window.settings)
        workspace = Workspace.open(path, full_check=False, read_only=read_only)
        new = window.successor(workspace)
        new.show()
    finally:
        app.setQuitOnLastWindowClosed(quits)
    window.replaced.emit(new)
    return new
