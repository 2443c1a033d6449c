"""The Timeline view's custom-painted parts: the Gantt chart and its exports.

The ``gantt`` package holds the widget and the painting engine it shares with
``export`` (PNG, multi-page PDF and print). The tree table, item model and undo commands
that drive the chart live beside it in the gui layer.
"""
