"""Report fixtures: tech pack snapshots, their images, and PDFs read back with poppler-utils."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
import techpack_samples

from jewelbench.reports.techpack_pdf import render_techpack_pdf


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


@pytest.fixture(scope="session")
def drawn_images(qapp):
    return techpack_samples.drawn_images()


@pytest.fixture(scope="session")
def logo(qapp):
    return techpack_samples.logo_png()


@pytest.fixture
def render(qapp, tmp_path, drawn_images, logo):
    """Factory: render a snapshot to a PDF in tmp_path with the sample images and logo."""

    def factory(snapshot, page_size: str = "A4", name: str = "techpack.pdf",
                images: dict[int, bytes] | None = None, with_logo: bool = True) -> RenderedPdf:
        available = drawn_images if images is None else images
        path = tmp_path / name
        pages = render_techpack_pdf(snapshot, available.__getitem__,
                                    logo if with_logo else None, path, page_size)
        return RenderedPdf(path, pages)

    return factory
