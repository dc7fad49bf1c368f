"""Compressed request bodies are refused, never decompressed (brainnetwork.request_bodies).

The helpers here (a gzip bomb, a server in its own process, its peak memory) are used by
the tests of each aiohttp server of the project: review app, widget server. (In front of
several Rasa instances HAProxy refuses them: tests/brainnetwork/test_haproxy.py.)"""

from __future__ import annotations

import functools
import gzip
import http.client
import os
import subprocess
import sys
import time
import zlib
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, List

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from brainnetwork.ports import free_port
from brainnetwork.request_bodies import REFUSED, application

ROOT = Path(__file__).resolve().parents[2]
BOMB_MB = 400
MAX_GROWTH_KB = 50 * 1024  # generous: the bomb expands to 400 MB


@functools.lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """About 400 KB of gzip that expands to 400 MB of zeros."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1024 * 1024)
    body = b"".join(packer.compress(chunk) for _ in range(BOMB_MB)) + packer.flush()
    assert len(body) < 500 * 1024
    return body


def peak_rss_kb(pid: int) -> int:
    """The process's peak resident memory (VmHWM), in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise AssertionError("no VmHWM in /proc/<pid>/status")


@contextmanager
def server_process(argv: List[str], port: int, env: Dict[str, str], ready_path: str = "/health") -> Iterator[int]:
    """Runs `python argv...` (a server on 127.0.0.1:port) until the block ends; yields its pid."""
    if not Path("/proc/self/status").exists():
        pytest.skip("peak memory is read from /proc (Linux)")
    process = subprocess.Popen([sys.executable, *argv], cwd=ROOT, env={**os.environ, **env},
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120  # only for starting up
        while True:
            if process.poll() is not None:
                raise AssertionError(f"the server did not start: {process.stderr.read().decode()[-2000:]}")
            try:
                request(port, "GET", ready_path)  # any answer: it is up
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        yield process.pid
    finally:
        process.terminate()
        process.wait(timeout=60)


def request(port: int, method: str, path: str, body: bytes = b"", headers: Dict[str, str] = None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        connection.request(method, path, body=body or None, headers=headers or {})
        answer = connection.getresponse()
        return answer.status, answer.read().decode(errors="replace")
    finally:
        connection.close()


def bomb_leaves_memory_flat(pid: int, port: int, path: str, content_type: str) -> None:
    """Posts the gzip bomb to `path`: a 415 with the clear message, and no growth of the
    server's peak memory to speak of."""
    bomb = gzip_bomb()
    before = peak_rss_kb(pid)
    status, text = request(port, "POST", path, bomb, {"Content-Encoding": "gzip", "Content-Type": content_type})
    growth = peak_rss_kb(pid) - before
    assert growth < MAX_GROWTH_KB, f"peak memory grew by {growth // 1024} MB"
    assert status == 415 and "zonder compressie" in text, (status, text[:300])


# --- The middleware itself --------------------------------------------------------------

@pytest.fixture
async def client():
    async def echo(request: web.Request) -> web.Response:
        return web.Response(body=await request.read())

    app = application()
    app.router.add_post("/echo", echo)
    async with TestClient(TestServer(app)) as client:
        yield client


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "x-gzip", "compress", "identity, gzip", "GZIP"])
async def test_every_content_encoding_but_identity_is_refused(client, encoding):
    response = await client.post("/echo", data=gzip.compress(b"hallo"), headers={"Content-Encoding": encoding})
    assert response.status == 415
    assert await response.text() == REFUSED and response.headers["Accept-Encoding"] == "identity"


async def test_plain_and_identity_bodies_pass(client):
    assert await (await client.post("/echo", data=b"hallo")).read() == b"hallo"
    response = await client.post("/echo", data=b"hallo", headers={"Content-Encoding": "identity"})
    assert await response.read() == b"hallo"


async def test_the_server_does_not_decompress_even_without_the_middleware():
    """The second layer: were the middleware ever left out, the handler would get the
    compressed bytes as they came, not 400 MB."""
    async def size(request: web.Request) -> web.Response:
        return web.Response(text=str(len(await request.read())))

    app = application(client_max_size=1024 * 1024)
    app.middlewares.clear()
    app.router.add_post("/size", size)
    async with TestClient(TestServer(app)) as client:
        response = await client.post("/size", data=gzip_bomb(), headers={"Content-Encoding": "gzip"})
        assert response.status == 200 and int(await response.text()) == len(gzip_bomb())


def test_a_gzip_bomb_leaves_a_reading_handler_flat():
    """A handler that reads the whole body, the worst case, behind `application()`."""
    port = free_port()
    script = ("import sys; from aiohttp import web; from brainnetwork.request_bodies import application\n"
              "async def read(request):\n    return web.Response(text=str(len(await request.read())))\n"
              "async def health(_):\n    return web.Response(text='ok')\n"
              "app = application(client_max_size=1024 ** 3)\n"
              "app.router.add_post('/read', read); app.router.add_get('/health', health)\n"
              f"web.run_app(app, host='127.0.0.1', port={port}, print=None)\n")
    with server_process(["-c", script], port, {}) as pid:
        bomb_leaves_memory_flat(pid, port, "/read", "application/octet-stream")
