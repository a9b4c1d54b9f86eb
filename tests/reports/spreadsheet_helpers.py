"""A real spreadsheet engine for the workbook tests: LibreOffice headless recalculates an .xlsx
(`soffice --convert-to xlsx` loads the file, computes every formula and saves the values), and
openpyxl reads the values back (data_only=True).

apt: libreoffice-calc-nogui (CI installs it). Without it a test is skipped, with the reason;
in CI (CI=true) it fails instead, so a broken install cannot pass unnoticed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

ERRORS = ("#VALUE!", "#NAME?", "#REF!", "#DIV/0!", "#N/A", "#NUM!", "#NULL!", "Err:")


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def soffice() -> str:
    """The LibreOffice executable; skip (fail in CI) when it is not installed."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    message = ("LibreOffice is not installed (apt install libreoffice-calc-nogui): the "
               "workbook's formulas cannot be recalculated by a real spreadsheet engine")
    if in_ci():
        pytest.fail(message + " — CI must install it")
    pytest.skip(message)


def recalculate(paths: Sequence[Path], out_dir: Path, profile: Path) -> dict[Path, Path]:
    """Recalculate each workbook with LibreOffice in one run; returns input → recalculated
    copy (same name in out_dir)."""
    exe = soffice()
    out_dir.mkdir(parents=True, exist_ok=True)
    profile_url = (profile / f"lo-profile-{uuid.uuid4().hex}").as_uri()
    result = subprocess.run(
        [exe, f"-env:UserInstallation={profile_url}", "--headless", "--norestore",
         "--convert-to", "xlsx", "--outdir", str(out_dir), *map(str, paths)],
        capture_output=True, text=True, timeout=300)
    done = {path: out_dir / path.name for path in paths}
    missing = [str(p) for p, out in done.items() if not out.exists()]
    assert not missing, (f"LibreOffice did not convert {missing}: exit {result.returncode}\n"
                         f"{result.stdout}\n{result.stderr}")
    return done


def value(book: Any, ref: str) -> Any:
    """The value at a reference such as "'Cost comparison'!$B$12"."""
    sheet, cell = ref.rsplit("!", 1)
    return book[sheet.strip("'")][cell.replace("$", "")].value


def defined_cell(book: Any, name: str) -> Any:
    """The cell a defined name points at."""
    destinations = list(book.defined_names[name].destinations)
    assert len(destinations) == 1, name
    sheet, cell = destinations[0]
    return book[sheet][cell.replace("$", "")]
