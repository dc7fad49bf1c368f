"""Files of the assistant are for its own user only: they hold conversations, contact
requests and secrets.

- `private_umask()`: the first thing every entry point does (the launcher, whose
  children inherit it, and the review CLI). Whatever the process creates afterwards,
  itself or through a library (an export, SQLite's side files), is 0600, folders 0700.
- `private_dir(path)`: the folder and its missing parents, created 0700.
- `private_sqlite_file(path)`: the database file created empty with 0600 before SQLite
  opens it (SQLite gives its -wal and -shm files the database file's mode); an existing
  file that others may read is made 0600.
- `write_private(path, data)`: a file with its whole content at once, 0600, never
  visible empty or half-written; by default never replacing a file another process made.

These hold for processes started in any way (`rasa run` by hand, cron), because the
modules that create the files call them, not only the entry points.
"""

from __future__ import annotations

import logging
import os
import stat
import tempfile
from pathlib import Path
from typing import Union

logger = logging.getLogger(__name__)

PRIVATE_UMASK = 0o077
FILE_MODE = 0o600
DIR_MODE = 0o700


def private_umask() -> None:
    """Files 0600 and folders 0700 from now on, in this process and its children."""
    os.umask(PRIVATE_UMASK)


def private_dir(path: Union[str, Path]) -> Path:
    """Creates `path` and its missing parents with mode 0700; an existing folder is left as it is."""
    path = Path(path)
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=DIR_MODE)
        except FileExistsError:
            continue
        os.chmod(folder, DIR_MODE)  # mkdir's mode is reduced by the umask, never widened
    return path


def make_private(path: Union[str, Path]) -> bool:
    """Makes an existing file of ours readable by its owner only; True if it was not."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return False
    if stat.S_IMODE(info.st_mode) & 0o077 and info.st_uid == os.geteuid():
        os.chmod(path, FILE_MODE)
        return True
    return False


def private_sqlite_file(path: Union[str, Path]) -> None:
    """The SQLite database at `path`, made before SQLite creates it (with 0644), or tightened."""
    path = Path(path)
    private_dir(path.parent)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
        return
    except FileExistsError:
        pass
    tightened = [p.name for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal"))
                 if make_private(p)]
    if tightened:
        logger.warning("%s could be read by other users of this machine; now only by its owner (%s)",
                       path, ", ".join(tightened))


def write_private(path: Union[str, Path], data: bytes, replace: bool = False) -> bool:
    """Writes `data` to `path` (mode 0600) in one step; returns whether it did.

    The content goes into a temporary file (0600 from the start) in the same folder,
    which then becomes `path`: `path` never exists empty or half-written. Without
    `replace`, an existing `path` is kept (False), so that when two processes start at
    once, the first one's file stays and the other reads it; with `replace` it is
    replaced atomically (os.replace)."""
    path = Path(path)
    private_dir(path.parent)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # 0600
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        if replace:
            os.replace(temporary, path)
            return True
        try:
            os.link(temporary, path)
        except FileExistsError:
            return False
        return True
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
