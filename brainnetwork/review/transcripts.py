"""One conversation as staff read it, from Rasa's events: the transcript (`transcript`) and
the summary the list shows (`summarize`: start, length, topics and the flags crisis,
fallback / low confidence, contact requested and form cancelled)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Dict, List, Optional, Sequence

FLAGS = ("crisis", "fallback", "contact", "cancelled")
FLAG_LABELS = {
    "crisis": "crisis",
    "fallback": "niet begrepen / onzeker",
    "contact": "contact gevraagd",
    "cancelled": "formulier gestopt",
}
# Intents that say nothing about what the visitor came for.
NOT_A_TOPIC = {
    "greet", "goodbye", "thank", "affirm", "deny", "bot_challenge", "help", "inform",
    "stop_form", "start_over", "ask_why_data", "nlu_fallback", "out_of_scope",
}
FALLBACK_ACTIONS = {"action_core_fallback", "action_default_fallback"}
CONTACT_FORM = "intake_form"
CANCEL_ACTION = "action_cancel_intake"


def as_datetime(timestamp: Optional[float]) -> datetime:
    return datetime.fromtimestamp(timestamp or 0, tz=timezone.utc)


def topic_of(intent: str) -> str:
    return intent[4:] if intent.startswith("faq_") else intent


@dataclass
class Turn:
    """One line of a transcript."""

    kind: str  # "visitor", "assistant", "form", "action", "session"
    at: datetime
    text: str = ""
    intent: Optional[str] = None
    confidence: Optional[float] = None
    low_confidence: bool = False
    buttons: List[str] = field(default_factory=list)
    entities: List[str] = field(default_factory=list)
    channel: Optional[str] = None
    predicted: Optional[str] = None  # the model's best intent when it fell back
    predicted_confidence: Optional[float] = None
    in_form: bool = False  # an answer to a form question (a name, a number...)
    # Which layers of crisis detection raised a crisis verdict (lexicon, classifier), and
    # the lexicon's cue: for staff checking false alarms and misses.
    crisis_layers: List[str] = field(default_factory=list)
    crisis_cue: Optional[str] = None

    def as_dict(self) -> Dict[str, Any]:
        return {
            "kind": self.kind, "at": self.at.isoformat(), "text": self.text,
            "intent": self.intent, "confidence": self.confidence,
            "predicted": self.predicted, "predicted_confidence": self.predicted_confidence,
            "buttons": self.buttons, "entities": self.entities,
            "crisis_layers": self.crisis_layers, "crisis_cue": self.crisis_cue,
        }


@dataclass
class Summary:
    sender_id: str
    started_at: datetime
    last_event_at: datetime
    visitor_messages: int = 0
    channel: Optional[str] = None
    topics: List[str] = field(default_factory=list)
    first_message: str = ""
    crisis: bool = False
    fallback: bool = False
    contact: bool = False
    cancelled: bool = False
    search_text: str = ""
    last_event_id: int = 0


def _form_step(data: Dict[str, Any]) -> Optional[str]:
    if data.get("event") == "active_loop":
        name = data.get("name")
        return f"formulier gestart: {name}" if name else "formulier afgesloten"
    if data.get("event") == "slot" and data.get("name") == "requested_slot" and data.get("value"):
        return f"vraagt: {data['value']}"
    return None


def _rounded(value: Any) -> Optional[float]:
    return round(float(value), 3) if isinstance(value, (int, float)) else None


def _best_guess(parse: Dict[str, Any]) -> Dict[str, Any]:
    """The highest-ranked real intent (the FallbackClassifier puts nlu_fallback first)."""
    for ranked in parse.get("intent_ranking") or []:
        if ranked.get("name") and ranked.get("name") != "nlu_fallback":
            return ranked
    return {}


def transcript(rows: Sequence[Dict[str, Any]], low_confidence: float) -> List[Turn]:
    """The readable transcript of one conversation's events (oldest first).

    Response actions (utter_...) and the form's own action are left out: the bot's
    message and the form steps already show them. Answers to a form's questions are
    never "low confidence": the form reads them as they are, whatever the intent, and
    they hold names and phone numbers that must not become NLU candidates."""
    turns: List[Turn] = []
    forms = {data.get("name") for data in rows if data.get("event") == "active_loop"}
    in_form = False
    for data in rows:
        if data.get("event") == "active_loop":
            in_form = bool(data.get("name"))
        kind, at = data.get("event"), as_datetime(data.get("timestamp"))
        if kind == "user":
            parse = data.get("parse_data") or {}
            intent = (parse.get("intent") or {})
            confidence = _rounded(intent.get("confidence"))
            fell_back = intent.get("name") == "nlu_fallback"
            guess = _best_guess(parse) if fell_back else {}
            verdict = parse.get("crisis_signal") if isinstance(parse.get("crisis_signal"), dict) else {}
            turns.append(Turn(
                "visitor", at, data.get("text") or "", intent.get("name"), confidence,
                low_confidence=not in_form and (fell_back or (confidence is not None and confidence < low_confidence)),
                entities=[f"{e.get('entity')}={e.get('value')}" for e in parse.get("entities") or []],
                channel=data.get("input_channel"),
                predicted=guess.get("name") or intent.get("name"),
                predicted_confidence=_rounded(guess.get("confidence")) if guess else confidence,
                in_form=in_form,
                crisis_layers=list(verdict.get("layers") or []), crisis_cue=verdict.get("cue"),
            ))
        elif kind == "bot":
            buttons = [b.get("title", "") for b in (data.get("data") or {}).get("buttons") or []]
            turns.append(Turn("assistant", at, data.get("text") or "", buttons=buttons))
        elif kind == "action" and not _hidden_action(data.get("name"), forms):
            turns.append(Turn("action", at, data["name"]))
        elif kind in ("session_started", "restart"):
            turns.append(Turn("session", at, "nieuw gesprek" if kind == "restart" else "sessie gestart"))
        else:
            step = _form_step(data)
            if step:
                turns.append(Turn("form", at, step))
    return turns


def _hidden_action(name: Optional[str], forms: set) -> bool:
    return not name or name in ("action_listen", "action_session_start") or name.startswith("utter_") or name in forms


def summarize(sender_id: str, rows: Sequence[Dict[str, Any]], low_confidence: float,
              last_event_id: int = 0) -> Summary:
    """The list view's facts about one conversation, from its events (oldest first)."""
    times = [row["timestamp"] for row in rows if row.get("timestamp")]
    summary = Summary(sender_id, as_datetime(min(times, default=0)), as_datetime(max(times, default=0)),
                      last_event_id=last_event_id)
    texts: List[str] = []
    for turn in transcript(rows, low_confidence):
        if turn.kind == "visitor":
            summary.visitor_messages += 1
            summary.channel = summary.channel or turn.channel
            if not summary.first_message and not turn.text.startswith("/"):  # skip button payloads
                summary.first_message = turn.text[:300]
            texts.append(turn.text)
            intent = turn.intent or ""
            summary.crisis |= intent == "crisis"
            summary.contact |= intent == "request_contact"
            summary.fallback |= turn.low_confidence
            if intent and intent not in NOT_A_TOPIC and topic_of(intent) not in summary.topics:
                summary.topics.append(topic_of(intent))
        elif turn.kind == "assistant":
            texts.append(turn.text)
        elif turn.kind == "action":
            summary.fallback |= turn.text in FALLBACK_ACTIONS
            summary.cancelled |= turn.text == CANCEL_ACTION
        elif turn.kind == "form":
            summary.contact |= turn.text == f"formulier gestart: {CONTACT_FORM}"
    summary.search_text = "\n".join(texts).lower()
    return summary
