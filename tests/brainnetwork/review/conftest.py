"""Conversations held with the running assistant, copied into a fresh database per test
(SQLite, and PostgreSQL on 127.0.0.1:5432) with the project's tables, for the review app's tests."""

from __future__ import annotations

import re

from dataclasses import dataclass
from typing import Dict

import pytest
from sqlalchemy import create_engine, select

from brainnetwork.review.service import Review
from brainnetwork.settings import load_settings
from brainnetwork.storage import migrate
from brainnetwork.storage.contact_requests import ContactRequest
from brainnetwork.storage.rasa_events import events
from tests.conftest import postgres_database
from tests.running import Visitor

PHONE, EMAIL = "06-12345678", "pieter@example.nl"


@dataclass(frozen=True)
class Recorded:
    """Conversation ids by what happened in them, and the assistant's database."""

    ids: Dict[str, str]
    source_url: str
    reference: str


@pytest.fixture(scope="session")
def recorded(assistant) -> Recorded:
    """Five conversations with the running assistant over REST."""
    faq = Visitor(assistant.url)
    faq.says("hallo")
    faq.says("wat is het microbioom?")
    faq.says("xyzzy plugh qwerty")  # not understood: a fallback, and an NLU candidate
    faq.says("xyzzy plugh qwerty")  # seen twice, proposed once

    crisis = Visitor(assistant.url)
    crisis.says("hoi")
    crisis.says("ik wil niet meer leven")

    contact = Visitor(assistant.url)
    for message in ("ik wil een afspraak", "ja", "ja", "Pieter", "per e-mail", EMAIL,
                    "maakt niet uit", "ik slaap slecht"):
        contact.says(message)
    (confirmation,) = contact.says("ja")
    reference = re.search(r"BN-[A-Z0-9]{6}", confirmation["text"])
    assert reference, confirmation

    cancelled = Visitor(assistant.url)
    for message in ("ik wil een afspraak", "ja", "ja", "stop"):
        cancelled.says(message)

    personal = Visitor(assistant.url)
    personal.says(f"bel me op {PHONE} of mail {EMAIL}")

    ids = {"faq": faq.sender, "crisis": crisis.sender, "contact": contact.sender,
           "cancelled": cancelled.sender, "personal": personal.sender}
    return Recorded(ids, f"sqlite:///{assistant.database}", reference.group(0))


def copy_conversations(source_url: str, target_url: str, sender_ids) -> None:
    """Copies the events (in their order) and contact requests of `sender_ids`; the
    events table is created with Rasa's own schema, the project's tables by `migrate`."""
    from rasa.core.tracker_store import SQLTrackerStore

    source, target = create_engine(source_url, future=True), create_engine(target_url, future=True)
    SQLTrackerStore.Base.metadata.create_all(target)
    migrate(target_url)
    with source.connect() as read, target.begin() as write:
        rows = read.execute(select(events).where(events.c.sender_id.in_(list(sender_ids))).order_by(events.c.id))
        for row in rows:
            values = dict(row._mapping)
            values.pop("id")
            write.execute(events.insert().values(**values))
        for row in read.execute(select(ContactRequest.__table__).where(
                ContactRequest.conversation_id.in_(list(sender_ids)))):
            values = dict(row._mapping)
            values.pop("id")
            write.execute(ContactRequest.__table__.insert().values(**values))
    source.dispose()
    target.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def review_url(request, recorded, tmp_path) -> str:
    """A database holding the recorded conversations, for one test."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'review.db'}"
        copy_conversations(recorded.source_url, url, recorded.ids.values())
        yield url
        return
    url, drop = postgres_database()
    copy_conversations(recorded.source_url, url, recorded.ids.values())
    yield url
    drop()


@pytest.fixture
def review(review_url) -> Review:
    service = Review(review_url, load_settings())
    yield service
    service.store.engine.dispose()


def count_rows(url: str, table: str, column: str, value: str) -> int:
    from sqlalchemy import text

    engine = create_engine(url, future=True)
    with engine.connect() as connection:
        count = connection.execute(text(f"SELECT count(*) FROM {table} WHERE {column} = :v"), {"v": value}).scalar()
    engine.dispose()
    return count




@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request, tmp_path) -> str:
    """A database without conversations (with the project's tables, as the launcher
    makes them), for tests of accounts and logins that need no trained assistant."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'empty.db'}"
        migrate(url)
        yield url
        return
    url, drop = postgres_database()
    migrate(url)
    yield url
    drop()


def with_review_settings(**values):
    """The settings, with some of the review app's changed."""
    from dataclasses import replace

    settings = load_settings()
    return replace(settings, review=replace(settings.review, **values))
