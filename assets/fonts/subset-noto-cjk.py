#!/usr/bin/python3
"""Makes the two fonts LicenseDesk ships (src/main/resources/org/licensedesk/ui/fonts/) from Noto Sans CJK SC.

Why a subset: the whole SC face is 16 MB a weight; the characters of GB 2312 (6,763 hanzi, the common
simplified set) plus Latin, Greek, Cyrillic, punctuation, arrows, maths and full-width forms, plus every
character the project's own texts and data use, come to 3.6 MB a weight. Characters outside the subset
fall back to the system's fonts, as any missing glyph does in JavaFX.

Source: Debian's fonts-noto-cjk (Noto Sans CJK 2.004, SIL OFL 1.1), the SC face (index 2) of its TTCs.
Run from the repository root, on a machine with Debian's fonttools:
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/noto
    /usr/bin/python3 assets/fonts/subset-noto-cjk.py /tmp/noto/usr/share/fonts/opentype/noto
"""
import glob
import os
import subprocess
import sys

OUT = "src/main/resources/org/licensedesk/ui/fonts"
RANGES = [(0x20, 0x7E), (0xA0, 0x24F), (0x370, 0x4FF), (0x1D00, 0x1DBF), (0x2000, 0x22FF),
          (0x2460, 0x24FF), (0x2500, 0x257F), (0x25A0, 0x27BF), (0x3000, 0x303F), (0xFF00, 0xFFEF)]


def characters():
    chars = set()
    for a, b in RANGES:
        chars.update(range(a, b + 1))
    for cp in range(0xA0, 0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        try:
            chr(cp).encode("gb2312")
            chars.add(cp)
        except UnicodeEncodeError:
            pass
    for path in glob.glob("src/**/*", recursive=True) + glob.glob("assets/*.json"):
        if os.path.isfile(path) and not path.endswith((".otf", ".png")):
            try:
                with open(path, encoding="utf-8") as f:
                    chars.update(ord(c) for c in f.read() if ord(c) >= 0x20)
            except UnicodeDecodeError:
                pass
    return sorted(chars)


def main(source):
    unicodes = ",".join("U+%04X" % c for c in characters())
    for weight in ("Regular", "Bold"):
        subprocess.run(["pyftsubset", os.path.join(source, "NotoSansCJK-%s.ttc" % weight), "--font-number=2",
                        "--unicodes=" + unicodes, "--name-IDs=*", "--name-languages=*", "--layout-features=*",
                        "--output-file=%s/NotoSansCJKsc-%s-subset.otf" % (OUT, weight)], check=True)


if __name__ == "__main__":
    main(sys.argv[1])
