"""Report fixtures: tech pack snapshots, their images, and PDFs read back with poppler-utils."""

from __future__ import annotations

import pytest
import techpack_samples
from pdf_helpers import RenderedPdf

from jewelbench.reports.techpack_pdf import render_techpack_pdf


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
