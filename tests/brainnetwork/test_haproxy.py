"""HAProxy with deploy/haproxy.cfg in front of stand-in Rasa instances (brainnetwork.haproxy).

The configuration is rendered as the launcher renders it and run by the real haproxy; the
stand-ins say which instance answered and what reached them."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import time

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from brainnetwork.ports import free_port
from brainnetwork import haproxy
from brainnetwork.crisis import CRISIS_LINES
from brainnetwork.messages import MAX_REQUEST_BYTES, TOO_LONG
from brainnetwork.request_bodies import REFUSED
from brainnetwork.settings import load_settings


def haproxy_or_skip() -> str:
    program = haproxy.binary()
    if program is None:
        if os.environ.get("CI"):
            pytest.fail(f"HAProxy is required in CI: {haproxy.INSTALL_HINT}")
        pytest.skip(f"HAProxy is not installed: {haproxy.INSTALL_HINT}")
    return program


def this_machines_other_address() -> str:
    """An address of this machine that is not loopback (a visitor's view), or skip."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.123", 9))  # no packet is sent
            address = probe.getsockname()[0]
        except OSError:
            address = ""
    if not address or address.startswith("127."):
        pytest.skip("this machine has no address but loopback")
    return address


class StandIn:
    """A stand-in Rasa instance that says which instance answered and keeps what it got."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.healthy = True
        self.received = []
        self.headers = []
        self.sessions = 0

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/webhooks/health/", self.health)
        app.router.add_post("/webhooks/rest/webhook", self.rest)
        app.router.add_get("/headers", self.echo_headers)
        app.router.add_route("*", "/socket.io/", self.socket_io)
        return app

    async def health(self, _):
        if self.healthy:
            return web.json_response({"ok": True})
        return web.json_response({"ok": False, "problem": "no model is loaded"}, status=503)

    async def rest(self, request):
        body = await request.json()
        self.received.append(body["message"])
        self.headers.append(request.headers.copy())
        if body["message"] == "sterf":  # dies after the message reached it
            request.transport.abort()
            await asyncio.sleep(1)
        return web.json_response([{"recipient_id": body["sender"], "text": self.name}])

    async def echo_headers(self, request):
        return web.json_response({"peer": request.remote, "headers": list(request.headers.items())})

    async def socket_io(self, request):
        if request.headers.get("Upgrade", "").lower() == "websocket":
            ws = web.WebSocketResponse()
            await ws.prepare(request)
            async for message in ws:
                await ws.send_str(f"{self.name}:{message.data}")
            return ws
        sid = request.query.get("sid")
        if sid is None:  # the handshake, with python-engineio's cookie (brainnetwork.channels)
            self.sessions += 1
            sid = f"{self.name}-{self.sessions}"
            answer = web.Response(text='0{"sid":"%s","upgrades":["websocket"],"pingInterval":10000}' % sid)
            answer.headers["Set-Cookie"] = f"io={sid}; Path=/; SameSite=Lax"
            return answer
        if not sid.startswith(self.name):
            return web.json_response({"code": 1, "message": "Session ID unknown"}, status=400)
        return web.Response(text=f"{self.name}:{sid}")


class Cluster:
    def __init__(self, stand_ins, servers, process, url, stats_url, client):
        self.stand_ins, self.servers, self.process = stand_ins, servers, process
        self.url, self.stats_url, self.client = url, stats_url, client

    async def send(self, sender: str, message: str = "hoi", url: str = ""):
        async with self.client.post((url or self.url) + "/webhooks/rest/webhook",
                                    json={"sender": sender, "message": message}) as answer:
            return answer.status, await answer.json(content_type=None), answer.headers

    async def health(self):
        async with self.client.get(self.url + "/webhooks/health/") as answer:
            return answer.status, await answer.json(content_type=None)

    async def instance_states(self):
        """Each instance's state on the statistics page (UP, DOWN, ...)."""
        async with self.client.get(self.stats_url + "/;csv") as answer:
            lines = (await answer.text()).lstrip("# ").splitlines()
        header = lines[0].split(",")
        rows = [dict(zip(header, line.split(","))) for line in lines[1:] if line]
        return {row["svname"]: row["status"] for row in rows if row["pxname"] == "rasa" and row["svname"].startswith("rasa")}

    async def wait_for_health(self, status: str, deadline_s: float = 30):
        """Until the health URL says `status` (ok, degraded, down)."""
        deadline = time.monotonic() + deadline_s  # a bound for a broken run, not a measure
        while (await self.health())[1]["status"] != status:
            assert time.monotonic() < deadline, f"the health URL never said {status}"
            await asyncio.sleep(0.2)


@pytest.fixture
async def cluster(tmp_path, monkeypatch):
    program = haproxy_or_skip()
    stand_ins = [StandIn("a"), StandIn("b")]
    servers = [TestServer(s.app(), host="127.0.0.1") for s in stand_ins]
    for server in servers:
        await server.start_server()
    front, stats = free_port(), free_port()
    monkeypatch.setenv("HAPROXY_BIND", f"0.0.0.0:{front}")  # also reachable on another address
    monkeypatch.setenv("HAPROXY_STATS_PORT", str(stats))
    config = haproxy.render(load_settings(), [f"127.0.0.1:{server.port}" for server in servers])
    command = haproxy.write_checked(config, tmp_path / "haproxy.cfg")
    assert command[0] == program and "-db" in command
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    async with aiohttp.ClientSession() as client:
        running = Cluster(stand_ins, servers, process, f"http://127.0.0.1:{front}", f"http://127.0.0.1:{stats}",
                          client)
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    if (await running.health())[0] == 200:
                        break
                except aiohttp.ClientError:
                    pass
                assert process.poll() is None and time.monotonic() < deadline, process.stdout.read().decode()
                await asyncio.sleep(0.1)
            yield running
        finally:
            process.terminate()  # SIGTERM, as the launcher stops it
            process.wait(timeout=10)
            for server in servers:
                await server.close()


async def test_each_conversation_stays_on_one_instance_and_both_get_conversations(cluster):
    where = {}
    for number in range(40):
        sender = f"bezoeker-{number}"
        for _ in range(3):
            status, body, headers = await cluster.send(sender)
            assert status == 200
            assert headers["X-Rasa-Instance"] == f"rasa{'ab'.index(body[0]['text']) + 1}"
            where.setdefault(sender, set()).add(body[0]["text"])
    assert all(len(instances) == 1 for instances in where.values())
    counts = {name: sum(instances == {name} for instances in where.values()) for name in "ab"}
    assert min(counts.values()) >= 8, counts


async def test_an_instance_that_fails_its_health_check_gets_no_messages_until_it_recovers(cluster):
    a, b = cluster.stand_ins
    a.healthy = False
    await cluster.wait_for_health("degraded")
    assert await cluster.health() == (503, {"ok": False, "status": "degraded"})
    assert await cluster.instance_states() == {"rasa1": "DOWN", "rasa2": "UP"}
    for number in range(10):
        assert (await cluster.send(f"v{number}"))[1][0]["text"] == "b"
    a.healthy = True
    await cluster.wait_for_health("ok")
    assert await cluster.health() == (200, {"ok": True, "status": "ok"})


async def test_a_message_to_a_stopped_instance_goes_to_the_other_one(cluster):
    senders = {}
    for number in range(40):
        senders.setdefault((await cluster.send(f"v{number}"))[1][0]["text"], f"v{number}")
    await cluster.servers[0].close()  # stopped; its connections are refused
    status, body, _ = await cluster.send(senders["a"], "na de val")
    assert status == 200 and body[0]["text"] == "b"
    assert "na de val" not in cluster.stand_ins[0].received
    assert cluster.stand_ins[1].received.count("na de val") == 1
    assert (await cluster.health())[1]["status"] == "degraded", "the live traffic already marked it down"


async def test_a_message_that_reached_an_instance_is_never_sent_to_another(cluster):
    """An instance that dies after a message reached it may have handled it: the visitor is
    asked to send it again, and no other instance gets it."""
    async with aiohttp.ClientSession() as fresh:  # a new connection, as curl or requests.post
        async with fresh.post(cluster.url + "/webhooks/rest/webhook",
                              json={"sender": "bezoeker-sterf", "message": "sterf"}) as answer:
            assert answer.status == 502
            assert await answer.json() == {"error": "Je bericht kwam niet goed aan. Wil je het nog een keer sturen?"}
    assert sorted(s.received.count("sterf") for s in cluster.stand_ins) == [0, 1]
    # On a kept-alive connection HAProxy may close it without an answer instead of the 502
    # (which one depends on timing; a client then sends again, as after any lost
    # connection); either way it sends nothing on to another instance by itself.
    # (Once the live traffic has marked the first instance down, the message may go to the
    # other one, where it dies as well; what never happens is a message reaching both.)
    await cluster.health()
    try:
        status, body, _ = await cluster.send("bezoeker-sterf", "sterf")
        assert status == 502 and body == {"error": "Je bericht kwam niet goed aan. Wil je het nog een keer sturen?"}
    except aiohttp.ServerDisconnectedError:
        pass
    assert sum(s.received.count("sterf") for s in cluster.stand_ins) == 2, "every message reached one instance only"


async def test_with_every_instance_down_rest_gets_dutch_json_and_a_browser_a_dutch_page(cluster):
    for server in cluster.servers:
        await server.close()
    await cluster.wait_for_health("down")
    assert await cluster.health() == (503, {"ok": False, "status": "down"})
    status, body, headers = await cluster.send("v1")
    assert status == 503 and headers["Content-Type"].startswith("application/json")
    assert body == {"error": "De assistent is even niet bereikbaar. Probeer het over een paar minuten opnieuw."}
    async with cluster.client.get(cluster.url + "/socket.io/?EIO=4&transport=polling") as answer:
        page = await answer.text()
        assert answer.status == 503 and answer.headers["Content-Type"].startswith("text/html")
    assert 'lang="nl"' in page and "even niet bereikbaar" in page
    assert all(CRISIS_LINES[key] in page for key in ("suicide_line_short", "suicide_line_free", "emergency_number"))


async def test_socket_io_polling_stays_with_the_instance_that_holds_the_session(cluster):
    sids = []
    for _ in range(6):
        async with cluster.client.get(cluster.url + "/socket.io/?EIO=4&transport=polling") as answer:
            assert "Set-Cookie" not in answer.headers, "the session cookie never reaches the visitor"
            sids.append(json.loads((await answer.text())[1:])["sid"])
    assert {sid[0] for sid in sids} == {"a", "b"}, "new connections are spread"
    for sid in sids:
        for _ in range(3):
            async with cluster.client.post(cluster.url + f"/socket.io/?EIO=4&transport=polling&sid={sid}",
                                           data="40") as answer:
                assert await answer.text() == f"{sid[0]}:{sid}"
    async with cluster.client.get(cluster.url + "/socket.io/?EIO=4&transport=polling&sid=onbekend") as answer:
        assert answer.status == 400, "an unknown session makes the client start a new one"


async def test_socket_io_websocket_upgrade_is_tunnelled_to_the_session_instance(cluster):
    for _ in range(2):  # one session on each instance
        async with cluster.client.get(cluster.url + "/socket.io/?EIO=4&transport=polling") as answer:
            sid = json.loads((await answer.text())[1:])["sid"]
        async with cluster.client.ws_connect(cluster.url + f"/socket.io/?EIO=4&transport=websocket&sid={sid}") as ws:
            for probe in ("2probe", "5", "42[\"user_uttered\"]"):
                await ws.send_str(probe)
                assert (await ws.receive()).data == f"{sid[0]}:{probe}"


async def test_forged_forwarding_and_hop_by_hop_headers_are_not_passed_on(cluster):
    forged = {"X-Forwarded-For": "127.0.0.1", "X-Real-IP": "127.0.0.1", "Forwarded": "for=127.0.0.1",
              "X-Forwarded-Host": "localhost", "X-Forwarded-Proto": "https", "X-Client-IP": "127.0.0.1",
              "Proxy-Authorization": "Basic eDp5", "Keep-Alive": "timeout=99", "TE": "trailers", "Via": "1.1 x"}
    visitor = this_machines_other_address()
    port = cluster.url.rsplit(":", 1)[1]
    async with cluster.client.get(f"http://{visitor}:{port}/headers", headers=forged) as answer:
        seen = await answer.json()
        assert "X-Rasa-Instance" not in answer.headers, "instance names are for this machine only"
    names = [name.lower() for name, _ in seen["headers"]]
    for header in forged:
        if header != "X-Forwarded-For" and header != "X-Forwarded-Proto":
            assert header.lower() not in names, header
    assert [value for name, value in seen["headers"] if name.lower() == "x-forwarded-for"] == [visitor]
    assert [value for name, value in seen["headers"] if name.lower() == "x-forwarded-proto"] == ["http"]
    assert seen["peer"] == "127.0.0.1"


async def test_too_large_and_compressed_bodies_never_reach_an_instance(cluster):
    big = json.dumps({"sender": "v1", "message": "x" * MAX_REQUEST_BYTES})
    async with cluster.client.post(cluster.url + "/webhooks/rest/webhook", data=big,
                                   headers={"Content-Type": "application/json"}) as answer:
        assert answer.status == 413 and await answer.json(content_type=None) == {"error": TOO_LONG.text}
    async with cluster.client.post(cluster.url + "/socket.io/?EIO=4&transport=polling&sid=a-1",
                                   data="4" + "x" * MAX_REQUEST_BYTES) as answer:
        assert answer.status == 413 and "te groot" in await answer.text()
    async with cluster.client.post(cluster.url + "/webhooks/rest/webhook", data=b"\x1f\x8b...",
                                   headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}) as answer:
        assert answer.status == 415 and await answer.text() == REFUSED
        assert answer.headers["Accept-Encoding"] == "identity"
    assert all(stand_in.received == [] for stand_in in cluster.stand_ins)


async def test_the_statistics_page_is_on_loopback_only(cluster):
    assert await cluster.instance_states() == {"rasa1": "UP", "rasa2": "UP"}
    port = cluster.stats_url.rsplit(":", 1)[1]
    with pytest.raises(OSError):
        socket.create_connection((this_machines_other_address(), int(port)), timeout=5).close()


def test_every_place_of_the_template_is_filled_from_the_settings(monkeypatch):
    monkeypatch.setenv("RASA_UPSTREAMS", "10.0.0.2:5005, 10.0.0.3:5005")
    monkeypatch.setenv("HAPROXY_BIND", ":443 ssl crt /etc/haproxy/certs/assistent.pem")
    monkeypatch.setenv("HAPROXY_STATS_PORT", "9000")
    settings = load_settings()
    config = haproxy.render(settings, haproxy.upstreams(settings, [6001, 6002]))
    assert not haproxy.PLACE.search(config)
    assert "    bind :443 ssl crt /etc/haproxy/certs/assistent.pem\n" in config
    assert "    server rasa1 10.0.0.2:5005 check\n    server rasa2 10.0.0.3:5005 check\n" in config
    assert "    server rasa2 10.0.0.3:5005 track rasa/rasa2\n" in config
    assert "{ nbsrv(rasa) ge 2 }" in config and "bind 127.0.0.1:9000" in config
    monkeypatch.delenv("RASA_UPSTREAMS")
    assert haproxy.upstreams(load_settings(), [6001, 6002]) == ["127.0.0.1:6001", "127.0.0.1:6002"]


@pytest.mark.parametrize("value", ["10.0.0.2", "10.0.0.2:port", "10.0.0.2:5005\n    server x", "a b:1"])
def test_an_upstream_that_is_not_host_and_port_is_refused(monkeypatch, value):
    monkeypatch.setenv("RASA_UPSTREAMS", value)
    with pytest.raises(ValueError, match="RASA_UPSTREAMS must be host:port"):
        load_settings()


def test_haproxy_bind_is_one_line(monkeypatch):
    monkeypatch.setenv("HAPROXY_BIND", ":80\n    stats enable")
    with pytest.raises(ValueError, match="HAPROXY_BIND must be one line"):
        load_settings()


def test_the_dutch_errors_say_what_the_instances_say():
    assert json.loads((haproxy.ERRORS / "rest-413.json").read_text()) == {"error": TOO_LONG.text}
    assert (haproxy.ERRORS / "415.txt").read_text() == REFUSED


def test_a_configuration_haproxy_refuses_is_a_clear_error(tmp_path):
    haproxy_or_skip()
    with pytest.raises(haproxy.HAProxyError, match="refused its configuration"):
        haproxy.write_checked("frontend x\n    bind 127.0.0.1:1\n    balance nonsense\n", tmp_path / "x.cfg")


def test_the_production_command_writes_only_a_checked_configuration(tmp_path, monkeypatch, capsys):
    haproxy_or_skip()
    monkeypatch.setenv("RASA_UPSTREAMS", "10.0.0.2:5005,10.0.0.3:5005")
    target = tmp_path / "haproxy.cfg"
    assert haproxy.main(["--out", str(target)]) == 0
    assert "server rasa2 10.0.0.3:5005 check" in target.read_text()
    # The system service drops root for the haproxy user in a chroot; the launcher's copy
    # runs as whoever started it (a user who cannot change user).
    assert "\n    user haproxy\n    group haproxy\n    chroot /var/lib/haproxy\n" in target.read_text()
    launcher = haproxy.render(load_settings(), ["127.0.0.1:6001"])
    assert "user haproxy" not in launcher and "chroot" not in launcher
    monkeypatch.setenv("HAPROXY_BIND", "127.0.0.1:1 nonsense-option")
    assert haproxy.main(["--out", str(target)]) == 1
    assert "server rasa2 10.0.0.3:5005 check" in target.read_text(), "the working one is kept"
    assert not (tmp_path / "haproxy.cfg.new").exists()
    monkeypatch.delenv("RASA_UPSTREAMS")
    assert haproxy.main([]) == 2 and "RASA_UPSTREAMS" in capsys.readouterr().err
