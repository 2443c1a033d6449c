"""The knowledge base: full-text search for Chinese (FTS5 trigram + LIKE for short terms on
a plan file, ILIKE on a team plan), the article intents and their undo, on both engines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from oa_desk.domain.errors import Refusal
from oa_desk.services import knowledge as kb
from oa_desk.services import support
from oa_desk.store.planfile import PlanStore, create_plan
from tests.pg import dump_store

TODAY = dt.date(2026, 6, 1)
NOW = dt.datetime(2026, 6, 1, 9, 30, tzinfo=dt.UTC)

ARTICLES = [
    ("如何重置 OA 登录密码？", "<p>在登录页点击忘记密码，按短信验证码重置。</p>", ["密码", "登录"]),
    ("报销审批流程怎么走？", "<p>发起报销后由部门经理审批，再到财务复核。</p>", ["报销", "审批"]),
    ("差旅报销需要哪些附件？", "<p>发票、行程单；审批流程同普通报销。</p>", ["报销"]),
    ("移动端无法接收待办提醒", "<p>在手机设置中允许 OA 推送通知。</p>", ["移动端"]),
    ("How do I delegate approvals?", "<p>Use <b>Settings › Delegation</b>.</p>", ["workflow"]),
]


def _plan(tmp_path: Path) -> Path:
    path = tmp_path / "kb.oadesk"
    create_plan(path, name="知识库", start=dt.date(2026, 3, 2))
    with _opened(path) as store:
        for question, answer, tags in ARTICLES:
            kb.save_article(
                store, None, {"question": question, "answer": answer}, tags=tags, today=TODAY
            )
    return path


def _opened(path: Path) -> PlanStore:
    from oa_desk.store.planfile import open_plan

    return open_plan(path, snapshot=False)


def _questions(store: PlanStore, query: str) -> list[str]:
    return [row.question for row in kb.list_articles(store, query)]


@pytest.fixture
def store(tmp_path: Path, open_on_engine: Callable[[Path], PlanStore]):  # type: ignore[no-untyped-def]
    opened = open_on_engine(_plan(tmp_path))
    yield opened
    opened.close()


def test_two_character_chinese_terms_are_found_though_trigrams_hold_nothing_that_short(
    store: PlanStore,
) -> None:
    found = _questions(store, "报销")
    assert set(found) == {"报销审批流程怎么走？", "差旅报销需要哪些附件？"}
    assert _questions(store, "密码") == ["如何重置 OA 登录密码？"]
    assert _questions(store, "待办") == ["移动端无法接收待办提醒"]  # in the question
    assert _questions(store, "推送") == ["移动端无法接收待办提醒"]  # in the answer only


def test_three_and_more_characters_use_the_trigram_index(store: PlanStore) -> None:
    assert _questions(store, "移动端") == ["移动端无法接收待办提醒"]
    assert _questions(store, "审批流程") == ["报销审批流程怎么走？", "差旅报销需要哪些附件？"]
    assert _questions(store, "短信验证码") == ["如何重置 OA 登录密码？"]
    assert _questions(store, "delegation") == ["How do I delegate approvals?"]  # any case


def test_mixed_queries_need_every_term_and_rank_the_question_first(store: PlanStore) -> None:
    # "审批流程" is in one question and in the other's answer: the question ranks first.
    assert _questions(store, "报销 审批流程") == ["报销审批流程怎么走？", "差旅报销需要哪些附件？"]
    assert _questions(store, "差旅 审批流程") == ["差旅报销需要哪些附件？"]
    assert _questions(store, "密码 审批流程") == []
    assert _questions(store, "差旅，附件") == ["差旅报销需要哪些附件？"]


def test_tags_are_searched_and_kept_in_step_by_the_triggers(store: PlanStore) -> None:
    assert _questions(store, "workflow") == ["How do I delegate approvals?"]
    article = kb.list_articles(store, "移动端")[0]
    edit = kb.save_article(store, article.id, {}, tags=["推送", "手机提醒"], today=TODAY)
    assert _questions(store, "手机提醒") == ["移动端无法接收待办提醒"]
    kb.revert_article_edit(store, edit.undo)
    assert _questions(store, "手机提醒") == []
    assert _questions(store, "移动端") == ["移动端无法接收待办提醒"]


def test_one_character_and_like_wildcards_are_plain_text(store: PlanStore) -> None:
    assert _questions(store, "附") == ["差旅报销需要哪些附件？"]
    assert _questions(store, "%") == []
    assert _questions(store, "_") == []
    assert _questions(store, '"') == []
    assert kb.find_articles(store, "   ") == []  # nothing typed: no suggestions
    assert len(_questions(store, "   ")) == len(ARTICLES)  # the list shows all


def test_an_edit_and_its_undo_leave_every_table_as_it_was(store: PlanStore) -> None:
    before = dump_store(store)
    article = kb.list_articles(store, "密码")[0]
    edit = kb.save_article(
        store,
        article.id,
        {
            "question": "忘记密码怎么办",
            "answer": '<p onclick="x()">短信<script>alert(1)</script></p>',
        },
        tags=["账号"],
        today=TODAY + dt.timedelta(days=3),
    )
    detail = kb.article_detail(store, article.id)
    assert detail is not None
    assert detail.answer == "<p>短信</p>"
    assert detail.tags == ("账号",)
    assert _questions(store, "忘记密码怎么办") == ["忘记密码怎么办"]
    kb.revert_article_edit(store, edit.undo)
    assert dump_store(store) == before
    assert _questions(store, "忘记密码怎么办") == []


def test_an_article_from_a_ticket_links_it_and_undoes_whole(store: PlanStore) -> None:
    before = dump_store(store)
    ticket = support.create_ticket(
        store,
        {"title": "考勤打卡定位失败", "description": "外勤人员打卡时提示定位失败"},
        actor_id=None,
        now=NOW,
    )
    middle = dump_store(store)
    edit = kb.article_from_ticket(store, ticket.ticket_ids[0], today=TODAY)
    detail = kb.article_detail(store, edit.article_id)
    assert detail is not None and detail.question == "考勤打卡定位失败"
    assert [t[0] for t in detail.tickets] == [ticket.ticket_ids[0]]
    assert _questions(store, "定位失败") == ["考勤打卡定位失败"]
    assert kb.list_articles(store, "打卡")[0].tickets == 1
    kb.revert_article_edit(store, edit.undo)
    assert dump_store(store) == middle
    support.revert_ticket_edit(store, ticket.undo)
    assert dump_store(store) == before


def test_deleting_articles_takes_their_links_and_undo_brings_them_back(store: PlanStore) -> None:
    before = dump_store(store)
    ids = [row.id for row in kb.list_articles(store, "报销")]
    edit = kb.delete_articles(store, ids)
    assert _questions(store, "报销") == []
    from oa_desk.services import records

    records.revert_record_edit(store, edit.undo)
    assert dump_store(store) == before
    assert len(_questions(store, "报销")) == 2


def test_bad_input_is_refused_and_changes_nothing(store: PlanStore) -> None:
    before = dump_store(store)
    article = kb.list_articles(store, "密码")[0]
    with pytest.raises(Refusal):
        kb.save_article(store, None, {"question": "  "}, today=TODAY)
    with pytest.raises(Refusal):
        kb.save_article(store, article.id, {"question": "x" * 301}, today=TODAY)
    with pytest.raises(Refusal):
        kb.save_article(store, article.id, {"module": "nonsense"}, today=TODAY)
    with pytest.raises(Refusal):
        kb.save_article(store, article.id, {}, tags=["长" * 51], today=TODAY)
    with pytest.raises(Refusal):
        kb.link_tickets(store, article.id, [999])
    with pytest.raises(Refusal):
        kb.save_article(store, 999, {"question": "q"}, today=TODAY)
    assert dump_store(store) == before


def test_sanitized_answers_keep_structure_and_safe_links_only() -> None:
    dirty = (
        '<html><head><style>p{color:red}</style></head><body><p style="x">第一步'
        '<a href="javascript:alert(1)">坏</a> <a href="https://oa.example.com/help">帮助</a></p>'
        "<ul><li>甲<li>乙</ul><table><tr><td>表</td></tr></table></body></html>"
    )
    clean = kb.sanitize_html(dirty)
    assert "style" not in clean and "javascript" not in clean and "color" not in clean
    assert '<a href="https://oa.example.com/help">帮助</a>' in clean
    assert "<li>甲</li><li>乙</li>" in clean
    assert kb.plain_text(clean) == "第一步坏 帮助\n• 甲\n• 乙\n表"
    assert kb.sanitize_html("一行\n二行") == "<p>一行</p><p>二行</p>"
    assert kb.sanitize_html("a < b") == "a &lt; b"


def test_a_redo_brings_back_the_same_article_and_tickets_are_found_by_number(
    store: PlanStore,
) -> None:
    edit = kb.save_article(store, None, {"question": "会议室怎么预订"}, tags=["会议"], today=TODAY)
    kb.revert_article_edit(store, edit.undo)
    again = kb.save_article(
        store,
        None,
        {"question": "会议室怎么预订"},
        tags=["会议"],
        today=TODAY,
        new_id=edit.article_id,
    )
    assert again.article_id == edit.article_id
    assert _questions(store, "会议") == ["会议室怎么预订"]
    ticket = support.create_ticket(store, {"title": "无法登录"}, actor_id=None, now=NOW)
    found = kb.ticket_by_number(store, "t1")
    assert found == (ticket.ticket_ids[0], "T-00001", "无法登录")
    assert kb.ticket_by_number(store, "T-00001") == found
    assert kb.ticket_by_number(store, "T-2") is None
    assert kb.ticket_by_number(store, "abc") is None


def test_qt_rich_text_keeps_its_bold_italic_and_underline() -> None:
    qt = (
        '<p style="margin:0px;"><span style=" font-weight:700;">粗</span>'
        '<span style=" font-style:italic; text-decoration: underline;">斜</span>'
        '<span style=" color:#ff0000;">红</span></p>'
    )
    assert kb.sanitize_html(qt) == "<p><b>粗</b><i><u>斜</u></i>红</p>"


@pytest.mark.both_engines
def test_a_pulled_team_plan_file_finds_its_articles(tmp_path: Path, pg_server: object) -> None:
    """A pull writes every row into a new file: the triggers fill its FTS table."""
    from oa_desk.store.publish import open_store, pull_plan
    from tests.pg import PgServer, team_plan_from_file

    assert isinstance(pg_server, PgServer)
    url = team_plan_from_file(pg_server, _plan(tmp_path))
    pulled = tmp_path / "pulled.oadesk"
    pull_plan(url, pulled)
    with open_store(pulled) as store:
        assert _questions(store, "报销") == ["报销审批流程怎么走？", "差旅报销需要哪些附件？"]
        assert _questions(store, "移动端") == ["移动端无法接收待办提醒"]
        assert _questions(store, "workflow") == ["How do I delegate approvals?"]


def test_the_overview_summary_reads_on_both_engines(store: PlanStore) -> None:
    from oa_desk.services import records
    from oa_desk.services.knowledge_summary import summary

    assert summary(store) == kb_summary(len(ARTICLES), (), None, None)
    ticket = support.create_ticket(store, {"title": "报销单提交失败"}, actor_id=None, now=NOW)
    article = kb.list_articles(store, "报销审批")[0]
    kb.link_tickets(store, article.id, ticket.ticket_ids)
    for day, score in ((TODAY, 3.0), (TODAY + dt.timedelta(days=7), 4.0)):
        records.add_record(store, "feedback_round", {"day": day, "satisfaction": score})
    records.add_record(store, "feedback_round", {"day": TODAY + dt.timedelta(days=7)})
    assert summary(store) == kb_summary(
        len(ARTICLES), (("报销审批流程怎么走？", 1),), 4.0, TODAY + dt.timedelta(days=7)
    )


def kb_summary(*args: object) -> object:
    from oa_desk.services.knowledge_summary import KbSummary

    return KbSummary(*args)  # type: ignore[arg-type]
