"""The demo's feedback rounds (questionnaires, forums) and adoption snapshots."""

from __future__ import annotations

import math

from oa_desk.domain.enums import FeedbackChannel
from oa_desk.services.demo import data_training
from oa_desk.services.demo.state import Demo, Row


def build(demo: Demo) -> None:
    """Feedback rounds after each go-live and weekly adoption figures per live unit."""
    rng, tasks, text, status = demo.rng, demo.wbs.tasks, demo.wd.text, demo.status
    feedback: list[Row] = []
    adoption: list[Row] = []
    comments = data_training.FEEDBACK_COMMENTS
    active = demo.person_active
    for u in demo.units:
        g = tasks[u.golive].s
        if g >= status:
            continue
        total = sum(1 for p in u.people if active[p])
        for n, (after, channel) in enumerate(((10, FeedbackChannel.QUESTIONNAIRE), (30, None)), 1):
            day = g + after
            if day >= status:
                break
            if channel is None:
                channel = rng.choices(list(FeedbackChannel), weights=(70, 10, 10, 10))[0]
            respondents = max(1, round(total * rng.uniform(0.55, 0.9)))
            if channel is not FeedbackChannel.QUESTIONNAIRE:
                respondents = min(respondents, rng.randint(5, 15))
            sat = round(min(5.0, max(1.0, rng.uniform(3.3, 4.3) + 0.15 * n)), 2)
            picked = "；".join(rng.sample(comments, 3))
            feedback.append(
                (
                    len(feedback) + 1,
                    u.dept_id,
                    text[day],
                    channel.value,
                    respondents,
                    sat,
                    picked,
                )
            )
        week = 1
        while g + 5 * week - 1 < status:
            share = 0.97 - 0.6 * math.exp(-week / 2.5) + rng.uniform(-0.03, 0.03)
            active_users = min(total, max(0, round(total * share)))
            approvals = round(active_users * rng.uniform(2.5, 4.5))
            # Derived without the random stream (the rest of the demo stays as it was):
            # the month's actives a little above the week's, paper dying out week by week.
            monthly = min(total, round(active_users * (1.05 + 0.25 * math.exp(-week / 3))))
            paperless = min(0.98, 0.55 + 0.06 * week)
            adoption.append(
                (
                    len(adoption) + 1,
                    u.dept_id,
                    text[g + 5 * week - 1],
                    active_users,
                    total,
                    approvals,
                    active_users,
                    max(monthly, active_users),
                    round(approvals / paperless),
                )
            )
            week += 1
    # Company-wide forum rounds, one a month after the pilot went live.
    pilot = tasks[demo.waves[0].golive].s
    for day in range(pilot + 20, status, 21):
        feedback.append(
            (
                len(feedback) + 1,
                None,
                text[day],
                FeedbackChannel.FORUM.value,
                rng.randint(40, 160),
                None,
                "；".join(rng.sample(comments, 4)),
            )
        )
    demo.rows["feedback_round"] = feedback
    demo.rows["adoption_snapshot"] = adoption
