"""Blocking work (SQL, password hashing, SMTP) run off the event loop, so that an async
server (the review app, the action server) goes on serving others meanwhile."""

from __future__ import annotations

import asyncio
import functools
from typing import Any, Callable, TypeVar

T = TypeVar("T")


async def off_loop(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """`function(*args, **kwargs)` on the default executor's threads, not on the event loop."""
    return await asyncio.get_running_loop().run_in_executor(None, functools.partial(function, *args, **kwargs))
