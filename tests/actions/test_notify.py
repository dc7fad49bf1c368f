"""The practice's e-mail about a new request, received by a local SMTP server: the reference
code and the way to the review app, nothing personal."""

import asyncio
import smtplib
import threading
from datetime import datetime, timezone

import pytest

from brainnetwork.storage.contact_requests import ContactRequest
from actions.notify import notification, review_address, send, send_async
from brainnetwork.settings import SmtpSettings, load_settings

REVIEW_URL = "https://review.brainnetwork.example"


def smtp(port, **changes):
    values = dict(host="127.0.0.1", port=port, user="", password="", starttls=False, use_ssl=False,
                  sender="assistent@brainnetwork.example", recipient="praktijk@brainnetwork.example", timeout_s=5)
    return SmtpSettings(**{**values, **changes})


def stored_request():
    return ContactRequest(
        reference="BN-K7Q2XM", conversation_id="visitor-1", created_at=datetime(2026, 11, 26, 9, 30, tzinfo=timezone.utc),
        name="Sanne", contact_method="phone", phone="+31612345678", email=None,
        preferred_moment="dinsdag 1 december, 12:00-17:00", reason="vermoeidheid", status="new",
    )


def test_the_practice_receives_the_reference_and_the_way_to_the_review_app(smtp_server):
    settings = smtp(smtp_server.port)
    send(notification(stored_request(), settings, "BrainNetwork", REVIEW_URL), settings)
    (mail,) = smtp_server.messages
    assert mail["To"] == "praktijk@brainnetwork.example"
    assert "BN-K7Q2XM" in mail["Subject"]
    body = mail.get_payload(decode=True).decode()
    assert "BN-K7Q2XM" in body and f"{REVIEW_URL}/requests" in body


def test_the_e_mail_holds_no_personal_or_health_data(smtp_server):
    settings = smtp(smtp_server.port)
    request = stored_request()
    request.email = "sanne@example.nl"
    send(notification(request, settings, "BrainNetwork", REVIEW_URL), settings)
    (mail,) = smtp_server.messages
    whole = mail["Subject"] + mail.get_payload(decode=True).decode()
    for personal in ("Sanne", "sanne@example.nl", "612345678", "12345678", "dinsdag", "december",
                     "vermoeidheid", "visitor-1"):
        assert personal not in whole, personal


def test_the_review_app_is_found_at_its_public_address_or_its_own(monkeypatch):
    monkeypatch.setenv("REVIEW_PUBLIC_URL", "https://review.praktijk.example/")
    assert review_address(load_settings().review) == "https://review.praktijk.example"
    monkeypatch.delenv("REVIEW_PUBLIC_URL")
    monkeypatch.setenv("REVIEW_HOST", "0.0.0.0")
    monkeypatch.setenv("REVIEW_PORT", "8101")
    assert review_address(load_settings().review) == "http://localhost:8101"


def test_an_unreachable_server_raises(smtp_server):
    settings = smtp(1)
    with pytest.raises(OSError):
        send(notification(stored_request(), settings, "BrainNetwork", REVIEW_URL), settings)


def test_starttls_is_required_where_configured(smtp_server):
    """The local test server offers no TLS: a client configured for it refuses to go on."""
    settings = smtp(smtp_server.port, starttls=True)
    with pytest.raises(smtplib.SMTPNotSupportedError):
        send(notification(stored_request(), settings, "BrainNetwork", REVIEW_URL), settings)
    assert smtp_server.messages == []


async def test_sending_from_a_coroutine_leaves_the_event_loop_free(smtp_server, monkeypatch):
    """The mail is held on its way out until the loop has run something else. Were it sent
    on the event loop, nothing else could run meanwhile: the wait would end by its
    time-out only (and this test fail, however fast the machine)."""
    entered, released, waits = threading.Event(), threading.Event(), []

    class HeldSMTP(smtplib.SMTP):
        def send_message(self, *args, **kwargs):
            entered.set()
            waits.append(released.wait(30))
            return super().send_message(*args, **kwargs)

    monkeypatch.setattr(smtplib, "SMTP", HeldSMTP)
    settings = smtp(smtp_server.port)
    sending = asyncio.ensure_future(send_async(notification(stored_request(), settings, "BrainNetwork",
                                                            REVIEW_URL), settings))
    assert await asyncio.get_running_loop().run_in_executor(None, entered.wait, 30)
    released.set()  # from the event loop, while the mail is held
    await sending
    assert waits == [True]
    (mail,) = smtp_server.messages
    assert "BN-K7Q2XM" in mail["Subject"]
