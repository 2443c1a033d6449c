"""Command line: ``oa-desk [PLAN]`` starts the app, ``oa-desk SUBCOMMAND`` works headless.

Exit status: 0 success, 1 the input was refused (nothing changed), 2 usage
error. Messages go to stderr, data to stdout; a user mistake never prints a
traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import datetime as dt
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from oa_desk import __version__
from oa_desk.cli_errors import Refused, Usage

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


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


_PLAN_HELP = "a plan file (.oadesk) or a team plan's postgresql://user@host/database URL"


def _plan_or_url(text: str) -> Path | str:
    """A plan file's path, or a team plan's URL as given (a URL is not a path)."""
    from oa_desk.store.teamplan import is_server_url

    return text if is_server_url(text) else Path(text)


def _is_url(text: str) -> bool:
    from oa_desk.store.teamplan import is_server_url

    return is_server_url(text)


def _err(message: str) -> None:
    print(f"oa-desk: {message}", file=sys.stderr)


# -- sub-commands -------------------------------------------------------------


def cmd_new(args: argparse.Namespace) -> int:
    from oa_desk.store.planfile import create_plan

    if args.template is not None:
        from oa_desk.cli_rollout import new_from_template

        return new_from_template(args)
    if not args.name:
        raise Usage("new: --name is required for an empty plan (or give --template rollout)")
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
    print(f"plan rules:     {'ok' if not report.problems else f'{len(report.problems)} broken'}")
    for found in report.problems:
        print(f"  {found.text()}")
    for table, count in sorted(report.counts.items()):
        print(f"  {table:<20} {count:>10,}")
    if not report.ok:
        what = report.integrity if report.integrity != "ok" else "its own rules are broken"
        _err(f"{args.path} is damaged: {what}")
        return EXIT_REFUSED
    return EXIT_OK


def _add_new(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("new", help="create an empty plan file, or one from the rollout template")
    p.add_argument("path", type=Path, metavar="PATH", help="the new plan file (.oadesk)")
    p.add_argument("--name", help="the plan's name (required for an empty plan)")
    p.add_argument("--go-live", type=_date, metavar="YYYY-MM-DD", help="target go-live date")
    p.add_argument("--start", type=_date, metavar="YYYY-MM-DD", help="project start date")
    p.add_argument("--organisation", "--org", default="", help="the organisation rolling OA out")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    from oa_desk.cli_rollout import add_template_arguments

    add_template_arguments(p, _positive)
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


def _suffix(path: Path, allowed: tuple[str, ...], what: str) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise Usage(f"cannot {what} {path.name!r}: use a file ending in {', '.join(allowed)}")
    return suffix


def cmd_export(args: argparse.Namespace) -> int:
    from oa_desk.store.publish import open_store

    suffix = _suffix(args.file, (".xlsx", ".xml", ".pdf", ".ics"), "export to")
    if args.levels and (suffix != ".pdf" or args.faq):
        raise Usage("--levels limits the Timeline .pdf only")
    if args.faq and suffix not in (".xlsx", ".pdf"):
        raise Usage(f"--faq writes a .xlsx FAQ sheet or a .pdf booklet, not {suffix}")
    with open_store(args.plan, read_only=True) as store:
        if suffix == ".xlsx" and args.faq:
            from oa_desk.services.knowledge_export import FAQ_HEADERS, cli_module_label, export_faq

            n = export_faq(store, args.file, "FAQ", FAQ_HEADERS, cli_module_label)
            _err(f"wrote {args.file}: {n:,} knowledge-base articles")
        elif suffix == ".xlsx":
            from oa_desk.services.excel import export_workbook

            rows = export_workbook(store, args.file, language=_language(args))
            _err(f"wrote {args.file}: {rows:,} rows")
        elif suffix == ".xml":
            from oa_desk.services.mspdi import export_mspdi

            report = export_mspdi(store, args.file)
            for warning in report.warnings:
                _err(f"warning: {warning}")
            _err(
                f"wrote {args.file}: {report.tasks:,} tasks, {report.links:,} links, "
                f"{report.baselines} baselines, {report.exceptions} calendar exceptions"
            )
        elif suffix == ".ics":
            from oa_desk.services.training import export_ics

            events = export_ics(store, args.file, trainer=args.trainer)
            _err(f"wrote {args.file}: {events:,} training sessions")
        elif args.faq:  # .pdf: the knowledge base's booklet
            pages, n = _booklet(store, args.file, _language(args))
            _err(f"wrote {args.file}: {pages} pages, {n:,} knowledge-base articles")
        else:
            from oa_desk.gui.timeline.plan_export import export_plan_pdf

            with _translated(_language(args)):  # the headers, months, weeks and footer
                pages = export_plan_pdf(
                    store,
                    args.file,
                    page_size=args.page_size,
                    landscape=not args.portrait,
                    levels=args.levels,
                )
            _err(f"wrote {args.file}: {pages} pages")
    return EXIT_OK


def _booklet(store: Any, path: Path, language: str) -> tuple[int, int]:
    """The knowledge base's PDF booklet in ``language``, drawn headless: (pages, articles)."""
    from oa_desk.domain.enums import OaModule
    from oa_desk.exchange.labels import enum_label
    from oa_desk.gui.knowledge.booklet import export_booklet

    store.refuse_if_unsound(f"cannot export to {path.name}")
    with _translated(language):
        return export_booklet(
            store, path, lambda code: enum_label(OaModule, code, language), dt.date.today()
        )


@contextlib.contextmanager
def _translated(language: str) -> Iterator[None]:
    """The app's translators and locale for ``language`` while a Qt-drawn PDF is made,
    as the window applies them (a headless application is started if none runs)."""
    from oa_desk.gui.i18n import Translations
    from oa_desk.gui.timeline.export import ensure_gui_application

    ensure_gui_application()
    translations = Translations()  # kept while drawing: its translators die with it
    translations.apply(language)
    try:
        yield
    finally:
        translations.remove()


def _language(args: argparse.Namespace) -> str:
    """``--lang``, else the user's UI language from the settings, else the system's."""
    if args.lang:
        return str(args.lang)
    from oa_desk.gui.i18n import user_language

    return user_language()


_LANG_HELP = (
    "language of the labels (准备 or Prepare) and texts: zh_CN or en; by default the "
    "language OA Desk's window uses (its setting, else the system's)"
)


def cmd_report(args: argparse.Namespace) -> int:
    from oa_desk.store.publish import open_store

    _suffix(args.file, (".xlsx", ".pdf"), "write a report to")
    with open_store(args.plan, read_only=True) as store:
        if args.file.suffix.lower() == ".pdf":  # the dashboard as an A4 status report
            from oa_desk.gui.overview import report_words  # the page's words, from .ts
            from oa_desk.services.status_report import write_status_report

            with report_words.translated(_language(args)):
                texts = report_words.report_texts()
                captions = report_words.report_captions
                pages = write_status_report(store, args.file, texts, captions=captions)
            _err(f"wrote {args.file}: {pages} pages")
            return EXIT_OK
        from oa_desk.services.excel import write_report

        write_report(store, args.file, language=_language(args))
    _err(f"wrote {args.file}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from oa_desk.store.publish import open_store

    suffix = _suffix(args.file, (".xml", ".xlsx", ".xlsm", ".csv"), "import")
    if suffix == ".xml":
        if args.kind:
            raise Usage("--kind applies to spreadsheets, not to MS Project XML")
        from oa_desk.services.mspdi import import_mspdi

        if args.dry_run:
            raise Usage("--dry-run is for spreadsheet imports; an XML import is checked whole")
        with open_store(args.plan) as store, store.lock_kept_fresh():
            report = import_mspdi(store, args.file, replace=args.replace)
        for warning in report.warnings:
            _err(f"warning: {warning}")
        _err(
            f"imported {args.file}: {report.tasks:,} tasks, {report.links:,} links, "
            f"{report.baselines} baselines, {report.exceptions} calendar exceptions"
        )
        return EXIT_OK
    from oa_desk.services import excel

    if args.sheet is not None and not args.kind:
        raise Usage("--sheet picks the sheet of a --kind import")
    if args.valid_rows_only and not args.kind:
        raise Usage("--valid-rows-only is for a --kind import (a plan workbook is all or nothing)")
    if args.problems is not None and args.problems.suffix.lower() != ".xlsx":
        raise Usage(f"--problems writes a .xlsx workbook, not {args.problems.name}")
    if suffix == ".csv" and not args.kind and not excel.is_plan_workbook(args.file):
        raise Usage("a CSV file needs --kind (people, departments, requirements, tasks, ...)")
    with open_store(args.plan, read_only=args.dry_run) as store, store.lock_kept_fresh():
        if args.kind and (args.sheet is not None or args.valid_rows_only):
            sheets = excel.read_foreign(args.file)
            if args.sheet is not None and args.sheet not in [s.name for s in sheets]:
                names = ", ".join(s.name for s in sheets)
                raise Usage(f"{args.file.name} has no sheet {args.sheet!r} (it has {names})")
            mapping = excel.propose_foreign_mapping(sheets, args.kind, sheet=args.sheet)
            mapping = dataclasses.replace(mapping, skip_invalid=args.valid_rows_only)
            preview = excel.preview_foreign_import(
                store, args.file, args.kind, mapping, sheets=sheets
            )
        elif args.kind:
            preview = excel.preview_foreign_import(store, args.file, args.kind)
        else:
            preview = excel.preview_workbook_import(
                store, args.file, delete_missing=args.delete_missing
            )
        labels = excel.preview_labels(store)
        for line in excel.preview_lines(preview, detail=args.detail, labels=labels):
            print(line)
        if args.problems is not None and preview.problems:
            excel.write_error_workbook(preview, args.problems)
            _err(f"wrote {args.problems}: {len(preview.problems):,} problem(s), a row each")
        if not preview.ok:
            _err(f"{len(preview.errors)} error(s): nothing was imported")
            return EXIT_REFUSED
        if not preview.has_changes:
            _err("nothing to change")
            return EXIT_OK
        if args.dry_run or not args.yes:
            _err("dry run: nothing was written (add --yes to import)")
            return EXIT_OK
        excel.apply_import(store, preview)
    _err(
        f"imported {args.file}: {preview.inserted:,} added, {preview.updated:,} changed, "
        f"{preview.deleted:,} deleted"
    )
    return EXIT_OK


def _add_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "export",
        help="export a plan: .xlsx plan workbook, .xml MS Project, .pdf Timeline, .ics training",
        description="Write the plan to FILE; the format follows its extension: .xlsx (the "
        "plan workbook), .xml (MS Project XML, read by MS Project, ProjectLibre and "
        "GanttProject), .pdf (the Timeline over several pages) or .ics (the training "
        "sessions as a calendar for Outlook, WeCom and DingTalk). With --faq, the "
        "knowledge base instead: .xlsx its FAQ sheet, .pdf its printable booklet.",
    )
    p.add_argument("plan", type=_plan_or_url, metavar="PLAN", help=_PLAN_HELP)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--page-size", default="A4", choices=("A4", "A3", "Letter"), help="for .pdf (A4 by default)"
    )
    p.add_argument("--portrait", action="store_true", help="for .pdf (landscape by default)")
    p.add_argument(
        "--levels",
        type=_positive,
        metavar="N",
        help="for the Timeline .pdf: only outline levels 1 to N (2: the phases and their "
        "stages), noted in each page's header; all levels by default",
    )
    p.add_argument("--trainer", metavar="NAME", help="for .ics: only this trainer's sessions")
    p.add_argument(
        "--faq",
        action="store_true",
        help="the knowledge base: for .xlsx its FAQ sheet, for .pdf its printable booklet",
    )
    p.add_argument(
        "--lang",
        choices=("zh_CN", "en"),
        help="for .xlsx, the Timeline .pdf and --faq .pdf: " + _LANG_HELP,
    )
    p.set_defaults(handler=cmd_export)


def _add_report(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report", help="write the weekly status report (workbook .xlsx, or the dashboard as .pdf)"
    )
    p.add_argument("plan", type=_plan_or_url, metavar="PLAN", help=_PLAN_HELP)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--lang", choices=("zh_CN", "en"), help=_LANG_HELP)
    p.set_defaults(handler=cmd_report)


def _add_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "import",
        help="import a plan workbook, a sheet or CSV (--kind), or MS Project XML",
        description="Import FILE into PLAN. A plan workbook (.xlsx) or, with --kind, a "
        "sheet or CSV of another origin is previewed first and written only with --yes "
        "and no errors, all or nothing. MS Project XML (.xml) is read into a plan without "
        "tasks, or replaces them with --replace.",
    )
    p.add_argument("plan", type=_plan_or_url, metavar="PLAN", help=_PLAN_HELP)
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--kind",
        choices=(
            "people",
            "departments",
            "requirements",
            "tasks",
            "adoption",
            "usage",
            "feedback",
        ),
        help="what a foreign sheet or CSV holds (columns are mapped automatically)",
    )
    p.add_argument(
        "--sheet",
        metavar="NAME",
        help="with --kind: the sheet of a workbook to import (default: the one that fits best)",
    )
    p.add_argument(
        "--valid-rows-only",
        action="store_true",
        help="with --kind: import the rows without errors and leave the others out "
        "(listed, and in --problems)",
    )
    p.add_argument(
        "--problems",
        type=Path,
        metavar="FILE.xlsx",
        help="write every problem of the preview (sheet, row, cell, reason) to this workbook",
    )
    p.add_argument("--dry-run", action="store_true", help="preview only, write nothing")
    p.add_argument("--yes", action="store_true", help="write when the preview has no errors")
    p.add_argument(
        "--delete-missing",
        action="store_true",
        help="plan workbook: delete rows that are no longer in the workbook",
    )
    p.add_argument("--replace", action="store_true", help="XML: replace the plan's tasks")
    p.add_argument(
        "--detail",
        type=int,
        default=20,
        metavar="N",
        help="changes listed per sheet, and problems per kind (--problems lists them all)",
    )
    p.set_defaults(handler=cmd_import)


def _server(text: str) -> str:
    from oa_desk.store.teamplan import is_server_url

    if not is_server_url(text):
        raise argparse.ArgumentTypeError(
            f"not a PostgreSQL URL (postgresql://user@host[:port]/database): {text!r}"
        )
    return text


def cmd_publish(args: argparse.Namespace) -> int:
    from oa_desk.store.publish import publish_plan
    from oa_desk.store.teamplan import safe_url

    report = publish_plan(args.plan, args.url)
    _err(f"published {args.plan} to {safe_url(args.url)}: {report.total:,} rows")
    return EXIT_OK


def cmd_pull(args: argparse.Namespace) -> int:
    from oa_desk.store.errors import PlanErrorKind, PlanFileError
    from oa_desk.store.publish import pull_plan
    from oa_desk.store.teamplan import safe_url

    if args.plan.exists() and not args.force:
        raise PlanFileError(PlanErrorKind.EXISTS, args.plan)
    report = pull_plan(args.url, args.plan)
    _err(f"pulled {safe_url(args.url)} into {args.plan}: {report.total:,} rows")
    return EXIT_OK


def _add_publish(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "publish",
        help="copy a plan file into an empty PostgreSQL database",
        epilog="The password comes from ~/.pgpass or PGPASSWORD; leave it out of the URL.",
    )
    p.add_argument("plan", type=Path, metavar="PLAN", help="the plan file (.oadesk)")
    p.add_argument(
        "url", type=_server, metavar="URL", help="postgresql://user@host/database (empty)"
    )
    p.set_defaults(handler=cmd_publish)


def _add_pull(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("pull", help="copy a team plan on PostgreSQL into a plan file")
    p.add_argument("url", type=_server, metavar="URL", help="postgresql://user@host/database")
    p.add_argument("plan", type=Path, metavar="PLAN", help="the plan file to write (.oadesk)")
    p.add_argument("--force", action="store_true", help="replace an existing file")
    p.set_defaults(handler=cmd_pull)


def cmd_grant(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from oa_desk.store.roles import grant
    from oa_desk.store.teamplan import make_server_engine, safe_url

    engine = make_server_engine(args.url, pool_size=1)
    try:
        with engine.begin() as conn:
            grant(conn, args.user, args.role)
    except DBAPIError as exc:  # no such server, or not its administrator: say so
        first = (str(exc.orig or exc).strip().splitlines() or ["the server refused"])[0]
        raise Refused(f"{safe_url(args.url)}: {first}") from exc
    finally:
        engine.dispose()
    _err(f"{args.user} is now {args.role} on {safe_url(args.url)}")
    return EXIT_OK


def _add_grant(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from oa_desk.domain.roles import Role

    p = sub.add_parser(
        "grant",
        help="give a server user a role on a team plan (owner, editor, support_desk, read_only)",
        epilog="Run as the server's administrator; a missing user is created without a password.",
    )
    p.add_argument("url", type=_server, metavar="URL", help="postgresql://admin@host/database")
    p.add_argument("user", metavar="USER", help="the server user (created if missing)")
    p.add_argument("role", choices=[r.value for r in Role], metavar="ROLE", help="its role")
    p.set_defaults(handler=cmd_grant)


# Each capability adds its sub-command here.
SUBCOMMANDS: dict[str, Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = {
    "new": _add_new,
    "demo": _add_demo,
    "check": _add_check,
    "export": _add_export,
    "import": _add_import,
    "report": _add_report,
    "publish": _add_publish,
    "pull": _add_pull,
    "grant": _add_grant,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oa-desk",
        description="OA Desk (OA 推广工作台): plan and run an OA system rollout.",
        epilog="Run 'oa-desk [PLAN]' to start the app, or 'oa-desk COMMAND --help'.",
    )
    parser.add_argument("--version", action="version", version=f"oa-desk {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="start the app on a demo plan in a temporary folder, visit every page, draw "
        "every chart, and exit 0 (or 1, printing what failed)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in SUBCOMMANDS.values():
        add(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="oa-desk",
        usage="oa-desk [PLAN | URL] [--read-only] | oa-desk COMMAND ... (see --help)",
        description="Start OA Desk on PLAN (a file or a team plan's postgresql:// URL), "
        "or on the last plan when none is given.",
        add_help=False,
    )
    parser.add_argument("plan", nargs="?", type=_plan_or_url, metavar="PLAN")
    parser.add_argument("--read-only", action="store_true", help="open the plan read-only")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    first = next((a for a in args_list if not a.startswith("-")), None)
    if first is None and args_list == ["--self-test"]:
        return start_gui(None, self_test=True)
    if (first is None and any(a in ("-h", "--help", "--version") for a in args_list)) or (
        first in SUBCOMMANDS
    ):
        args = build_parser().parse_args(args_list)
        handler: Handler = args.handler
        return run_handler(handler, args)
    if (
        first is not None
        and not first.endswith(".oadesk")
        and not _is_url(first)
        and not Path(first).exists()
    ):
        build_parser().print_usage(sys.stderr)
        _err(f"no such command or plan file: {first!r} (commands: {', '.join(SUBCOMMANDS)})")
        return EXIT_USAGE
    gui_args = build_gui_parser().parse_args(args_list)
    return start_gui(gui_args.plan, read_only=gui_args.read_only)


def run_handler(handler: Handler, args: argparse.Namespace) -> int:
    from oa_desk.exchange.changeset import StalePreview
    from oa_desk.exchange.progress import Cancelled
    from oa_desk.exchange.safety import SpreadsheetRefused
    from oa_desk.store.errors import PlanFileError

    try:
        return handler(args)
    except Usage as exc:
        _err(str(exc))
        return EXIT_USAGE
    except (PlanFileError, Refused, SpreadsheetRefused, Cancelled, StalePreview) as exc:
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


def start_gui(plan: Path | str | None, *, read_only: bool = False, self_test: bool = False) -> int:
    from oa_desk.gui.preflight import problem

    # Qt aborts with a core dump when it has no display or a platform library is
    # missing; say which, in one line, instead.
    line = problem()
    if line is not None:
        _err(line)
        return EXIT_REFUSED
    if self_test:
        from oa_desk.gui.selftest import run_self_test

        return run_self_test()
    from oa_desk.gui.app import run

    return run(plan, read_only=read_only)


def main_gui() -> int:
    """Entry point of the windowed launcher (no console on Windows)."""
    return main()


if __name__ == "__main__":
    raise SystemExit(main())
