"""Rasa's own `events` table, as Rasa's SQLTrackerStore makes it, described here only to
read and erase conversations (the review app, the tracker store's checks).

It is Rasa's: Rasa creates it (rasa.core.tracker_store.SQLTrackerStore.SQLEvent) and may
change it in a release of its own. So it is on a metadata of its own, not on `Base`, and
the migrations leave it alone (`RASA_TABLES`, excluded from autogenerate in env.py).
"""

from __future__ import annotations

from sqlalchemy import Column, Float, Integer, MetaData, String, Table, Text

RASA_TABLES = frozenset({"events"})

rasa_metadata = MetaData()
events = Table(
    "events", rasa_metadata,
    Column("id", Integer, primary_key=True),
    Column("sender_id", String(255), nullable=False, index=True),
    Column("type_name", String(255), nullable=False),
    Column("timestamp", Float),
    Column("intent_name", String(255)),
    Column("action_name", String(255)),
    Column("data", Text),
)
