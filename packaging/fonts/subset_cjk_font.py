"""Make ``resources/fonts/OADeskSansSC-Regular.ttf``: the CJK font the app ships.

A subset of Noto Sans CJK SC (SIL Open Font License 1.1, see
``resources/fonts/OFL.txt``): Latin, punctuation, the 6,763 characters of
GB 2312, and every Chinese character in OA Desk's own texts (translations,
templates, the demo data). The outlines are converted to TrueType, which every
PDF writer (Qt's, matplotlib's) embeds as a subset, and the family is renamed
so that a full Noto Sans CJK SC installed on the system is never shadowed.

Run it from the repository with the Noto Sans CJK Regular collection at hand
(Debian: ``apt-get download fonts-noto-cjk`` and ``dpkg -x`` it)::

    python packaging/fonts/subset_cjk_font.py NotoSansCJK-Regular.ttc

System fonts still come first at run time (``oa_desk/fonts.py``); this one is
the fallback for a machine without any CJK font.
"""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "resources" / "fonts" / "OADeskSansSC-Regular.ttf"
FAMILY = "OA Desk Sans SC"
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def gb2312() -> set[str]:
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            with contextlib.suppress(UnicodeDecodeError):  # a code point GB2312 leaves empty
                chars.add(bytes([hi, lo]).decode("gb2312"))
    return chars


def own_texts() -> set[str]:
    """Every Han character in the repository's sources and resources."""
    found: set[str] = set()
    for folder in ("oa_desk", "resources", "ui"):
        for path in (ROOT / folder).rglob("*"):
            if path.suffix in {".py", ".ts", ".ui", ".json", ".csv", ".txt", ".md", ".toml"}:
                found |= set(_HAN.findall(path.read_text(encoding="utf-8", errors="ignore")))
    return found


def wanted() -> str:
    ranges = [
        (0x20, 0x7E),  # ASCII
        (0xA0, 0x17F),  # Latin-1, Latin Extended-A
        (0x2000, 0x206F),  # general punctuation (… – — ‘ ’ “ ” ›)
        (0x2190, 0x21FF),  # arrows
        (0x2460, 0x24FF),  # enclosed numbers
        (0x2500, 0x25FF),  # box drawing, geometric shapes
        (0x3000, 0x303F),  # CJK symbols and punctuation
        (0xFF00, 0xFFEF),  # half- and full-width forms
    ]
    chars = {chr(c) for a, b in ranges for c in range(a, b + 1)}
    return "".join(sorted(chars | gb2312() | own_texts()))


def to_truetype(font: TTFont) -> None:
    """Replace CFF outlines by quadratic TrueType ones (glyf/loca)."""
    order = font.getGlyphOrder()
    glyphs = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyphs)
        glyphs[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxZones",
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0
    font["head"].indexToLocFormat = 0
    font["head"].glyphDataFormat = 0
    font["post"].formatType = 3.0  # no glyph names: smaller
    font.sfntVersion = "\x00\x01\x00\x00"


def rename(font: TTFont) -> None:
    names = font["name"]
    names.names = [n for n in names.names if n.nameID not in (1, 2, 3, 4, 6, 16, 17)]
    for name_id, text in (
        (1, FAMILY),
        (2, "Regular"),
        (3, f"{FAMILY} Regular; subset of Noto Sans CJK SC"),
        (4, f"{FAMILY} Regular"),
        (6, "OADeskSansSC-Regular"),
    ):
        names.setName(text, name_id, 3, 1, 0x409)
        names.setName(text, name_id, 1, 0, 0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("collection", type=Path, help="NotoSansCJK-Regular.ttc")
    args = parser.parse_args()
    fonts = TTCollection(str(args.collection)).fonts
    font = next(f for f in fonts if f["name"].getDebugName(1) == "Noto Sans CJK SC")
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=wanted())
    subsetter.subset(font)
    to_truetype(font)
    rename(font)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(TARGET))
    print(f"wrote {TARGET.relative_to(ROOT)}: {TARGET.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
