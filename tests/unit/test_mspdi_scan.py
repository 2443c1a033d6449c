"""The byte reader of an MS Project XML file's large sections reads exactly what the
tree reads, and leaves every file of another shape to the tree.

Each case is read twice, once as it comes (the scan, where the file is plain)
and once with the scan turned off (the tree), and the two documents compared.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from oa_desk.exchange import mspdi_parse
from oa_desk.exchange.mspdi import MspdiDocument, MspdiError, read_mspdi
from oa_desk.exchange.mspdi_scan import scan, xml_text
from oa_desk.services.demo import generate_demo
from oa_desk.services.mspdi import export_mspdi
from oa_desk.store.planfile import open_plan
from tests.unit.test_fuzz_files import DAMAGES, FUZZ, damage


@pytest.fixture(scope="module")
def demo_xml(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The demo plan as MS Project XML: summaries, links of all kinds, baselines,
    owners (resources and assignments), the fields carried in extended attributes."""
    folder = tmp_path_factory.mktemp("scan")
    plan = folder / "demo.oadesk"
    generate_demo(plan, today=dt.date(2026, 6, 8))
    store = open_plan(plan)
    try:
        export_mspdi(store, folder / "demo.xml")
    finally:
        store.close()
    return (folder / "demo.xml").read_bytes()


def _both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[MspdiDocument, MspdiDocument]:
    scanned = read_mspdi(path)
    with monkeypatch.context() as patch:
        patch.setattr(mspdi_parse, "scan", lambda data: None)
        tree = read_mspdi(path)
    return scanned, tree


@pytest.fixture
def write(tmp_path: Path) -> Iterator[object]:
    def _write(data: bytes) -> Path:
        path = tmp_path / "file.xml"
        path.write_bytes(data)
        return path

    yield _write


def test_the_demo_plan_is_scanned_and_reads_as_the_tree_reads_it(
    demo_xml: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = scan(demo_xml)
    assert found is not None
    assert len(found.items["Tasks"]) > 100
    assert found.items["Assignments"]
    assert b"<Task>" not in found.skeleton and b"<Tasks></Tasks>" in found.skeleton
    path = tmp_path / "demo.xml"
    path.write_bytes(demo_xml)
    scanned, tree = _both(path, monkeypatch)
    assert scanned == tree
    assert scanned.links and any(t.owner for t in scanned.tasks)
    assert any(t.baselines for t in scanned.tasks) and any(t.phase for t in scanned.tasks)


def _in_tasks(data: bytes, old: bytes, new: bytes, count: int = 1) -> bytes:
    """``data`` with ``old`` replaced inside its <Tasks> section only."""
    at = data.index(b"<Tasks>")
    return data[:at] + data[at:].replace(old, new, count)


def _first_task_name(data: bytes, name: bytes) -> bytes:
    """``data`` with the first real task (after the project summary) renamed ``name``."""
    at = data.index(b"<Name>", data.index(b"<Task>", data.index(b"<Task>") + 1))
    end = data.index(b"</Name>", at)
    return data[: at + 6] + name + data[end:]


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"A &amp; B &lt;x&gt; &quot;q&quot; &apos;s&apos;", "A & B <x> \"q\" 's'"),
        (b"&#x4E2D;&#25991;", "中文"),
        (b"line one\r\nline two\rthree", "line one\nline two\nthree"),
        (b"kept&#13;\r\nas typed", "kept\r\nas typed"),
        ("推广 > 上线".encode(), "推广 > 上线"),
    ],
)
def test_texts_read_from_the_bytes_are_what_a_parser_gives(
    raw: bytes, text: str, demo_xml: bytes, write: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert xml_text(raw) == text
    path = write(_first_task_name(demo_xml, raw))  # type: ignore[operator]
    assert scan(path.read_bytes()) is not None
    scanned, tree = _both(path, monkeypatch)
    assert scanned == tree
    assert scanned.tasks[0].name == text


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(
            lambda d: _in_tasks(d, b"<Name>", b"<!-- <UID>9</UID> --><Name>", 3), id="comment"
        ),
        pytest.param(lambda d: _first_task_name(d, b"<![CDATA[a<b]]>"), id="cdata"),
        pytest.param(lambda d: _in_tasks(d, b"<Name>", b"<?pi <UID>9</UID>?><Name>", 3), id="pi"),
        pytest.param(lambda d: _in_tasks(d, b"<Name>", b'<Name xml:space="preserve">'), id="attr"),
        pytest.param(lambda d: _in_tasks(d, b"<UID>", b"<UID >", 5), id="space-in-tag"),
        pytest.param(lambda d: _in_tasks(d, b"</Task>", b"</Task >", 2), id="space-in-close"),
        pytest.param(
            lambda d: _in_tasks(d, b"<Task>", b"<Task><Notes/>", 3), id="empty-element-tag"
        ),
        pytest.param(lambda d: _in_tasks(d, b"<Task>", b"<Task/><Task>", 2), id="empty-task"),
        pytest.param(
            lambda d: _in_tasks(
                _in_tasks(d, b"<Baseline>", b"<Baseline><Baseline>"),
                b"</Baseline>",
                b"</Baseline></Baseline>",
            ),
            id="child-in-child",
        ),
        pytest.param(
            lambda d: d.replace(
                b'<Project xmlns="http://schemas.microsoft.com/project">',
                b'<Project xmlns="http://schemas.microsoft.com/project" '
                b'xmlns:p="http://schemas.microsoft.com/project">',
                1,
            ).replace(b"<UID>1</UID>", b"<p:UID>1</p:UID>", 1),
            id="prefix",
        ),
        pytest.param(
            lambda d: _in_tasks(
                d, b"<Name>", b'<Extra xmlns="urn:other"><UID>7</UID></Extra><Name>'
            ),
            id="namespace-inside",
        ),
    ],
)
def test_a_file_of_another_shape_is_left_to_the_tree(
    change: object, demo_xml: bytes, write: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = change(demo_xml)  # type: ignore[operator]
    assert data != demo_xml
    # A prefix declared on the root is seen on the rest of the file, the skeleton.
    assert scan(data) is None or b"xmlns:p" in data
    path = write(data)  # type: ignore[operator]
    try:
        scanned, tree = _both(path, monkeypatch)
    except MspdiError as exc:  # what the tree refuses, the scan refuses the same way
        with monkeypatch.context() as patch, pytest.raises(MspdiError) as again:
            patch.setattr(mspdi_parse, "scan", lambda data: None)
            read_mspdi(path)
        assert (again.value.code, str(again.value)) == (exc.code, str(exc))
        return
    assert scanned == tree


def test_fields_in_any_order_and_after_the_children_read_as_the_tree_reads_them(
    demo_xml: bytes, write: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The schema puts a task's fields before its children; a writer that does not is
    # read the same by both, and a field named twice counts by its last value.
    start = demo_xml.index(b"<Task>", demo_xml.index(b"<Task>") + 1)
    end = demo_xml.index(b"</Task>", start)
    task = demo_xml[start:end]
    name = task[task.index(b"<Name>") : task.index(b"</Name>") + 7]
    moved = task.replace(name, b"") + b"<Name>first</Name>" + name
    data = demo_xml[:start] + moved + demo_xml[end:]
    path = write(data)  # type: ignore[operator]
    assert scan(data) is not None
    scanned, tree = _both(path, monkeypatch)
    assert scanned == tree
    assert scanned.tasks[0].name == xml_text(name[6:-7])


def test_a_task_outside_its_section_and_a_truncated_file_are_refused_as_the_tree_does(
    demo_xml: bytes, write: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    truncated = demo_xml[: len(demo_xml) * 2 // 3]
    path = write(truncated)  # type: ignore[operator]
    with pytest.raises(MspdiError) as exc:
        read_mspdi(path)
    assert exc.value.code == "not_xml"
    assert "line" in str(exc.value) and "column" in str(exc.value)
    mismatched = demo_xml.replace(b"</Name>", b"</Nmae>", 1)
    path = write(mismatched)  # type: ignore[operator]
    with pytest.raises(MspdiError) as exc:
        read_mspdi(path)
    assert exc.value.code == "not_xml" and "mismatched tag" in str(exc.value)


def test_a_file_without_assignments_or_tasks_is_read_the_same(
    demo_xml: bytes, write: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = demo_xml.index(b"<Assignments>")
    end = demo_xml.index(b"</Assignments>") + len(b"</Assignments>")
    data = demo_xml[:start] + demo_xml[end:]
    path = write(data)  # type: ignore[operator]
    found = scan(data)
    assert found is not None and set(found.items) == {"Tasks"}
    scanned, tree = _both(path, monkeypatch)
    assert scanned == tree and not any(t.owner for t in scanned.tasks)


# Each damage a byte flipped, inserted, zeroed or the file cut short: whatever the
# file becomes, the scan and the tree read it alike or refuse it alike.
_MARKUP = st.sampled_from(
    [b"<", b">", b"/", b"&", b"&amp;", b"<!-- x -->", b"<?p?>", b" ", b"\r\n", b"/>"]
)
_EDITS = st.lists(
    st.tuples(st.floats(0.2, 1.0), _MARKUP),  # where (past the header), what is put in
    min_size=1,
    max_size=3,
)


def _read_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    def attempt() -> object:
        try:
            return read_mspdi(path)
        except MspdiError as exc:
            return (exc.code, str(exc))

    scanned = attempt()
    with monkeypatch.context() as patch:
        patch.setattr(mspdi_parse, "scan", lambda data: None)
        tree = attempt()
    return scanned, tree


@FUZZ
@given(damages=DAMAGES)
def test_a_damaged_file_reads_or_is_refused_alike_by_scan_and_tree(
    demo_xml: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    damages: list[tuple[str, float, int, int]],
) -> None:
    path = tmp_path / "damaged.xml"
    path.write_bytes(damage(demo_xml, damages))
    scanned, tree = _read_both(path, monkeypatch)
    assert scanned == tree


@FUZZ
@given(edits=_EDITS)
def test_markup_put_anywhere_reads_or_is_refused_alike_by_scan_and_tree(
    demo_xml: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    edits: list[tuple[float, bytes]],
) -> None:
    data = bytearray(demo_xml)
    for where, what in edits:
        at = int(where * (len(data) - 1))
        data[at:at] = what
    path = tmp_path / "edited.xml"
    path.write_bytes(bytes(data))
    scanned, tree = _read_both(path, monkeypatch)
    assert scanned == tree
