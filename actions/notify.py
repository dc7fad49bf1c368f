"""E-mail to the practice about a new contact request (optional, after it is stored)."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from actions.intake_store import ContactRequest
from brainnetwork.settings import SmtpSettings


def notification(request: ContactRequest, settings: SmtpSettings, practice_name: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = f"Nieuw contactverzoek {request.reference} via de chatassistent"
    message["From"] = settings.sender
    message["To"] = settings.recipient
    reach = request.phone if request.contact_method == "telefoon" else request.email
    message.set_content(
        "\n".join(
            [
                f"Er is een nieuw contactverzoek voor {practice_name} binnengekomen via de chatassistent.",
                "",
                f"Referentie:      {request.reference}",
                f"Naam:            {request.name}",
                f"Bereikbaar via:  {request.contact_method}, {reach}",
                f"Voorkeursmoment: {request.preferred_moment}",
                f"Reden:           {request.reason or '(niet opgegeven)'}",
                f"Ontvangen:       {request.created_at:%Y-%m-%d %H:%M} UTC",
                f"Gesprek:         {request.conversation_id}",
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
