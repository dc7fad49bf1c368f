"""Conversations survive a restart of the assistant: the tracker store is the database."""

import pytest
import requests

from brainnetwork.intake_texts import intake_texts
from brainnetwork.review.conversations import ReviewStore
from tests.conftest import Visitor, launch, shut_down

pytestmark = pytest.mark.e2e


def starts_as(reply, key):
    return reply["text"].startswith(intake_texts()[key]["text"].split("{")[0])


def test_a_conversation_resumes_after_a_restart(trained_model, tmp_path):
    process, first = launch(trained_model, tmp_path)
    try:
        health = requests.get(f"{first.url}/webhooks/health/", timeout=10).json()
        assert health["ok"] and health["conversations"]["store"] == "sql"
        visitor = Visitor(first.url)
        visitor.says("ik wil een afspraak")
        visitor.says("ja")
        (ask_name,) = visitor.says("ja")
        assert starts_as(ask_name, "ask_visitor_name")
    finally:
        assert shut_down(process) == 0

    process, second = launch(trained_model, tmp_path)
    try:
        (ask_method,) = Visitor(second.url, visitor.sender).says("Pieter")
        assert starts_as(ask_method, "ask_contact_method")  # the form went on where it was
    finally:
        assert shut_down(process) == 0

    store = ReviewStore.from_url(f"sqlite:///{second.database}")
    texts = [t.text for t in store.transcript(visitor.sender) if t.kind == "visitor"]
    assert texts == ["ik wil een afspraak", "ja", "ja", "Pieter"]
