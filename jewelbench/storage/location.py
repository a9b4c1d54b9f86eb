"""Is the workspace somewhere SQLite cannot keep it safe?

SQLite's write-ahead log relies on shared memory and file locks that network file systems do
not provide reliably, and a cloud-sync client copies (or replaces) the file and its -wal
separately while jewelbench writes them: either can lose edits or damage the file. The app
warns before the first write (https://www.sqlite.org/wal.html, "WAL does not work over a
network filesystem"; https://www.sqlite.org/howtocorrupt.html).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path, PurePath, PureWindowsPath

NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb2", "sshfs", "fuse.sshfs", "9p", "afs",
    "openafs", "davfs", "fuse.davfs2", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph",
    "ceph-fuse", "lustre", "gpfs", "beegfs", "ncpfs", "coda", "fuse.rclone", "fuse.s3fs",
    "fuse.gcsfuse", "fuse.juicefs", "fuse.smbnetfs", "vboxsf", "vmhgfs", "fuse.vmhgfs-fuse",
    "drvfs",
})

# Folder names of sync clients (compared case-insensitively, whole folder name), each with
# the name the user knows it by. macOS keeps them under ~/Library/CloudStorage/<Provider-…>.
_CLOUD_FOLDERS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"dropbox( \(.*\))?|dropbox-.*"), "Dropbox"),
    (re.compile(r"onedrive.*"), "OneDrive"),
    (re.compile(r"google ?drive.*|my drive|googledrive-.*"), "Google Drive"),
    (re.compile(r"icloud ?drive.*|mobile documents|com~apple~clouddocs"), "iCloud Drive"),
    (re.compile(r"pcloud ?drive"), "pCloud"),
    (re.compile(r"box|box sync|box-box"), "Box"),
    (re.compile(r"nextcloud"), "Nextcloud"),
    (re.compile(r"owncloud"), "ownCloud"),
    (re.compile(r"sync"), "Sync.com"),
    (re.compile(r"mega|megasync"), "MEGA"),
    (re.compile(r"yandex\.disk|yandexdisk"), "Yandex Disk"),
    (re.compile(r"cloudstorage"), "a cloud storage service"),
]


def location_risk(path: PurePath, mounts: str | None = None) -> str | None:
    """A sentence for the user when path sits on a network file system or inside a cloud-sync
    folder, where SQLite's write-ahead log is unsafe; None for an ordinary local folder.

    mounts is the text of /proc/mounts (read from the system when None, on Linux)."""
    return _network_risk(path, mounts) or _cloud_risk(path)


def _network_risk(path: PurePath, mounts: str | None) -> str | None:
    if isinstance(path, PureWindowsPath):
        share = _windows_share(path)
        if share:
            return (f"This workspace is on a network share ({share}). SQLite cannot keep a "
                    "file safe over a network: edits can be lost or the file damaged. Copy it "
                    "to a folder on this computer and open it there.")
        return None
    if mounts is None:
        if not sys.platform.startswith("linux"):
            return None
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    mount = _mount_of(_absolute(path), mounts)
    if mount is None or mount[1] not in NETWORK_FILE_SYSTEMS:
        return None
    point, fs_type = mount
    return (f"This workspace is on a network drive ({fs_type} at {point}). SQLite cannot keep "
            "a file safe over a network: edits can be lost or the file damaged. Copy it to a "
            "folder on this computer and open it there.")


def _absolute(path: PurePath) -> PurePath:
    if isinstance(path, Path):
        try:
            return path.expanduser().resolve()
        except (OSError, RuntimeError):
            return path.absolute()
    return path


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as \040, \011, \012 and \134
    return re.sub(r"\\([0-7]{3})", lambda octal: chr(int(octal[1], 8)), field)


def _mount_of(path: PurePath, mounts: str) -> tuple[str, str] | None:
    """(mount point, file system type) of the longest mount point that holds path."""
    best: tuple[str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point, fs_type = _unescape(fields[1]), fields[2].lower()
        if not (path == PurePath(point) or PurePath(point) in path.parents):
            continue
        if best is None or len(PurePath(point).parts) >= len(PurePath(best[0]).parts):
            best = (point, fs_type)  # a later mount over the same point hides the earlier
    return best


def _windows_share(path: PureWindowsPath) -> str | None:
    text = str(path)
    if text.startswith(("\\\\?\\UNC\\", "//?/UNC/")):
        text = "\\\\" + text[8:]
    elif text.startswith(("\\\\?\\", "\\\\.\\", "//?/", "//./")):
        text = text[4:]  # a local path in long form: C:\…
    if text.startswith(("\\\\", "//")):
        return PureWindowsPath(text).anchor.rstrip("\\/") or text
    if sys.platform == "win32" and isinstance(path, Path):
        return _mapped_network_drive(path)
    return None


if sys.platform == "win32":
    def _mapped_network_drive(path: Path) -> str | None:
        import ctypes

        drive = path.resolve().drive
        if not drive:
            return None
        DRIVE_REMOTE = 4
        kind = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")
        return drive if kind == DRIVE_REMOTE else None
else:
    def _mapped_network_drive(path: Path) -> str | None:
        return None


def _cloud_risk(path: PurePath) -> str | None:
    folders = list(path.parent.parts)
    if isinstance(path, Path):
        folders += list(_absolute(path).parent.parts)  # a link into a synced folder, too
    for folder in reversed(folders):  # the innermost folder names the service best
        name = folder.strip().lower()
        for pattern, provider in _CLOUD_FOLDERS:
            if pattern.fullmatch(name):
                return (f"This workspace is inside a folder synced by {provider} (“{folder}”). "
                        "A sync service copies the file while jewelbench writes it, which can "
                        "lose edits or damage it. Move it to a folder on this computer that is "
                        "not synced.")
    return None


def on_network_drive(path: PurePath, mounts: str | None = None) -> bool:
    """path is on a network file system or share (see location_risk)."""
    return _network_risk(path, mounts) is not None
