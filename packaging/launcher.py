"""The frozen bundle's entry point: the same ``oa-desk`` command as the wheel installs."""

from oa_desk.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
