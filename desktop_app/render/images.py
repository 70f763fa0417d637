"""Pictures for slides and documents: decoded only after the deck's image rule passed,
and no larger than they are shown.

Qt reads an image whole and decodes it at full resolution; a deck from a
stranger could name a FIFO, a device or a 30000×30000 PNG. Here every
picture goes through `deck_files.check_image` first, its bytes are read
from a descriptor that was checked to be a regular file, and the decoder is
told the largest size the slide shows it at.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, QUrl
from PySide6.QtGui import QImage, QImageReader, QTextDocument

from desktop_app.deck_files import ImageInfo, ImageRefused, check_image, read_checked
from desktop_app.text.safe_html import IMAGE_SCHEME, image_path

#: Images are decoded at up to twice the canvas size they take, so they stay sharp on
#: a 4K screen (the 1920×1080 canvas shown at 3840×2160) and never larger.
SHARPNESS = 2
_SRC = re.compile(r'<img\b[^>]*?\bsrc="(' + IMAGE_SCHEME + r':[^"]*)"')


def deck_image(real_root: Path, written: str, box: QSize) -> QImage:
    """The picture `written` (relative to the deck folder) fitted into `box` × SHARPNESS,
    or a null QImage when the rule refuses it or it does not decode."""
    try:
        info = check_image(real_root, written)
    except ImageRefused:
        return QImage()
    return _decode(info, box.width() * SHARPNESS, box.height() * SHARPNESS)


#: Bytes of decoded pictures kept for repaints; the least recently used go first.
CACHE_BYTES = 192 * 1024 * 1024
_decoded: OrderedDict[tuple[ImageInfo, int, int], QImage] = OrderedDict()


def _decode(info: ImageInfo, max_width: int, max_height: int) -> QImage:
    """Decode once per file version and size, so repaints are fast and a PDF embeds an
    image once (Qt's PDF writer shares an image between pages only when it is the same
    QImage). The cache is bounded in bytes, not entries: pictures differ a lot in size."""
    key = (info, max_width, max_height)
    image = _decoded.get(key)
    if image is not None:
        _decoded.move_to_end(key)
        return image
    image = _read(info, max_width, max_height)
    _decoded[key] = image
    while len(_decoded) > 1 and sum(i.sizeInBytes() for i in _decoded.values()) > CACHE_BYTES:
        _decoded.popitem(last=False)
    return image


def _read(info: ImageInfo, max_width: int, max_height: int) -> QImage:
    try:
        data = read_checked(info)
    except ImageRefused:
        return QImage()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    bound = QSize(max(1, max_width), max(1, max_height))
    if size.isValid() and (size.width() > bound.width() or size.height() > bound.height()):
        reader.setScaledSize(size.scaled(bound, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


def register_images(doc: QTextDocument, html: str, real_root: Path, width: float) -> None:
    """Give `doc` every `deck:` image its HTML names, checked and decoded to fit `width`.

    Registered resources are all a document ever gets: sanitized HTML names
    images only by the `deck:` scheme, which Qt itself never resolves to a
    file, and a refused image is registered as a null image (Qt draws its
    small broken-image icon), so nothing falls through to Qt's own loading.
    """
    for url in set(_SRC.findall(html)):
        written = image_path(url) or ""
        image = deck_image(real_root, written, QSize(round(width), round(width)))
        if not image.isNull() and image.width() > width:
            image = QImage(image)  # a copy, so the cached one keeps its own pixel ratio
            image.setDevicePixelRatio(image.width() / width)  # shown at the text width
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
