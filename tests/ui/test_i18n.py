"""The language jewelbench speaks (ui/i18n.py): a real .qm built by pyside6-lrelease from a
small .ts in tmp_path; a missing or damaged file leaves English with a note in the log."""

from __future__ import annotations

import logging
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.validation import DomainError
from jewelbench.ui import i18n

CHEAPER = QT_TRANSLATE_NOOP("test_i18n", "{supplier} is cheaper by {amount}")
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en">
<context><name>test_i18n</name>
<message><source>Quotes</source><translation>Tilbud</translation></message>
<message><source>{supplier} is cheaper by {amount}</source>
<translation>{amount} billigere hos {supplier}</translation></message>
</context>
</TS>
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "jewelbench_nb.ts").write_text(TS, encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(tmp_path / "jewelbench_nb.ts"), "-qm",
                    str(tmp_path / "jewelbench_nb.qm")], check=True)
    return tmp_path


@pytest.fixture(autouse=True)
def english_after(qapp):
    yield
    i18n.install(i18n.ENGLISH)


def tr(text: str) -> str:
    return QCoreApplication.translate("test_i18n", text)


@pytest.mark.integration
def test_bokmal_is_spoken_once_installed_and_english_again_after(folder: Path) -> None:
    assert i18n.install("nb", folder) == "nb"
    assert i18n.language() == "nb"
    assert tr("Quotes") == "Tilbud"
    assert i18n.install("en", folder) == "en"
    assert tr("Quotes") == "Quotes"


@pytest.mark.integration
def test_a_message_is_said_in_the_language_spoken_with_its_values_moved(folder) -> None:
    message = CHEAPER(supplier="Aurum", amount=Decimal("12.50"))
    assert i18n.say(message) == "Aurum is cheaper by 12.50"
    i18n.install("nb", folder)
    assert i18n.say(message) == "12.50 billigere hos Aurum"
    assert i18n.say(DomainError(message)) == "12.50 billigere hos Aurum"
    assert i18n.say(DomainError("plain English")) == "plain English"


@pytest.mark.integration
def test_speaking_switches_for_a_block_and_back(folder: Path) -> None:
    i18n.install("nb", folder)
    with i18n.speaking("en") as spoken:
        assert spoken == "en" and tr("Quotes") == "Quotes"
    assert tr("Quotes") == "Tilbud" and i18n.language() == "nb"
    i18n.install("en", folder)
    with i18n.speaking("nb", folder):
        assert tr("Quotes") == "Tilbud"
    assert tr("Quotes") == "Quotes"


def test_a_missing_translation_file_leaves_english_with_a_note(tmp_path, caplog) -> None:
    with caplog.at_level(logging.WARNING, logger="jewelbench.ui.i18n"):
        assert i18n.install("nb", tmp_path) == "en"
    assert "No translation file" in caplog.text
    assert tr("Quotes") == "Quotes"


def test_a_damaged_translation_file_leaves_english_with_a_note(tmp_path, caplog) -> None:
    (tmp_path / "jewelbench_nb.qm").write_bytes(b"\x3c\xb8\x64\x18 not a qm file at all")
    with caplog.at_level(logging.WARNING, logger="jewelbench.ui.i18n"):
        assert i18n.install("nb", tmp_path) == "en"
    assert "is damaged" in caplog.text
    with caplog.at_level(logging.WARNING, logger="jewelbench.ui.i18n"):
        with i18n.speaking("nb", tmp_path) as spoken:
            assert spoken == "en"


@pytest.mark.integration
def test_an_empty_or_unknown_language_means_the_systems(folder: Path) -> None:
    # the test machines' system locale is not Norwegian
    assert i18n.install("", folder) == "en"
    assert i18n.install("xx", folder) == "en"
