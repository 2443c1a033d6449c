"""Command line: ``oa-desk [PLAN]`` starts the app, ``oa-desk SUBCOMMAND`` works headless.

Exit status: 0 success, 1 the input was refused (nothing changed), 2 usage
error. Messages go to stderr, data to stdout; a user mistake never prints a
traceback.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from oa_desk import __version__

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


class Refused(Exception):
    """The input was refused; the message says what and where. Exit status 1."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more: {text!r}")
    return value


def _err(message: str) -> None:
    print(f"oa-desk: {message}", file=sys.stderr)


# -- sub-commands -------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from oa_desk.store.planfile import create_plan

    create_plan(
        args.path,
        name=args.name,
        organisation=args.organisation,
        start=args.start,
        go_live=args.go_live,
        overwrite=args.force,
    )
    _err(f"created {args.path}")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from oa_desk.services.demo import generate_demo

    stats = generate_demo(
        args.path, scale=args.scale, large=args.large, seed=args.seed, overwrite=args.force
    )
    _err(
        f"wrote {args.path}: {stats.total_rows:,} rows in {stats.seconds:.2f} s "
        f"({stats.total_rows / max(stats.seconds, 1e-9):,.0f} rows/s)"
    )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from oa_desk.store.planfile import check_plan

    report = check_plan(args.path)
    print(f"plan:           {report.path}")
    print(f"plan format:    {report.schema_version}")
    print(f"integrity:      {report.integrity}")
    for table, count in sorted(report.counts.items()):
        print(f"  {table:<20} {count:>10,}")
    if not report.ok:
        _err(f"{args.path} is damaged: {report.integrity}")
        return EXIT_REFUSED
    return EXIT_OK


def _add_new(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("new", help="create an empty plan file")
    p.add_argument("path", type=Path, metavar="PATH", help="the new plan file (.oadesk)")
    p.add_argument("--name", required=True, help="the plan's name")
    p.add_argument("--go-live", type=_date, metavar="YYYY-MM-DD", help="target go-live date")
    p.add_argument("--start", type=_date, metavar="YYYY-MM-DD", help="project start date")
    p.add_argument("--organisation", default="", help="the organisation rolling OA out")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_new)


def _add_demo(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("demo", help="write a realistic demo rollout plan")
    p.add_argument("path", type=Path, metavar="PATH", help="the plan file to write")
    size = p.add_mutually_exclusive_group()
    size.add_argument(
        "--scale", type=_positive, default=1, metavar="N", help="N times a mid-size company"
    )
    size.add_argument(
        "--large", action="store_true", help="20,000+ tasks and 50,000+ people (benchmarks)"
    )
    p.add_argument("--seed", type=int, default=0, metavar="S", help="same seed, same plan")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_demo)


def _add_check(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="check a plan: format version, integrity, row counts")
    p.add_argument("path", type=Path, metavar="PATH", help="the plan file")
    p.set_defaults(handler=cmd_check)


# Each later capability adds its sub-command here.
SUBCOMMANDS: dict[str, Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = {
    "new": _add_new,
    "demo": _add_demo,
    "check": _add_check,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oa-desk",
        description="OA Desk (OA 推广工作台): plan and run an OA system rollout.",
        epilog="Run 'oa-desk [PLAN]' to start the app, or 'oa-desk COMMAND --help'.",
    )
    parser.add_argument("--version", action="version", version=f"oa-desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in SUBCOMMANDS.values():
        add(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oa-desk",
        usage="oa-desk [PLAN] [--read-only] | oa-desk COMMAND ... (see --help)",
        description="Start OA Desk on PLAN, or on the last plan when none is given.",
        add_help=False,
    )
    parser.add_argument("plan", nargs="?", type=Path, metavar="PLAN")
    parser.add_argument("--read-only", action="store_true", help="open the plan read-only")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args_list if not a.startswith("-")), None)
    if (first is None and any(a in ("-h", "--help", "--version") for a in args_list)) or (
        first in SUBCOMMANDS
    ):
        args = build_parser().parse_args(args_list)
        handler: Handler = args.handler
        return run_handler(handler, args)
    if first is not None and not first.endswith(".oadesk") and not Path(first).exists():
        build_parser().print_usage(sys.stderr)
        _err(f"no such command or plan file: {first!r} (commands: {', '.join(SUBCOMMANDS)})")
        return EXIT_USAGE
    gui_args = build_gui_parser().parse_args(args_list)
    return start_gui(gui_args.plan, read_only=gui_args.read_only)


def run_handler(handler: Handler, args: argparse.Namespace) -> int:
    from oa_desk.store.errors import PlanFileError

    try:
        return handler(args)
    except (PlanFileError, Refused) as exc:
        _err(str(exc))
        return EXIT_REFUSED
    except ValueError as exc:  # a value the store or a service refused
        _err(str(exc))
        return EXIT_REFUSED
    except OSError as exc:
        _err(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _err("interrupted; nothing was changed by the unfinished step")
        return EXIT_REFUSED


def start_gui(plan: Path | None, *, read_only: bool = False) -> int:
    from oa_desk.gui.app import run

    return run(plan, read_only=read_only)


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    raise SystemExit(main())
