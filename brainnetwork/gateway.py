"""One entry point in front of several Rasa instances (RASA_INSTANCES > 1).

    python -m brainnetwork.gateway --port 5005 --instance http://localhost:5006 --instance http://localhost:5007

The launcher starts it on RASA_PORT when more than one Rasa instance runs; visitors,
the widget and the REST clients see one server. The instances share the conversations
(PostgreSQL tracker store) and the conversation locks (Redis, `brainnetwork.lock_store`),
so any instance can handle any message. The gateway still keeps each conversation on one
instance while that instance is healthy: consecutive messages of a conversation then
never wait for a lock held by another process, and a conversation moves only when its
instance fails.

- REST (`/webhooks/rest/webhook`) and `/conversations/<id>/...`: by conversation id
  (rendezvous hashing over the healthy instances).
- socket.io (`/socket.io/`): a new connection goes to the instance with the fewest
  connections; its later requests (long polling, the websocket upgrade) follow its
  engine.io session id to the same instance, since that session lives in its memory.
- `/webhooks/health/`: 200 when every instance is healthy, else 503 with each
  instance's report (to requests from this machine; elsewhere only the status);
  instances are checked every two seconds and a failing one gets no new conversations.
- Everything else goes to a healthy instance.

A message is sent again to another instance only when the first could not be reached
at all (connection refused), never after it may have been handled.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import logging
import re
import sys
import time
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import aiohttp
from aiohttp import web

from brainnetwork.access import FORWARDING_HEADERS, is_local
from brainnetwork.request_bodies import application

logger = logging.getLogger("brainnetwork.gateway")

HEALTH_PATH = "/webhooks/health/"
HEALTH_INTERVAL_S = 2.0
SOCKET_SESSION_IDLE_S = 120.0  # engine.io sessions not seen for this long are forgotten
MAX_BODY_BYTES = 2 * 1024 * 1024
# Not passed on by a proxy (RFC 9110, 7.6.1), plus what aiohttp sets itself.
HOP_BY_HOP = {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
              "transfer-encoding", "upgrade", "host", "content-length"}
SID_IN_HANDSHAKE = re.compile(r'"sid"\s*:\s*"([^"]+)"')
CONVERSATION_PATH = re.compile(r"^/conversations/([^/]+)/")


@dataclass
class Instance:
    """One Rasa server behind the gateway."""

    url: str
    healthy: bool = False
    report: Dict = field(default_factory=lambda: {"ok": False, "problem": "not checked yet"})
    connections: int = 0  # socket.io sessions routed here


def rendezvous(key: str, instances: List[Instance]) -> Instance:
    """The instance for `key`: highest hash of (key, instance). When an instance drops
    out, only its own conversations move."""
    return max(instances, key=lambda i: hashlib.sha256(f"{key}|{i.url}".encode()).digest())


class Gateway:
    def __init__(self, urls: List[str], health_interval_s: float = HEALTH_INTERVAL_S) -> None:
        if not urls:
            raise ValueError("the gateway needs at least one Rasa instance")
        self.instances = [Instance(url.rstrip("/")) for url in urls]
        self.health_interval_s = health_interval_s
        self.socket_sessions: Dict[str, Tuple[Instance, float]] = {}
        self.session: Optional[aiohttp.ClientSession] = None
        self._checker: Optional[asyncio.Task] = None

    # Which instance.
    def available(self) -> List[Instance]:
        healthy = [i for i in self.instances if i.healthy]
        return healthy or self.instances  # none known healthy: try them all rather than refuse

    def for_conversation(self, conversation_id: str, exclude: Tuple[Instance, ...] = ()) -> Optional[Instance]:
        candidates = [i for i in self.available() if i not in exclude]
        return rendezvous(conversation_id, candidates) if candidates else None

    def for_new_socket(self) -> Instance:
        return min(self.available(), key=lambda i: i.connections)

    # Health.
    async def check_instances(self) -> None:
        async def check(instance: Instance) -> None:
            try:
                async with self.session.get(instance.url + HEALTH_PATH,
                                            timeout=aiohttp.ClientTimeout(total=3)) as answer:
                    report = await answer.json(content_type=None)
                    ok = answer.status == 200
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
                ok, report = False, {"ok": False, "problem": f"no answer ({type(error).__name__})"}
            if ok != instance.healthy:
                log = logger.info if ok else logger.error
                log("Rasa instance %s is %s%s", instance.url, "healthy" if ok else "NOT healthy",
                    "" if ok else f": {report.get('problem', report)}; its conversations go to the others")
            instance.healthy, instance.report = ok, report

        await asyncio.gather(*(check(i) for i in self.instances))

    async def _check_forever(self) -> None:
        while True:
            await self.check_instances()
            self._forget_idle_sockets()
            await asyncio.sleep(self.health_interval_s)

    def health(self) -> Dict:
        instances = [{"url": i.url, "ok": i.healthy, **({} if i.healthy else {"problem": i.report.get("problem")})}
                     for i in self.instances]
        healthy = sum(i.healthy for i in self.instances)
        status = "ok" if healthy == len(self.instances) else ("degraded" if healthy else "down")
        return {"ok": status == "ok", "status": status, "instances": instances}

    # Passing requests on.
    async def forward(self, request: web.Request, instance: Instance, body: bytes) -> web.Response:
        headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
        headers["X-Forwarded-For"] = request.remote or ""
        async with self.session.request(request.method, instance.url + request.path_qs, headers=headers,
                                        data=body, allow_redirects=False) as answer:
            content = await answer.read()
            reply = web.Response(body=content, status=answer.status)
            for name, value in answer.headers.items():
                if name.lower() not in HOP_BY_HOP and name.lower() != "content-encoding":
                    reply.headers.add(name, value)
            return reply

    async def forward_conversation(self, request: web.Request, conversation_id: str, body: bytes) -> web.Response:
        tried: Tuple[Instance, ...] = ()
        while True:
            instance = self.for_conversation(conversation_id, exclude=tried)
            if instance is None:
                return unavailable()
            try:
                return await self.forward(request, instance, body)
            except aiohttp.ClientConnectorError:
                # Not delivered at all (each request has its own connection), so sending it
                # elsewhere cannot handle it twice.
                logger.error("Rasa instance %s refused a connection; trying another", instance.url)
                instance.healthy = False
                tried += (instance,)
            except aiohttp.ClientError as error:
                # Delivered, then lost: it may have been handled, so it is not sent again.
                logger.error("Rasa instance %s failed while handling a request (%s)", instance.url,
                             type(error).__name__)
                instance.healthy = False
                return web.json_response(
                    {"error": "Je bericht kwam niet goed aan. Wil je het nog een keer sturen?"}, status=503)

    async def handle(self, request: web.Request) -> web.StreamResponse:
        if request.path == HEALTH_PATH:
            report = self.health()
            forwarded = [(name, value) for name in FORWARDING_HEADERS for value in request.headers.getall(name, [])]
            if not is_local(request.remote, forwarded):  # the instances' URLs are for the operator
                report = {"ok": report["ok"], "status": report["status"]}
            return web.json_response(report, status=200 if report["ok"] else 503)
        if request.path.startswith("/socket.io"):
            return await self.socket_io(request)
        body = await request.read()
        if request.path.startswith("/webhooks/rest/webhook"):
            return await self.forward_conversation(request, sender_of(body), body)
        match = CONVERSATION_PATH.match(request.path)
        if match:
            return await self.forward_conversation(request, match.group(1), body)
        return await self.forward_conversation(request, request.path, body)

    # socket.io: an engine.io session lives in one instance's memory.
    async def socket_io(self, request: web.Request) -> web.StreamResponse:
        sid = request.query.get("sid")
        if sid:
            known = self.socket_sessions.get(sid)
            if known is None:
                # As engine.io answers an unknown session: the client starts a new one.
                return web.json_response({"code": 1, "message": "Session ID unknown"}, status=400)
            instance = known[0]
            self.socket_sessions[sid] = (instance, time.monotonic())
        else:
            instance = self.for_new_socket()
        if request.headers.get("Upgrade", "").lower() == "websocket":
            return await self.websocket(request, instance, sid)
        try:
            reply = await self.forward(request, instance, await request.read())
        except aiohttp.ClientError:
            instance.healthy = False
            return unavailable()
        if not sid and reply.status == 200:
            found = SID_IN_HANDSHAKE.search(reply.body.decode(errors="replace")[:500])
            if found:
                self.socket_sessions[found.group(1)] = (instance, time.monotonic())
                instance.connections += 1
        return reply

    async def websocket(self, request: web.Request, instance: Instance, sid: Optional[str]) -> web.StreamResponse:
        headers = {k: v for k, v in request.headers.items()
                   if k.lower() not in HOP_BY_HOP and not k.lower().startswith("sec-websocket")}
        try:
            upstream = await self.session.ws_connect(instance.url.replace("http", "ws", 1) + request.path_qs,
                                                     headers=headers, autoping=False)
        except aiohttp.ClientError:
            return unavailable()
        visitor = web.WebSocketResponse(autoping=False, max_msg_size=MAX_BODY_BYTES)
        await visitor.prepare(request)
        if not sid:
            instance.connections += 1

        async def pump(source, target) -> None:
            async for message in source:
                if message.type == aiohttp.WSMsgType.TEXT:
                    await target.send_str(message.data)
                elif message.type == aiohttp.WSMsgType.BINARY:
                    await target.send_bytes(message.data)
                elif message.type == aiohttp.WSMsgType.PING:
                    await target.ping(message.data)
                elif message.type == aiohttp.WSMsgType.PONG:
                    await target.pong(message.data)
                else:
                    break

        try:
            await asyncio.wait([asyncio.ensure_future(pump(visitor, upstream)),
                                asyncio.ensure_future(pump(upstream, visitor))],
                               return_when=asyncio.FIRST_COMPLETED)
        finally:
            await upstream.close()
            await visitor.close()
            if sid:
                self.socket_sessions.pop(sid, None)
            instance.connections = max(0, instance.connections - 1)
        return visitor

    def _forget_idle_sockets(self) -> None:
        cutoff = time.monotonic() - SOCKET_SESSION_IDLE_S
        for sid, (instance, seen) in list(self.socket_sessions.items()):
            if seen < cutoff:
                del self.socket_sessions[sid]
                instance.connections = max(0, instance.connections - 1)

    # The web app.
    async def start(self, _app: web.Application) -> None:
        self.session = aiohttp.ClientSession(
            timeout=aiohttp.ClientTimeout(total=None, sock_connect=3),
            # A new loopback connection per request: a refused connection then always means
            # "not delivered", never a kept-alive connection to an instance that has died.
            connector=aiohttp.TCPConnector(limit=0, force_close=True),
            auto_decompress=False,
        )
        await self.check_instances()
        self._checker = asyncio.ensure_future(self._check_forever())

    async def stop(self, _app: web.Application) -> None:
        if self._checker:
            self._checker.cancel()
        if self.session:
            await self.session.close()

    def app(self) -> web.Application:
        app = application(client_max_size=MAX_BODY_BYTES)  # refuses compressed request bodies
        app.router.add_route("*", "/{tail:.*}", self.handle)
        app.on_startup.append(self.start)
        app.on_cleanup.append(self.stop)
        return app


def sender_of(body: bytes) -> str:
    """The conversation of a REST message; a body without one goes anywhere (the instance
    answers it with a 400)."""
    try:
        sender = json.loads(body).get("sender")
    except (ValueError, AttributeError, UnicodeDecodeError):
        return ""
    return sender if isinstance(sender, str) else ""


def unavailable() -> web.Response:
    return web.json_response(
        {"error": "De assistent is even niet bereikbaar. Probeer het over een paar minuten opnieuw."},
        status=503,
    )


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="0.0.0.0")
    parser.add_argument("--port", type=int, default=5005)
    parser.add_argument("--instance", action="append", required=True, help="a Rasa server URL (repeat)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s gateway %(message)s")
    logger.info("Gateway on :%s in front of %s", args.port, ", ".join(args.instance))
    web.run_app(Gateway(args.instance).app(), host=args.host, port=args.port, print=None,
                access_log=None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
