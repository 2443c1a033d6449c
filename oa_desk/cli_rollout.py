"""``oa-desk new PATH --template rollout …``: a new plan from the rollout template."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

__all__ = ["add_template_arguments", "new_from_template"]


def add_template_arguments(p: argparse.ArgumentParser, positive: Callable[[str], int]) -> None:
    g = p.add_argument_group(
        "from the rollout template",
        "--template rollout writes a complete plan scheduled backward from --go-live",
    )
    g.add_argument("--template", choices=("rollout",), help="start from the rollout template")
    g.add_argument(
        "--departments",
        metavar="FILE",
        help="departments, one a line (UTF-8 or GBK text; a headcount may follow after a tab), "
        "the first column of a .csv/.xlsx (headcounts in the second), or a roster's "
        "department column",
    )
    g.add_argument("--pilot", type=positive, default=1, metavar="N", help="pilot departments")
    g.add_argument("--waves", type=positive, default=2, metavar="N", help="waves after the pilot")
    g.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN", help="the plan's language")
    g.add_argument("--product", default="", help="the OA product (e-cology, 致远 A8, …)")
    g.add_argument(
        "--calendar",
        default="CN",
        metavar="CODE",
        help="working calendar: CN (default, with make-up days), US, GB, DE, JP, SG, HK or none",
    )
    fit = g.add_mutually_exclusive_group()
    fit.add_argument(
        "--compress", action="store_true", help="if the go-live is too close, shorten every task"
    )
    fit.add_argument(
        "--move-go-live",
        action="store_true",
        help="if the go-live is too close, go live on the earliest feasible date instead",
    )


def _err(message: str) -> None:
    print(f"oa-desk: {message}", file=sys.stderr)


def new_from_template(args: argparse.Namespace) -> int:
    from oa_desk.cli_errors import Refused, Usage
    from oa_desk.exchange.department_list import read_department_entries
    from oa_desk.services.rollout_template import (
        Fit,
        RolloutInputs,
        RolloutRefusal,
        clean_entries,
        draft_rollout,
        write_rollout,
    )

    missing = [
        flag
        for flag, value in (
            ("--org", args.organisation),
            ("--go-live", args.go_live),
            ("--departments", args.departments),
        )
        if not value
    ]
    if missing:
        raise Usage(f"new --template rollout needs {', '.join(missing)}")
    names, headcounts = clean_entries(read_department_entries(args.departments))
    inputs = RolloutInputs(
        organisation=args.organisation,
        go_live=args.go_live,
        departments=names,
        product=args.product,
        waves=args.waves,
        pilot=args.pilot,
        calendar=args.calendar if args.calendar == "none" else args.calendar.upper(),
        language=args.lang,
        start=args.start,
        name=args.name or "",
        headcounts=headcounts,
    )
    fit = Fit.COMPRESS if args.compress else Fit.MOVE if args.move_go_live else Fit.REFUSE
    try:
        draft = draft_rollout(inputs, fit)
    except RolloutRefusal as exc:
        if exc.code == "too_close":
            raise Refused(f"{exc} (--compress or --move-go-live)") from None
        raise
    written = write_rollout(args.path, draft, overwrite=args.force)
    if draft.missing_days and fit is Fit.COMPRESS:
        _err(
            f"the template lacked {draft.missing_days} working days: durations compressed "
            f"to {draft.scale:.0%}"
        )
    elif draft.missing_days:
        _err(
            f"the template lacked {draft.missing_days} working days: go-live moved to "
            f"{draft.go_live.isoformat()}"
        )
    waves = len(draft.waves) - 1
    _err(
        f"created {args.path}: {written.tasks:,} tasks for {len(names):,} departments "
        f"(pilot {len(draft.waves[0])}, {waves} waves), kickoff {draft.start.isoformat()}, "
        f"go-live {draft.go_live.isoformat()}, in {written.seconds:.2f} s"
    )
    return 0
