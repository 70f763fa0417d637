"""Build the standalone app: PyInstaller bundle, desktop files, tarball.

    python packaging/build.py [--dist DIR] [--work DIR]

makes DIR/agora/ (run DIR/agora/agora) and DIR/agora-VERSION-linux-ARCH.tar.gz,
which unpacks to a folder with install.sh. The tarball is byte-for-byte
reproducible from the same bundle: entries sorted, owner root, every time
stamp set to SOURCE_DATE_EPOCH (default: the last commit's time), so a
school's IT can check a download against a build of their own.
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
REPO = PACKAGING.parent
LINUX = PACKAGING / "linux"
ICONS = REPO / "resources" / "icons"


def version() -> str:
    sys.path.insert(0, str(REPO))
    from desktop_app import __version__

    return __version__


def source_date_epoch() -> int:
    """SOURCE_DATE_EPOCH if set, else the last commit's time, so rebuilds match."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(
            ["git", "-C", str(REPO), "log", "-1", "--format=%ct"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        # An unpacked sdist has no history; its files' newest time is the next best.
        return int((REPO / "pyproject.toml").stat().st_mtime)


def run_pyinstaller(dist: Path, work: Path, epoch: int) -> Path:
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch), PYTHONHASHSEED="0")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(PACKAGING / "agora.spec"),
        ],
        check=True,
        env=env,
    )
    return dist / "agora"


def add_desktop_files(bundle: Path) -> None:
    """Lay out share/ as under /usr/share, so install.sh copies it as is."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    copies = {
        LINUX / "agora.desktop": share / "applications" / "agora.desktop",
        LINUX / "org.agora.Agora.metainfo.xml": share / "metainfo" / "org.agora.Agora.metainfo.xml",
        LINUX / "agora-deck.xml": share / "mime" / "packages" / "agora-deck.xml",
        ICONS / "agora.svg": share / "icons" / "hicolor" / "scalable" / "apps" / "agora.svg",
    }
    for png in sorted((ICONS / "hicolor").glob("*/apps/agora.png")):
        copies[png] = share / "icons" / "hicolor" / png.relative_to(ICONS / "hicolor")
    for src, dest in copies.items():
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    shutil.copyfile(LINUX / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def _normalized(info: tarfile.TarInfo, epoch: int) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = epoch
    if info.isdir() or (info.isfile() and info.mode & 0o100):
        info.mode = 0o755
    elif not info.issym():
        info.mode = 0o644
    return info


def make_tarball(bundle: Path, out: Path, top: str, epoch: int) -> Path:
    """Write the tarball beside its final name, then rename: never a half file."""
    paths = sorted(bundle.rglob("*"), key=lambda p: p.relative_to(bundle).as_posix())
    partial = out.with_name(out.name + ".partial")
    with (
        open(partial, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=epoch, compresslevel=6) as gz,
        tarfile.open(fileobj=gz, mode="w", format=tarfile.GNU_FORMAT) as tar,
    ):
        tar.addfile(_normalized(tar.gettarinfo(bundle, top), epoch))
        for path in paths:
            name = f"{top}/{path.relative_to(bundle).as_posix()}"
            info = _normalized(tar.gettarinfo(path, name), epoch)
            if info.isfile():
                with open(path, "rb") as data:
                    tar.addfile(info, data)
            else:
                tar.addfile(info)
    with open(partial, "rb+") as done:
        os.fsync(done.fileno())
    os.replace(partial, out)
    return out


def tree_size(root: Path) -> tuple[int, int]:
    """(bytes, files) of the regular files under root, as `du` counts them."""
    files = [p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def mib(n: int) -> str:
    return f"{n / 2**20:.1f} MiB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="output folder")
    parser.add_argument(
        "--work",
        type=Path,
        default=REPO / "build" / "pyinstaller",
        help="PyInstaller's scratch folder (reused between builds)",
    )
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux"):
        print(
            "build.py makes the Linux tarball; on Windows or macOS run "
            "`pyinstaller packaging/agora.spec` (see packaging/README.md)",
            file=sys.stderr,
        )
        return 2
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("PyInstaller is missing: pip install -c constraints.txt -e '.[dev]'", file=sys.stderr)
        return 2

    started = time.monotonic()
    epoch = source_date_epoch()
    # The compiled translations are build output the spec bundles: make any missing.
    subprocess.run([sys.executable, str(PACKAGING / "translations.py")], check=True)
    bundle = run_pyinstaller(args.dist.resolve(), args.work.resolve(), epoch)
    built = time.monotonic() - started
    add_desktop_files(bundle)
    top = f"agora-{version()}"
    tarball = make_tarball(
        bundle, bundle.parent / f"{top}-linux-{platform.machine()}.tar.gz", top, epoch
    )
    size, count = tree_size(bundle)
    print(f"bundle:  {bundle} {mib(size)} in {count} files (PyInstaller {built:.0f} s)")
    print(f"tarball: {tarball} {mib(tarball.stat().st_size)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
