"""Python forms generated from the Designer sources in ``ui/``.

Regenerate with ``python -m oa_desk.gui.forms.build`` after editing a ``.ui``
file; a test fails when a generated module is out of step with its source.
"""
