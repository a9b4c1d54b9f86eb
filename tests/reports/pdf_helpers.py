"""PDFs read back with poppler-utils (imported as `from pdf_helpers import …`, never from
conftest: with several conftest.py files, `import conftest` finds whichever comes first)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path


@dataclass
class RenderedPdf:
    path: Path
    pages: int

    def text(self) -> str:
        """pdftotext -layout: what a person copying from the PDF gets, pages split by \\f."""
        return poppler("pdftotext", "-layout", str(self.path), "-")

    def page_texts(self) -> list[str]:
        return self.text().split("\f")[:self.pages]

    def info(self) -> dict[str, str]:
        lines = poppler("pdfinfo", str(self.path)).splitlines()
        return {key.strip(): value.strip()
                for key, _, value in (line.partition(":") for line in lines)}

    def page_size_pt(self) -> tuple[int, int]:
        found = re.match(r"([\d.]+) x ([\d.]+) pts", self.info()["Page size"])
        assert found, self.info()
        return round(float(found[1])), round(float(found[2]))

    def to_png(self, folder: Path, prefix: str, dpi: int) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        poppler("pdftoppm", "-r", str(dpi), "-png", str(self.path), str(folder / prefix))
        return sorted(folder.glob(f"{prefix}-*.png"))


def poppler(*command: str) -> str:
    """Run a poppler-utils tool (apt: poppler-utils; CI installs it)."""
    result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout
