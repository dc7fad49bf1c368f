"""The website channel: Rasa's socket.io channel with two gaps closed.

Rasa 3.6's `SocketIOInput` accepts connections from any origin (`cors_allowed_origins=[]`
switches the check off), and with session persistence it lets a client pick any
`session_id`, so anyone who knows or guesses a visitor's id can join that
conversation, read the assistant's answers and write into it.

`SecureSocketIOInput`
- accepts only the origins in WIDGET_ALLOWED_ORIGINS;
- hands out session ids itself, signed with a server secret (HMAC-SHA256); a client
  that comes back with a valid signed id resumes its conversation, anything else gets a
  new one;
- takes the conversation of a message from the connection's confirmed session, never
  from what the client puts in the message.

Configured in credentials.yml as `brainnetwork.channels.SecureSocketIOInput`.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
import json
import logging
import secrets
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.request import Request
from socketio import AsyncServer

from brainnetwork import rasa_fixes
from brainnetwork.messages import Refusal, check_sender, prepare
from brainnetwork.settings import load_settings

rasa_fixes.install()

logger = logging.getLogger(__name__)


async def maybe_await(result: Any) -> Any:
    """python-socketio made enter_room/leave_room coroutines; Rasa 3.6 does not await them,
    so with session persistence its own channel never joins the room."""
    return await result if inspect.isawaitable(result) else result


def sign(session_id: str, secret: bytes) -> str:
    digest = hmac.new(secret, session_id.encode(), hashlib.sha256).hexdigest()[:32]
    return f"{session_id}.{digest}"


def verify(token: Any, secret: bytes) -> Optional[str]:
    """The session id inside a valid signed token, else None."""
    if not isinstance(token, str) or token.count(".") != 1:
        return None
    session_id, _ = token.split(".")
    if len(session_id) != 32 or not all(c in "0123456789abcdef" for c in session_id):
        return None
    return session_id if hmac.compare_digest(sign(session_id, secret), token) else None


class SecureSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel with origin checks and server-signed sessions."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        settings = load_settings()
        secret = settings.widget_session_secret
        # A 10 s heartbeat: dropped connections are noticed sooner, and a long-polling
        # client that leaves is not kept waiting for the 25 s default.
        sio = AsyncServer(async_mode="sanic", cors_allowed_origins=list(settings.widget_allowed_origins),
                          ping_interval=10, ping_timeout=20)
        webhook = SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio
        sessions: Dict[str, str] = {}  # socket id -> confirmed session id

        @webhook.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        @sio.on("connect", namespace=self.namespace)
        async def connect(sid: Text, environ: Dict, auth: Optional[Dict]) -> bool:
            return True

        @sio.on("disconnect", namespace=self.namespace)
        async def disconnect(sid: Text) -> None:
            sessions.pop(sid, None)

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Optional[Dict]) -> None:
            claimed = (data or {}).get("session_id")
            session_id = verify(claimed, secret)
            if session_id is None:
                if claimed:
                    logger.info("Socket.io: an unknown or forged session id was replaced")
                session_id = secrets.token_hex(16)
            previous = sessions.get(sid)
            if previous and previous != session_id:
                await maybe_await(sio.leave_room(sid, previous, namespace=self.namespace))
            sessions[sid] = session_id
            await maybe_await(sio.enter_room(sid, session_id, namespace=self.namespace))
            await sio.emit("session_confirm", sign(session_id, secret), room=sid, namespace=self.namespace)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Any) -> None:
            session_id = sessions.get(sid)
            if session_id is None:
                await sio.emit("session_required", {}, room=sid, namespace=self.namespace)
                return
            if not isinstance(data, dict) or not isinstance(data.get("message"), str):
                await sio.emit("invalid_message", {}, room=sid, namespace=self.namespace)
                return
            metadata = data.get(self.metadata_key) or {}
            if isinstance(metadata, str):
                try:
                    metadata = json.loads(metadata)
                except ValueError:
                    metadata = {}
            try:
                text = prepare(data["message"])
            except Refusal as refusal:
                logger.info("Socket.io: a message was refused (%s)", refusal.reason)
                await sio.emit(self.bot_message_evt, {"text": refusal.text}, room=sid, namespace=self.namespace)
                return
            message = UserMessage(
                text,
                SocketIOOutput(sio, self.bot_message_evt),
                session_id,
                input_channel=self.name(),
                metadata=metadata if isinstance(metadata, dict) else {},
            )
            await on_new_message(message)

        return webhook


class HealthInput(InputChannel):
    """GET /webhooks/health/ : 200 only when the model is loaded and conversations are
    stored in the database; 503 with the reason otherwise. The run command waits for it.

    Rasa's own `/` answers "Hello from Rasa" even when no model is loaded or the tracker
    store fell back to memory; this check does not."""

    @classmethod
    def name(cls) -> Text:
        return "health"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        health = Blueprint("brainnetwork_health", __name__)

        @health.route("/", methods=["GET"])
        async def check(request: Request):
            report = assistant_health(getattr(request.app.ctx, "agent", None))
            return response.json(report, status=200 if report["ok"] else 503)

        return health


def assistant_health(agent: Any) -> Dict[str, Any]:
    from brainnetwork.tracker_store import tracker_store_health

    if agent is None or not agent.is_ready():
        return {"ok": False, "model": "not loaded", "problem": "no model is loaded"}
    conversations = tracker_store_health(agent.tracker_store)
    lock_store = getattr(agent, "lock_store", None)
    locks = lock_store.health() if hasattr(lock_store, "health") else {"ok": True, "store": type(lock_store).__name__}
    report = {"ok": conversations["ok"] and locks["ok"], "model": "loaded",
              "conversations": conversations, "locks": locks}
    if not report["ok"]:
        report["problem"] = conversations.get("problem") or locks.get("problem")
    return report


class SafeRestInput(RestInput):
    """Rasa's REST channel (POST /webhooks/rest/webhook) with its input checked first.

    Invalid JSON, a body that is not an object, a sender that is not a short id, a
    message that is not text, empty or longer than 5000 characters: a 4xx with a Dutch
    `error`, and nothing reaches Rasa. The message goes through `messages.prepare`. The
    client cannot choose the input channel; `stream` is not offered."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("brainnetwork_rest", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request):
            try:
                body = json.loads(request.body or b"")
            except (ValueError, UnicodeDecodeError):
                return response.json({"error": "Dit is geen geldige JSON."}, status=400)
            if not isinstance(body, dict):
                return response.json({"error": "Stuur een JSON-object met sender en message."}, status=400)
            metadata = body.get("metadata")
            try:
                sender = check_sender(body.get("sender"))
                text = prepare(body.get("message"))
                if metadata is not None and not isinstance(metadata, dict):
                    raise Refusal(400, "metadata moet een JSON-object zijn.", "bad_metadata")
            except Refusal as refusal:
                logger.info("REST: a message was refused (%s)", refusal.reason)
                return response.json({"error": refusal.text}, status=refusal.status)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(),
                                                 metadata=metadata or {}))
            except Exception as error:  # noqa: BLE001 - the visitor gets an answer, the log the type
                logger.error("REST: handling a message failed (%s)", type(error).__name__)
                from brainnetwork.intake_texts import apology

                return response.json([{"recipient_id": sender, "text": apology()}], status=500)
            return response.json(collector.messages)

        return webhook
