"""Write files so a reader sees the old file or the complete new one, never half of either.

Everything is written into a temporary file (or folder) beside the target, on
the same file system, flushed to disk and then renamed into place. A failure
or a cancel removes the temporary copy and leaves the earlier file untouched.

Every store of the app writes through here (exports, the poll, saved ink),
so it sits below all of them and imports nothing of the app. Failures raise
`WriteError` with a one-line reason naming the file; callers turn it into
their own error (`ExportError`, `PollError`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path


class WriteError(Exception):
    """A file could not be written; the message names it and says why."""


def describe(error: OSError, path: Path) -> str:
    """A one-line reason naming the file, for the command line and the dialog."""
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exhausted",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the file system is read-only",
        errno.ENOENT: "the folder does not exist",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.EISDIR: "it is a folder",
    }
    reason = reasons.get(error.errno or 0, error.strerror or str(error))
    return f"cannot write {path}: {reason}"


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable; some systems cannot open folders, which is harmless."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _new_file_mode(target: Path) -> int:
    """Keep an existing file's permissions; a new file gets the usual umask-based ones.

    mkstemp creates files readable by the owner only, which would surprise
    anyone sharing an exported handout.
    """
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_bytes(target: Path, data: bytes) -> None:
    """Replace `target` with `data` atomically; raises WriteError naming the file."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise WriteError(describe(exc, target)) from None
    temp = Path(name)
    try:
        os.fchmod(fd, _new_file_mode(target))
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise WriteError(describe(exc, target)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(folder)


class StagedFolder:
    """Files written into a hidden folder beside `target`, moved in together by `commit`.

    Used for PNG export: a cancelled run adds no files to the target folder,
    and files of an earlier run are replaced only once every new one exists.
    """

    def __init__(self, target: Path) -> None:
        self.target = target
        parent = target.parent if str(target.parent) else Path(".")
        if target.exists() and not target.is_dir():
            raise WriteError(f"cannot write into {target}: it is a file, not a folder")
        try:
            self.stage = Path(
                tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent)
            )
        except OSError as exc:
            raise WriteError(describe(exc, target)) from None
        self.names: list[str] = []

    def write(self, name: str, data: bytes) -> None:
        path = self.stage / name
        try:
            with open(path, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            raise WriteError(describe(exc, self.target / name)) from None
        self.names.append(name)

    def commit(self) -> list[Path]:
        """Move every staged file into the target folder; returns their final paths."""
        try:
            self.target.mkdir(parents=True, exist_ok=True)
            for name in self.names:
                os.replace(self.stage / name, self.target / name)
        except OSError as exc:
            raise WriteError(describe(exc, self.target)) from None
        finally:
            self.discard()
        _fsync_dir(self.target)
        return [self.target / n for n in self.names]

    def discard(self) -> None:
        shutil.rmtree(self.stage, ignore_errors=True)


@contextlib.contextmanager
def staged_folder(target: Path) -> Iterator[StagedFolder]:
    """A StagedFolder that is discarded if the block does not finish."""
    stage = StagedFolder(target)
    try:
        yield stage
    finally:
        stage.discard()
