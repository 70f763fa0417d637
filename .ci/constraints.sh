#!/usr/bin/env bash
# Regenerate constraints.txt: resolve pyproject's runtime + dev dependencies in
# fresh venvs for Python 3.11 (python3) and 3.10 (PY310, the oldest we support),
# then merge the two freezes; a pin that differs between them gets an
# environment marker so one file serves both interpreters.
# Usage: .ci/constraints.sh   (needs network; ~1 min)
set -euo pipefail
cd "$(dirname "$0")/.."
PY311=${PY311:-python3}
PY310=${PY310:-python3.10}
# pyenv installs a python3.10 shim that fails unless 3.10 is selected: fall back.
"$PY310" -V >/dev/null 2>&1 || PY310=$(ls -d /root/.pyenv/versions/3.10.*/bin/python 2>/dev/null | tail -1)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# The dependency list straight from pyproject, so this works even when the
# package itself cannot be built yet (e.g. README.md missing).
"$PY311" - >"$tmp/deps.txt" <<'PY'
import tomllib
p = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join(p["dependencies"] + p["optional-dependencies"]["dev"]))
PY

for v in 311 310; do
    py=PY$v
    "${!py}" -m venv "$tmp/v$v"
    "$tmp/v$v/bin/pip" install -q --disable-pip-version-check -r "$tmp/deps.txt"
    "$tmp/v$v/bin/pip" freeze --exclude-editable | sort -f >"$tmp/f$v.txt"
done

{
    cat <<'HDR'
# Exact pins for Agora's runtime + dev dependencies (pyproject.toml [project]
# dependencies and the "dev" extra) and everything they pull in.
# Used by: pip install -c constraints.txt -e '.[dev]'   (see Makefile)
# Regenerate: .ci/constraints.sh   (resolves in fresh Python 3.11 and 3.10
# venvs and merges; pins that differ carry a python_version marker).
# PySide6-Essentials must stay 6.11.x: 6.12.0 corrupts the refcount of None
# and aborts the process (tests/test_refcount_guard.py).
HDR
    "$PY311" - "$tmp/f311.txt" "$tmp/f310.txt" <<'PY'
import sys
def load(f):
    return {l.split("==")[0]: l.strip() for l in open(f) if "==" in l}
new, old = load(sys.argv[1]), load(sys.argv[2])
for name in sorted(new.keys() | old.keys(), key=str.lower):
    a, b = new.get(name), old.get(name)
    if a == b:
        print(a)
    else:
        if a: print(f'{a} ; python_version >= "3.11"')
        if b: print(f'{b} ; python_version < "3.11"')
PY
} >constraints.txt
grep -q '^PySide6_Essentials==6\.11\.' constraints.txt || {
    echo "constraints.sh: PySide6-Essentials did not resolve to 6.11.x" >&2; exit 1; }
echo "wrote constraints.txt ($(grep -c '==' constraints.txt) pins)"
