"""Where the app's resources (icons, translations, templates) are.

The repository keeps them in ``resources/`` at its top; a wheel carries them as
``oa_desk/_resources`` (see pyproject.toml) and the frozen bundle puts them in
the same place. This module finds them the same way in all three.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def resources_dir() -> Path:
    candidates = (
        _PACKAGE / "_resources",  # installed wheel, frozen bundle
        _PACKAGE.parent / "resources",  # source checkout, editable install
    )
    for candidate in candidates:
        if (candidate / "translations").is_dir():
            return candidate
    raise FileNotFoundError(
        "OA Desk's resources folder is missing; looked in " + ", ".join(str(c) for c in candidates)
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


# The CJK font the app ships (a subset of Noto Sans CJK SC, resources/fonts/OFL.txt),
# so that Chinese renders on a machine without any CJK font: a bare Linux
# desktop, CI, a frozen bundle. The system's own CJK fonts come first.
BUNDLED_CJK_FONT = ("fonts", "OADeskSansSC-Regular.ttf")
BUNDLED_CJK_FAMILY = "OA Desk Sans SC"
SYSTEM_CJK_FAMILIES = (
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
)


def cjk_font_file() -> Path:
    return resource(*BUNDLED_CJK_FONT)
