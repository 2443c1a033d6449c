"""A UTF-8 CSV with GBK bytes near its end says so, with the line and byte (issue 9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from oa_desk.exchange.safety import RefusalReason, SpreadsheetRefused
from oa_desk.exchange.sheets import mixed_encoding, read_csv

HEAD = "工号,姓名,部门\n" + "".join(f"{i:05d},员工{i},信息部\n" for i in range(1, 300))


def test_utf8_with_a_gbk_tail_is_refused_naming_line_and_byte(tmp_path: Path) -> None:
    path = tmp_path / "花名册.csv"
    head = HEAD.encode("utf-8")
    path.write_bytes(head + "99999,王五,财务部\n".encode("gbk"))
    with pytest.raises(SpreadsheetRefused) as err:
        read_csv(path)
    assert err.value.reason is RefusalReason.MIXED_ENCODING
    assert err.value.params["line"] == 301
    assert err.value.params["byte"] == len(head) + 6
    assert "line 301" in str(err.value) and "UTF-8" in str(err.value)


def test_a_whole_gbk_file_still_reads(tmp_path: Path) -> None:
    path = tmp_path / "gbk.csv"
    path.write_bytes(HEAD.encode("gbk"))
    sheet = read_csv(path)
    assert sheet.rows[0] == ["工号", "姓名", "部门"]
    assert sheet.encoding == "gb18030"


def test_ascii_then_gbk_is_gbk() -> None:
    assert mixed_encoding(b"id,name\n1,x\n" + "张三".encode("gbk")) is None
    assert mixed_encoding("全是 UTF-8".encode()) is None
