"""Request bodies of every aiohttp server of the project (review app, widget server).

aiohttp 3.9 (pinned by Rasa) decompresses a gzip, deflate or brotli request body while it
reads it off the socket, before any size limit (`client_max_size`) is looked at: one
400 KB gzip body becomes hundreds of MB in the server's memory. No client of the project
sends compressed bodies, so every server is made with `application()`:

- its server never decompresses a request body (aiohttp's `auto_decompress=False`,
  passed through the application's `handler_args`, so that `web.run_app`, `AppRunner`
  and the test servers all get it), and
- its first middleware answers 415 to a request whose Content-Encoding is anything but
  `identity`, with a clear message (and `Accept-Encoding: identity`, RFC 7694), and logs
  it for the operator. The body is never read.
"""

from __future__ import annotations

import logging
from typing import Any, Iterable

from aiohttp import hdrs, web

logger = logging.getLogger(__name__)

HANDLER_ARGS = {"auto_decompress": False}
REFUSED = ("Gecomprimeerde verzoeken (Content-Encoding) worden niet aangenomen. "
           "Stuur het verzoek zonder compressie.")


@web.middleware
async def refuse_compressed_bodies(request: web.Request, handler):
    encodings = [coding.strip().lower() for header in request.headers.getall(hdrs.CONTENT_ENCODING, ())
                 for coding in header.split(",")]
    if any(encoding not in ("", "identity") for encoding in encodings):
        logger.warning("Refused a compressed request body (Content-Encoding %r) on %s %s",
                       request.headers.get(hdrs.CONTENT_ENCODING, "")[:40], request.method, request.path)
        raise web.HTTPUnsupportedMediaType(text=REFUSED, headers={hdrs.ACCEPT_ENCODING: "identity"})
    return await handler(request)


def application(middlewares: Iterable[Any] = (), **kwargs: Any) -> web.Application:
    """A web.Application that refuses compressed request bodies. `refuse_compressed_bodies`
    comes first unless `middlewares` places it (after one that only adds headers, say);
    it must come before any middleware that reads the body."""
    middlewares = list(middlewares)
    if refuse_compressed_bodies not in middlewares:
        middlewares.insert(0, refuse_compressed_bodies)
    handler_args = {**kwargs.pop("handler_args", {}), **HANDLER_ARGS}
    return web.Application(middlewares=middlewares, handler_args=handler_args, **kwargs)
