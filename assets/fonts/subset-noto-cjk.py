#!/usr/bin/python3
"""Makes the two fonts LicenseDesk ships (src/main/resources/org/licensedesk/ui/fonts/) from Noto Sans CJK SC.

Why a subset: the whole SC face is 16 MB a weight; the characters of GB 2312 (6,763 hanzi, the common
simplified set) plus Latin, Greek, Cyrillic, punctuation, arrows, maths and full-width forms, plus every
character the project's own texts and data use, come to 3.6 MB a weight. Characters outside the subset
fall back to the system's fonts, as any missing glyph does in JavaFX.

The SC face draws quotes, the ellipsis, the middle dot and the bullet full-width, as Chinese typesetting does;
in an English window "Claim…" then reads "Claim ⋯ ". The font's own Latin forms of them (from its 'locl'
feature) are mapped to those characters instead, so English reads right; Chinese texts then show them
Latin-style too (…… on the baseline), as they do with most Western UI fonts.

Source: Debian's fonts-noto-cjk (Noto Sans CJK 2.004, SIL OFL 1.1), the SC face (index 2) of its TTCs.
Run from the repository root, on a machine with Debian's fonttools:
    apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb /tmp/noto
    /usr/bin/python3 assets/fonts/subset-noto-cjk.py /tmp/noto/usr/share/fonts/opentype/noto
"""
import glob
import os
import subprocess
import sys

from fontTools.ttLib import TTFont

OUT = "src/main/resources/org/licensedesk/ui/fonts"
# Quotes, ellipsis, middle dot, bullet: their Latin forms in the window, as above.
LATIN_FORMS = [0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7, 0x2022]
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


def latin_locl(font):
    """The glyph substitutions of the font's 'locl' feature: among them, the Latin forms of CJK punctuation."""
    gsub = font["GSUB"].table
    mapping = {}
    for feature in gsub.FeatureList.FeatureRecord:
        if feature.FeatureTag != "locl":
            continue
        for lookup_index in feature.Feature.LookupListIndex:
            lookup = gsub.LookupList.Lookup[lookup_index]
            for table in lookup.SubTable:
                table = table.ExtSubTable if lookup.LookupType == 7 else table
                mapping.update(getattr(table, "mapping", {}))
    return mapping


def use_latin_forms(path):
    font = TTFont(path)
    locl = latin_locl(font)
    for table in font["cmap"].tables:
        if table.isUnicode():
            for code in LATIN_FORMS:
                glyph = table.cmap.get(code)
                if glyph in locl:
                    table.cmap[code] = locl[glyph]
    font.save(path)


def main(source):
    unicodes = ",".join("U+%04X" % c for c in characters())
    for weight in ("Regular", "Bold"):
        out = "%s/NotoSansCJKsc-%s-subset.otf" % (OUT, weight)
        subprocess.run(["pyftsubset", os.path.join(source, "NotoSansCJK-%s.ttc" % weight), "--font-number=2",
                        "--unicodes=" + unicodes, "--name-IDs=*", "--name-languages=*", "--layout-features=*",
                        "--output-file=" + out], check=True)
        use_latin_forms(out)


if __name__ == "__main__":
    main(sys.argv[1])
