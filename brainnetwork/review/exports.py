"""Exports for staff: conversations as CSV or JSON, and the NLU candidates file.

CSV cells that a spreadsheet would run as a formula (starting with = + - @) are
prefixed with a quote. The candidates file is Rasa NLU YAML: the visitor messages that
fell back or had low confidence, deduplicated, personal data masked, each with the
intent the model predicted as a comment, under `to_label` for staff to sort.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set

import yaml

from brainnetwork.review.conversations import ReviewStore
from brainnetwork.review.transcripts import FLAGS
from brainnetwork.review.privacy import mask

CSV_COLUMNS = ["conversation_id", "time", "speaker", "text", "intent", "confidence"]
SPEAKERS = {"visitor": "bezoeker", "assistant": "assistent", "form": "formulier",
            "action": "actie", "session": "sessie"}
CANDIDATE_INTENT = "to_label"


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def conversations_csv(store: ReviewStore, sender_ids: Iterable[str]) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for sender_id in sender_ids:
        for turn in store.transcript(sender_id):
            writer.writerow([_cell(v) for v in (
                sender_id, turn.at.isoformat(), SPEAKERS[turn.kind], turn.text,
                turn.intent, turn.confidence)])
    return out.getvalue()


def conversations_json(store: ReviewStore, sender_ids: Iterable[str]) -> str:
    result = []
    for sender_id in sender_ids:
        summary = store.summary(sender_id)
        result.append({
            "conversation_id": sender_id,
            "started_at": _iso(summary.started_at),
            "visitor_messages": summary.visitor_messages,
            "topics": [t for t in summary.topics.split(",") if t],
            "flags": [f for f in FLAGS if getattr(summary, f)],
            "turns": [turn.as_dict() for turn in store.transcript(sender_id)],
        })
    return json.dumps({"exported_at": datetime.now(timezone.utc).isoformat(), "conversations": result},
                      ensure_ascii=False, indent=2)


def _iso(moment: datetime) -> str:
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).isoformat()


# --- NLU candidates --------------------------------------------------------------------

def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower())


def training_texts(nlu_dir: Path) -> Set[str]:
    """Normalized examples already in the training data (so they are not proposed again)."""
    known: Set[str] = set()
    for path in sorted(nlu_dir.glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu", []):
            examples = block.get("examples")
            if isinstance(examples, str):
                for line in examples.splitlines():
                    if line.strip().startswith("- "):
                        plain = re.sub(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}", r"\1\2", line.strip()[2:])
                        known.add(_normal(plain))
    return known


@dataclass
class Candidate:
    text: str
    predicted: Optional[str]
    confidence: Optional[float]
    seen: int = 1


def candidates(store: ReviewStore, sender_ids: Iterable[str], known: Set[str]) -> List[Candidate]:
    found: Dict[str, Candidate] = {}
    for sender_id in sender_ids:
        for turn in store.transcript(sender_id):
            if turn.kind != "visitor" or not turn.low_confidence or not turn.text.strip():
                continue
            if turn.text.startswith("/"):  # a button payload, not something typed
                continue
            text = mask(re.sub(r"\s+", " ", turn.text.strip()))[:500]
            key = _normal(text)
            if key in known:
                continue
            if key in found:
                found[key].seen += 1
            else:
                found[key] = Candidate(text, turn.predicted, turn.predicted_confidence)
    return sorted(found.values(), key=lambda c: (-c.seen, c.predicted or "", c.text))


def candidates_yaml(items: List[Candidate], conversations: int) -> str:
    lines = [
        "# Kandidaten voor de NLU-trainingsdata: berichten van bezoekers die de assistent",
        f"# niet of onzeker begreep ({len(items)} uniek, uit {conversations} gesprekken,",
        f"# {datetime.now(timezone.utc):%Y-%m-%d}). Telefoonnummers en e-mailadressen zijn gemaskeerd.",
        "# Verplaats elk voorbeeld naar het juiste intent in data/nlu/ of schrap het;",
        f"# '{CANDIDATE_INTENT}' bestaat niet in het domein, dus `make validate` wijst erop",
        "# zolang er iets onder staat.",
        'version: "3.1"',
        "nlu:",
    ]
    if items:
        lines += [f"- intent: {CANDIDATE_INTENT}", "  examples:"]
        for item in items:
            predicted = item.predicted or "onbekend"
            confidence = f" ({item.confidence:.2f})" if item.confidence is not None else ""
            seen = f", {item.seen}x gezien" if item.seen > 1 else ""
            lines.append(f"  - text: {json.dumps(item.text, ensure_ascii=False)}"
                         f"  # voorspeld: {predicted}{confidence}{seen}")
    else:
        lines[-1] = "nlu: []"
    return "\n".join(lines) + "\n"
