"""Printed pages of the weekly report workbook, per sheet, as LibreOffice prints it.

    .venv/bin/python -m tests.benchmarks.bench_report_pages PLAN.oadesk [--lang en|zh_CN]
    .venv/bin/python -m tests.benchmarks.bench_report_pages --xlsx REPORT.xlsx

Each sheet is converted alone (the other sheets removed from a copy) with
``soffice --headless --convert-to pdf`` and counted with ``pdfinfo``. Not part
of the suite (LibreOffice takes seconds per sheet).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


def pdf_pages(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    found = re.search(r"^Pages:\s+(\d+)", out.stdout, re.M)
    return int(found.group(1)) if found else 0


def to_pdf(xlsx: Path, work: Path) -> Path:
    profile = (work / "lo-profile").as_uri()
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(xlsx),
        ],
        check=True,
        capture_output=True,
        timeout=900,
    )
    return work / (xlsx.stem + ".pdf")


def sheet_pages(xlsx: Path) -> dict[str, int]:
    """Pages per sheet (and "total" for the whole workbook)."""
    from openpyxl import load_workbook

    with tempfile.TemporaryDirectory(prefix="oa-pages-") as tmp:
        work = Path(tmp)
        pages = {"total": pdf_pages(to_pdf(xlsx, work))}
        names = load_workbook(xlsx, read_only=True).sheetnames
        for i, name in enumerate(names):
            wb = load_workbook(xlsx)
            for other in [n for n in names if n != name]:
                del wb[other]
            hidden = wb[name].sheet_state != "visible"
            wb[name].sheet_state = "visible"  # a detail sheet, printed on its own
            single = work / f"sheet{i}.xlsx"
            wb.save(single)
            pages[name + (" (hidden: not printed with the workbook)" if hidden else "")] = (
                pdf_pages(to_pdf(single, work))
            )
    return pages


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("plan", nargs="?", type=Path)
    ap.add_argument("--lang", default="en")
    ap.add_argument("--xlsx", type=Path)
    args = ap.parse_args(argv)
    if shutil.which("soffice") is None or shutil.which("pdfinfo") is None:
        print("needs soffice (LibreOffice) and pdfinfo (poppler-utils)", file=sys.stderr)
        return 2
    if args.xlsx is None:
        from oa_desk.services.excel import write_report
        from oa_desk.store.publish import open_store

        args.xlsx = Path(tempfile.mkdtemp(prefix="oa-report-")) / "report.xlsx"
        with open_store(args.plan, read_only=True) as store:
            write_report(store, args.xlsx, language=args.lang)
    for name, n in sheet_pages(args.xlsx).items():
        print(f"{n:6d}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
