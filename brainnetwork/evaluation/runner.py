"""Runs the evaluation sets end to end against a running assistant over REST.

Each message is sent in a conversation of its own, in one of three states:
`fresh` (the first message), `form` (the contact form is open and waiting for an
answer) and `after_answer` (right after an article answer). The reply is traced back to
the response it came from (`answers.answer_topic`).
"""

from __future__ import annotations

import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Dict, List, Sequence

import requests

from brainnetwork.evaluation.answers import answer_topic

# What puts a conversation in each state before the message under test, and the response
# that shows the state was reached.
STATES: Dict[str, Sequence[tuple]] = {
    "fresh": (),
    "form": (("ik wil graag dat de praktijk contact met me opneemt", "utter_contact_details"),
             ("ja", "utter_ask_consent")),
    "after_answer": (("Wat is het microbioom?", "utter_faq_microbiome"),),
}


@dataclass(frozen=True)
class Reply:
    text: str
    state: str
    topic: str
    responses: tuple


class StateNotReached(RuntimeError):
    """The conversation did not reach the state a message was to be tried in."""


def say(url: str, sender: str, text: str, timeout: float = 60) -> List[Dict]:
    response = requests.post(f"{url}/webhooks/rest/webhook", json={"sender": sender, "message": text},
                             timeout=timeout)
    response.raise_for_status()
    return response.json()


def reply_in_state(url: str, text: str, state: str) -> Reply:
    sender = f"bench-{state}-{uuid.uuid4().hex[:12]}"
    for setup_text, expected in STATES[state]:
        _, names = answer_topic(say(url, sender, setup_text))
        if expected not in names:
            raise StateNotReached(f"{state}: {setup_text!r} got {names}, not {expected}")
    topic, names = answer_topic(say(url, sender, text))
    return Reply(text, state, topic, tuple(names))


def run_all(url: str, texts: Sequence[str], state: str = "fresh", workers: int = 4,
            progress: Callable[[int], None] = lambda done: None) -> List[Reply]:
    """Replies to every text in `state`, in the order of `texts`."""
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(reply_in_state, url, text, state) for text in texts]
        replies = []
        for number, future in enumerate(futures, 1):
            replies.append(future.result())
            if number % 50 == 0:
                progress(number)
    return replies
