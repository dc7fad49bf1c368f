"""Kept-alive connections to the action server.

What it changes: `RemoteAction.__init__` gives each custom action the action server's
endpoint as an `ActionServerEndpoint`, whose `session()` hands out one aiohttp session per
event loop and URL, with a keep-alive connector, instead of a new session (and TCP
connection) per call. It is built from the endpoint's public settings (URL, headers, basic
auth, token, CA file): Rasa's headers, authentication and timeout are kept, and no other
endpoint (tracker store, lock store, NLG, models) is touched. `close_sessions()` closes
what it opened; the project's channels call it when the server stops.

Why: Rasa 3.6 opens a new session and connection for every action call. Under load, at 10
concurrent conversations, the article answers' p95 was 950 ms; with kept-alive connections
and the contact offer decided in the Rasa process (now brainnetwork/policies/contact_offer.py),
about 430 ms (`make bench`, docs/benchmarks/assistant.json).

Written for Rasa 3.6.21 (`RemoteAction.__init__(name, action_endpoint)`,
`EndpointConfig.session()` used as `async with self.session() as session` in `request`).
"""

from __future__ import annotations

import asyncio
import weakref
from typing import Callable, Dict

import aiohttp
from rasa.utils.endpoints import EndpointConfig

KEEPALIVE_S = 2  # below the action server's own keep-alive timeout (Sanic: 5 s)
# event loop -> {endpoint URL: session}
_sessions: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, Dict[str, aiohttp.ClientSession]]" = (
    weakref.WeakKeyDictionary()
)


class _Reused:
    """Stands in for `async with aiohttp.ClientSession()`, without closing the session."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    async def __aenter__(self) -> aiohttp.ClientSession:
        return self.session

    async def __aexit__(self, *_exc) -> bool:
        return False


class ActionServerEndpoint(EndpointConfig):
    """The action server's endpoint, with one kept-alive session per event loop."""

    def __init__(self, config: EndpointConfig) -> None:
        super().__init__(url=config.url, params=config.params, headers=config.headers,
                         basic_auth=config.basic_auth, token=config.token, token_name=config.token_name,
                         cafile=config.cafile, **config.kwargs)
        self.type = config.type

    def session(self) -> _Reused:  # type: ignore[override]
        per_url = _sessions.setdefault(asyncio.get_running_loop(), {})
        shared = per_url.get(self.url)
        if shared is None or shared.closed:
            auth = (aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"])
                    if self.basic_auth else None)
            from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT

            shared = aiohttp.ClientSession(
                headers=self.headers, auth=auth, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                connector=aiohttp.TCPConnector(keepalive_timeout=KEEPALIVE_S),
            )
            per_url[self.url] = shared
        return _Reused(shared)


async def close_sessions() -> None:
    """Closes the kept-alive sessions of the running event loop."""
    for session in _sessions.pop(asyncio.get_running_loop(), {}).values():
        await session.close()


def open_sessions() -> int:
    return sum(len(per_url) for per_url in _sessions.values())


def install() -> Callable[[], None]:
    from rasa.core.actions.action import RemoteAction

    original = RemoteAction.__init__

    def __init__(self, name, action_endpoint):  # noqa: ANN001 - Rasa's types
        if isinstance(action_endpoint, EndpointConfig) and not isinstance(action_endpoint, ActionServerEndpoint):
            action_endpoint = ActionServerEndpoint(action_endpoint)
        original(self, name, action_endpoint)

    RemoteAction.__init__ = __init__
    return lambda: setattr(RemoteAction, "__init__", original)
