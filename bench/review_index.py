"""How fast the staff review app stays with many conversations.

Fills a fresh database with N synthetic conversations in Rasa's own event format (the
intents, texts and answers of this project: article questions, some crises, fallbacks
and contact requests), then times what staff do: the first indexing, the list, each
filter, a search, a deep page, a transcript, and catching up with new conversations.

    .venv/bin/python bench/review_index.py [--conversations 10000] [--database-url URL]

Prints the figures and writes them to results/bench/review.json.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from brainnetwork.review.conversations import ListFilter, ReviewStore  # noqa: E402
from brainnetwork.storage import migrate  # noqa: E402
from brainnetwork.storage.rasa_events import events  # noqa: E402


def corpus():
    test = yaml.safe_load((ROOT / "tests" / "nlu_test.yml").read_text(encoding="utf-8"))
    questions = {}
    for block in test["nlu"]:
        lines = [line[2:].strip() for line in block["examples"].splitlines() if line.startswith("- ")]
        questions[block["intent"]] = lines
    answers = yaml.safe_load((ROOT / "data" / "responses" / "faq.yml").read_text(encoding="utf-8"))["responses"]
    return questions, {name[len("utter_"):]: value[0]["text"] for name, value in answers.items()}


def conversation(sender: str, start: float, rng: random.Random, questions, answers):
    t = start
    rows = []

    def add(data):
        nonlocal t
        t += rng.uniform(0.5, 20)
        data["timestamp"] = t
        rows.append({"sender_id": sender, "type_name": data["event"], "timestamp": t,
                     "intent_name": (data.get("parse_data") or {}).get("intent", {}).get("name"),
                     "action_name": data.get("name"), "data": json.dumps(data)})

    def user(text, intent, confidence):
        add({"event": "user", "text": text, "input_channel": "socketio",
             "parse_data": {"intent": {"name": intent, "confidence": confidence}, "entities": [],
                            "intent_ranking": [{"name": intent, "confidence": confidence}]}})
        add({"event": "action", "name": "action_listen" if intent == "x" else f"utter_{intent}"})

    add({"event": "action", "name": "action_session_start"})
    add({"event": "session_started"})
    user("/greet", "greet", 1.0)
    add({"event": "bot", "text": "Hoi! Waar ben je benieuwd naar?", "data": {}})
    faq = [intent for intent in questions if intent.startswith("faq_")]
    for _ in range(rng.randint(1, 5)):
        intent = rng.choice(faq)
        user(rng.choice(questions[intent]), intent, rng.uniform(0.5, 1.0))
        add({"event": "bot", "text": answers.get(intent, ""), "data": {}})
    roll = rng.random()
    if roll < 0.02:
        user(rng.choice(questions["crisis"]), "crisis", 0.99)
        add({"event": "bot", "text": "Bel 113 of gratis 0800-0113.", "data": {}})
    elif roll < 0.12:
        user("xyz " + rng.choice(["plugh", "qwerty", "asdf"]), "nlu_fallback", 0.45)
        add({"event": "action", "name": "action_core_fallback"})
    elif roll < 0.17:
        user("ik wil een afspraak", "request_contact", 0.98)
        add({"event": "active_loop", "name": "intake_form"})
        add({"event": "slot", "name": "requested_slot", "value": "consent"})
    return rows


def timed(label, fn, results, repeat=5):
    times = []
    value = None
    for _ in range(repeat):
        started = time.perf_counter()
        value = fn()
        times.append((time.perf_counter() - started) * 1000)
    results[label] = round(statistics.median(times), 1)
    print(f"  {label:<40} {results[label]:>8.1f} ms  (median of {repeat})")
    return value


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--database-url", help="an EMPTY database (default: a temporary SQLite file)")
    args = parser.parse_args(argv)
    work = tempfile.mkdtemp(prefix="bn-review-bench-")
    url = args.database_url or f"sqlite:///{work}/review.db"

    from rasa.core.tracker_store import SQLTrackerStore
    from sqlalchemy import create_engine

    engine = create_engine(url, future=True)
    SQLTrackerStore.Base.metadata.create_all(engine)
    rng = random.Random(42)
    questions, answers = corpus()
    now = datetime.now(timezone.utc).timestamp()
    started = time.perf_counter()
    total_events = 0
    with engine.begin() as connection:
        batch = []
        for i in range(args.conversations):
            batch += conversation(f"bench-{i:06d}", now - rng.uniform(0, 60 * 86400), rng, questions, answers)
            if len(batch) > 5000:
                connection.execute(events.insert(), batch)
                total_events += len(batch)
                batch = []
        if batch:
            connection.execute(events.insert(), batch)
            total_events += len(batch)
    print(f"{args.conversations} conversations, {total_events} events written in "
          f"{time.perf_counter() - started:.1f} s ({engine.dialect.name})")

    migrate(url)  # the review app's tables, as the launcher makes them
    store = ReviewStore(engine)
    results = {"conversations": args.conversations, "events": total_events, "dialect": engine.dialect.name}
    timed("first indexing (all conversations)", store.refresh, results, repeat=1)
    timed("refresh with nothing new", store.refresh, results)
    timed("list, page 1", lambda: store.list(), results)
    timed("list, flag crisis", lambda: store.list(ListFilter(flag="crisis")), results)
    timed("list, flag fallback", lambda: store.list(ListFilter(flag="fallback")), results)
    week = date.today() - timedelta(days=7)
    timed("list, last 7 days", lambda: store.list(ListFilter(date_from=week)), results)
    timed("list, search one word", lambda: store.list(ListFilter(search="serotonine")), results)
    timed("list, search two words + flag", lambda: store.list(ListFilter(search="stress slaap", flag="contact")), results)
    timed("list, page 150", lambda: store.list(page=150), results)
    timed("transcript of one conversation", lambda: store.transcript("bench-004242"), results)
    with engine.begin() as connection:
        extra = []
        for i in range(10):
            extra += conversation(f"bench-new-{i}", now, rng, questions, answers)
        connection.execute(events.insert(), extra)
    timed("refresh after 10 new conversations", store.refresh, results, repeat=1)
    out = ROOT / "results" / "bench"
    out.mkdir(parents=True, exist_ok=True)
    (out / "review.json").write_text(json.dumps(results, indent=2))
    print(f"Written to {out / 'review.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
