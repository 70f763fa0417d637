"""The rules for files a deck names: paths that stay inside the deck folder, and the one
rule for every picture (a regular file of a known image type, within budgets, judged
from its header without decoding).

Used by the loader (so `agora check` locates each refusal) and by the renderer
(so nothing unchecked is ever decoded); it sits below both. No Qt here:
`agora check` runs without it, and a header read in Python cannot hang or
flood the log.
"""

from __future__ import annotations

import os
import stat
import struct
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

#: Bytes an image file may have; a slide never needs more, and decoding is bounded by it.
MAX_BYTES = 20 * 1024 * 1024
#: Pixels (width × height) an image may have: 40 megapixels, e.g. 8000 × 5000.
MAX_PIXELS = 40_000_000
#: Bytes an SVG may have; it is parsed as XML, so it gets a smaller budget.
MAX_SVG_BYTES = 2 * 1024 * 1024
_HEAD = 512 * 1024  # a JPEG's size marker may follow a large EXIF block


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


@dataclass(frozen=True)
class ImageInfo:
    """A checked image file: where it is, its type and its size in pixels (0 for SVG)."""

    path: Path
    kind: str
    width: int
    height: int
    #: The file's modification time (ns), so a changed file is decoded again.
    modified: int = 0


class ImageRefused(Exception):
    """An image that must not be shown; `str()` says why, `hint` how to fix it."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.hint = hint


def check_image(real_root: Path, written: str) -> ImageInfo:
    """The checked image named by `written` (relative to the deck folder), or ImageRefused."""
    path, why = inside(real_root, written)
    if path is None:
        raise ImageRefused(why, "put the picture in the deck folder and give its relative path")
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except FileNotFoundError:
        raise ImageRefused(f"image {written!r} not found", "check the file name") from None
    except OSError as exc:
        raise ImageRefused(f"image {written!r} cannot be opened: {exc.strerror}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ImageRefused(f"image {written!r} is not a regular file")
        if info.st_size > MAX_BYTES:
            raise ImageRefused(
                f"image {written!r} has {info.st_size / 1e6:.1f} MB; the limit is "
                f"{MAX_BYTES // (1024 * 1024)} MB",
                "save it smaller",
            )
        head = os.pread(fd, _HEAD, 0)
        if _looks_like_svg(head) and len(head) < info.st_size <= MAX_SVG_BYTES:
            head = os.pread(fd, info.st_size, 0)  # the whole SVG: it is checked as XML
        tail = os.pread(fd, 1024, max(0, info.st_size - 1024))
    finally:
        os.close(fd)
    kind, width, height = _header(written, head, tail, info.st_size)
    if width * height > MAX_PIXELS:
        raise ImageRefused(
            f"image {written!r} has {width}×{height} pixels; the limit is "
            f"{MAX_PIXELS // 1_000_000} megapixels",
            "scale it down",
        )
    return ImageInfo(path, kind, width, height, info.st_mtime_ns)


def _header(written: str, head: bytes, tail: bytes, size: int) -> tuple[str, int, int]:
    """(type, width, height) from the first bytes; ImageRefused when not a whole known image."""
    corrupt = ImageRefused(
        f"image {written!r} is damaged or not a whole image", "export it again from its source"
    )
    try:
        if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
            if b"IEND" not in tail[-12:]:
                raise corrupt
            w, h = struct.unpack(">II", head[16:24])
            return _sized("png", w, h, corrupt)
        if head[:6] in (b"GIF87a", b"GIF89a"):
            if not tail.endswith(b";"):
                raise corrupt
            w, h = struct.unpack("<HH", head[6:10])
            return _sized("gif", w, h, corrupt)
        if head.startswith(b"\xff\xd8\xff"):
            if b"\xff\xd9" not in tail:
                raise corrupt
            w, h = _jpeg_size(head, corrupt)
            return _sized("jpeg", w, h, corrupt)
        if head.startswith(b"BM"):
            w, h = struct.unpack("<ii", head[18:26])
            return _sized("bmp", w, abs(h), corrupt)
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            w, h = _webp_size(head, corrupt)
            return _sized("webp", w, h, corrupt)
    except struct.error:
        raise corrupt from None
    if _looks_like_svg(head):
        if size > MAX_SVG_BYTES:
            raise ImageRefused(
                f"SVG {written!r} has {size / 1e6:.1f} MB; the limit for SVG is "
                f"{MAX_SVG_BYTES // (1024 * 1024)} MB"
            )
        check_svg(written, head)
        return "svg", 0, 0
    raise ImageRefused(
        f"{written!r} is not a PNG, JPEG, GIF, BMP, WebP or SVG image",
        "Agora recognises images by their content, not their name",
    )


def _sized(kind: str, w: int, h: int, corrupt: ImageRefused) -> tuple[str, int, int]:
    if w <= 0 or h <= 0:
        raise corrupt
    return kind, w, h


def _jpeg_size(data: bytes, corrupt: ImageRefused) -> tuple[int, int]:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            raise corrupt
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        (length,) = struct.unpack(">H", data[i + 2 : i + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            h, w = struct.unpack(">HH", data[i + 5 : i + 9])
            return w, h
        i += 2 + length
    raise corrupt


def _webp_size(data: bytes, corrupt: ImageRefused) -> tuple[int, int]:
    chunk = data[12:16]
    if chunk == b"VP8 ":
        w, h = struct.unpack("<HH", data[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if chunk == b"VP8L":
        b = data[21:25]
        w = 1 + (((b[1] & 0x3F) << 8) | b[0])
        h = 1 + (((b[3] & 0x0F) << 10) | (b[2] << 2) | ((b[1] & 0xC0) >> 6))
        return w, h
    if chunk == b"VP8X":
        w = 1 + int.from_bytes(data[24:27], "little")
        h = 1 + int.from_bytes(data[27:30], "little")
        return w, h
    raise corrupt


def _looks_like_svg(head: bytes) -> bool:
    start = head[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith((b"<?xml", b"<svg", b"<!--")) and b"<svg" in start


def check_svg(written: str, data: bytes) -> None:
    """Refuse an SVG that declares entities or a DTD (entity expansion, external files),
    that is not well-formed XML, or that refers to another file or URL."""
    lowered = data.lower()
    if b"<!doctype" in lowered or b"<!entity" in lowered:
        raise ImageRefused(
            f"SVG {written!r} declares a DOCTYPE or entities, which Agora does not read",
            "save it as plain SVG without a DOCTYPE",
        )
    from xml.parsers import expat  # only decks with SVG pay for it

    refused: list[str] = []

    def element(_name: str, attributes: dict[str, str]) -> None:
        """Any `href`, in any namespace (names arrive as "NAMESPACE href"), but `#id`."""
        for name, value in attributes.items():
            if name.rpartition(" ")[2] == "href" and not value.strip().startswith("#"):
                refused.append(value)

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = element
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise ImageRefused(f"SVG {written!r} is not well-formed XML ({exc})") from None
    if refused:
        raise ImageRefused(
            f"SVG {written!r} refers to {refused[0][:60]!r}; an SVG must be self-contained",
            "embed the picture's parts in the SVG itself",
        )


def read_checked(info: ImageInfo) -> bytes:
    """The bytes of a checked image, read again through the same rule (regular file,
    byte budget), since the file may have been swapped since it was checked."""
    try:
        fd = os.open(info.path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        raise ImageRefused(f"image {info.path.name!r} cannot be opened: {exc.strerror}") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ImageRefused(f"image {info.path.name!r} is not a regular file")
        data = os.pread(fd, MAX_BYTES + 1, 0)
    finally:
        os.close(fd)
    if len(data) > MAX_BYTES:
        raise ImageRefused(f"image {info.path.name!r} grew past the limit")
    return data
