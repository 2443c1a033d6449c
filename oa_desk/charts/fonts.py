"""Chinese text in matplotlib figures: the system's CJK fonts first, then the bundled one.

:func:`use_cjk_fonts` registers ``resources/fonts``' font with matplotlib's
font manager once and puts the CJK families after the default sans-serif
family, so labels in Chinese render on any machine (and embed in PDF/SVG).
Chart builders call it before they make a figure.
"""

from __future__ import annotations

from functools import cache

from oa_desk.resources import BUNDLED_CJK_FAMILY, SYSTEM_CJK_FAMILIES, cjk_font_file


@cache
def use_cjk_fonts() -> tuple[str, ...]:
    """Configure matplotlib once; return the sans-serif families in the order used."""
    import matplotlib
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(cjk_font_file()))
    known = {f.name for f in font_manager.fontManager.ttflist}
    system = [f for f in SYSTEM_CJK_FAMILIES if f in known]
    families = ("DejaVu Sans", *system, BUNDLED_CJK_FAMILY)
    # An explicit list: matplotlib falls back glyph by glyph along font.family, but
    # expands the generic "sans-serif" to its first installed font only.
    matplotlib.rcParams["font.family"] = list(families)
    matplotlib.rcParams["font.sans-serif"] = list(families)
    matplotlib.rcParams["axes.unicode_minus"] = False  # the CJK fonts lack U+2212
    matplotlib.rcParams["pdf.fonttype"] = 42  # TrueType, text stays text
    matplotlib.rcParams["svg.fonttype"] = "none"
    return families
