"""The Rasa server's ways in (REST, socket.io, health), served in this process with a stand-in
agent: no trained model needed."""

import asyncio
import contextlib
import json
import time

import aiohttp
import pytest

from brainnetwork.messages import MAX_REQUEST_BYTES
from tests.running import WidgetClient as Client
from tests.conftest import free_port, non_loopback_address

ORIGIN = "http://widget.example"
SESSION_SECRET = b"s" * 40  # WIDGET_SESSION_SECRET of `rasa_server`
DAY = 24 * 3600
INTEGRATION_TOKEN = "t" * 40


class StandInAgent:
    """Stores each message as Rasa does (a `user` event with the message's metadata, in the
    project's SQL tracker store) and answers "Dag!"."""

    def __init__(self, store):
        self.tracker_store = store
        self.lock_store = None
        self.messages = []

    def is_ready(self):
        return True

    async def handle_message(self, message):
        from rasa.shared.core.events import UserUttered

        self.messages.append(message)
        tracker = await self.tracker_store.get_or_create_tracker(message.sender_id)
        tracker.update(UserUttered(message.text, metadata=message.metadata, input_channel=message.input_channel))
        await self.tracker_store.save(tracker)
        await message.output_channel.send_text_message(message.sender_id, "Dag!")


@contextlib.asynccontextmanager
async def rasa_server(tmp_path, monkeypatch, host="127.0.0.1", **env):
    """Rasa's own Sanic app (`rasa.core.run.configure_app`, as `rasa run` makes it) with the
    channels of credentials.yml, on a free port."""
    from rasa.core.run import configure_app
    from rasa.shared.core.domain import Domain
    from sanic import Sanic

    from brainnetwork.channels import HealthInput, SafeRestInput, SecureSocketIOInput
    from brainnetwork.tracker_store import ConversationStore

    monkeypatch.setenv("WIDGET_ALLOWED_ORIGINS", ORIGIN)
    monkeypatch.setenv("WIDGET_SESSION_SECRET", SESSION_SECRET.decode())
    for name in ("REST_INTEGRATION_NAME", "REST_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    Sanic.test_mode = True  # several apps of the same name in one process
    port = free_port()
    app = configure_app([SafeRestInput(), SecureSocketIOInput(session_persistence=True), HealthInput()],
                        enable_api=False, port=port)
    database = tmp_path / "conversations.db"
    store = ConversationStore(domain=Domain.empty(), url=f"sqlite:///{database}")
    app.ctx.agent = StandInAgent(store)
    server = await app.create_server(host=host, port=port, return_asyncio_server=True, access_log=False)
    await server.startup()  # create_server already listens; no request comes before this
    await server.before_start()
    await server.after_start()
    try:
        yield type("Running", (), {"url": f"http://127.0.0.1:{port}", "port": port, "app": app,
                                   "agent": app.ctx.agent, "database": database})
    finally:
        await server.before_stop()
        await server.close()
        await server.after_stop()


class Widget(Client):
    """The widget's client; leaves without waiting for its last long poll (up to 25 s)."""

    async def __aexit__(self, *exc):
        await self.sio.eio.disconnect(abort=True)


def stored_events(database, sender=None):
    """(sender_id, type_name, data) of the stored events."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(database)) as connection:
        if not connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'events'").fetchone():
            return []
        query, args = "SELECT sender_id, type_name, data FROM events", ()
        if sender is not None:
            query, args = query + " WHERE sender_id = ?", (sender,)
        return connection.execute(query, args).fetchall()


async def post_rest(url, body, headers=None):
    async with aiohttp.ClientSession() as client:
        async with client.post(f"{url}/webhooks/rest/webhook", data=json.dumps(body).encode(),
                               headers={"Content-Type": "application/json", **(headers or {})}) as answer:
            return answer.status, await answer.json(content_type=None)


def user_events(database, sender=None):
    return [(row[0], json.loads(row[2])) for row in stored_events(database, sender) if row[1] == "user"]


def socketio_server_tasks():
    """Pending tasks running the code of python-engineio's or python-socketio's server side."""
    server_files = ("engineio/async_server.py", "engineio/async_socket.py",
                    "socketio/async_server.py", "socketio/async_pubsub_manager.py")
    return [task for task in asyncio.all_tasks() if not task.done()
            and getattr(task.get_coro(), "cr_code", None) is not None
            and task.get_coro().cr_code.co_filename.endswith(server_files)]


async def test_stopping_the_server_ends_the_socket_io_background_tasks(tmp_path, monkeypatch):
    """A widget is still connected (its heartbeat task waiting) when the server stops: no task
    of the socket.io server is left pending (tests/brainnetwork/test_socketio_server.py shows
    python-socketio's own shutdown leaves them)."""
    widget = None
    try:
        async with rasa_server(tmp_path, monkeypatch) as rasa:
            widget = await Widget(rasa.url, ORIGIN).__aenter__()
            await widget.session()
            assert socketio_server_tasks(), "the heartbeat and the service task run while connected"
        assert socketio_server_tasks() == []
    finally:
        if widget is not None:
            await widget.__aexit__(None, None, None)


async def test_rest_works_from_this_machine(tmp_path, monkeypatch):
    async with rasa_server(tmp_path, monkeypatch) as rasa:
        status, answers = await post_rest(rasa.url, {"sender": "bezoeker-1", "message": "hallo"})
        assert status == 200 and answers == [{"recipient_id": "bezoeker-1", "text": "Dag!"}]
        assert [event["text"] for _, event in user_events(rasa.database, "bezoeker-1")] == ["hallo"]


async def test_a_widget_conversation_cannot_be_reached_over_rest(tmp_path, monkeypatch):
    async with rasa_server(tmp_path, monkeypatch) as rasa:
        async with Widget(rasa.url, ORIGIN) as widget:
            token = await widget.session()
            await widget.sio.emit("user_uttered", {"message": "mijn nummer is 0612345678"})
            assert (await widget.next("bot_uttered", timeout=30))["text"] == "Dag!"
        conversation = token.split(".")[0]
        for sender in (conversation, conversation.upper()):
            status, body = await post_rest(rasa.url, {"sender": sender, "message": "ja"})
            assert status == 403 and "chat op de website" in body["error"]
        assert [e["text"] for _, e in user_events(rasa.database, conversation)] == ["mijn nummer is 0612345678"]
        assert [m.input_channel for m in rasa.agent.messages] == ["socketio"]


async def test_rest_refuses_other_machines_unless_an_integration_is_enabled(tmp_path, monkeypatch):
    async with rasa_server(tmp_path, monkeypatch, host="0.0.0.0") as rasa:
        # Through a proxy on this machine (HAProxy): the client's address is forwarded.
        for forwarded in ({"X-Forwarded-For": "203.0.113.9"}, {"X-Forwarded-For": "127.0.0.1, 203.0.113.9"},
                          {"x-real-ip": "203.0.113.9"}, {"Forwarded": 'for="[2001:db8::1]:4711"'}):
            status, body = await post_rest(rasa.url, {"sender": "bezoeker-2", "message": "hallo"}, forwarded)
            assert status == 403 and body["error"].startswith("REST is alleen bereikbaar"), forwarded
        address = non_loopback_address()
        if address:  # straight from another address of this machine
            status, body = await post_rest(f"http://{address}:{rasa.port}", {"sender": "bezoeker-2", "message": "hoi"})
            assert status == 403 and body["error"].startswith("REST is alleen bereikbaar")
        assert user_events(rasa.database) == [] and rasa.agent.messages == []
        # The proxy's own loopback entries do not count as another machine.
        status, _ = await post_rest(rasa.url, {"sender": "bezoeker-3", "message": "hallo"},
                                    {"X-Forwarded-For": "127.0.0.1", "Forwarded": "for=127.0.0.1;proto=http"})
        assert status == 200


async def test_a_named_integration_uses_rest_from_elsewhere_with_its_token_only(tmp_path, monkeypatch):
    async with rasa_server(tmp_path, monkeypatch, REST_INTEGRATION_NAME="praktijk-crm",
                           REST_TOKEN=INTEGRATION_TOKEN) as rasa:
        elsewhere = {"X-Forwarded-For": "203.0.113.9"}
        for authorization in ({}, {"Authorization": "Bearer " + "x" * 40}, {"Authorization": INTEGRATION_TOKEN},
                              {"Authorization": "Bearer " + INTEGRATION_TOKEN[:-1]}):
            status, body = await post_rest(rasa.url, {"sender": "crm-1", "message": "hallo"},
                                           {**elsewhere, **authorization})
            assert status == 403 and "token" in body["error"]
        assert rasa.agent.messages == []
        status, _ = await post_rest(rasa.url, {"sender": "crm-1", "message": "hallo"},
                                    {**elsewhere, "Authorization": f"Bearer {INTEGRATION_TOKEN}"})
        assert status == 200 and [e["text"] for _, e in user_events(rasa.database, "crm-1")] == ["hallo"]
        # Widget conversations stay out of reach, token or not.
        status, _ = await post_rest(rasa.url, {"sender": "a" * 32, "message": "ja"},
                                    {**elsewhere, "Authorization": f"Bearer {INTEGRATION_TOKEN}"})
        assert status == 403


async def raw_request(port, head: bytes) -> bytes:
    """Sends `head` (request line and headers, no body) and reads the answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(head)
    await writer.drain()
    answer = await asyncio.wait_for(reader.read(), 30)
    writer.close()
    return answer


async def test_an_oversized_rest_body_gets_a_dutch_413_before_it_is_read(tmp_path, monkeypatch):
    async with rasa_server(tmp_path, monkeypatch) as rasa:
        for size in (MAX_REQUEST_BYTES + 1, 100_000_000):
            answer = await raw_request(rasa.port, (
                "POST /webhooks/rest/webhook HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                f"Content-Length: {size}\r\n\r\n").encode())
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 413"), answer[:300]
            assert json.loads(body)["error"].startswith("Je bericht is te lang")
        assert user_events(rasa.database) == [] and rasa.agent.messages == []


async def test_client_metadata_is_not_stored(tmp_path, monkeypatch):
    bulky = {"note": "PLUGH" * 20_000}  # 100 KB, within the request limit
    async with rasa_server(tmp_path, monkeypatch) as rasa:
        status, _ = await post_rest(rasa.url, {"sender": "bezoeker-4", "message": "hallo", "metadata": bulky})
        assert status == 200
        async with Widget(rasa.url, ORIGIN) as widget:
            await widget.session()
            await widget.sio.emit("user_uttered", {"message": "hallo", "customData": bulky})
            await widget.next("bot_uttered", timeout=30)
            await widget.sio.emit("user_uttered", {"message": "hoi", "customData": json.dumps(bulky)})
            await widget.next("bot_uttered", timeout=30)
        stored = user_events(rasa.database)
        assert [event["text"] for _, event in stored] == ["hallo", "hallo", "hoi"]
        assert all("PLUGH" not in json.dumps(event) for _, event in stored)
        assert all(message.metadata == {} for message in rasa.agent.messages)


async def test_a_socket_io_packet_over_the_limit_closes_the_connection_and_stores_nothing(tmp_path, monkeypatch):
    async with rasa_server(tmp_path, monkeypatch) as rasa:
        async with Widget(rasa.url, ORIGIN) as widget:
            await widget.session()
            closed = asyncio.Event()
            widget.sio.on("disconnect", closed.set)
            # 200 KB: python-socketio's own limit is 1 MB.
            await widget.sio.emit("user_uttered", {"message": "x" * 200_000})
            await asyncio.wait_for(closed.wait(), 60)
        assert user_events(rasa.database) == [] and rasa.agent.messages == []


async def test_a_websocket_frame_over_the_limit_closes_the_connection_and_stores_nothing(tmp_path, monkeypatch):
    """The widget upgrades to a websocket; Sanic would take frames of up to 1 MB."""
    import websockets

    async with rasa_server(tmp_path, monkeypatch) as rasa:
        async with websockets.connect(f"ws://127.0.0.1:{rasa.port}/socket.io/?EIO=4&transport=websocket",
                                      extra_headers={"Origin": ORIGIN}, max_size=None) as connection:
            await connection.recv()  # engine.io open
            await connection.send("40")  # socket.io connect
            await connection.recv()
            await connection.send('42["session_request",{"session_id":null}]')
            await connection.recv()
            await connection.send("42" + json.dumps(["user_uttered", {"message": "x" * 200_000}]))
            with pytest.raises(websockets.ConnectionClosed) as closed:
                while True:
                    assert not (await asyncio.wait_for(connection.recv(), 60)).startswith('42["bot_uttered"')
        assert closed.value.rcvd.code == 1009  # "message too big", from Sanic before the frame was read
        assert user_events(rasa.database) == [] and rasa.agent.messages == []


async def test_the_public_health_check_says_only_the_status(tmp_path, monkeypatch):
    async with rasa_server(tmp_path, monkeypatch) as rasa:
        async with aiohttp.ClientSession() as client:
            async with client.get(f"{rasa.url}/webhooks/health/") as answer:
                here = await answer.json()
            async with client.get(f"{rasa.url}/webhooks/health/", headers={"X-Forwarded-For": "203.0.113.9"}) as answer:
                assert answer.status == 200
                elsewhere = await answer.json()
    assert here["ok"] and here["conversations"]["database"].endswith("conversations.db")
    assert elsewhere == {"ok": True, "status": "ok"}
    assert str(tmp_path) not in json.dumps(elsewhere)


async def test_the_channel_hands_out_session_ids_signed_with_their_issue_time(tmp_path, monkeypatch):
    """One implementation of signed session ids: brainnetwork.widget.sessions."""
    from brainnetwork.widget.sessions import verify

    async with rasa_server(tmp_path, monkeypatch) as rasa:
        async with Widget(rasa.url, ORIGIN) as widget:
            token = await widget.session()
            conversation, issued, _ = token.split(".")
            assert verify(token, SESSION_SECRET, DAY) == conversation
            assert abs(int(issued) - time.time()) < 3600
            resumed = await widget.session(token)
            assert resumed.split(".")[0] == conversation and verify(resumed, SESSION_SECRET, DAY)
            forged = await widget.session(f"{conversation}.{issued}.{'0' * 32}")
            assert forged.split(".")[0] != conversation


async def test_an_expired_session_id_starts_a_new_session(tmp_path, monkeypatch):
    """WIDGET_SESSION_MAX_HOURS=2: a token of an hour ago resumes its conversation; one of
    three hours ago gets a new conversation (no error), and what the visitor types then
    goes into the new one."""
    from brainnetwork.widget.sessions import sign, verify

    kept, old = "b" * 32, "c" * 32
    async with rasa_server(tmp_path, monkeypatch, WIDGET_SESSION_MAX_HOURS="2") as rasa:
        async with Widget(rasa.url, ORIGIN) as widget:
            recent = await widget.session(sign(kept, SESSION_SECRET, now=time.time() - 3600))
            assert recent.split(".")[0] == kept
        async with Widget(rasa.url, ORIGIN) as widget:
            fresh = await widget.session(sign(old, SESSION_SECRET, now=time.time() - 3 * 3600))
            conversation = fresh.split(".")[0]
            assert conversation not in (old, kept) and verify(fresh, SESSION_SECRET, 3600) == conversation
            await widget.sio.emit("user_uttered", {"message": "hallo"})
            assert (await widget.next("bot_uttered", timeout=30))["text"] == "Dag!"
        assert [sender for sender, _ in user_events(rasa.database)] == [conversation]


async def test_with_several_instances_every_tab_of_a_visitor_gets_the_answers(tmp_path, monkeypatch):
    """Two Rasa servers (as two instances) on one Redis: a visitor's first tab is connected
    to one, the second tab to the other; an answer to a message in either tab reaches both.
    Each handshake names its session in the `io` cookie, for HAProxy's stickiness."""
    from tests.conftest import redis_url

    shared = {"RASA_INSTANCES": "2", "LOCK_STORE_URL": redis_url()}
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    async with rasa_server(tmp_path / "a", monkeypatch, **shared) as first, \
            rasa_server(tmp_path / "b", monkeypatch, **shared) as second:
        async with aiohttp.ClientSession() as client:
            async with client.get(f"{first.url}/socket.io/?EIO=4&transport=polling",
                                  headers={"Origin": ORIGIN}) as handshake:
                sid = json.loads((await handshake.text())[1:])["sid"]
                assert handshake.cookies["io"].value == sid
        async with Widget(first.url, ORIGIN) as one, Widget(second.url, ORIGIN) as two:
            token = await one.session()
            assert (await two.session(token)).split(".")[0] == token.split(".")[0]
            await one.sio.emit("user_uttered", {"message": "hallo"})
            assert (await one.next("bot_uttered", timeout=30))["text"] == "Dag!"
            assert (await two.next("bot_uttered", timeout=30))["text"] == "Dag!"
            await two.sio.emit("user_uttered", {"message": "nog een vraag"})
            assert (await two.next("bot_uttered", timeout=30))["text"] == "Dag!"
            assert (await one.next("bot_uttered", timeout=30))["text"] == "Dag!"
        assert len(first.agent.messages) == 1 and len(second.agent.messages) == 1


async def test_one_instance_keeps_python_socketios_own_manager_and_sets_no_cookie(tmp_path, monkeypatch):
    from socketio import AsyncRedisManager

    monkeypatch.setenv("LOCK_STORE_URL", "redis://127.0.0.1:6379/1")
    async with rasa_server(tmp_path, monkeypatch, RASA_INSTANCES="1") as rasa:
        async with aiohttp.ClientSession() as client:
            async with client.get(f"{rasa.url}/socket.io/?EIO=4&transport=polling",
                                  headers={"Origin": ORIGIN}) as handshake:
                assert handshake.status == 200 and "Set-Cookie" not in handshake.headers
    from brainnetwork.channels import client_manager
    from brainnetwork.settings import load_settings

    assert client_manager(load_settings()) is None
    monkeypatch.setenv("RASA_INSTANCES", "2")
    manager = client_manager(load_settings())
    assert isinstance(manager, AsyncRedisManager) and manager.redis_url == "redis://127.0.0.1:6379/1"
