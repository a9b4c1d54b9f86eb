"""The one settings registry (jewelbench/ui/settings.py): nothing else passes a key to QSettings,
a damaged value reads as the default, and what is written reads back from the file."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from jewelbench.ui import settings as registry

PACKAGE = Path(registry.__file__).resolve().parent.parent
SETTINGS_CALLS = {"value", "setValue", "remove", "contains"}


def raw_settings_calls(source: str) -> list[int]:
    """The lines of source that call value/setValue/remove/contains on something named
    …settings (a QSettings used directly, not through the registry)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in SETTINGS_CALLS):
            continue
        receiver = node.func.value
        name = receiver.attr if isinstance(receiver, ast.Attribute) else \
            receiver.id if isinstance(receiver, ast.Name) else ""
        if name.lower().endswith("settings"):
            lines.append(node.lineno)
    return lines


def test_no_settings_key_is_used_outside_the_registry():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path == Path(registry.__file__).resolve():
            continue
        for line in raw_settings_calls(path.read_text(encoding="utf-8")):
            found.append(f"{path.relative_to(PACKAGE.parent)}:{line}")
    assert found == [], "read and write settings through jewelbench.ui.settings: " + \
        ", ".join(found)


def test_the_check_finds_a_raw_key():
    source = ("def f(self, settings):\n"
              "    settings.setValue('views/x', 1)\n"
              "    self.settings.value('recent')\n"
              "    self._settings.remove('a')\n"
              "    self.spin.setValue(3)\n"
              "    workspace.settings.set('name', 'x')\n")
    assert raw_settings_calls(source) == [2, 3, 4]


@pytest.fixture
def store(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_every_setting_reads_its_default_when_nothing_is_stored(store):
    for entry in registry.REGISTRY.values():
        if isinstance(entry, registry.Setting):
            assert registry.read(store, entry) == entry.default, entry.key
            if entry.choices:
                assert entry.default in entry.choices, entry.key
            if entry.minimum is not None:
                assert entry.minimum <= entry.default <= entry.maximum, entry.key


@pytest.mark.parametrize(("setting", "damaged"), [
    (registry.BACKUP_INTERVAL, "often"),         # not a number
    (registry.BACKUP_INTERVAL, "0"),             # below its range
    (registry.BACKUP_KEEP_LATEST, "100000"),     # above its range
    (registry.LANGUAGE, "klingon"),              # not one of the languages
    (registry.PAPER, "A3"),                      # not a paper jewelbench prints on
    (registry.WEIGHT_UNIT, "stone"),
    (registry.DESIGNS_GRID, "maybe"),            # not a yes or no
    (registry.REGION, ["nb_NO", "en_US"]),       # a list where a text belongs
])
def test_a_damaged_value_reads_as_the_default(store, setting, damaged):
    store.setValue(setting.key, damaged)
    assert registry.read(store, setting) == setting.default


def test_a_damaged_saved_layout_reads_as_none(store):
    geometry = registry.layout("dialogs/settings/geometry")
    store.setValue(geometry.key, "not a window")
    assert registry.read(store, geometry) is None


def test_what_is_written_reads_back_from_the_file(tmp_path, store):
    registry.write(store, registry.BACKUP_INTERVAL, 45)
    registry.write(store, registry.PAPER, "Letter")
    registry.write(store, registry.DESIGNS_GRID, True)
    registry.write(store, registry.RECENT, ["/a/one.jewelbench"])
    registry.write(store, registry.layout("window/geometry"), QByteArray(b"\x01\x02"))
    mapping = registry.QUOTE_MAPPING.at(workspace="abc", supplier=7)
    registry.write(store, mapping, '{"price": "Unit price"}')
    store.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert registry.read(again, registry.BACKUP_INTERVAL) == 45
    assert registry.read(again, registry.PAPER) == "Letter"
    assert registry.read(again, registry.DESIGNS_GRID) is True
    assert registry.read(again, registry.RECENT) == ["/a/one.jewelbench"]  # a one-item list
    assert registry.read(again, registry.layout("window/geometry")) == QByteArray(b"\x01\x02")
    assert registry.read(again, mapping) == '{"price": "Unit price"}'
    assert mapping.key == "exports/quoteMappings/abc/7"
    registry.forget(again, registry.PAPER)
    assert registry.read(again, registry.PAPER) == ""


def test_a_reading_does_not_share_the_default_list(store):
    first = registry.read(store, registry.RECENT)
    first.append("/x")
    assert registry.read(store, registry.RECENT) == []


@pytest.mark.parametrize(("paper", "region", "printed"), [
    ("", "en_US", "Letter"), ("", "en_CA", "Letter"), ("", "nb_NO", "A4"),
    ("", "en_GB", "A4"), ("A4", "en_US", "A4"), ("Letter", "nb_NO", "Letter")])
def test_the_paper_is_the_regions_unless_one_is_chosen(paper, region, printed):
    assert registry.paper_for(paper, region) == printed


def test_the_region_is_the_computers_or_the_languages_own_unless_one_is_chosen():
    # the computer speaks the language: its own region
    assert registry.region_for("", "en", system="en_US") == "en_US"
    assert registry.region_for("", "nb", system="nb_NO") == "nb_NO"
    assert registry.region_for("", "nb", system="nn_NO") == "nn_NO"
    # it does not: the language's own
    assert registry.region_for("", "nb", system="en_US") == "nb_NO"
    assert registry.region_for("", "en", system="nb_NO") == "en_GB"
    assert registry.region_for("", "en", system="de_DE") == "en_GB"
    # chosen: that one
    assert registry.region_for("en_IN", "nb", system="nb_NO") == "en_IN"


@pytest.mark.parametrize(("system", "region", "language", "printed"), [
    ("C", "", "en", "A4"),           # a bare machine says nothing: A4, as before Settings
    ("C", "en_US", "en", "Letter"),  # …unless the US is chosen
    ("en_US", "", "en", "Letter"),   # an English computer in the US
    ("en_CA", "", "en", "Letter"),
    ("en_US", "", "nb", "A4"),       # speaking Bokmål there: Norway's forms and paper
    ("nb_NO", "", "nb", "A4"),
])
def test_the_regions_paper(monkeypatch, system, region, language, printed):
    monkeypatch.setattr(registry, "_system_locale_name", lambda: system)
    assert registry.region_paper(region, language) == printed


def test_paper_size_reads_the_paper_chosen_else_the_regions(monkeypatch, store):
    monkeypatch.setattr(registry, "_system_locale_name", lambda: "en_US")
    assert registry.paper_size(store) == "Letter"
    registry.write(store, registry.PAPER, "A4")
    assert registry.paper_size(store) == "A4"
    registry.forget(store, registry.PAPER)
    registry.write(store, registry.REGION, "nb_NO")
    assert registry.paper_size(store) == "A4"
