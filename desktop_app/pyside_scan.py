"""A cheaper answer to the question PySide6 asks about every imported module.

Once PySide6 is imported it replaces `__import__`, and after each import
statement it asks, once per module, whether the module's source mentions
"PySide6": only such modules may switch on `from __feature__ import
snake_case`. PySide answers with `inspect.getsource`, which goes through
linecache and tokenize and walks `sys.modules`: about 0.25 ms a module on
our 2-core machine, 11 ms of the time to the first slide and 55 ms of an
`agora export` (Markdown, Pygments and pypdf are many modules). Reading the
file's bytes answers the same question in microseconds.

This replaces one private function of PySide6 (`shibokensupport.feature.
_mod_uses_pyside`, PySide 6.4 to 6.11 at least). It keeps the upstream
function for anything that is not a plain `.py` file and does nothing if
that function is not found, so a PySide release that changes it only loses
the speed-up. `tests/test_pyside_scan.py` checks both answer alike.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"


def speed_up_import_scan() -> bool:
    """Install the cheaper check once PySide6 is imported; True if it is in place."""
    feature = sys.modules.get(_FEATURE_MODULE)
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(upstream):
        return False
    if isinstance(upstream, _FileScan):
        return True
    feature._mod_uses_pyside = _FileScan(upstream)  # type: ignore[attr-defined]
    return True


class _FileScan:
    """`"PySide6" in source`, read as bytes from the module's `.py` file."""

    def __init__(self, upstream: Callable[[ModuleType], bool]) -> None:
        self.upstream = upstream

    def __call__(self, module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return self.upstream(module)
