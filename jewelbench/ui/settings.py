"""Everything jewelbench remembers on this computer (QSettings), in one typed registry.

Each thing remembered is a Setting: its key, its type, its default and what it is for.
read() gives the value as its type, and a value that is missing, of another type or out of
its range (a hand-edited or damaged settings file, an older version's form) reads as the
default: a damaged setting never stops a window opening. write() stores a value.

Things remembered per dialog, per view or per workspace (a window's size, a splitter, a
table's columns, the column mapping of one supplier's quotes) are families: the family's
`at(...)` names one member. `layout(key)` is the family of a window's geometry, a splitter's
or a table header's saved state.

The settings a person chooses in File ▸ Settings (language, region, weight display, paper,
backups) are declared first; what they mean in effect (the region a language defaults to,
the paper a region uses) is worked out here too, so every window reads it the same way.

Nothing else in jewelbench passes a key to QSettings.value/setValue
(tests/ui/test_settings_registry.py).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

_TRUE = ("true", "1", "yes", "on")
_FALSE = ("false", "0", "no", "off", "")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One thing remembered: key, type (str, int, bool, list for a list of texts, QByteArray
    for a saved window or layout state), default, and what it is for."""

    key: str
    type: type
    default: T
    doc: str
    choices: tuple[Any, ...] = ()  # when given, any other value reads as the default
    minimum: int | None = None
    maximum: int | None = None


@dataclass(frozen=True)
class SettingFamily(Generic[T]):
    """Settings alike but for one dialog, view, workspace or supplier each: `pattern` holds
    {name}-style placeholders that `at(...)` fills."""

    pattern: str
    type: type
    default: T
    doc: str
    minimum: int | None = None
    maximum: int | None = None

    def at(self, **parts: object) -> Setting[T]:
        return Setting(self.pattern.format(**{k: str(v) for k, v in parts.items()}),
                       self.type, self.default, self.doc, minimum=self.minimum,
                       maximum=self.maximum)


REGISTRY: dict[str, Setting[Any] | SettingFamily[Any]] = {}


def _declare(setting: Setting[T]) -> Setting[T]:
    assert setting.key not in REGISTRY, setting.key
    REGISTRY[setting.key] = setting
    return setting


def _family(family: SettingFamily[T]) -> SettingFamily[T]:
    assert family.pattern not in REGISTRY, family.pattern
    REGISTRY[family.pattern] = family
    return family


# --- what File ▸ Settings chooses -----------------------------------------------------------

LANGUAGES = ("", "en", "nb")  # "" = the system's
LANGUAGE = _declare(Setting("ui/language", str, "", "The language jewelbench speaks: en, nb "
                            "or '' for the system's; takes effect at the next start",
                            choices=LANGUAGES))
# The regions offered: the forms of numbers, money and dates (babel locale ids).
REGIONS = ("nb_NO", "en_GB", "en_US", "en_CA", "en_IE", "en_IN", "en_AU", "de_DE", "sv_SE",
           "da_DK")
REGION = _declare(Setting("ui/region", str, "", "The forms of numbers, money and dates (a "
                          "locale id such as nb_NO or en_US); '' for the computer's own when "
                          "it speaks jewelbench's language, else the language's own region",
                          choices=("",) + REGIONS))
WEIGHT_UNITS = ("g", "dwt", "ozt")
WEIGHT_UNIT = _declare(Setting("ui/weightUnit", str, "g", "The unit weights are shown in: "
                               "grams, pennyweights or troy ounces", choices=WEIGHT_UNITS))
PAPERS = ("A4", "Letter")
PAPER = _declare(Setting("print/paper", str, "", "The paper tech packs and requests for "
                         "quotation are printed on; '' for the region's (Letter in the US and "
                         "Canada, A4 elsewhere)", choices=("",) + PAPERS))
LETTER_TERRITORIES = ("US", "CA")

# The backup policy (storage.backups.BackupPolicy's fields), edited in File ▸ Settings and in
# File ▸ Backups.
BACKUP_INTERVAL = _declare(Setting("backups/interval_minutes", int, 30, "Minutes between the "
                                   "automatic backups while the workspace changes",
                                   minimum=1, maximum=24 * 60))
BACKUP_KEEP_LATEST = _declare(Setting("backups/keep_latest", int, 5, "How many of the latest "
                                      "backups are kept", minimum=1, maximum=100))
BACKUP_DAILY = _declare(Setting("backups/daily", int, 7, "How many daily backups are kept",
                                minimum=1, maximum=365))
BACKUP_WEEKLY = _declare(Setting("backups/weekly", int, 4, "How many weekly backups are kept",
                                 minimum=1, maximum=260))
BACKUP_MONTHLY = _declare(Setting("backups/monthly", int, 12, "How many monthly backups are "
                                  "kept", minimum=1, maximum=240))
BACKUP_POLICY = {"interval_minutes": BACKUP_INTERVAL, "keep_latest": BACKUP_KEEP_LATEST,
                 "daily": BACKUP_DAILY, "weekly": BACKUP_WEEKLY, "monthly": BACKUP_MONTHLY}

# --- the window and its workspaces -----------------------------------------------------------

RECENT = _declare(Setting[list[str]]("recent", list, [],
                                     "The workspaces opened lately, newest first"))
LAST_WORKSPACE = _declare(Setting("last_workspace", str, "", "The workspace opened at start"))
WINDOW_VIEW = _declare(Setting("window/view", int, 0, "The section on screen when the window "
                               "was closed", minimum=0, maximum=99))
DESIGNS_GRID = _declare(Setting("views/designs/grid", bool, False, "Designs shown as a grid "
                                "of pictures rather than a list"))
CHECKLIST_DISMISSED = _family(SettingFamily(
    "checklist/dismissed/{workspace}", bool, False,
    "The getting-started checklist was dismissed for this workspace"))

# --- folders last used, per kind of file ------------------------------------------------------

RFQ_FOLDER = _declare(Setting("rfqs/folder", str, "", "Where RFQ letters were last written"))
TECH_PACK_FOLDER = _declare(Setting("dialogs/techPackEditor/exportFolder", str, "",
                                    "Where a tech pack PDF was last saved"))
LOGO_FOLDER = _declare(Setting("dialogs/brandProfile/logoFolder", str, "",
                               "Where the brand's logo was last picked from"))
WORKBOOK_FOLDER = _declare(Setting("exports/workbook/folder", str, "",
                                   "Where the accountant's workbook was last written"))
CSV_FOLDER = _declare(Setting("exports/csv/folder", str, "", "Where CSV tables were last "
                              "written"))
QUOTE_IMPORT_FOLDER = _declare(Setting("exports/importFolder", str, "",
                                       "Where quotes were last imported from"))
TEMPLATE_FOLDER = _declare(Setting("exports/templateFolder", str, "",
                                   "Where a quote template was last written"))
PRICE_IMPORT_FOLDER = _declare(Setting("costs/priceImportFolder", str, "",
                                       "Where prices and rates were last imported from"))
COMPARISON_EXPORT_FOLDER = _declare(Setting("views/costs/comparison/export_folder", str, "",
                                            "Where the cost comparison was last exported"))

# --- choices remembered in dialogs ------------------------------------------------------------

WORKBOOK_KIND = _declare(Setting("exports/workbook/kind", str, "plan", "The workbook last "
                                 "written: a plan or one design", choices=("plan", "design")))
WORKBOOK_SCENARIO = _declare(Setting("exports/workbook/scenario", str, "",
                                     "The scenario the workbook was last written for"))
CSV_TABLES = _declare(Setting("exports/csv/tables", str, "", "The tables last exported as CSV "
                              "(comma-separated names; '' for all)"))
CSV_DELIMITER = _declare(Setting("exports/csv/delimiter", str, "", "The CSV delimiter last "
                                 "used ('' for the locale's)"))
CSV_DECIMAL = _declare(Setting("exports/csv/decimal", str, "", "The decimal sign of CSV "
                               "numbers last used ('' for the language's)"))
CSV_BOM = _declare(Setting("exports/csv/bom", bool, True, "CSV files begin with a byte-order "
                           "mark (Excel reads UTF-8 by it)"))
PRICE_UNIT = _declare(Setting("prices/unit", str, "ozt", "The unit metal prices were last "
                              "typed in: per troy ounce (ozt) or per gram (g)",
                              choices=("ozt", "g")))
COMPARISON_SUBJECT = _declare(Setting("views/costs/comparison/subject", str, "",
                                      "The design or plan last compared (kind:id)"))
QUOTE_IMPORT_SUPPLIER = _family(SettingFamily(
    "exports/importSupplier/{workspace}", int, 0,
    "The supplier whose quotes were last imported into this workspace", minimum=0))
QUOTE_MAPPING = _family(SettingFamily(
    "exports/quoteMappings/{workspace}/{supplier}", str, "",
    "How this supplier's quote files' columns were last mapped (JSON: header to field)"))

# --- sizes and layouts ------------------------------------------------------------------------

LAYOUT = _family(SettingFamily[QByteArray | None](
    "{key}", QByteArray, None,
    "A window's size and place, a splitter's or a table's columns (Qt's saved state)"))


def layout(key: str) -> Setting[QByteArray | None]:
    """The saved geometry or state under key ("dialogs/plan/geometry",
    "views/designs/splitter"): a keyed family, one member per dialog or view."""
    return LAYOUT.at(key=key)


# --- reading and writing ----------------------------------------------------------------------

def _convert(setting: Setting[Any], raw: object) -> Any:
    """raw as the setting's type; ValueError when it cannot be."""
    kind = setting.type
    if kind is QByteArray:
        if isinstance(raw, QByteArray):
            return raw if not raw.isEmpty() else setting.default
        if isinstance(raw, bytes | bytearray):
            return QByteArray(bytes(raw))
        raise ValueError("not a saved state")
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        if isinstance(raw, str | int) and str(raw).strip().lower() in _TRUE + _FALSE:
            return str(raw).strip().lower() in _TRUE
        raise ValueError("not a yes or no")
    if kind is int:
        if isinstance(raw, bool) or not isinstance(raw, int | str | float):
            raise ValueError("not a whole number")
        number = int(str(raw).strip())
        if setting.minimum is not None and number < setting.minimum:
            raise ValueError("too small")
        if setting.maximum is not None and number > setting.maximum:
            raise ValueError("too large")
        return number
    if kind is list:
        if isinstance(raw, str):  # QSettings keeps a one-item list as its item
            return [raw] if raw else []
        if isinstance(raw, list | tuple):
            return [str(item) for item in raw if isinstance(item, str)]
        raise ValueError("not a list")
    if isinstance(raw, str):
        return raw
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return str(raw)
    raise ValueError("not a text")


def read(settings: QSettings, setting: Setting[T]) -> T:
    """The setting's value as its type; the default when nothing is stored or what is stored
    is damaged (another type, out of range, not one of the choices)."""
    raw = settings.value(setting.key)
    if raw is None:
        return _fresh(setting.default)
    try:
        value = _convert(setting, raw)
    except (ValueError, TypeError):
        return _fresh(setting.default)
    if setting.choices and value not in setting.choices:
        return _fresh(setting.default)
    return value


def _fresh(default: T) -> T:
    return list(default) if isinstance(default, list) else default  # type: ignore[return-value]


def write(settings: QSettings, setting: Setting[T], value: T) -> None:
    """Store value (of the setting's type) under the setting's key."""
    if setting.type is list:
        settings.setValue(setting.key, [str(item) for item in value])  # type: ignore[attr-defined]
    elif setting.type is bool:
        settings.setValue(setting.key, bool(value))
    else:
        settings.setValue(setting.key, value)


def forget(settings: QSettings, setting: Setting[Any]) -> None:
    """Remove what is stored: the setting reads as its default again."""
    settings.remove(setting.key)


# --- what the chosen settings mean ------------------------------------------------------------

@dataclass(frozen=True)
class Choices:
    """The settings chosen in File ▸ Settings, as read (each "" where the user left the
    system's or the region's)."""

    language: str = ""
    region: str = ""
    weight_unit: str = "g"
    paper: str = ""
    backup_interval: int = BACKUP_INTERVAL.default
    backups_kept: int = BACKUP_KEEP_LATEST.default


def choices(settings: QSettings) -> Choices:
    return Choices(read(settings, LANGUAGE), read(settings, REGION),
                   read(settings, WEIGHT_UNIT), read(settings, PAPER),
                   read(settings, BACKUP_INTERVAL), read(settings, BACKUP_KEEP_LATEST))


def _system_locale_name() -> str:
    from PySide6.QtCore import QLocale

    return QLocale.system().name()


def bare_system() -> bool:
    """The computer names no locale (C/POSIX: a container, a test machine)."""
    return _system_locale_name() in ("C", "POSIX", "")


def system_region() -> str:
    """The computer's own region (QLocale.system(): en_US, nb_NO …); the C/POSIX locale of a
    bare machine reads as en_US, as its figures always have."""
    return "en_US" if bare_system() else _system_locale_name()


def region_for(region: str, language: str, system: str | None = None) -> str:
    """The region in effect: the one chosen; else the computer's own when it speaks the
    language jewelbench speaks (an English computer in the US stays en_US, a Norwegian one
    nb_NO); else the language's own region (en_GB, nb_NO)."""
    if region:
        return region
    from jewelbench.ui.i18n import DEFAULT_REGION

    system = system_region() if system is None else system
    system_language = system.split("_")[0].lower()
    if system_language in ("nb", "no", "nn"):
        system_language = "nb"
    if system_language == language:
        return system
    return DEFAULT_REGION.get(language, DEFAULT_REGION["en"])


def paper_for(paper: str, region: str) -> str:
    """The paper in effect: the one chosen, else the region's (Letter in the US and Canada)."""
    if paper in PAPERS:
        return paper
    territory = region.replace("-", "_").split("_")[-1].upper() if "_" in region else ""
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


def region_paper(region: str, language: str) -> str:
    """The paper of the region in effect with region chosen ("" for none) and language
    spoken. A bare machine (C/POSIX) with no region chosen says nothing about its paper: A4,
    what jewelbench printed on before paper could be chosen."""
    if not region and bare_system():
        return "A4"
    return paper_for("", region_for(region, language))


def paper_size(settings: QSettings) -> str:
    """The paper tech packs and RFQs print on now ("A4" or "Letter")."""
    from jewelbench.ui import i18n

    paper = read(settings, PAPER)
    return paper if paper in PAPERS else region_paper(read(settings, REGION), i18n.language())


# --- putting the chosen forms into effect -----------------------------------------------------

def _locale_forms() -> Any:
    """jewelbench.domain.locale_forms (babel's forms of numbers, money, dates and weights), or
    None in a build without it: then Qt's default locale alone carries the region."""
    try:
        return importlib.import_module("jewelbench.domain.locale_forms")
    except ImportError:
        return None


def _weight_unit(forms: Any, code: str) -> Any:
    """locale_forms.WeightUnit for "g", "dwt" or "ozt" (by value or by name)."""
    unit_type = forms.WeightUnit
    wanted = {"g": ("g", "gram", "grams"), "dwt": ("dwt", "pennyweight"),
              "ozt": ("ozt", "troy oz", "troy_oz", "troy_ounce", "oz t", "oz")}[code]
    for unit in unit_type:
        if str(unit.value).lower() in wanted or unit.name.lower() in wanted:
            return unit
    raise LookupError(code)


def apply_forms(settings: QSettings) -> str:
    """Put the chosen region (or the spoken language's own) and weight unit into effect for
    everything shown from now on; the region in effect."""
    from PySide6.QtCore import QLocale

    from jewelbench.ui import i18n

    region = region_for(read(settings, REGION), i18n.language())
    QLocale.setDefault(QLocale(region))
    forms = _locale_forms()
    if forms is not None:
        forms.set_locale(region)
        forms.set_weight_unit(_weight_unit(forms, read(settings, WEIGHT_UNIT)))
    return region
