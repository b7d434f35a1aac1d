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
import tempfile
from pathlib import Path

__all__ = ["cache_dir", "read_text", "write_texts"]


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
    try:
        return path.read_text(encoding=encoding)
    except (OSError, UnicodeDecodeError):
        return None


def write_texts(
    folder: Path, texts: dict[str, str], encoding: str = "utf-8"
) -> bool:
    """
    Write each of *texts* (file name to text) into *folder*, each file
    atomically (a reader sees the old file or the whole new one); False
    when the folder cannot be written.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in texts.items():
            fd, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
            try:
                with os.fdopen(fd, "w", encoding=encoding) as out:
                    out.write(text)
                os.replace(temporary, folder / name)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temporary)
                raise
    except OSError:
        return False
    return True
