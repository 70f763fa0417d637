"""Print what a screen reader can read of one application, as JSON (run by Debian's python3).

pyatspi, the AT-SPI client library Orca itself uses, is a Debian package for
/usr/bin/python3, not a wheel, so the tests run this file with that
interpreter: `python3 dump_tree.py APP_NAME` prints a list of objects, depth
first, each with its depth, role, name, description and whether it can take
the keyboard focus. Prints [] while the application is not on the bus yet.
"""

import json
import sys

import pyatspi


def walk(acc, depth, out):
    states = acc.getState()
    out.append(
        {
            "depth": depth,
            "role": acc.getRoleName(),
            "name": acc.name or "",
            "description": acc.description or "",
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
            "showing": states.contains(pyatspi.STATE_SHOWING),
        }
    )
    for i in range(min(acc.childCount, 1000)):
        child = acc.getChildAtIndex(i)
        if child is not None:
            walk(child, depth + 1, out)


def main():
    wanted = sys.argv[1]
    desktop = pyatspi.Registry.getDesktop(0)
    out = []
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and app.name == wanted:
            walk(app, 0, out)
    print(json.dumps(out))


main()
