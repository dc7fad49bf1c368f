"""The practice's e-mail about a new request, received by a local SMTP server."""

import smtplib
from datetime import datetime, timezone

import pytest

from actions.intake_store import ContactRequest
from actions.notify import notification, send
from brainnetwork.settings import SmtpSettings


def smtp(port, **changes):
    values = dict(host="127.0.0.1", port=port, user="", password="", starttls=False, use_ssl=False,
                  sender="assistent@brainnetwork.example", recipient="praktijk@brainnetwork.example", timeout_s=5)
    return SmtpSettings(**{**values, **changes})


def stored_request():
    return ContactRequest(
        reference="BN-K7Q2XM", conversation_id="visitor-1", created_at=datetime(2026, 11, 26, 9, 30, tzinfo=timezone.utc),
        name="Sanne", contact_method="telefoon", phone="+31612345678", email=None,
        preferred_moment="dinsdag 1 december, 12:00-17:00", reason="vermoeidheid", status="new",
    )


def test_the_practice_receives_the_request(smtp_server):
    settings = smtp(smtp_server.port)
    send(notification(stored_request(), settings, "BrainNetwork"), settings)
    (mail,) = smtp_server.messages
    assert mail["To"] == "praktijk@brainnetwork.example"
    assert "BN-K7Q2XM" in mail["Subject"]
    body = mail.get_payload()
    assert "Sanne" in body and "+31612345678" in body and "dinsdag 1 december" in body


def test_an_unreachable_server_raises(smtp_server):
    settings = smtp(1)
    with pytest.raises(OSError):
        send(notification(stored_request(), settings, "BrainNetwork"), settings)


def test_starttls_is_required_where_configured(smtp_server):
    """The local test server offers no TLS: a client configured for it refuses to go on."""
    settings = smtp(smtp_server.port, starttls=True)
    with pytest.raises(smtplib.SMTPNotSupportedError):
        send(notification(stored_request(), settings, "BrainNetwork"), settings)
    assert smtp_server.messages == []
