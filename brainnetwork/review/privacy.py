"""Masking of phone numbers and e-mail addresses for list views, exports of candidates
and anything else that does not need the full value."""

from __future__ import annotations

import re

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# A run of at least 9 digits, allowing the separators people type: 06-12345678,
# +31 6 1234 5678, (020) 123 45 67, 0031612345678. Dates (12-12-2026) are left alone.
PHONE = re.compile(r"(?<![\w])\+?\(?\d(?:[\s\-.()/]*\d){8,}")
DATE = re.compile(r"\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b")


def mask_email(match: re.Match) -> str:
    local, _, domain = match.group(0).partition("@")
    return f"{local[:1]}***@{domain}"


def mask_phone(match: re.Match) -> str:
    if DATE.search(match.group(0)):
        return match.group(0)
    digits = re.sub(r"\D", "", match.group(0))
    return "*" * (len(digits) - 2) + digits[-2:]


def mask(text: str) -> str:
    """`text` with e-mail addresses as s***@example.nl and phone numbers as ******78."""
    if not text:
        return text or ""
    return PHONE.sub(mask_phone, EMAIL.sub(mask_email, text))
