"""Masking of phone numbers and e-mail addresses for list views, exports of candidates
and anything else that does not need the full value; and which stored events to erase
when a visitor stops the contact form (`erase_stopped_forms`)."""

from __future__ import annotations

import re
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple

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


# --- Erasing the answers of a contact form the visitor stopped --------------------------
#
# "stop" during the contact form, or "nee" to its consent question, is answered with
# "ik heb niets opgeslagen". Rasa has stored every message and every slot value by then,
# so the tracker store (brainnetwork.tracker_store) rewrites those events in the same
# transaction as the turn that stopped the form: `erase_stopped_forms` says how.

FORM = "intake_form"
STOP_ACTION = "action_cancel_intake"
ERASED = "[verwijderd]"
# The form's slots that hold what the visitor typed, or something made from it (the
# slot mappings take the text as it is; the validators normalise it).
ANSWER_SLOTS = frozenset({
    "consent", "visitor_name", "contact_method", "phone", "phone_display", "email",
    "preferred_moment", "preferred_start", "preferred_end", "reason", "confirmed",
})
# The answers the assistant may repeat in a message of its own (the summary does).
ECHOED_SLOTS = frozenset({"visitor_name", "phone", "phone_display", "email", "preferred_moment", "reason"})
# Messages kept in a stopped form: a crisis message is not an answer, and staff must see it.
KEPT_INTENTS = frozenset({"crisis"})
# Values shorter than this are not searched for in the assistant's messages (a name such
# as "Jo" would match everywhere); the summary is erased by its opening words instead.
MIN_ECHO_CHARS = 3


def stops_a_form(event: Mapping[str, Any]) -> bool:
    """Whether `event` (a stored event's data) ends a contact form without a request:
    the stop action, or the consent slot set to no."""
    kind = event.get("event")
    return ((kind == "action" and event.get("name") == STOP_ACTION)
            or (kind == "slot" and event.get("name") == "consent" and event.get("value") is False))


def form_runs(events: Sequence[Mapping[str, Any]]) -> List[Tuple[int, int]]:
    """(first, end) positions of each run of the contact form, from the event that
    activates it to the one that deactivates it (end exclusive); a restart or a new
    session also ends a run."""
    runs: List[Tuple[int, int]] = []
    start: Optional[int] = None
    for position, event in enumerate(events):
        kind = event.get("event")
        if kind == "active_loop" and event.get("name") == FORM:
            start = position if start is None else start
        elif start is not None and (kind == "active_loop" or kind in ("restart", "session_started")):
            runs.append((start, position))
            start = None
    if start is not None:
        runs.append((start, len(events)))
    return runs


def _summary_opening() -> str:
    from brainnetwork.responses import domain_responses

    return domain_responses()["utter_ask_confirmed"][0]["text"].split("{")[0]


def erase_stopped_forms(events: Sequence[Mapping[str, Any]]) -> Dict[int, Dict[str, Any]]:
    """The events to rewrite so that nothing the visitor answered in a contact form they
    stopped (or refused consent for) is kept: {position: erased event}.

    In such a run of the form: the visitor's messages (but for crisis messages) lose
    their text, entities and metadata, and keep their intent; the answer slots are set
    to None; the assistant's messages that repeat an answer (the summary) lose their
    text and their metadata, where Rasa keeps the values a response was filled in with,
    but for the response's name. Everything else, and every event outside such a run,
    stays as it is. Erased events are unchanged by a second pass."""
    changed: Dict[int, Dict[str, Any]] = {}
    summary = _summary_opening()
    for first, end in form_runs(events):
        run = range(first, end)
        if not any(stops_a_form(events[i]) for i in run):
            continue
        echoes = {str(events[i]["value"]).strip().casefold() for i in run
                  if events[i].get("event") == "slot" and events[i].get("name") in ECHOED_SLOTS
                  and isinstance(events[i].get("value"), str)}
        echoes = [echo for echo in echoes if len(echo) >= MIN_ECHO_CHARS]
        for i in run:
            erased = _erased(events[i], summary, echoes)
            if erased is not None and erased != events[i]:
                changed[i] = erased
    return changed


def _erased(event: Mapping[str, Any], summary: str, echoes: List[str]) -> Optional[Dict[str, Any]]:
    kind = event.get("event")
    if kind == "user":
        parse = event.get("parse_data") or {}
        if (parse.get("intent") or {}).get("name") in KEPT_INTENTS:
            return None
        return {**event, "text": ERASED, "metadata": {},
                "parse_data": {"intent": parse.get("intent") or {}, "entities": [],
                               "intent_ranking": parse.get("intent_ranking") or [], "text": ERASED}}
    if kind == "slot" and event.get("name") in ANSWER_SLOTS and isinstance(event.get("value"), str):
        return {**event, "value": None}
    if kind == "bot":
        text = event.get("text") or ""
        shown = " ".join([text, *(str(b.get("title", "")) for b in (event.get("data") or {}).get("buttons") or []
                                  if isinstance(b, dict))]).casefold()
        if text.startswith(summary) or any(echo in shown for echo in echoes):
            kept = {key: value for key, value in (event.get("metadata") or {}).items() if key == "utter_action"}
            return {**event, "text": ERASED, "data": {}, "metadata": kept}
    return None
