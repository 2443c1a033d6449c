"""Benchmarks: not collected by pytest; run ``python -m tests.benchmarks.run``.

Each prints its figures and compares ratios measured in the same run, because
these machines are noisy; none asserts an absolute time.
"""
