#!/usr/bin/env python3
"""Packs assets/icons/workbench-*.png into installer/windows/workbench.ico and
installer/macos/workbench.icns (both formats may hold PNG images as they are).
Run again after the PNGs change: python3 installer/make-icons.py"""
import struct
from pathlib import Path

root = Path(__file__).resolve().parent.parent
icons = root / "assets" / "icons"

def png(size):
    return (icons / f"workbench-{size}.png").read_bytes()

# ICO: header, one directory entry per image, then the PNG data (Windows Vista and later)
sizes = [16, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
offset = 6 + 16 * len(sizes)
ico = struct.pack("<HHH", 0, 1, len(sizes))
for size, data in zip(sizes, images):
    dim = 0 if size >= 256 else size  # 0 means 256
    ico += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
ico += b"".join(images)
(root / "installer" / "windows" / "workbench.ico").write_bytes(ico)

# ICNS: 'icns' + total length, then typed PNG chunks (ic07 128 px, ic08 256 px; icp4/icp5 16/32 px)
chunks = b""
for kind, size in [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256)]:
    data = png(size)
    chunks += kind + struct.pack(">I", 8 + len(data)) + data
(root / "installer" / "macos" / "workbench.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
print("wrote installer/windows/workbench.ico and installer/macos/workbench.icns")
