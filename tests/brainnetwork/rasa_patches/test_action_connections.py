"""Kept-alive connections to the action server, and to nothing else
(brainnetwork/rasa_patches/action_connections.py)."""

from aiohttp import web
from aiohttp.test_utils import TestServer
from rasa.core.actions.action import RemoteAction
from rasa.utils.endpoints import EndpointConfig

from brainnetwork.rasa_patches import action_connections
from tests.brainnetwork.rasa_patches.conftest import run_action


async def serve_webhook():
    peers = []

    async def webhook(request):
        peers.append(request.transport.get_extra_info("peername")[1])
        assert request.headers.get("Authorization") == "Bearer s3cret"
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", webhook)
    server = TestServer(app)
    await server.start_server()
    return server, peers


async def test_action_calls_reuse_one_kept_alive_connection_and_close_it(patched):
    server, peers = await serve_webhook()
    endpoint = EndpointConfig(str(server.make_url("/webhook")), headers={"Authorization": "Bearer s3cret"})
    try:
        for _ in range(3):
            await run_action(RemoteAction("action_explain_symptoms", endpoint))
        assert action_connections.open_sessions() == 1
        await action_connections.close_sessions()
        assert action_connections.open_sessions() == 0
    finally:
        await server.close()
    assert len(peers) == 3 and len(set(peers)) == 1, "one connection, with Rasa's headers"


async def test_other_endpoints_are_left_as_rasa_makes_them(patched):
    server, peers = await serve_webhook()
    endpoint = EndpointConfig(str(server.make_url("/webhook")), headers={"Authorization": "Bearer s3cret"})
    try:
        for _ in range(3):
            await endpoint.request(json={"next_action": "x"}, method="post")
    finally:
        await server.close()
    assert len(peers) == 3 and len(set(peers)) == 3 and action_connections.open_sessions() == 0
