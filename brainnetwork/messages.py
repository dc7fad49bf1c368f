"""What a visitor's message goes through before Rasa sees it (REST and socket.io).

- Longer than MAX_MESSAGE_CHARS: refused with a Dutch explanation, before any NLU runs
  (a million characters would otherwise tie up the server).
- NUL and other control characters, zero-width characters and bidirectional overrides
  are removed; right-to-left text itself stays. Whitespace-only is refused as empty.
- A message starting with "/" is a button payload to Rasa ("/affirm"), and Rasa would
  take `/inform{"confirmed": true}` or `/intake_submitted` as an intent with entities.
  Only the payloads this assistant's own buttons send are let through as payloads; any
  other text loses its leading slashes and goes through NLU (and the crisis safety net)
  like anything typed.
- A request body larger than MAX_REQUEST_BYTES is refused before it is read
  (REST: 413 with the Dutch "te lang"; socket.io: the connection is closed). Client
  metadata is never passed on: no action reads it, and it would be stored with every
  message.
- A sender id (REST) is 1 to MAX_SENDER_CHARS letters, digits or `_ - : @ +`: no dots
  (no `.`, `..` or `export.csv` in the review app's URLs), no slashes or spaces.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, FrozenSet

from brainnetwork.responses import domain_responses
from brainnetwork.settings import PROJECT_ROOT

MAX_MESSAGE_CHARS = 5000
MAX_SENDER_CHARS = 128
# A whole request (REST body, socket.io packet): a message of MAX_MESSAGE_CHARS escaped as
# JSON (up to 12 bytes a character) with room to spare, far below Sanic's 100 MB default.
MAX_REQUEST_BYTES = 128 * 1024
# Payloads sent by the website widget itself, besides those of the buttons.
CLIENT_PAYLOADS = ("/greet", "/restart")
_INVISIBLE = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f"  # control characters (not \t \n \r)
    "\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_SENDER = re.compile(r"[\w:@+-]{1,%d}" % MAX_SENDER_CHARS, re.ASCII)


@dataclass(frozen=True)
class Refusal(Exception):
    """A message that does not go to Rasa: the HTTP status and the Dutch answer."""

    status: int
    text: str
    reason: str


TOO_LONG = Refusal(413, f"Je bericht is te lang voor mij (meer dan {MAX_MESSAGE_CHARS} tekens). "
                        "Wil je het in een paar zinnen samenvatten?", "too_long")
EMPTY = Refusal(400, "Ik zie geen tekst in je bericht. Wat wil je me vragen?", "empty")
NOT_TEXT = Refusal(400, "Ik kan alleen tekstberichten lezen.", "not_text")
BAD_SENDER = Refusal(400, f"Ongeldige afzender: gebruik hooguit {MAX_SENDER_CHARS} letters, cijfers of _ - : @ +.",
                     "bad_sender")


def clean_text(text: str) -> str:
    """NFC, without invisible and control characters, tabs and carriage returns as spaces."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _INVISIBLE.sub("", text).strip()


@functools.lru_cache(maxsize=1)
def allowed_payloads(root: Path = PROJECT_ROOT) -> FrozenSet[str]:
    """Every "/..." payload of this assistant's buttons (the domain's responses), and the widget's own."""
    payloads = (button.get("payload") for variants in domain_responses(root).values()
                for variant in variants for button in variant.get("buttons") or [])
    return frozenset(CLIENT_PAYLOADS) | {p for p in payloads if isinstance(p, str) and p.startswith("/")}


def prepare(text: Any) -> str:
    """The text to hand to Rasa, or raises Refusal."""
    if not isinstance(text, str):
        raise NOT_TEXT
    if len(text) > MAX_MESSAGE_CHARS:
        raise TOO_LONG
    cleaned = clean_text(text)
    if cleaned.startswith("/") and cleaned not in allowed_payloads():
        cleaned = cleaned.lstrip("/").strip()
    if not cleaned:
        raise EMPTY
    return cleaned


def check_sender(sender: Any) -> str:
    if not isinstance(sender, str) or not _SENDER.fullmatch(sender):
        raise BAD_SENDER
    return sender
