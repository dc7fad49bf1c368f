"""The gateway in front of several Rasa instances, against stand-in instances."""

import json

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from brainnetwork.gateway import Gateway, rendezvous, sender_of, Instance


class StandIn:
    """A stand-in Rasa instance that says which instance answered."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.healthy = True
        self.received = []
        self.sessions = 0

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/webhooks/health/", self.health)
        app.router.add_post("/webhooks/rest/webhook", self.rest)
        app.router.add_route("*", "/socket.io/", self.socket_io)
        app.router.add_get("/conversations/{id}/tracker", self.tracker)
        return app

    async def health(self, _):
        if self.healthy:
            return web.json_response({"ok": True})
        return web.json_response({"ok": False, "problem": "no model is loaded"}, status=503)

    async def rest(self, request):
        body = await request.json()
        self.received.append(body["sender"])
        return web.json_response([{"recipient_id": body["sender"], "text": self.name}],
                                 headers={"X-Instance": self.name})

    async def tracker(self, request):
        return web.json_response({"sender_id": request.match_info["id"], "instance": self.name})

    async def socket_io(self, request):
        if request.headers.get("Upgrade", "").lower() == "websocket":
            ws = web.WebSocketResponse()
            await ws.prepare(request)
            async for message in ws:
                await ws.send_str(f"{self.name}:{message.data}")
            return ws
        sid = request.query.get("sid")
        if sid is None:
            self.sessions += 1
            sid = f"{self.name}-{self.sessions}"
            return web.Response(text='0{"sid":"%s","upgrades":["websocket"],"pingInterval":10000}' % sid)
        assert sid.startswith(self.name), f"{sid} reached {self.name}"
        return web.Response(text=f"{self.name}:{sid}")


@pytest.fixture
async def cluster():
    stand_ins = [StandIn("a"), StandIn("b")]
    servers = [TestServer(s.app()) for s in stand_ins]
    for server in servers:
        await server.start_server()
    gateway = Gateway([str(server.make_url("")) for server in servers], health_interval_s=0.05)
    front = TestServer(gateway.app())
    await front.start_server()
    async with aiohttp.ClientSession() as client:
        yield {"stand_ins": stand_ins, "servers": servers, "gateway": gateway,
               "url": str(front.make_url("")).rstrip("/"), "client": client}
    await front.close()
    for server in servers:
        await server.close()


async def send(cluster, sender: str):
    async with cluster["client"].post(cluster["url"] + "/webhooks/rest/webhook",
                                      json={"sender": sender, "message": "hoi"}) as answer:
        return answer.status, await answer.json()


async def test_each_conversation_stays_on_one_instance_and_both_get_conversations(cluster):
    where = {}
    for number in range(40):
        sender = f"bezoeker-{number}"
        for _ in range(3):
            status, body = await send(cluster, sender)
            assert status == 200
            where.setdefault(sender, set()).add(body[0]["text"])
    assert all(len(instances) == 1 for instances in where.values())
    counts = {name: sum(instances == {name} for instances in where.values()) for name in "ab"}
    assert min(counts.values()) >= 10, counts


async def test_an_instance_that_fails_its_health_check_gets_no_messages_until_it_recovers(cluster):
    import asyncio

    a, b = cluster["stand_ins"]
    a.healthy = False
    await asyncio.sleep(0.3)
    async with cluster["client"].get(cluster["url"] + "/webhooks/health/") as answer:
        report = await answer.json()
        assert answer.status == 503
    assert report["status"] == "degraded"
    assert [i["ok"] for i in report["instances"]] == [False, True]
    assert report["instances"][0]["problem"] == "no model is loaded"
    for number in range(10):
        assert (await send(cluster, f"v{number}"))[1][0]["text"] == "b"
    a.healthy = True
    await asyncio.sleep(0.3)
    async with cluster["client"].get(cluster["url"] + "/webhooks/health/") as answer:
        assert answer.status == 200 and (await answer.json())["status"] == "ok"


async def test_the_health_check_names_the_instances_only_to_this_machine(cluster):
    cluster["stand_ins"][0].healthy = False
    await cluster["gateway"].check_instances()
    async with cluster["client"].get(cluster["url"] + "/webhooks/health/",
                                     headers={"X-Forwarded-For": "203.0.113.9"}) as answer:
        assert answer.status == 503
        assert await answer.json() == {"ok": False, "status": "degraded"}
    async with cluster["client"].get(cluster["url"] + "/webhooks/health/") as answer:
        assert [i["url"] for i in (await answer.json())["instances"]] == [i.url for i in cluster["gateway"].instances]


async def test_a_message_to_a_stopped_instance_goes_to_the_other_one(cluster):
    gateway = cluster["gateway"]
    sender = next(f"v{n}" for n in range(100)
                  if rendezvous(f"v{n}", gateway.instances) is gateway.instances[0])
    await cluster["servers"][0].close()  # stopped before the health check noticed
    status, body = await send(cluster, sender)
    assert status == 200 and body[0]["text"] == "b"
    assert cluster["stand_ins"][1].received == [sender]


async def test_with_every_instance_down_the_visitor_gets_a_dutch_503(cluster):
    for server in cluster["servers"]:
        await server.close()
    status, body = await send(cluster, "v1")
    assert status == 503
    assert "niet bereikbaar" in body["error"]


async def test_conversation_api_follows_the_same_instance_as_rest(cluster):
    _, body = await send(cluster, "bezoeker-7")
    async with cluster["client"].get(cluster["url"] + "/conversations/bezoeker-7/tracker") as answer:
        assert (await answer.json())["instance"] == body[0]["text"]


async def test_socket_io_polling_stays_with_the_instance_that_holds_the_session(cluster):
    sids = []
    for _ in range(6):
        async with cluster["client"].get(cluster["url"] + "/socket.io/?EIO=4&transport=polling") as answer:
            sids.append(json.loads((await answer.text())[1:])["sid"])
    assert {sid[0] for sid in sids} == {"a", "b"}, "new connections are spread"
    for sid in sids:
        for _ in range(3):
            async with cluster["client"].post(cluster["url"] + f"/socket.io/?EIO=4&transport=polling&sid={sid}",
                                              data="40") as answer:
                assert await answer.text() == f"{sid[0]}:{sid}"
    async with cluster["client"].get(cluster["url"] + "/socket.io/?EIO=4&transport=polling&sid=onbekend") as answer:
        assert answer.status == 400, "an unknown session makes the client start a new one"


async def test_socket_io_websocket_upgrade_is_passed_through_to_the_session_instance(cluster):
    async with cluster["client"].get(cluster["url"] + "/socket.io/?EIO=4&transport=polling") as answer:
        sid = json.loads((await answer.text())[1:])["sid"]
    async with cluster["client"].ws_connect(cluster["url"] + f"/socket.io/?EIO=4&transport=websocket&sid={sid}") as ws:
        await ws.send_str("2probe")
        assert (await ws.receive()).data == f"{sid[0]}:2probe"


def test_rendezvous_moves_only_the_conversations_of_an_instance_that_drops_out():
    three = [Instance("http://a"), Instance("http://b"), Instance("http://c")]
    before = {f"v{n}": rendezvous(f"v{n}", three).url for n in range(300)}
    after = {f"v{n}": rendezvous(f"v{n}", three[:2]).url for n in range(300)}
    moved = [v for v in before if before[v] != after[v]]
    assert moved and all(before[v] == "http://c" for v in moved)


@pytest.mark.parametrize("body, sender", [
    (b'{"sender": "x", "message": "hoi"}', "x"),
    (b"geen json", ""),
    (b'["lijst"]', ""),
    (b'{"sender": 5}', ""),
])
def test_sender_of(body, sender):
    assert sender_of(body) == sender


async def test_a_compressed_body_is_refused_and_not_passed_on(cluster):
    import gzip

    from brainnetwork.request_bodies import REFUSED

    body = gzip.compress(b'{"sender": "bezoeker-1", "message": "hoi"}')
    async with cluster["client"].post(cluster["url"] + "/webhooks/rest/webhook", data=body,
                                      headers={"Content-Encoding": "gzip", "Content-Type": "application/json"}
                                      ) as answer:
        assert answer.status == 415 and await answer.text() == REFUSED
    assert all(stand_in.received == [] for stand_in in cluster["stand_ins"])


def test_a_gzip_bomb_leaves_the_gateways_memory_flat():
    from bench.assistant import free_port
    from tests.brainnetwork.test_request_bodies import bomb_leaves_memory_flat, server_process

    port, nowhere = free_port(), free_port()  # no Rasa instance behind it: not needed to refuse
    argv = ["-m", "brainnetwork.gateway", "--host", "127.0.0.1", "--port", str(port),
            "--instance", f"http://127.0.0.1:{nowhere}"]
    with server_process(argv, port, {}, ready_path="/webhooks/health/") as pid:
        bomb_leaves_memory_flat(pid, port, "/webhooks/rest/webhook", "application/json")
