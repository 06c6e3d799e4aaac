#!/usr/bin/python3
"""Makes the decision letters' font (src/main/resources/org/licensedesk/letter/fonts/) from the desk's font.

PDFBox embeds TrueType outlines only; the desk's Noto Sans CJK SC subset (made by subset-noto-cjk.py) has CFF
outlines. This converts its outlines to quadratic TrueType ones (cu2qu, 1 unit tolerance), keeping the glyphs,
metrics and cmap, after fontTools' Snippets/otf2ttf.py. Run from the repository root with fontTools installed:
    python3 assets/fonts/otf2ttf.py src/main/resources/org/licensedesk/ui/fonts/NotoSansCJKsc-Regular-subset.otf \
        src/main/resources/org/licensedesk/letter/fonts/NotoSansCJKsc-Regular-subset.ttf
"""
import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen

src, dst = sys.argv[1], sys.argv[2]
font = TTFont(src)
glyphOrder = font.getGlyphOrder()
glyphSet = font.getGlyphSet()
glyf = newTable("glyf"); glyf.glyphOrder = glyphOrder; glyf.glyphs = {}
for name in glyphOrder:
    pen = TTGlyphPen(glyphSet)
    glyphSet[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf[name] = pen.glyph()
font["loca"] = newTable("loca")
font["glyf"] = glyf
del font["CFF "]
if "VORG" in font: del font["VORG"]
font["maxp"] = newTable("maxp"); m = font["maxp"]
m.tableVersion = 0x00010000; m.maxZones = 1; m.maxTwilightPoints = 0; m.maxStorage = 0; m.maxFunctionDefs = 0
m.maxInstructionDefs = 0; m.maxStackElements = 0; m.maxSizeOfInstructions = 0; m.maxComponentElements = max(
    len(g.components if hasattr(g, "components") else []) for g in glyf.glyphs.values())
font["head"].glyphDataFormat = 0
post = font["post"]; post.formatType = 3.0; post.extraNames = []; post.mapping = {}; post.glyphOrder = None
font.sfntVersion = "\x00\x01\x00\x00"
font.save(dst)
