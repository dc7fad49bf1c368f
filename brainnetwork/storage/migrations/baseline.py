"""The tables exactly as `create_all` made them before there were migrations, frozen.

The baseline revision (versions/4543fd3c26b4_baseline.py) creates these, and
`brainnetwork.storage.migration` adopts a database made before migrations by creating
whichever of them it lacks (an action server that ran alone made only contact_requests)
and stamping the baseline. Never change this module: a change of the schema is a new
revision, and the models in brainnetwork/storage/ describe the newest schema.
"""

from __future__ import annotations

from sqlalchemy import Boolean, Column, DateTime, Integer, MetaData, String, Table, Text

metadata = MetaData()


Table(
    "contact_requests", metadata,
    Column("id", Integer, primary_key=True),
    Column("reference", String(16), unique=True, nullable=False, index=True),
    Column("conversation_id", String(255), nullable=False, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
    Column("name", String(120), nullable=False),
    Column("contact_method", String(16), nullable=False),
    Column("phone", String(32)),
    Column("email", String(320)),
    Column("preferred_moment", String(200), nullable=False),
    Column("preferred_start", DateTime(timezone=True)),
    Column("preferred_end", DateTime(timezone=True)),
    Column("reason", Text),
    Column("status", String(16), nullable=False),
    Column("notified_at", DateTime(timezone=True)),
    Column("notify_error", String(200)),
)

Table(
    "review_conversations", metadata,
    Column("sender_id", String(255), primary_key=True),
    Column("started_at", DateTime(timezone=True), nullable=False, index=True),
    Column("last_event_at", DateTime(timezone=True), nullable=False, index=True),
    Column("visitor_messages", Integer, nullable=False),
    Column("channel", String(32)),
    Column("topics", String(1000), nullable=False),
    Column("first_message", String(300), nullable=False),
    Column("crisis", Boolean, nullable=False, index=True),
    Column("fallback", Boolean, nullable=False, index=True),
    Column("contact", Boolean, nullable=False, index=True),
    Column("cancelled", Boolean, nullable=False, index=True),
    Column("search_text", Text, nullable=False),
    Column("last_event_id", Integer, nullable=False),
)

Table(
    "review_index_state", metadata,
    Column("id", Integer, primary_key=True),
    Column("last_event_id", Integer, nullable=False),
    Column("version", Integer, nullable=False),
)

Table(
    "staff_users", metadata,
    Column("id", Integer, primary_key=True),
    Column("username", String(80), unique=True, nullable=False),
    Column("password_hash", String(255), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("active", Boolean, nullable=False),
)

Table(
    "staff_sessions", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("username", String(80), nullable=False, index=True),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("last_seen_at", DateTime(timezone=True), nullable=False),
)

Table(
    "staff_audit_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("actor", String(120), nullable=False),
    Column("action", String(40), nullable=False),
    Column("target", String(255), nullable=False),
    Column("detail", String(500), nullable=False),
)

Table(
    "staff_login_failures", metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False, index=True),
    Column("username", String(80), index=True),
    Column("client", String(64), nullable=False, index=True),
)

TABLES = frozenset(metadata.tables)
