"""The widget server (brainnetwork.widget.server): what it answers to a request body."""

import gzip

from aiohttp.test_utils import TestClient, TestServer

from brainnetwork.ports import free_port
from brainnetwork.request_bodies import REFUSED
from brainnetwork.settings import load_settings
from brainnetwork.widget.server import create_app
from tests.brainnetwork.test_request_bodies import bomb_leaves_memory_flat, server_process


async def test_a_compressed_body_is_refused():
    async with TestClient(TestServer(create_app(load_settings()))) as client:
        response = await client.post("/", data=gzip.compress(b"x" * 1000), headers={"Content-Encoding": "gzip"})
        assert response.status == 415 and await response.text() == REFUSED
        assert (await client.get("/health")).status == 200


def test_a_gzip_bomb_leaves_the_widget_servers_memory_flat():
    port = free_port()
    script = ("from aiohttp import web; from brainnetwork.widget.server import create_app\n"
              f"web.run_app(create_app(), host='127.0.0.1', port={port}, print=None)\n")
    with server_process(["-c", script], port, {"WIDGET_SESSION_SECRET": "s" * 64}) as pid:
        bomb_leaves_memory_flat(pid, port, "/", "application/octet-stream")
