"""Resolve paths an author wrote so that none can leave the deck folder."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath


def inside(real_root: Path, written: str) -> tuple[Path | None, str]:
    """`(path, "")` for a path inside the deck folder `real_root`, else `(None, reason)`.

    Absolute paths, drive letters, `..` and symlinks that point outside are
    refused: a deck shared by a colleague must not read other files.
    `real_root` is the folder already resolved (`Path.resolve`, a system call
    per folder in the path), once by the caller for all the paths it checks.
    """
    if not written.strip():
        return None, "path is empty"
    if PurePosixPath(written).is_absolute() or PureWindowsPath(written).is_absolute():
        return None, f"absolute path {written!r} is not allowed"
    if PureWindowsPath(written).drive:
        return None, f"path {written!r} names a drive"
    if ".." in PurePosixPath(written.replace("\\", "/")).parts:
        return None, f"path {written!r} leaves the deck folder"
    candidate = real_root / written
    try:
        resolved = candidate.resolve()
        resolved.relative_to(real_root)
    except ValueError:
        return None, f"path {written!r} points outside the deck folder (symlink?)"
    except OSError as exc:
        return None, f"path {written!r} cannot be resolved: {exc.strerror}"
    return resolved, ""
