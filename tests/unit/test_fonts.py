"""The bundled CJK font covers OA Desk's own Chinese texts, and matplotlib uses it."""

from __future__ import annotations

import re
from pathlib import Path

from fontTools.ttLib import TTFont

from oa_desk.resources import BUNDLED_CJK_FAMILY, cjk_font_file, resources_dir

ROOT = Path(__file__).resolve().parents[2]
HAN = re.compile(r"[\u3400-\u9fff]")


def _cmap() -> set[int]:
    return set(TTFont(str(cjk_font_file()))["cmap"].getBestCmap())


def test_bundled_font_covers_every_chinese_character_of_the_app() -> None:
    cmap = _cmap()
    texts = [*resources_dir().rglob("*.ts"), *(ROOT / "oa_desk").rglob("*.py")]
    missing = {
        ch
        for path in texts
        for ch in HAN.findall(path.read_text(encoding="utf-8"))
        if ord(ch) not in cmap
    }
    assert not missing, (
        f"the bundled font lacks {''.join(sorted(missing))}: "
        "run packaging/fonts/subset_cjk_font.py again"
    )


def test_bundled_font_covers_gb2312_and_full_width_punctuation() -> None:
    cmap = _cmap()
    for ch in "的一是不了人我在有他这为之大来以个中上们，。、；：？！（）《》“”【】—…":
        assert ord(ch) in cmap, ch


def test_matplotlib_renders_chinese_with_the_bundled_font_at_least() -> None:
    from matplotlib import font_manager

    from oa_desk.charts.fonts import use_cjk_fonts

    families = use_cjk_fonts()
    assert families[-1] == BUNDLED_CJK_FAMILY
    found = font_manager.findfont(
        font_manager.FontProperties(family=BUNDLED_CJK_FAMILY), fallback_to_default=False
    )
    assert Path(found).name == cjk_font_file().name
