"""A PDF's text through poppler's ``pdftotext``, for the tests that read what was printed.

Where poppler (Debian package ``poppler-utils``) is not installed the calling test is
skipped at that point: what it checked before reading the text has run, and the
skip names the missing tool instead of failing with ``FileNotFoundError``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def pdf_text(path: Path, *options: str) -> str:
    """The text of the PDF at ``path`` (UTF-8), or skip the test without pdftotext."""
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler's pdftotext (apt package poppler-utils)")
    command = ["pdftotext", *options, "-enc", "UTF-8", str(path), "-"]
    return subprocess.run(command, capture_output=True, check=True).stdout.decode("utf-8")
