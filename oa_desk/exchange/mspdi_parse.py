"""An MS Project XML file to a tree and records: the checks before anything is read.

The file's size is bounded before it is read; a file with a DTD (or an encoding
the prolog scan does not read) goes through defusedxml; a plain one is checked
whole by expat (in C, no callbacks), and its large sections are read from its
bytes by :mod:`oa_desk.exchange.mspdi_scan`, the rest as a tree.
:mod:`oa_desk.exchange.mspdi_read` turns what this gives into a document.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from xml.parsers import expat

from oa_desk.exchange.mspdi_model import MspdiError
from oa_desk.exchange.mspdi_scan import SECTIONS, Item, Record, scan

__all__ = ["MAX_FILE_BYTES", "local", "namespace", "parse", "plain_prolog", "tree_items"]

# A file larger than this is refused before parsing (200 MB of XML took 925 MB to load);
# MS Project's own files of 20,000 tasks are a few tens of MB.
MAX_FILE_BYTES = 200 * 1024 * 1024


def local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_PROLOG_SPACE = b" \t\r\n"


def plain_prolog(data: bytes) -> bool:
    """True when ``data`` is UTF-8 (or ASCII) and nothing before its root element is a DTD.

    The prolog holds only the XML declaration, comments, processing instructions
    and white space; a ``<!DOCTYPE`` there, or anything this scan does not
    understand (UTF-16, a stray character), gives False.
    """
    at = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    end = len(data)
    while at < end:
        c = data[at : at + 1]
        if c and c in _PROLOG_SPACE:
            at += 1
        elif data.startswith(b"<?", at):
            close = data.find(b"?>", at)
            if close < 0:
                return False
            decl = data[at:close].lower()
            if (
                decl.startswith(b"<?xml ")
                and b"encoding" in decl
                and not (b"utf-8" in decl or b"utf8" in decl or b"ascii" in decl)
            ):
                return False
            at = close + 2
        elif data.startswith(b"<!--", at):
            close = data.find(b"-->", at)
            if close < 0:
                return False
            at = close + 3
        else:  # the root element, or something this scan does not read
            return c == b"<" and data[at + 1 : at + 2].isalpha()
    return False


def _load(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise MspdiError(
                "too_large",
                f"{path.name} was refused: it holds {size / 2**20:,.0f} MB, more than the "
                f"{MAX_FILE_BYTES // 2**20} MB an MS Project XML plan needs",
                file=path.name,
                size=round(size / 2**20),
                limit=MAX_FILE_BYTES // 2**20,
            )
        with path.open("rb") as f:
            return f.read()
    except OSError as exc:
        detail = exc.strerror or str(exc)
        raise MspdiError("io", f"{path.name}: {detail}", file=path.name, detail=detail) from None


def _not_xml(path: Path, reason: str, line: int, column: int) -> MspdiError:
    return MspdiError(
        "not_xml",
        f"{path.name} is not well-formed XML: {reason} at line {line}, column {column + 1}",
        file=path.name,
        line=line,
        column=column + 1,
    )


def _check_xml(path: Path, data: bytes) -> None:
    """Refuse ``data`` unless it is well-formed XML with its namespaces bound: expat in
    C with no callbacks (a fifth of what building the tree costs)."""
    parser = expat.ParserCreate(namespace_separator="}")
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        reason = expat.ErrorString(exc.code) or "error"
        raise _not_xml(path, reason, exc.lineno, exc.offset) from None


def _tree(path: Path, data: bytes, plain: bool) -> ET.Element:
    """``data`` as a tree; ``plain``: no DTD, so the C parser reads it (4x faster)."""
    from defusedxml import DefusedXmlException, DTDForbidden, EntitiesForbidden
    from defusedxml.ElementTree import DefusedXMLParser

    try:
        if plain:
            # No DTD, so no entity declarations and no external references: the C
            # parser (whose callbacks never reach Python) is safe.
            fast = ET.XMLParser(target=ET.TreeBuilder(insert_pis=True))
            fast.feed(data)
            root: ET.Element = fast.close()
        else:  # a DTD, or an encoding the prolog scan does not read: defusedxml decides
            parser = DefusedXMLParser(target=ET.TreeBuilder(insert_pis=True), forbid_dtd=True)
            parser.feed(data)
            root = parser.close()
    except DTDForbidden:
        raise MspdiError(
            "dtd",
            f"{path.name} was refused: it declares a DTD, which MS Project XML never needs "
            "and which can carry an XML bomb or an external entity",
            file=path.name,
        ) from None
    except EntitiesForbidden:
        raise MspdiError(
            "entities",
            f"{path.name} was refused: it declares XML entities (a possible XML bomb)",
            file=path.name,
        ) from None
    except DefusedXmlException:
        raise MspdiError(
            "external",
            f"{path.name} was refused: it refers to an external resource",
            file=path.name,
        ) from None
    except ET.ParseError as exc:
        line, column = exc.position
        raise _not_xml(path, str(exc).split(":", 1)[0], line, column) from None
    if local(root.tag) != "Project":
        raise MspdiError(
            "not_project",
            f"{path.name} is XML but not MS Project XML: its root element is "
            f"<{local(root.tag)}>, not <Project>",
            file=path.name,
            element=local(root.tag),
        )
    return root


def namespace(root: ET.Element) -> str:
    tag = root.tag if isinstance(root.tag, str) else ""
    return tag[: tag.index("}") + 1] if tag.startswith("{") else ""


def parse(path: Path) -> tuple[ET.Element, dict[str, list[Item]]]:
    """The file as a tree, and the sections read from its bytes (by section name).

    A plain file's large sections are read by :func:`~oa_desk.exchange.mspdi_scan.scan`
    and emptied in the tree; any other file (or one whose emptied sections are not
    where the scan took them from) is read as a tree whole.
    """
    data = _load(path)
    plain = plain_prolog(data)
    if plain:
        _check_xml(path, data)
        scanned = scan(data)
        # A namespace prefix bound anywhere could name a tag the scan does not know.
        if scanned is not None and b"xmlns:" not in scanned.skeleton:
            root = _tree(path, scanned.skeleton, plain)
            ns = namespace(root)
            if all(
                sum(1 for _ in root.iter(ns + name)) == 1
                and (found := root.find(ns + name)) is not None
                and len(found) == 0
                for name in scanned.items
            ):
                return root, scanned.items
    return _tree(path, data, plain), {}


def tree_items(root: ET.Element, ns: str, section: str) -> list[Item]:
    """A section's items as the scan reads them, from the tree: fields and children
    by local name, the last of each field."""
    item_name, _, children = SECTIONS[section]
    skip = len(ns)
    out = []
    container = root.find(ns + section)
    for el in [] if container is None else container.findall(ns + item_name):
        item = Item()
        for c in el:
            tag = c.tag
            if not (isinstance(tag, str) and tag.startswith(ns)) or (not ns and tag[:1] == "{"):
                continue  # a processing instruction, or another namespace's element
            local = tag[skip:]
            if local in children:
                if children[local]:
                    item.children.setdefault(local, []).append(_leaf_texts(c, ns))
            else:
                item.fields[local] = c.text or ""
        out.append(item)
    return out


def _leaf_texts(el: ET.Element, ns: str) -> Record:
    out: Record = {}
    for c in el:
        tag = c.tag
        if isinstance(tag, str) and tag.startswith(ns) and (ns or tag[:1] != "{"):
            out[tag[len(ns) :]] = c.text or ""
    return out
