"""Pinyin of names, so people are found by typing 张三, zhangsan or zs.

The readings come from the ``pypinyin`` package's character table, read as
data (its JSON file, without importing the package, whose phrase dictionaries
take seconds to load): each Chinese character's first (most common) reading,
without tones, and a few surnames' own readings (曾 zēng, not céng; 单 shàn).
Names are written once and searched often, so the two keys are stored with
each person (``person.name_pinyin``, ``person.name_initials``) by the store.
"""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from functools import cache
from pathlib import Path

# Surnames whose reading in a name differs from the character's first reading.
SURNAME_READINGS = {
    "曾": "zeng",
    "单": "shan",
    "解": "xie",
    "查": "zha",
    "朴": "piao",
    "区": "ou",
    "仇": "qiu",
    "秘": "bi",
    "乐": "yue",
    "覃": "qin",
    "尉": "yu",
    "缪": "miao",
    "翟": "zhai",
    "盖": "ge",
    "种": "chong",
    "员": "yun",
    "长": "chang",
    "重": "chong",
    "沈": "shen",
    "柏": "bai",
    "薄": "bo",
    "宓": "fu",
    "隗": "wei",
}
_LATIN = re.compile(r"[a-z0-9]+")


@cache
def _readings() -> dict[int, str]:
    spec = importlib.util.find_spec("pypinyin")
    if spec is None or spec.origin is None:  # pragma: no cover - a declared dependency
        return {}
    data = json.loads((Path(spec.origin).parent / "pinyin_dict.json").read_text("utf-8"))
    return {int(code): _toneless(text.split(",")[0]) for code, text in data.items()}


def _toneless(reading: str) -> str:
    plain = unicodedata.normalize("NFKD", reading.replace("ü", "v"))
    return "".join(c for c in plain if c.isascii() and c.isalpha()).lower()


def syllables(name: str) -> list[str]:
    """The name's syllables: pinyin for Chinese characters, lower-case words otherwise."""
    table = _readings()
    out: list[str] = []
    word = ""
    for index, ch in enumerate(unicodedata.normalize("NFKC", name).lower()):
        reading = SURNAME_READINGS.get(ch) if index == 0 else None
        reading = reading or table.get(ord(ch))
        if reading:
            if word:
                out.append(word)
                word = ""
            out.append(reading)
        elif _LATIN.fullmatch(ch):
            word += ch
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out


def name_keys(name: str) -> tuple[str, str]:
    """(full pinyin, initials) of a name.

    张三 -> ("zhangsan", "zs"); John Smith -> ("johnsmith", "js").
    """
    parts = syllables(name)
    return "".join(parts)[:100], "".join(p[0] for p in parts)[:30]


def search_key(text: str) -> str:
    """What a typed search is compared with: lower case, no spaces or punctuation."""
    return "".join(_LATIN.findall(unicodedata.normalize("NFKC", text).lower()))
