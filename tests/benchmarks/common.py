"""Helpers shared by the benchmarks."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def median_time(fn: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def time_until_line(
    args: Sequence[str],
    marker: str,
    env: dict[str, str] | None = None,
    timeout: float = 120,
    program: Sequence[str] | None = None,
) -> float:
    """Seconds from spawning a process (``program``, this Python by default) to it
    printing a line starting with ``marker``."""
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*(program or [sys.executable]), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=full_env,
        cwd=ROOT,
    )
    assert proc.stdout is not None
    elapsed = None
    for line in proc.stdout:
        if line.startswith(marker):
            elapsed = time.perf_counter() - start
            break
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise
    if elapsed is None:
        raise RuntimeError(f"{args} never printed {marker!r}: {proc.stderr.read()[-2000:]}")
    return elapsed


def report(title: str, rows: Sequence[tuple[str, str]]) -> None:
    print(f"\n== {title}")
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")


def verdict(ok: bool) -> str:
    return "OK" if ok else "MISSED"
