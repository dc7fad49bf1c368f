"""The website channel: Rasa's socket.io channel with two gaps closed.

Rasa 3.6's `SocketIOInput` accepts connections from any origin (`cors_allowed_origins=[]`
switches the check off), and with session persistence it lets a client pick any
`session_id`, so anyone who knows or guesses a visitor's id can join that
conversation, read the assistant's answers and write into it.

`SecureSocketIOInput`
- accepts only the origins in WIDGET_ALLOWED_ORIGINS;
- hands out session ids itself, signed with a server secret and their issue time
  (brainnetwork.widget.sessions); a client that comes back with a valid signed id
  younger than WIDGET_SESSION_MAX_HOURS resumes its conversation and gets a freshly
  signed one; anything else (unknown, forged, expired) gets a new conversation;
- takes the conversation of a message from the connection's confirmed session, never
  from what the client puts in the message;
- passes no client metadata on (no action reads it; it would be stored with every message)
  and takes packets of at most MAX_REQUEST_BYTES (python-socketio's default: 1 MB);
- with several Rasa instances (`shares_the_widget`), sends the assistant's answers through
  python-socketio's Redis manager on LOCK_STORE_URL's Redis, so that every tab of a
  visitor gets them, whichever instance holds its connection; and names each engine.io
  session in an `io` cookie of its handshake, from which HAProxy learns where the session
  lives (and which it removes: no cookie reaches the visitor; deploy/haproxy.cfg).

Configured in credentials.yml as `brainnetwork.channels.SecureSocketIOInput`.

Widget conversations and REST conversations live in separate id namespaces: a widget
conversation's id is 32 hex digits handed out by this channel (`new_session_id`), and
`SafeRestInput` refuses any sender of that shape, so nobody can write into a widget
visitor's conversation over REST, even knowing its id.

Every channel here sets the Rasa server's request limits (Sanic's REQUEST_MAX_SIZE and
WEBSOCKET_MAX_SIZE, 100 MB and 1 MB by default) to MAX_REQUEST_BYTES when Rasa registers
its blueprint, before the server is made (`LimitedBlueprint`).
"""

from __future__ import annotations

import inspect
import json
import logging
import re
import secrets
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.core.channels.socketio import SocketBlueprint, SocketIOInput, SocketIOOutput
from sanic import Blueprint, response
from sanic.exceptions import PayloadTooLarge
from sanic.request import Request
from socketio import AsyncRedisManager

from brainnetwork.access import FORWARDING_HEADERS, bearer_token_matches, is_local
from brainnetwork.messages import MAX_REQUEST_BYTES, TOO_LONG, Refusal, check_sender, prepare
from brainnetwork.settings import AccessSettings, Settings, load_settings
from brainnetwork.socketio_server import StoppableAsyncServer
from brainnetwork.widget import sessions as signed_sessions

logger = logging.getLogger(__name__)


async def maybe_await(result: Any) -> Any:
    """python-socketio made enter_room/leave_room coroutines; Rasa 3.6 does not await them,
    so with session persistence its own channel never joins the room."""
    return await result if inspect.isawaitable(result) else result


WIDGET_CONVERSATION = re.compile(r"[0-9a-fA-F]{32}")


def new_session_id() -> str:
    """A widget conversation's id: 32 hex digits, a shape REST senders may not have."""
    return secrets.token_hex(16)


def is_widget_conversation(sender_id: str) -> bool:
    return bool(WIDGET_CONVERSATION.fullmatch(sender_id))


def from_this_machine(request: Request) -> bool:
    """The request comes from loopback and names no other client (brainnetwork.access)."""
    forwarded = [(name, value) for name in FORWARDING_HEADERS for value in request.headers.getall(name, [])]
    return is_local(request.ip, forwarded)


class _SetsRequestLimits:
    """Sets the Rasa server's request limits when Rasa registers the blueprint: Sanic reads
    WEBSOCKET_MAX_SIZE when it makes the server, before any listener runs."""

    def register(self, app, options):  # noqa: ANN001 - Sanic's Blueprint.register
        app.config.REQUEST_MAX_SIZE = MAX_REQUEST_BYTES
        app.config.WEBSOCKET_MAX_SIZE = MAX_REQUEST_BYTES
        return super().register(app, options)


class LimitedBlueprint(_SetsRequestLimits, Blueprint):
    pass


class LimitedSocketBlueprint(_SetsRequestLimits, SocketBlueprint):
    pass


SOCKETIO_CHANNEL = "brainnetwork:socketio"


def shares_the_widget(settings: Settings) -> bool:
    """Several Rasa instances serve the widget: the launcher starts more than one
    (RASA_INSTANCES), or HAProxy sends to more than one (RASA_UPSTREAMS)."""
    return settings.rasa_instances > 1 or len(settings.scale_out.upstreams) > 1


def client_manager(settings: Settings) -> Optional[AsyncRedisManager]:
    """Where this instance's socket.io emits go: with several instances, through Redis
    (LOCK_STORE_URL) to every instance, each passing them to its own connections of that
    conversation's room; with one, straight to the connections (None: python-socketio's
    own manager)."""
    if not shares_the_widget(settings):
        return None
    if not settings.lock_store_url:
        logger.error("Several Rasa instances without LOCK_STORE_URL: a visitor's answers reach only the "
                     "tabs connected to the instance that handled the message. Set LOCK_STORE_URL=redis://...")
        return None
    return AsyncRedisManager(settings.lock_store_url, channel=SOCKETIO_CHANNEL)


class SecureSocketIOInput(SocketIOInput):
    """Rasa's socket.io channel with origin checks and server-signed sessions."""

    @classmethod
    def name(cls) -> Text:
        return "socketio"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        settings = load_settings()
        secret = settings.widget_session_secret
        max_age_s = settings.widget_session_max_hours * 3600
        # A 10 s heartbeat: dropped connections are noticed sooner, and a long-polling
        # client that leaves is not kept waiting for the 25 s default.
        shared = shares_the_widget(settings)
        sio = StoppableAsyncServer(async_mode="sanic", cors_allowed_origins=list(settings.widget_allowed_origins),
                          ping_interval=10, ping_timeout=20, max_http_buffer_size=MAX_REQUEST_BYTES,
                          client_manager=client_manager(settings), cookie="io" if shared else None)
        webhook = LimitedSocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio

        @webhook.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        @webhook.listener("before_server_stop")
        async def stop_background_tasks(_app, _loop) -> None:
            await sio.shutdown()

        events = WidgetEvents(self, sio, on_new_message, secret, max_age_s)
        for event, handler in (("connect", events.connect), ("disconnect", events.disconnect),
                               ("session_request", events.session_request),
                               (self.user_message_evt, events.handle_message)):
            sio.on(event, namespace=self.namespace)(handler)
        return webhook


class WidgetEvents:
    """The widget's socket.io events: a session only from a server-signed id, then messages."""

    def __init__(self, channel: "SecureSocketIOInput", sio: StoppableAsyncServer,
                 on_new_message: Callable[[UserMessage], Awaitable[Any]], secret: bytes, max_age_s: int) -> None:
        self.channel, self.sio, self.on_new_message = channel, sio, on_new_message
        self.secret, self.max_age_s = secret, max_age_s
        self.namespace = channel.namespace
        self.confirmed: Dict[str, str] = {}  # socket id -> confirmed session id

    async def connect(self, sid: Text, environ: Dict, auth: Optional[Dict]) -> bool:
        return True

    async def disconnect(self, sid: Text) -> None:
        self.confirmed.pop(sid, None)

    async def _emit(self, event: str, data: Any, sid: Text) -> None:
        await self.sio.emit(event, data, room=sid, namespace=self.namespace, ignore_queue=True)

    async def session_request(self, sid: Text, data: Optional[Dict]) -> None:
        claimed = (data or {}).get("session_id")
        session_id = signed_sessions.verify(claimed, self.secret, self.max_age_s)
        if session_id is None:
            if claimed:
                logger.info("Socket.io: an unknown, forged or expired session id was replaced")
            session_id = new_session_id()
        previous = self.confirmed.get(sid)
        if previous and previous != session_id:
            await maybe_await(self.sio.leave_room(sid, previous, namespace=self.namespace))
        self.confirmed[sid] = session_id
        await maybe_await(self.sio.enter_room(sid, session_id, namespace=self.namespace))
        # Signed afresh: a visitor who keeps coming back keeps a valid token.
        await self._emit("session_confirm", signed_sessions.sign(session_id, self.secret), sid)

    async def handle_message(self, sid: Text, data: Any) -> None:
        session_id = self.confirmed.get(sid)
        if session_id is None:
            await self._emit("session_required", {}, sid)
            return
        if not isinstance(data, dict) or not isinstance(data.get("message"), str):
            await self._emit("invalid_message", {}, sid)
            return
        try:
            text = prepare(data["message"])
        except Refusal as refusal:
            logger.info("Socket.io: a message was refused (%s)", refusal.reason)
            await self._emit(self.channel.bot_message_evt, {"text": refusal.text}, sid)
            return
        message = UserMessage(
            text,
            SocketIOOutput(self.sio, self.channel.bot_message_evt),
            session_id,
            input_channel=self.channel.name(),
            metadata={},  # client metadata is not passed on (see the module's docstring)
        )
        await self.on_new_message(message)


class HealthInput(InputChannel):
    """GET /webhooks/health/ : 200 only when the model is loaded and conversations are
    stored in the database; 503 otherwise. The run command waits for it.

    From elsewhere it says only `{"ok": ..., "status": "ok" | "down"}`: where the database
    is and which stores run is for the operator. The whole report (with the reason of a
    503) is answered to requests from this machine, and a change of the problem is logged.

    Rasa's own `/` answers "Hello from Rasa" even when no model is loaded or the tracker
    store fell back to memory; this check does not."""

    @classmethod
    def name(cls) -> Text:
        return "health"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        health = LimitedBlueprint("brainnetwork_health", __name__)
        last_problem: Dict[str, Optional[str]] = {"problem": None}

        @health.listener("after_server_stop")
        async def close_action_server_connections(_app, _loop) -> None:
            # Opened by the kept-alive connections patch (brainnetwork/rasa_patches), if installed.
            from brainnetwork.rasa_patches import action_connections

            await action_connections.close_sessions()

        @health.listener("after_server_stop")
        async def release_conversation_locks(app, _loop) -> None:
            from brainnetwork.lock_store import release_on_stop

            await release_on_stop(getattr(app.ctx, "agent", None))

        @health.route("/", methods=["GET"])
        async def check(request: Request):
            report = assistant_health(getattr(request.app.ctx, "agent", None))
            status = 200 if report["ok"] else 503
            if report.get("problem") != last_problem["problem"]:
                last_problem["problem"] = report.get("problem")
                if report["ok"]:
                    logger.info("Health check: healthy again")
                else:
                    logger.error("Health check: NOT healthy: %s", report.get("problem"))
            if not from_this_machine(request):
                report = public_health(report)
            return response.json(report, status=status)

        return health


def public_health(report: Dict[str, Any]) -> Dict[str, Any]:
    """What anyone may know: healthy or not."""
    return {"ok": bool(report["ok"]), "status": "ok" if report["ok"] else "down"}


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


REST_ONLY_HERE = Refusal(403, "REST is alleen bereikbaar vanaf de server van de assistent zelf, of voor de "
                              "koppeling van de praktijk met een geldig token.", "remote")
WIDGET_SENDER = Refusal(403, "Deze afzender hoort bij een gesprek in de chat op de website; dat gesprek is "
                             "via REST niet bereikbaar. Kies een andere afzender.", "widget_sender")


def rest_access_refusal(request: Request, access: AccessSettings) -> Optional[Refusal]:
    """None when `request` may use REST: it comes from this machine, or from elsewhere with
    the named integration's token (`Authorization: Bearer ...`)."""
    if from_this_machine(request):
        return None
    if access.rest_open_to_integration and bearer_token_matches(request.headers.get("authorization"),
                                                                access.rest_token):
        logger.debug("REST: a request of the integration %s", access.rest_integration_name)
        return None
    if access.rest_open_to_integration:
        logger.warning("REST: refused a request from another machine without the token of the "
                       "integration %s", access.rest_integration_name)
    else:
        logger.warning("REST: refused a request from another machine (REST answers only this machine "
                       "unless REST_INTEGRATION_NAME and REST_TOKEN are set)")
    return REST_ONLY_HERE


class SafeRestInput(RestInput):
    """Rasa's REST channel (POST /webhooks/rest/webhook) with its input checked first.

    - From another machine: 403 with a Dutch `error`, unless an integration is enabled
      (REST_INTEGRATION_NAME, REST_TOKEN) and the request carries its token. A proxy on
      this machine must pass the client's address on (X-Forwarded-For), as HAProxy does.
    - A sender of a widget conversation's shape (32 hex digits): 403; widget conversations
      are not reachable over REST.
    - Invalid JSON, a body that is not an object, a sender that is not a short id, a
      message that is not text, empty or longer than 5000 characters: a 4xx with a Dutch
      `error`. A body over MAX_REQUEST_BYTES: 413 before it is read.

    Nothing refused reaches Rasa. The message goes through `messages.prepare`; `metadata`
    (an object if given) is not passed on. The client cannot choose the input channel;
    `stream` is not offered."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = LimitedBlueprint("brainnetwork_rest", __name__)
        access = load_settings().access

        @webhook.exception(PayloadTooLarge)
        async def too_large(request: Request, _error: Exception):
            logger.info("REST: a message was refused (request body over %s bytes)", MAX_REQUEST_BYTES)
            return response.json({"error": TOO_LONG.text}, status=413)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request):
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request):
            refusal = rest_access_refusal(request, access)
            if refusal is not None:
                return response.json({"error": refusal.text}, status=refusal.status)
            try:
                body = json.loads(request.body or b"")
            except (ValueError, UnicodeDecodeError):
                return response.json({"error": "Dit is geen geldige JSON."}, status=400)
            if not isinstance(body, dict):
                return response.json({"error": "Stuur een JSON-object met sender en message."}, status=400)
            metadata = body.get("metadata")
            try:
                sender = check_sender(body.get("sender"))
                if is_widget_conversation(sender):
                    raise WIDGET_SENDER
                text = prepare(body.get("message"))
                if metadata is not None and not isinstance(metadata, dict):
                    raise Refusal(400, "metadata moet een JSON-object zijn.", "bad_metadata")
            except Refusal as refusal:
                logger.info("REST: a message was refused (%s)", refusal.reason)
                return response.json({"error": refusal.text}, status=refusal.status)
            collector = CollectingOutputChannel()
            try:
                # Client metadata is not passed on: no action reads it, and Rasa would
                # store it with the message.
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(),
                                                 metadata={}))
            except Exception as error:  # noqa: BLE001 - the visitor gets an answer, the log the type
                logger.error("REST: handling a message failed (%s)", type(error).__name__)
                from brainnetwork.responses import apology

                return response.json([{"recipient_id": sender, "text": apology()}], status=500)
            return response.json(collector.messages)

        return webhook
