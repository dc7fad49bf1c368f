"""Shared fixtures: the project's files, trackers for action tests, the trained model."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any, Dict, List, Optional

import pytest
import yaml
from rasa_sdk import Tracker

from brainnetwork.ports import free_port  # noqa: F401 - also for the test modules
from brainnetwork.serve import MODEL_NAME
from brainnetwork.settings import load_settings
from tests.running import launch, shut_down

ROOT = Path(__file__).resolve().parent.parent
MODEL = load_settings().model_dir / MODEL_NAME


def load_yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def domain() -> Dict[str, Any]:
    """domain.yml with the responses from data/responses merged in, as Rasa sends it."""
    merged = load_yaml(ROOT / "domain.yml")
    for path in sorted((ROOT / "data" / "responses").glob("*.yml")):
        merged["responses"].update(load_yaml(path)["responses"])
    return merged


def response_opening(name: str) -> str:
    """The words response `name` begins with, up to its first {variable}: what a reply
    filled in from it starts with."""
    from brainnetwork.responses import domain_responses

    return domain_responses()[name][0]["text"].split("{")[0]


def nlu_examples(path: Path) -> Dict[str, List[str]]:
    """intent -> plain-text examples (entity annotations removed) of one NLU file."""
    import re

    examples: Dict[str, List[str]] = {}
    for block in load_yaml(path).get("nlu", []):
        if "intent" not in block:
            continue
        lines = [line[2:].strip() for line in block["examples"].splitlines() if line.startswith("- ")]
        plain = [re.sub(r"\[([^\]]+)\]\([^)]*\)|\[([^\]]+)\]\{[^}]*\}", r"\1\2", line) for line in lines]
        examples.setdefault(block["intent"], []).extend(plain)
    return examples


@pytest.fixture(scope="session")
def training_examples() -> Dict[str, List[str]]:
    merged: Dict[str, List[str]] = {}
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for intent, lines in nlu_examples(path).items():
            merged.setdefault(intent, []).extend(lines)
    return merged


def make_tracker(
    text: str = "",
    intent: str = "",
    entities: Optional[List[Dict[str, Any]]] = None,
    slots: Optional[Dict[str, Any]] = None,
    sender_id: str = "test-visitor",
) -> Tracker:
    """A rasa-sdk Tracker whose latest message is `text` with `intent` and `entities`."""
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 1.0},
        "entities": entities or [],
    }
    return Tracker(
        sender_id=sender_id,
        slots=slots or {},
        latest_message=latest,
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


@pytest.fixture(scope="session")
def trained_model() -> Path:
    if not MODEL.exists():
        pytest.fail(f"No trained model at {MODEL}: run `make model` (make test does this).")
    return MODEL


# --- Groups: unit, integration, end to end (make test-unit, test-integration, test-e2e) -----

E2E_FIXTURES = {"assistant", "trained_model", "browser"}
SERVICE_PARAMS = {"postgresql", "redis"}
SERVICE_CALLS = ("postgres_database(", "redis_url(", "smtp_server")


def group_of(item) -> str:
    """e2e: the trained assistant or a browser; integration: PostgreSQL, Redis or SMTP;
    unit: neither (a test of one module, with SQLite at most)."""
    import inspect

    if item.get_closest_marker("e2e") or E2E_FIXTURES & set(item.fixturenames):
        return "e2e"
    params = getattr(getattr(item, "callspec", None), "params", {})
    if SERVICE_PARAMS & {value for value in params.values() if isinstance(value, str)}:
        return "integration"
    try:
        source = inspect.getsource(item.function)
    except (OSError, TypeError):
        source = ""
    if "smtp_server" in item.fixturenames or any(call in source for call in SERVICE_CALLS):
        return "integration"
    return "unit"


def pytest_collection_modifyitems(config, items) -> None:
    for item in items:
        item.add_marker(group_of(item))


# --- Databases and a mail server for the intake tests -------------------------------

POSTGRES_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
REDIS_URL = "redis://127.0.0.1:6379/1"


def redis_url() -> str:
    """The local Redis for the lock store tests (required in CI, skipped elsewhere)."""
    import redis

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
    except redis.RedisError as error:
        if os.environ.get("CI"):
            pytest.fail(f"Redis at 127.0.0.1:6379 is required in CI: {error}")
        pytest.skip(f"Redis at 127.0.0.1:6379 is not reachable: {error}")
    return REDIS_URL


def postgres_database():
    """Creates a throw-away PostgreSQL database; returns (url, drop)."""
    import uuid

    import psycopg2

    name = f"brainnetwork_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg2.connect(POSTGRES_ADMIN_URL, connect_timeout=5)
    except psycopg2.OperationalError as error:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL at 127.0.0.1:5432 is required in CI: {error}")
        pytest.skip(f"PostgreSQL at 127.0.0.1:5432 is not reachable: {error}")
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')

    def drop():
        with admin.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
            )
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.close()

    return f"postgresql://postgres@127.0.0.1:5432/{name}", drop


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """The same tests on SQLite (the default) and on PostgreSQL: a fresh database with the
    project's tables, made as the launcher makes them (brainnetwork.storage.migrate)."""
    from brainnetwork.storage import migrate
    from brainnetwork.storage.contact_requests import store_for

    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'intake.db'}"
        migrate(url)
        yield url
        store_for.cache_clear()
        return
    url, drop = postgres_database()
    migrate(url)
    yield url
    store_for.cache_clear()
    drop()


class MailBox:
    """Messages received by a local SMTP server (aiosmtpd) started for a test."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd handler hook
        import email

        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller

    port = free_port()
    mailbox = MailBox()
    controller = Controller(mailbox, hostname="127.0.0.1", port=port)
    controller.start()
    mailbox.port = port
    yield mailbox
    controller.stop()


def non_loopback_address():
    """An address of this machine other than loopback, or None."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # no packet is sent; picks the outgoing interface
        except OSError:
            return None
        address = probe.getsockname()[0]
    return None if address.startswith("127.") else address


def user_event_row(sender, at, text_="mijn nummer is 06-12345678"):
    """A row of Rasa's events table: the visitor's message `text_` at `at`."""
    return {"sender_id": sender, "type_name": "user", "timestamp": at, "intent_name": "inform", "action_name": None,
            "data": '{"event": "user", "timestamp": %r, "text": "%s", "parse_data": {"intent": {"name": "inform"}}}'
                    % (at, text_)}


def someone_waits_for_a_lock(engine) -> bool:
    """PostgreSQL: whether a session of this database waits for a lock right now."""
    from sqlalchemy import text

    with engine.connect() as connection:
        return bool(connection.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )).scalar())


def erasure_waiting_for_the_lock(review, engine, sender_id: str):
    """Starts staff's erasure of `sender_id` on a thread; returns the thread once it waits
    for the conversation's lock (or has ended)."""
    import threading
    import time

    erasure = threading.Thread(target=review.delete, args=(sender_id,))
    erasure.start()
    deadline = time.monotonic() + 30  # a bound for a broken run, not a measure
    while erasure.is_alive() and not someone_waits_for_a_lock(engine) and time.monotonic() < deadline:
        time.sleep(0.05)
    return erasure


# --- The running assistant, for the end-to-end and browser tests ---------------------

@pytest.fixture(scope="session")
def assistant(trained_model, tmp_path_factory):
    """The assistant on free ports, with its own SQLite database, a local SMTP server,
    and the widget on its own origin."""
    from aiosmtpd.controller import Controller

    mailbox = MailBox()
    mailbox.port = free_port()
    smtp = Controller(mailbox, hostname="127.0.0.1", port=mailbox.port)
    smtp.start()
    try:
        process, running = launch(trained_model, tmp_path_factory.mktemp("assistant"), mailbox.port)
    except RuntimeError as error:
        smtp.stop()
        pytest.fail(str(error))
    running.mailbox = mailbox
    yield running
    code = shut_down(process)
    smtp.stop()
    assert code == 0, running.log.read_text()[-3000:]


# --- A real browser: Debian's headless Chromium driven by Playwright -----------------

CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
SCREENSHOTS = ROOT / "results" / "screenshots"


@pytest.fixture(scope="module")
def browser():
    """Module-scoped: while Playwright's sync API is open it holds an event loop in this
    thread, which the asyncio tests of other modules must not meet."""
    import shutil

    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Debian's chromium is needed: make test installs it (scripts/setup.sh browser)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def first_sentence(response_name: str, source: Optional[Dict[str, Any]] = None) -> str:
    responses = source if source is not None else load_yaml(ROOT / "domain.yml")["responses"]
    return responses[response_name][0]["text"].split(".")[0]


def bot_messages(page):
    return page.locator(".bn-msg.bn-bot")


def open_widget(page):
    from playwright.sync_api import expect

    page.get_by_role("button", name="Open de chat met BrainNetwork assistent").click()
    expect(bot_messages(page).first).to_contain_text(first_sentence("utter_greet"), timeout=60_000)


def ask(page, text: str) -> None:
    """Types `text` in the widget, sends it and waits for the assistant's answer."""
    from playwright.sync_api import expect

    before = bot_messages(page).count()
    page.get_by_label("Typ je vraag…").fill(text)
    page.get_by_role("button", name="Verstuur").click()
    expect(bot_messages(page)).not_to_have_count(before, timeout=60_000)
    page.wait_for_timeout(500)  # a reply can come in several messages
