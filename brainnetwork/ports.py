"""Free loopback ports, for the processes that the benchmarks and the tests start."""

from __future__ import annotations

import socket


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def free_port_block(size: int) -> int:
    """The first of `size` consecutive free ports (HAProxy and its Rasa instances)."""
    for _ in range(50):
        first = free_port()
        try:
            for port in range(first, first + size):
                with socket.socket() as probe:
                    probe.bind(("127.0.0.1", port))
            return first
        except OSError:
            continue
    raise RuntimeError(f"no {size} consecutive free ports")
