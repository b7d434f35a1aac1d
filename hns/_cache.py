"""
The folder where hns keeps what it builds once per machine (the compact
ECB rates, the expanded wording tables), and atomic reads and writes in it.

Nothing here trusts what it reads: each user of the cache names its files
by a digest of what they were built from and checks their form, and
rebuilds whatever is missing, damaged or unwritable.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

__all__ = [
    "cache_dir",
    "read_bytes",
    "read_text",
    "write_files",
    "write_texts",
]


def cache_dir() -> Path:
    """
    Where hns keeps what it builds once per machine: ``$HNS_CACHE_DIR``,
    else the platform's cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``,
    ``~/Library/Caches``, ``%LOCALAPPDATA%``) with ``hns`` under it.
    """
    own = os.environ.get("HNS_CACHE_DIR")
    if own:
        return Path(own)
    if sys.platform == "win32":  # pragma: no cover - not the test platform
        base = os.environ.get("LOCALAPPDATA") or str(Path.home())
    elif sys.platform == "darwin":  # pragma: no cover - idem
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "hns"


def read_text(path: Path, encoding: str = "utf-8") -> str | None:
    """
    The text of the cached file *path*; None when it is missing or cannot
    be read (the caller then builds it).
    """
    data = read_bytes(path)
    if data is None:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def read_bytes(path: Path) -> bytes | None:
    """
    The bytes of the cached file *path*; None when it is missing or cannot
    be read.
    """
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_texts(
    folder: Path, texts: dict[str, str], encoding: str = "utf-8"
) -> bool:
    """
    Write each of *texts* (file name to text) into *folder*, as
    `write_files` does.
    """
    return write_files(
        folder, {name: text.encode(encoding) for name, text in texts.items()}
    )


def write_files(folder: Path, files: dict[str, bytes]) -> bool:
    """
    Write each of *files* (file name to bytes) into *folder*, each file
    atomically (a reader sees the old file or the whole new one); False
    when the folder cannot be written.
    """
    import tempfile  # only to write: import hns stays fast

    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in files.items():
            fd, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(data)
                os.replace(temporary, folder / name)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
    except OSError:
        return False
    return True
