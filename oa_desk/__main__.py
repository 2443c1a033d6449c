"""``python -m oa_desk`` does what the ``oa-desk`` command does."""

from oa_desk.cli import main

raise SystemExit(main())
