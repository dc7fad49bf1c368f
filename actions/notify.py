"""E-mail to the practice about a new contact request (optional, after it is stored).

The e-mail says only that there is a new request, its reference code and where staff
read it: the review app. No name, phone number, e-mail address, moment or reason: a
mailbox keeps what it receives beyond the retention period and beyond an erasure
request, and mail may pass servers outside the practice.

`send` blocks (network, TLS, up to SMTP_TIMEOUT seconds a step); from a coroutine running
on the action server's event loop, `await send_async(...)`, which sends on a thread.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from brainnetwork.settings import ReviewSettings, SmtpSettings
from brainnetwork.storage.contact_requests import ContactRequest
from brainnetwork.threads import off_loop

REQUESTS_PAGE = "/requests"


def review_address(review: ReviewSettings) -> str:
    """Where staff open the review app: REVIEW_PUBLIC_URL, else its own host and port."""
    if review.public_url:
        return review.public_url.rstrip("/")
    host = "localhost" if review.host in ("0.0.0.0", "::", "") else review.host
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{review.port}"


def notification(request: ContactRequest, settings: SmtpSettings, practice_name: str,
                 review_url: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = f"Nieuw contactverzoek {request.reference} via de chatassistent"
    message["From"] = settings.sender
    message["To"] = settings.recipient
    message.set_content(
        "\n".join(
            [
                f"Er is een nieuw contactverzoek voor {practice_name} binnengekomen",
                "via de chatassistent.",
                "",
                f"Referentie:  {request.reference}",
                f"Ontvangen:   {request.created_at:%Y-%m-%d %H:%M} UTC",
                "",
                "Log in op de beoordelingsapp om het verzoek te lezen:",
                f"{review_url}{REQUESTS_PAGE}",
                "",
                "Deze e-mail bevat bewust geen naam, contactgegevens of reden: die staan",
                "alleen in de beoordelingsapp en worden daar na de bewaartermijn verwijderd.",
            ]
        )
    )
    return message


def send(message: EmailMessage, settings: SmtpSettings) -> None:
    """Sends through the configured SMTP server (TLS where configured); raises on failure."""
    context = ssl.create_default_context()
    if settings.use_ssl:
        client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout_s, context=context)
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_s)
    with client:
        if settings.starttls and not settings.use_ssl:
            client.starttls(context=context)
        if settings.user:
            client.login(settings.user, settings.password)
        client.send_message(message)


async def send_async(message: EmailMessage, settings: SmtpSettings) -> None:
    """`send` on the default executor's threads: the event loop serves other requests
    (other visitors' actions) while the mail goes out; raises as `send` does."""
    await off_loop(send, message, settings)
