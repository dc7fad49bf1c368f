"""Conversations survive a restart of the assistant: the tracker store is the database."""

import pytest
import requests

from brainnetwork.review.conversations import ReviewStore
from tests.conftest import response_opening
from tests.running import Visitor, launch, shut_down

pytestmark = pytest.mark.e2e


def starts_as(reply, response):
    return reply["text"].startswith(response_opening(response))


def test_a_conversation_resumes_after_a_restart(trained_model, tmp_path):
    process, first = launch(trained_model, tmp_path)
    try:
        health = requests.get(f"{first.url}/webhooks/health/", timeout=10).json()
        assert health["ok"] and health["conversations"]["store"] == "sql"
        visitor = Visitor(first.url)
        visitor.says("ik wil een afspraak")
        visitor.says("ja")
        (ask_name,) = visitor.says("ja")
        assert starts_as(ask_name, "utter_ask_visitor_name")
    finally:
        assert shut_down(process) == 0

    process, second = launch(trained_model, tmp_path)
    try:
        (ask_method,) = Visitor(second.url, visitor.sender).says("Pieter")
        assert starts_as(ask_method, "utter_ask_contact_method")  # the form went on where it was
    finally:
        assert shut_down(process) == 0

    store = ReviewStore.from_url(f"sqlite:///{second.database}")
    texts = [t.text for t in store.transcript(visitor.sender) if t.kind == "visitor"]
    assert texts == ["ik wil een afspraak", "ja", "ja", "Pieter"]


def test_the_widget_reconnects_after_a_restart_and_the_form_goes_on(trained_model, tmp_path, browser):
    """A visitor in the middle of a contact request while the assistant restarts: the
    widget says the connection is lost, reconnects by itself to the restarted assistant
    (same ports, same database) and the form goes on with the next question."""
    import re

    from playwright.sync_api import expect

    from tests.conftest import SCREENSHOTS, ask, bot_messages, open_widget

    process, first = launch(trained_model, tmp_path)
    context = browser.new_context(viewport={"width": 1280, "height": 860}, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(first.widget_url)
        open_widget(page)
        ask(page, "ik wil een afspraak")
        ask(page, "ja")
        expect(bot_messages(page).last).to_contain_text(response_opening("utter_ask_consent")[:40])
        assert shut_down(process) == 0
        status = page.locator(".bn-status")  # "De verbinding is verbroken…", then "Geen verbinding…"
        expect(status).to_be_visible(timeout=30_000)
        expect(status).to_contain_text(re.compile(r"(verbinding is verbroken|Geen verbinding)"))

        process, second = launch(trained_model, tmp_path, ports=first.ports)
        expect(status).to_be_hidden(timeout=60_000)  # socket.io reconnected by itself
        ask(page, "ja")
        expect(bot_messages(page).last).to_contain_text(response_opening("utter_ask_visitor_name")[:40])
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / "widget-after-restart.png"))
    finally:
        context.close()
        assert shut_down(process) == 0
