"""The brand profile printed on every tech pack: name, address and logo."""

from __future__ import annotations

from dataclasses import dataclass

from jewelbench.domain.messages import QT_TRANSLATE_NOOP
from jewelbench.domain.validation import DomainError, check_text

THE_BRAND_LOGO_IS = QT_TRANSLATE_NOOP("brand", "The brand logo is empty: choose an image file")
THE_BRAND_LOGO_IS_2 = QT_TRANSLATE_NOOP(
    "brand", "The brand logo is larger than {max_logo_bytes} MB")
THE_BRAND_LOGO_MUST = QT_TRANSLATE_NOOP(
    "brand", "The brand logo must be an image ({logo_mime_types}), not '{logo_mime_type}'")

# A new logo is one of the five formats every image is taken in as (reports.image_formats'
# allow-list, checked by content); image/svg+xml stays readable because files written before
# issue 13 may hold an SVG logo: it is kept, but no longer shown or printed.
LOGO_MIME_TYPES = ("image/png", "image/jpeg", "image/svg+xml", "image/webp", "image/gif",
                   "image/bmp")
MAX_LOGO_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Brand:
    name: str = ""
    address: str = ""
    logo: bytes | None = None
    logo_mime_type: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", check_text(self.name, QT_TRANSLATE_NOOP(
            "fields", "Brand name")))
        object.__setattr__(self, "address", check_text(self.address, QT_TRANSLATE_NOOP(
            "fields", "Brand address"),
                                                       max_len=2000))
        if self.logo is None:
            object.__setattr__(self, "logo_mime_type", None)
            return
        if not isinstance(self.logo, bytes) or not self.logo:
            raise DomainError(THE_BRAND_LOGO_IS())
        if len(self.logo) > MAX_LOGO_BYTES:
            raise DomainError(THE_BRAND_LOGO_IS_2(max_logo_bytes=MAX_LOGO_BYTES // 2**20))
        if self.logo_mime_type not in LOGO_MIME_TYPES:
            raise DomainError(THE_BRAND_LOGO_MUST(
                logo_mime_types=', '.join(LOGO_MIME_TYPES), logo_mime_type=self.logo_mime_type))

    @property
    def has_logo(self) -> bool:
        return self.logo is not None
