"""HAProxy in front of several Rasa instances: its configuration, kept in deploy/haproxy.cfg.

    python -m brainnetwork.haproxy                                  # print it
    python -m brainnetwork.haproxy --out /etc/haproxy/haproxy.cfg   # production (docs/production.md)

The configuration does everything by itself: health checks, a retry on another instance
only when a connection was refused, conversations kept on one instance (REST: a hash of
the sender), socket.io sessions kept on theirs, Dutch errors, limits, forwarding headers,
the monitors' health URL and the statistics page. Only where things listen differs between
machines; `render` fills those places ({{name}}) from the settings:

- `bind`: HAPROXY_BIND (0.0.0.0:RASA_PORT by default; TLS is a `bind` with `ssl crt`);
- `servers`, `socket_servers`, `instances`: the Rasa instances, RASA_UPSTREAMS or the ones
  the launcher starts on the ports after RASA_PORT;
- `stats_port`: HAPROXY_STATS_PORT, on 127.0.0.1;
- `errors`: the folder of the Dutch error answers (deploy/errors);
- `max_body_bytes`: the instances' own request limit (brainnetwork.messages).

`make run-scaled` renders it into a private temporary folder, checks it with `haproxy -c`
and runs `haproxy -db` (in the foreground; SIGTERM stops it) as one of its processes.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from brainnetwork.messages import MAX_REQUEST_BYTES
from brainnetwork.settings import PROJECT_ROOT, Settings, load_settings_or_exit

TEMPLATE = PROJECT_ROOT / "deploy" / "haproxy.cfg"
ERRORS = PROJECT_ROOT / "deploy" / "errors"
PLACE = re.compile(r"\{\{(\w+)\}\}")
INSTALL_HINT = "install it with `apt-get install haproxy` (make setup does this when run as root)"


class HAProxyError(RuntimeError):
    """HAProxy cannot run: missing, or its configuration was refused (the message says why)."""


def upstreams(settings: Settings, local_ports: Sequence[int] = ()) -> List[str]:
    """host:port of every Rasa instance: RASA_UPSTREAMS, else the launcher's own on loopback."""
    return list(settings.scale_out.upstreams) or [f"127.0.0.1:{port}" for port in local_ports]


# As the system service (Debian's haproxy.service, started as root), HAProxy drops to its
# own user in a chroot once it has bound its ports and read its files; started by the
# launcher it runs as the user who started it, who cannot change user.
SERVICE_PROCESS = "    user haproxy\n    group haproxy\n    chroot /var/lib/haproxy"
LAUNCHER_PROCESS = "    # started by the launcher (make run-scaled): runs as the user who started it"


def values(settings: Settings, instances: Sequence[str], errors: Path = ERRORS,
           service: bool = False) -> Dict[str, str]:
    if not instances:
        raise HAProxyError("HAProxy needs at least one Rasa instance (RASA_UPSTREAMS)")
    names = [f"rasa{number}" for number in range(1, len(instances) + 1)]
    return {
        "bind": settings.scale_out.haproxy_bind,
        "stats_port": str(settings.scale_out.haproxy_stats_port),
        "instances": str(len(instances)),
        "servers": "\n".join(f"    server {name} {address} check" for name, address in zip(names, instances)),
        "socket_servers": "\n".join(f"    server {name} {address} track rasa/{name}"
                                    for name, address in zip(names, instances)),
        "errors": str(errors),
        "max_body_bytes": str(MAX_REQUEST_BYTES),
        "process": SERVICE_PROCESS if service else LAUNCHER_PROCESS,
    }


def render(settings: Settings, instances: Sequence[str], template: Optional[Path] = None,
           errors: Optional[Path] = None, service: bool = False) -> str:
    """The configuration for `instances` (host:port each); every place must be filled.
    `service`: for the system service, which drops to the haproxy user in a chroot."""
    template = template or TEMPLATE
    filled = values(settings, instances, errors or ERRORS, service)
    text = template.read_text(encoding="utf-8")
    missing = sorted(set(PLACE.findall(text)) - set(filled))
    if missing:
        raise HAProxyError(f"{template} has places nothing fills: {', '.join(missing)}")
    return PLACE.sub(lambda found: filled[found.group(1)], text)


def binary() -> Optional[str]:
    """The haproxy program (Debian puts it in /usr/sbin, not on every user's PATH)."""
    return shutil.which("haproxy") or shutil.which("haproxy", path="/usr/sbin:/usr/local/sbin")


def write_checked(config: str, path: Path) -> List[str]:
    """Writes `config` to `path`, has haproxy check it; returns the command that runs it."""
    program = binary()
    if program is None:
        raise HAProxyError(f"HAProxy is needed in front of several Rasa instances: {INSTALL_HINT}")
    path.write_text(config, encoding="utf-8")
    check = subprocess.run([program, "-c", "-q", "-f", str(path)], capture_output=True, text=True)
    if check.returncode != 0:
        raise HAProxyError(f"HAProxy refused its configuration ({path}): "
                           f"{(check.stderr or check.stdout).strip()[-1500:]}")
    return [program, "-db", "-f", str(path)]


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write it here (checked with haproxy -c) instead of printing it")
    args = parser.parse_args(argv)
    settings = load_settings_or_exit()
    if not settings.scale_out.upstreams:
        print("Cannot render: set RASA_UPSTREAMS to the Rasa instances, e.g. 10.0.0.2:5005,10.0.0.3:5005",
              file=sys.stderr)
        return 2
    config = render(settings, upstreams(settings), service=True)
    if args.out is None:
        sys.stdout.write(config)
        return 0
    new = args.out.with_name(args.out.name + ".new")
    try:
        write_checked(config, new)  # a configuration HAProxy refuses never replaces a working one
    except HAProxyError as error:
        new.unlink(missing_ok=True)
        print(f"Cannot render: {error}", file=sys.stderr)
        return 1
    os.replace(new, args.out)
    print(f"Written and checked: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
