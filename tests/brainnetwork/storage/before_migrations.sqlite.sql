-- The DDL that `create_all` ran on sqlite before there were migrations: both declarative
-- bases of commit b251b2e (actions/intake_store.py, brainnetwork/review/models.py), captured
-- with a mock engine. Tests build a database "made before migrations" from it.

CREATE TABLE review_conversations (
	sender_id VARCHAR(255) NOT NULL,
	started_at DATETIME NOT NULL,
	last_event_at DATETIME NOT NULL,
	visitor_messages INTEGER NOT NULL,
	channel VARCHAR(32),
	topics VARCHAR(1000) NOT NULL,
	first_message VARCHAR(300) NOT NULL,
	crisis BOOLEAN NOT NULL,
	fallback BOOLEAN NOT NULL,
	contact BOOLEAN NOT NULL,
	cancelled BOOLEAN NOT NULL,
	search_text TEXT NOT NULL,
	last_event_id INTEGER NOT NULL,
	PRIMARY KEY (sender_id)
);

CREATE INDEX ix_review_conversations_started_at ON review_conversations (started_at);

CREATE INDEX ix_review_conversations_cancelled ON review_conversations (cancelled);

CREATE INDEX ix_review_conversations_last_event_at ON review_conversations (last_event_at);

CREATE INDEX ix_review_conversations_fallback ON review_conversations (fallback);

CREATE INDEX ix_review_conversations_crisis ON review_conversations (crisis);

CREATE INDEX ix_review_conversations_contact ON review_conversations (contact);

CREATE TABLE review_index_state (
	id INTEGER NOT NULL,
	last_event_id INTEGER NOT NULL,
	version INTEGER NOT NULL,
	PRIMARY KEY (id)
);

CREATE TABLE staff_users (
	id INTEGER NOT NULL,
	username VARCHAR(80) NOT NULL,
	password_hash VARCHAR(255) NOT NULL,
	created_at DATETIME NOT NULL,
	active BOOLEAN NOT NULL,
	PRIMARY KEY (id),
	UNIQUE (username)
);

CREATE TABLE staff_sessions (
	token_hash VARCHAR(64) NOT NULL,
	username VARCHAR(80) NOT NULL,
	csrf_token VARCHAR(64) NOT NULL,
	created_at DATETIME NOT NULL,
	last_seen_at DATETIME NOT NULL,
	PRIMARY KEY (token_hash)
);

CREATE INDEX ix_staff_sessions_username ON staff_sessions (username);

CREATE TABLE staff_audit_log (
	id INTEGER NOT NULL,
	at DATETIME NOT NULL,
	actor VARCHAR(120) NOT NULL,
	action VARCHAR(40) NOT NULL,
	target VARCHAR(255) NOT NULL,
	detail VARCHAR(500) NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX ix_staff_audit_log_at ON staff_audit_log (at);

CREATE TABLE staff_login_failures (
	id INTEGER NOT NULL,
	at DATETIME NOT NULL,
	username VARCHAR(80),
	client VARCHAR(64) NOT NULL,
	PRIMARY KEY (id)
);

CREATE INDEX ix_staff_login_failures_at ON staff_login_failures (at);

CREATE INDEX ix_staff_login_failures_client ON staff_login_failures (client);

CREATE INDEX ix_staff_login_failures_username ON staff_login_failures (username);

CREATE TABLE contact_requests (
	id INTEGER NOT NULL,
	reference VARCHAR(16) NOT NULL,
	conversation_id VARCHAR(255) NOT NULL,
	created_at DATETIME NOT NULL,
	name VARCHAR(120) NOT NULL,
	contact_method VARCHAR(16) NOT NULL,
	phone VARCHAR(32),
	email VARCHAR(320),
	preferred_moment VARCHAR(200) NOT NULL,
	preferred_start DATETIME,
	preferred_end DATETIME,
	reason TEXT,
	status VARCHAR(16) NOT NULL,
	notified_at DATETIME,
	notify_error VARCHAR(200),
	PRIMARY KEY (id)
);

CREATE UNIQUE INDEX ix_contact_requests_reference ON contact_requests (reference);

CREATE INDEX ix_contact_requests_created_at ON contact_requests (created_at);

CREATE INDEX ix_contact_requests_conversation_id ON contact_requests (conversation_id);
