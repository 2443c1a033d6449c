"""The knowledge base search finds words of an answer's text, not of its markup: the
index holds the stored HTML, and the hits found only in tags, attributes or entities
are dropped after the query (on both engines), without losing the real ones behind."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from oa_desk.services import knowledge as kb
from oa_desk.store.planfile import PlanStore, create_plan, open_plan

TODAY = dt.date(2026, 6, 1)
MARKUP = (
    '<p>打开 <b>设置</b>，再看 <a href="https://wiki.example.com/strong">帮助</a>'
    " &amp; 常见问题</p><ul><li>第一步</li></ul>"
)


def _plan(tmp_path: Path, false_hits: int) -> Path:
    path = tmp_path / "kb.oadesk"
    create_plan(path, name="知识库", start=dt.date(2026, 3, 2))
    store = open_plan(path, snapshot=False)
    try:
        kb.save_article(
            store,
            None,
            {"question": "怎么写链接", "answer": "<p>The href attribute names the page.</p>"},
            today=TODAY - dt.timedelta(days=30),  # the oldest: ranked behind the others
        )
        for i in range(false_hits):
            kb.save_article(
                store, None, {"question": f"设置问题 {i:03d}", "answer": MARKUP}, today=TODAY
            )
    finally:
        store.close()
    return path


@pytest.fixture
def store(tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]):  # type: ignore[no-untyped-def]
    opened = open_on_engine(_plan(tmp_path, 120))
    yield opened
    opened.close()


def _questions(store: PlanStore, query: str) -> list[str]:
    return [row.question for row in kb.list_articles(store, query)]


def test_markup_words_find_nothing(store: PlanStore) -> None:
    for word in ("strong", "wiki.example", "amp", "li>", "https", "<b>", "ul"):
        assert _questions(store, word) == [], word
    assert kb.find_articles(store, "strong") == []


def test_the_answer_text_is_still_found(store: PlanStore) -> None:
    assert len(_questions(store, "常见问题")) == 120  # the text beside the markup
    assert len(_questions(store, "帮助")) == 120  # a link's words are text
    assert len(_questions(store, "设置 第一步")) == 120
    assert len(kb.list_articles(store, "常见问题", limit=7)) == 7


def test_a_real_hit_behind_many_false_ones_is_found(store: PlanStore) -> None:
    """120 answers hold "href" in a link's markup; the one saying it is found, though
    its rank puts it after more candidates than one page of the query holds."""
    assert [h.question for h in kb.find_articles(store, "href")] == ["怎么写链接"]
    assert _questions(store, "href attribute") == ["怎么写链接"]
