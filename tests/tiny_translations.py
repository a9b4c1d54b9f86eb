"""A tiny Norwegian translation for tests, built with pyside6-lrelease from a .ts written in the
test's folder: the tests of what is written in Bokmål stand on their own, whatever state the
real resources/translations/jewelbench_nb.ts is in."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest


def write_ts(path: Path, contexts: dict[str, dict[str, str]]) -> Path:
    """A Qt .ts file with these translations (context -> source -> translation)."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             '<TS version="2.1" language="nb_NO">']
    for context, messages in contexts.items():
        parts.append(f"<context><name>{escape(context)}</name>")
        for source, translation in messages.items():
            parts.append(f"<message><source>{escape(source)}</source>"
                         f"<translation>{escape(translation)}</translation></message>")
        parts.append("</context>")
    parts.append("</TS>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name(
        "pyside6-lrelease"))
    if not Path(found).exists():
        pytest.fail("pyside6-lrelease (PySide6-Essentials) is missing")
    return found


def tiny_translations(folder: Path, contexts: dict[str, dict[str, str]]) -> Path:
    """folder/jewelbench_nb.qm built from contexts (context -> source -> translation), as
    `python -m jewelbench.app.translations` builds the real one; returns folder."""
    folder.mkdir(parents=True, exist_ok=True)
    ts = write_ts(folder / "jewelbench_nb.ts", contexts)
    subprocess.run([lrelease(), str(ts), "-qm", str(folder / "jewelbench_nb.qm")],
                   check=True, capture_output=True, timeout=60)
    return folder
