"""A workspace on a network share or in a cloud-sync folder is flagged before the first write."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from jewelbench.storage.location import location_risk

MOUNTS = r"""proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime 0 0
tmpfs /tmp tmpfs rw,nosuid,nodev 0 0
nas.local:/export/studio /mnt/studio nfs4 rw,relatime,vers=4.2,addr=192.168.1.20 0 0
/dev/sdb1 /mnt/studio/local-cache ext4 rw,relatime 0 0
//nas/Shared\040Designs /media/ana/Shared\040Designs cifs rw,relatime,vers=3.1.1 0 0
ana@workshop:/home/ana /home/ana/workshop fuse.sshfs rw,nosuid,nodev 0 0
/dev/sdc1 /media/ana/USB vfat rw,nosuid 0 0
"""


@pytest.mark.parametrize("path, fs_type, mount_point", [
    ("/mnt/studio/rings.jewelbench", "nfs4", "/mnt/studio"),
    ("/mnt/studio/2025/spring/rings.jewelbench", "nfs4", "/mnt/studio"),
    ("/media/ana/Shared Designs/rings.jewelbench", "cifs", "/media/ana/Shared Designs"),
    ("/home/ana/workshop/rings.jewelbench", "fuse.sshfs", "/home/ana/workshop"),
])
def test_a_workspace_on_a_network_mount_is_a_risk(path, fs_type, mount_point):
    risk = location_risk(PurePosixPath(path), mounts=MOUNTS)
    assert risk is not None
    assert f"network drive ({fs_type} at {mount_point})" in risk
    assert "Copy it to a folder on this computer" in risk
    assert "\n" not in risk


@pytest.mark.parametrize("path", [
    "/home/ana/Documents/rings.jewelbench",          # ext4, the root file system
    "/mnt/studio/local-cache/rings.jewelbench",      # a local disk mounted inside the share
    "/mnt/studiox/rings.jewelbench",                 # a name that merely starts alike
    "/tmp/rings.jewelbench",
    "/media/ana/USB/rings.jewelbench",
    "/home/ana/workshop-notes/rings.jewelbench",
])
def test_a_workspace_on_a_local_disk_is_no_risk(path):
    assert location_risk(PurePosixPath(path), mounts=MOUNTS) is None


def test_a_real_path_is_matched_against_its_mount(tmp_path):
    folder = tmp_path.resolve()
    mounts = (f"/dev/vda / ext4 rw 0 0\nserver:/share {folder} nfs rw 0 0\n"
              f"/dev/vdb {folder}/local ext4 rw 0 0\n")
    assert "(nfs at " in location_risk(folder / "rings.jewelbench", mounts=mounts)
    assert location_risk(folder / "local" / "rings.jewelbench", mounts=mounts) is None
    assert location_risk(folder / "rings.jewelbench", mounts="/dev/vda / ext4 rw 0 0\n") is None


@pytest.mark.parametrize("path, provider", [
    (PurePosixPath("/Users/ana/Dropbox/Studio/rings.jewelbench"), "Dropbox"),
    (PurePosixPath("/Users/ana/Dropbox (Personal)/rings.jewelbench"), "Dropbox"),
    (PureWindowsPath(r"C:\Users\ana\OneDrive - Studio Nova\rings.jewelbench"), "OneDrive"),
    (PureWindowsPath(r"C:\Users\ana\OneDrive\Documents\rings.jewelbench"), "OneDrive"),
    (PurePosixPath("/Users/ana/Library/CloudStorage/GoogleDrive-ana@example.com/My Drive/"
                   "rings.jewelbench"), "Google Drive"),
    (PureWindowsPath(r"G:\My Drive\rings.jewelbench"), "Google Drive"),
    (PurePosixPath("/home/ana/Google Drive/rings.jewelbench"), "Google Drive"),
    (PurePosixPath("/Users/ana/Library/Mobile Documents/com~apple~CloudDocs/"
                   "rings.jewelbench"), "iCloud Drive"),
    (PureWindowsPath(r"C:\Users\ana\iCloudDrive\rings.jewelbench"), "iCloud Drive"),
    (PurePosixPath("/home/ana/iCloud Drive/rings.jewelbench"), "iCloud Drive"),
    (PurePosixPath("/home/ana/pCloud Drive/rings.jewelbench"), "pCloud"),
    (PurePosixPath("/Users/ana/Box/rings.jewelbench"), "Box"),
    (PurePosixPath("/home/ana/Nextcloud/Jewelry/rings.jewelbench"), "Nextcloud"),
    (PurePosixPath("/home/ana/ownCloud/rings.jewelbench"), "ownCloud"),
    (PurePosixPath("/Users/ana/Sync/rings.jewelbench"), "Sync.com"),
    (PurePosixPath("/home/ana/MEGA/rings.jewelbench"), "MEGA"),
    (PurePosixPath("/home/ana/Yandex.Disk/rings.jewelbench"), "Yandex Disk"),
    (PurePosixPath("/home/ana/DROPBOX/rings.jewelbench"), "Dropbox"),
])
def test_a_workspace_in_a_cloud_sync_folder_is_a_risk(path, provider):
    risk = location_risk(path, mounts="")
    assert risk is not None
    assert f"synced by {provider}" in risk
    assert "not synced" in risk and "\n" not in risk


@pytest.mark.parametrize("path", [
    PurePosixPath("/home/ana/Documents/jewelbench/rings.jewelbench"),
    PurePosixPath("/home/ana/Documents/Dropbox.jewelbench"),     # only the file is so named
    PurePosixPath("/home/ana/Dropboxes/rings.jewelbench"),
    PurePosixPath("/home/ana/Boxes/rings.jewelbench"),
    PurePosixPath("/home/ana/Sync notes/rings.jewelbench"),
    PureWindowsPath(r"C:\Users\ana\Documents\rings.jewelbench"),
])
def test_a_workspace_in_an_ordinary_folder_is_no_risk(path):
    assert location_risk(path, mounts=MOUNTS) is None


def test_a_link_into_a_synced_folder_is_seen_through(tmp_path):
    synced = tmp_path / "Dropbox" / "Studio"
    synced.mkdir(parents=True)
    shortcut = tmp_path / "Documents"
    shortcut.symlink_to(synced)
    assert "synced by Dropbox" in location_risk(shortcut / "rings.jewelbench", mounts="")


@pytest.mark.parametrize("path, share", [
    (r"\\nas\studio\rings.jewelbench", r"\\nas\studio"),
    (r"\\nas.local\Shared Designs\2025\rings.jewelbench", r"\\nas.local\Shared Designs"),
    (r"\\?\UNC\nas\studio\rings.jewelbench", r"\\nas\studio"),
])
def test_a_workspace_on_a_windows_network_share_is_a_risk(path, share):
    risk = location_risk(PureWindowsPath(path))
    assert risk is not None and f"network share ({share})" in risk


@pytest.mark.parametrize("path", [r"C:\Users\ana\rings.jewelbench",
                                  r"\\?\C:\Users\ana\rings.jewelbench"])
def test_a_workspace_on_a_windows_local_drive_is_no_risk(path):
    assert location_risk(PureWindowsPath(path)) is None


def test_a_workspace_here_reads_the_real_mount_table(tmp_path):
    # whatever this machine's file systems, the real /proc/mounts is read without error
    result = location_risk(tmp_path / "rings.jewelbench")
    assert result is None or "network drive" in result
    assert location_risk(Path("/") / "rings.jewelbench", mounts="") is None
