"""Who may use a way in that is not for visitors: requests from this machine, and bearer tokens.

Used by the Rasa server's channels (REST, the health check's details) and the action server.

- `is_local(peer, forwarded)`: the request comes from this machine. The peer (the socket's
  address) must be loopback, and so must every address named in a forwarding header
  (X-Forwarded-For, X-Real-IP, Forwarded): a proxy on this machine (HAProxy) passes
  a visitor's request on from loopback, with the visitor's address in such a header. An
  address that cannot be read counts as remote.
- `bearer_token_matches(header, token)`: `Authorization: Bearer <token>`, compared in
  constant time.
"""

from __future__ import annotations

import hmac
import ipaddress
import re
from typing import Iterable, Optional

FORWARDING_HEADERS = ("x-forwarded-for", "x-real-ip", "forwarded")
_FORWARDED_FOR = re.compile(r"for\s*=\s*(\"[^\"]*\"|[^;,\s]+)", re.IGNORECASE)


def is_loopback(address: Optional[str]) -> bool:
    """127.0.0.0/8, ::1 and ::ffff:127.x; `localhost` as a host name."""
    if not address:
        return False
    address = address.strip().strip('"')
    if address.lower() == "localhost":
        return True
    if address.startswith("["):  # [::1] or [::1]:4711
        address = address[1:].split("]")[0]
    elif address.count(":") == 1:  # 127.0.0.1:4711
        address = address.split(":")[0]
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


def forwarded_addresses(header: str, value: str) -> list:
    """The client addresses a forwarding header names."""
    if header.lower() == "forwarded":
        return [found.strip('"') for found in _FORWARDED_FOR.findall(value)] or [value]
    return [part.strip() for part in value.split(",")]


def is_local(peer: Optional[str], forwarded: Iterable[tuple]) -> bool:
    """`forwarded`: (header name, value) pairs of the request's forwarding headers."""
    if not is_loopback(peer):
        return False
    return all(is_loopback(address) for header, value in forwarded
               for address in forwarded_addresses(header, value))


def bearer_token_matches(authorization: Optional[str], token: str) -> bool:
    if not token or not authorization:
        return False
    scheme, _, given = authorization.strip().partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())
