"""The large sections of a plain MS Project XML file, read straight from its bytes.

A file of 20,000 tasks is some 75 MB of XML, nearly all of it in ``<Tasks>``
and ``<Assignments>``, and a tree of it costs seconds before a single field is
read. Once expat has checked that the whole file is well-formed (in C, with no
callbacks: :mod:`oa_desk.exchange.mspdi_read`), one regular expression per
section picks out, in C, only the tags the import reads: each ``<Task>`` (or
``<Assignment>``), the children it reads (links, baselines, extended
attributes) and their fields, and a short loop sorts them into
:class:`Item` records. Everything else is never looked at. The rest of the
file, with those sections emptied, is small and is read as a tree.

It reads only the plain shape that MS Project, MPXJ, ProjectLibre and OA Desk
write: the tags it reads have no attributes, no white space and no namespace
prefix, no namespace is declared and no comment, CDATA or processing
instruction lies inside a section.
:func:`scan` returns None for anything else, and the tree reader reads the file
as before: the same document either way, only slower. The caller checks that
the file is well-formed and declares no namespace prefix.

A limit, by design: an element the schema does not have, placed among a task's
fields and holding elements with the names of task fields, is not seen as such
(the schema allows no such element, and no writer writes one).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

__all__ = ["SECTIONS", "Item", "Record", "Scanned", "scan", "xml_text"]

# Fields by local name: the text as in the file (bytes, from the scan, for
# :func:`xml_text` to make text) or as a parser gives it (str, from a tree).
Record = dict[str, bytes | str]

# What the import reads of each section: the item element, its fields read, and
# each child element the schema nests there with the fields read of it (none: a
# child skipped whole, whatever it holds).
SECTIONS: dict[str, tuple[str, tuple[str, ...], dict[str, tuple[str, ...]]]] = {
    "Tasks": (
        "Task",
        (
            "UID",
            "Name",
            "IsNull",
            "OutlineLevel",
            "Start",
            "Finish",
            "Duration",
            "DurationFormat",
            "Milestone",
            "Summary",
            "PercentComplete",
            "ConstraintType",
            "ConstraintDate",
            "Notes",
        ),
        {
            "PredecessorLink": ("PredecessorUID", "Type", "CrossProject", "LinkLag", "LagFormat"),
            "ExtendedAttribute": ("FieldID", "Value"),
            "Baseline": ("Number", "Start", "Finish"),
            "OutlineCode": (),
            "TimephasedData": (),
        },
    ),
    "Assignments": (
        "Assignment",
        ("TaskUID", "ResourceUID"),
        {"ExtendedAttribute": (), "Baseline": (), "TimephasedData": ()},
    ),
}

# The text of an element as an XML parser gives it: references replaced, line
# ends made "\n" (the file is UTF-8 and well-formed: expat has checked it).
_REFERENCE = re.compile(r"&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _reference(match: re.Match[str]) -> str:
    ref = match.group(1)
    if ref[0] != "#":
        return _NAMED[ref]
    return chr(int(ref[2:], 16) if ref[1] in "xX" else int(ref[1:]))


def xml_text(raw: bytes) -> str:
    """The text of an element from its bytes in the file."""
    text = raw.decode("utf-8")
    if "\r" in text:  # line ends first, as a parser does: a "&#13;" stays a "\r"
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "&" in text:
        text = _REFERENCE.sub(_reference, text)
    return text


@dataclass(slots=True)
class Item:
    """A ``<Task>`` or ``<Assignment>``: its fields read (the last of each name, as
    a tree's children by tag), and its children read, by element name."""

    fields: Record = field(default_factory=dict)
    children: dict[str, list[Record]] = field(default_factory=dict)


@dataclass
class Scanned:
    """What :func:`scan` read: the sections' items, and the rest of the file."""

    skeleton: bytes  # the file with the scanned sections emptied: ``<Tasks></Tasks>``
    items: dict[str, list[Item]]


class _NotPlain(Exception):
    """The file is not of the plain shape: the tree reader reads it."""


def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a prefix tree (``T(?:ask|ype)``): the regular
    expression engine tries names one by one, so shared prefixes are tried once."""
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        if len(alts) == 1 and "" not in node:
            return alts[0]
        return "(?:" + "|".join(alts) + ")" + ("?" if "" in node else "")

    return emit(root)


def _pattern(item: str, fields: tuple[str, ...], children: dict[str, tuple[str, ...]]) -> bytes:
    structure = sorted({item, *children})
    names = _trie(sorted({*structure, *fields, *(f for c in children.values() for f in c)}))
    # A close of an item or child; an open of one, or a field with its text; or,
    # in the last two groups, what the tree must read: a tag read here with white
    # space, an attribute or "/>", or a comment, CDATA or processing instruction.
    # Each name is tried once per tag (the costly part, in C).
    return rf"<(?:/({_trie(structure)})>|({names})(?:>([^<]*)|([\s/]))|([!?]))".encode()


_TOKENS = {name: re.compile(_pattern(*spec)) for name, spec in SECTIONS.items()}
_TEXT_OF = {}  # bytes tag name -> str
for _item, _fields, _children in SECTIONS.values():
    for _name in (_item, *_fields, *_children, *(f for c in _children.values() for f in c)):
        _TEXT_OF[_name.encode()] = _name


def _section(data: bytes, name: str, start: int, stop: int) -> list[Item]:
    item_name, _, children = SECTIONS[name]
    item_tag = item_name.encode()
    # 1: the item; 2: a child read; 3: a child skipped whole. A field: not here.
    kinds = {item_tag: 1} | {c.encode(): 2 if read else 3 for c, read in children.items()}
    text_of = _TEXT_OF
    items: list[Item] = []
    item = Item()
    fields: Record | None = None  # the open item's
    target: Record | None = None  # where the next field goes (None: nowhere)
    child_tag = b""
    for close, tag, raw, _odd, _markup in _TOKENS[name].findall(data, start, stop):
        if tag and not _odd:
            kind = kinds.get(tag)
            if kind is None:  # a field, of the open item or child: the last one counts
                if target is not None:
                    target[text_of[tag]] = raw
            elif kind == 1:
                if fields is not None:
                    raise _NotPlain  # an item inside an item
                item = Item()
                items.append(item)
                fields = target = item.fields
            else:
                if fields is None or child_tag:
                    raise _NotPlain  # a child outside an item, or inside another child
                child_tag = tag
                if kind == 2:
                    target = {}
                    item.children.setdefault(text_of[tag], []).append(target)
                else:
                    target = None
        elif close:
            if close == child_tag:
                child_tag = b""
                target = fields
            elif close == item_tag and fields is not None and not child_tag:
                fields = target = None
            else:
                raise _NotPlain  # a close that does not match the open
        else:
            raise _NotPlain  # a tag the tree must read (``odd``)
    if fields is not None:
        raise _NotPlain
    return items


def scan(data: bytes) -> Scanned | None:
    """The sections of a well-formed UTF-8 MSPDI file ``data`` read, or None when
    the file is not of the plain shape this reads (the tree reader reads it then)."""
    spans: list[tuple[str, int, int]] = []
    for name in SECTIONS:
        open_tag, close_tag = f"<{name}>".encode(), f"</{name}>".encode()
        first = data.find(open_tag)
        if first < 0:
            continue
        start = first + len(open_tag)
        stop = data.find(close_tag, start)
        if stop < 0 or data.find(open_tag, start, stop) >= 0:
            return None
        if data.find(b"xmlns", start, stop) >= 0:
            return None  # a namespace declared inside: names may not mean what they say
        spans.append((name, start, stop))
    spans.sort(key=lambda s: s[1])
    for (_, _, stop), (_, start, _) in itertools.pairwise(spans):
        if start < stop:
            return None  # one section inside another
    try:
        items = {name: _section(data, name, start, stop) for name, start, stop in spans}
    except _NotPlain:
        return None
    parts, at = [], 0
    for _, start, stop in spans:
        parts.append(data[at:start])
        at = stop
    parts.append(data[at:])
    return Scanned(b"".join(parts), items)
