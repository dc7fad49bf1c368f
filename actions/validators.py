"""Validation of what a visitor types into the contact form: name, phone, e-mail, reason.

Each function takes the visitor's text and returns the clean value, or None when the
text does not hold a valid one. Phone numbers are parsed and normalised with
`phonenumbers` (Dutch numbers by default); e-mail syntax is checked with
`email-validator`, without any DNS look-up.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

import phonenumbers
from email_validator import EmailNotValidError, validate_email

MAX_NAME = 80
MAX_REASON = 500
_PHONE_CANDIDATE = re.compile(r"(?:\+|00)?[\d(][\d\s().\-/]{5,}\d")
_EMAIL_CANDIDATE = re.compile(r"[^\s<>()\[\],;:\"]+@[^\s<>()\[\],;:\"']+")
_NAME_PREFIX = re.compile(
    r"^(?:(?:nee|ja|oh|o),?\s+)?(?:ik\s+heet|mijn\s+naam\s+is|ik\s+ben|je\s+mag\s+me|noem\s+me|naam\s*:)\s+",
    re.IGNORECASE,
)
_NOT_A_NAME = {"ja", "nee", "ok", "oke", "oké", "stop", "geen", "weet ik niet", "hallo", "hoi"}
# A message starting with one of these is a question or a sentence, not a name.
_NOT_A_NAME_START = {
    "wat", "waarom", "hoe", "wie", "waar", "wanneer", "welke", "welk", "kun", "kan", "kunt",
    "mag", "moet", "is", "zijn", "ben", "heb", "ik", "je", "jij", "u", "dat", "dit", "het",
}
_NO_REASON = re.compile(
    r"^\s*(?:nee|geen|geen reden|liever niet|sla (?:maar )?over|overslaan|niks|niets|-|n\.?v\.?t\.?)\s*[.!]*\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Phone:
    e164: str  # +31612345678: what is stored
    display: str  # 06 12345678: what the visitor sees


def _is_name(name: str) -> bool:
    """Letters (any script, with accents), apostrophes, dots, hyphens and spaces; a letter
    first. No digits of any kind: "A¹" is no name (found by a property test)."""
    return name[:1].isalpha() and all(
        ch.isalpha() or ch in "'’.- " or unicodedata.category(ch).startswith("M") for ch in name
    )


def clean_name(text: str) -> Optional[str]:
    """A name as the visitor gave it, without "ik heet"; None if it is not a name."""
    name = _NAME_PREFIX.sub("", (text or "").strip())
    # Whitespace of any kind is one space first, so that stripping cannot leave one behind
    # ("A\x85." was "A ": found by the property test).
    name = re.sub(r"\s+", " ", name).strip(" .!?,")
    if not 2 <= len(name) <= MAX_NAME or name.lower() in _NOT_A_NAME or "?" in (text or ""):
        return None
    if name.split()[0].lower() in _NOT_A_NAME_START:
        return None
    if not _is_name(name) or len(name.split()) > 6:
        return None
    return name


def parse_phone(text: str, region: str = "NL") -> Optional[Phone]:
    """The first valid phone number in `text` (06-12345678, 020-1234567, +31 6 ...)."""
    for candidate in _PHONE_CANDIDATE.findall(text or ""):
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            display_format = (
                phonenumbers.PhoneNumberFormat.NATIONAL
                if phonenumbers.region_code_for_number(number) == region
                else phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
            return Phone(e164, phonenumbers.format_number(number, display_format))
    return None


def parse_email(text: str) -> Optional[str]:
    """The first syntactically valid e-mail address in `text`, normalised."""
    for candidate in _EMAIL_CANDIDATE.findall(text or ""):
        try:
            return validate_email(candidate.rstrip("."), check_deliverability=False).normalized
        except EmailNotValidError:
            continue
    return None


def clean_reason(text: str) -> Optional[str]:
    """The reason for contact: "" when the visitor skips it, None when too long."""
    reason = re.sub(r"\s+", " ", (text or "").strip())
    if _NO_REASON.match(reason):
        return ""
    return reason if len(reason) <= MAX_REASON else None
