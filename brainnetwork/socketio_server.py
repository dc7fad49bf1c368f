"""python-socketio's server, made to end its background work when the web server stops.

Engine.IO starts fire-and-forget tasks: a service task that looks for silent clients, one
heartbeat (`_send_ping`, sleeping `ping_interval`) per connection, and with Redis the
pub/sub listener. `AsyncServer.shutdown()` only stops the service task, and the channel
did not call even that, so when a server that had widget connections stopped inside a
process that goes on (the tests' in-process servers), the rest were still pending when the
event loop closed, and Python printed "Task was destroyed but it is pending!" for each one
at the end of the test run. (`rasa run` itself stopped quietly: the launcher's log after
SIGTERM with a widget connected showed nothing, with or without this.) This server keeps a
handle on every background task it starts and ends them on shutdown; the socket.io channel
calls it before the web server stops (python-socketio asks for it then). Connections are
not closed here: a visitor's widget notices the instance is gone and reconnects, as before.
"""

from __future__ import annotations

import asyncio
import weakref

import engineio
from socketio import AsyncServer


class _EngineServer(engineio.AsyncServer):
    """Engine.IO's server, keeping the background tasks it starts until they end."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._background: "weakref.WeakSet[asyncio.Future]" = weakref.WeakSet()

    def start_background_task(self, target, *args, **kwargs):
        task = super().start_background_task(target, *args, **kwargs)
        self._background.add(task)
        return task

    def pending_background_tasks(self) -> list:
        return [task for task in self._background if not task.done()]

    async def shutdown(self) -> None:
        await super().shutdown()
        pending = self.pending_background_tasks()
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)


class StoppableAsyncServer(AsyncServer):
    """python-socketio's server whose `shutdown()` ends every background task it started."""

    def _engineio_server_class(self):
        return _EngineServer
