"""Soak test for the PySide6 6.12.0 + CPython 3.11 crash (DESIGN.md, known hazard).

That release drops a reference to None on QPainter calls and aborts the
interpreter with "Fatal Python error: none_dealloc" after a few thousand
calls. The test makes 200,000 painter calls in a child process, so an upgrade
that brings the crash back fails here instead of killing the whole test run.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

SOAK = r"""
import os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
app = QGuiApplication([])
image = QImage(256, 256, QImage.Format.Format_ARGB32)
painter = QPainter(image)
pen = QPen(QColor(20, 90, 160))
calls = 0
for i in range(40_000):
    painter.setPen(pen)
    painter.fillRect(QRect(i % 200, i % 100, 20, 10), QColor(200, 60, 60))
    painter.drawRect(QRect(i % 180, i % 90, 30, 12))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawLine(0, i % 256, 255, i % 256)
    calls += 5
painter.end()
print("calls", calls)
"""


@pytest.mark.slow
def test_200k_painter_calls_do_not_crash() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SOAK], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "calls 200000" in result.stdout
    assert "none_dealloc" not in result.stderr
