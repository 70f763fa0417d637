"""Print what a screen reader is told while it waits (run by Debian's python3, as dump_tree.py).

`python3 listen.py COUNT SECONDS` listens on the AT-SPI bus for announcements
(what Orca speaks without a focus change) and for focus changes, and prints one
JSON object per event: {"type": ..., "role": ..., "name": ..., "text": ...}. It
prints "ready" first, once it listens, so the caller presses keys only then,
and stops after COUNT announcements (0: never) or after SECONDS.
"""

import json
import sys

import pyatspi
from gi.repository import GLib


def main():
    count, seconds = int(sys.argv[1]), float(sys.argv[2])
    announced = []

    def heard(event):
        source = event.source
        try:
            role, name = source.getRoleName(), source.name or ""
        except Exception:
            role, name = "", ""
        text = event.any_data if isinstance(event.any_data, str) else ""
        print(json.dumps({"type": event.type, "role": role, "name": name, "text": text}))
        sys.stdout.flush()
        if event.type == "object:announcement":
            announced.append(text)
            if count and len(announced) >= count:
                pyatspi.Registry.stop()

    events = ("object:announcement", "object:state-changed:focused")
    pyatspi.Registry.registerEventListener(heard, *events)
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    GLib.idle_add(lambda: print("ready", flush=True) and False)
    pyatspi.Registry.start()


main()
