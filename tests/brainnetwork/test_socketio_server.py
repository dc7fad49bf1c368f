"""The socket.io server that ends its background tasks when the web server stops."""

import asyncio

import pytest
from socketio import AsyncServer

from brainnetwork.socketio_server import StoppableAsyncServer


@pytest.mark.parametrize("server_class, left_pending", [(StoppableAsyncServer, False), (AsyncServer, True)])
async def test_shutdown_ends_every_background_task(server_class, left_pending):
    """A heartbeat-like task (Engine.IO's `_send_ping` sleeps `ping_interval` and nobody keeps
    it) is ended by this server's shutdown; python-socketio's own shutdown leaves it pending,
    which is what printed "Task was destroyed but it is pending!" at exit."""
    sio = server_class(async_mode="asgi")
    heartbeat = sio.eio.start_background_task(asyncio.sleep, 60)
    await sio.shutdown()
    await asyncio.sleep(0)
    assert (not heartbeat.done()) is left_pending
    heartbeat.cancel()


async def test_tasks_that_ended_are_not_kept():
    sio = StoppableAsyncServer(async_mode="asgi")
    done = sio.eio.start_background_task(asyncio.sleep, 0)
    await done
    assert sio.eio.pending_background_tasks() == []
