"""The demo's publicity plan: launch news, letters, posters, the WeChat column, wave
notices and countdowns, fortnightly tips, and the full go-live announcement."""

from __future__ import annotations

from oa_desk.domain.enums import Channel, CommStatus
from oa_desk.services.demo import data_company, data_support
from oa_desk.services.demo.state import Demo, Row


def build(demo: Demo) -> None:
    """Publicity before and after each go-live, on every channel, as of the status date."""
    rng, tasks, text, status, t = demo.rng, demo.wbs.tasks, demo.wd.text, demo.status, demo.t
    im, im_ch = demo.im_name, Channel(demo.im_channel)
    rows: list[Row] = []
    everyone = len(demo.person_rows)
    office = demo.companies[0].units[0]
    pm = demo.pm

    def add(
        title: str,
        channel: Channel,
        audience: str,
        message: str,
        day: int,
        milestone: int | None,
        size: int,
        owner: int = pm,
    ) -> None:
        day = max(0, day)
        if day < status - 2:
            comm = CommStatus.DONE if channel is Channel.MEETING else CommStatus.PUBLISHED
            actual: str | None = text[day + (1 if rng.random() < 0.15 else 0)]
            reach: int | None = round(size * rng.uniform(0.55, 0.95))
        elif day < status + 5:
            comm, actual, reach = CommStatus.PREPARED, None, None
        else:
            comm, actual, reach = CommStatus.PLANNED, None, None
        if rng.random() < 0.02 and comm is CommStatus.PLANNED:
            comm = CommStatus.CANCELLED
        rows.append(
            (
                len(rows) + 1,
                title,
                channel.value,
                audience,
                message,
                milestone,
                text[day],
                actual,
                owner,
                comm.value,
                reach,
            )
        )

    kick = tasks[t["kickoff"]].s
    add(
        "项目启动会新闻稿",
        Channel.INTRANET,
        "全体员工",
        f"{data_company.GROUP_SHORT}正式启动 OA 系统推广项目，总裁亲自担任项目总发起人。",
        kick + 1,
        t["kickoff"],
        everyone,
        office.head,
    )
    add(
        "总裁致全体员工的一封信：拥抱数字化办公",
        Channel.EMAIL,
        "全体员工",
        "说明推广 OA 的意义、上线安排和对各级管理者的要求。",
        kick + 3,
        t["kickoff"],
        everyone,
        demo.sponsor,
    )
    add(
        "OA 推广宣传海报张贴",
        Channel.POSTER,
        "各办公区、车间",
        "“告别纸质签字，审批一键办结”主题海报。",
        tasks[t["comm_plan"]].s + 5,
        None,
        everyone,
    )
    add(
        "“数字办公”公众号专栏开栏",
        Channel.WECHAT,
        "全体员工及家属",
        "每周一篇 OA 功能介绍和推广动态。",
        tasks[t["comm_plan"]].s + 8,
        None,
        everyone,
    )
    add(
        "领导层专题培训通知",
        Channel.EMAIL,
        "中高层管理者",
        "领导层专题培训的时间、地点和准备事项。",
        tasks[t["leader_train"]].s - 3,
        t["train_start"],
        60,
        demo.hr_lead,
    )
    add(
        f"{im}工作台上线 OA 应用",
        im_ch,
        "全体员工",
        f"在{im}工作台即可处理 OA 待办，请完成账号绑定。",
        tasks[t["im"]].s + 6,
        None,
        everyone,
    )
    for wave in demo.waves:
        golive, mob = tasks[wave.golive].s, tasks[wave.mobilise].s
        size = sum(len(u.people) for u in wave.units)
        who = "试点部门全体员工" if wave.idx == 0 else f"{wave.name}上线单位全体员工"
        mob_title = "试点启动会" if wave.idx == 0 else f"{wave.name}推广动员会"
        add(
            mob_title,
            Channel.MEETING,
            f"{wave.name}单位负责人和信息专员",
            "明确上线时间表、各单位职责和考核要求。",
            mob,
            wave.mobilise,
            40,
        )
        add(
            f"{wave.name}培训安排公告",
            Channel.BULLETIN,
            who,
            "培训场次、地点和报名方式，请各部门合理安排工作。",
            mob + 2,
            wave.mobilise,
            size,
            demo.hr_lead,
        )
        add(
            f"{wave.name}上线通知",
            Channel.EMAIL,
            who,
            "上线时间、登录方式、服务热线和常见问题入口。",
            golive - 5,
            wave.golive,
            size,
        )
        add(
            f"{wave.name}上线倒计时推送",
            im_ch,
            who,
            "距离上线还有 3 天，请完成培训和账号绑定。",
            golive - 3,
            wave.golive,
            size,
        )
        add(
            f"{wave.name}上线答疑专场",
            Channel.MEETING,
            who,
            "现场解答上线后的常见问题，演示移动审批。",
            golive + 3,
            wave.golive,
            min(size, 200),
        )
        add(
            f"{wave.name}操作视频发布",
            Channel.VIDEO,
            who,
            "按岗位剪辑的 3 分钟操作短视频。",
            golive - 2,
            wave.golive,
            size,
        )
    for g in demo.groups:
        if g.company.is_hq:
            continue
        golive = tasks[g.units[0].golive].s
        size = sum(len(u.people) for u in g.units)
        add(
            f"{g.company.name}OA 上线通知",
            Channel.EMAIL,
            f"{g.company.name}全体员工",
            f"{g.company.name}将于本周正式上线 OA，请参加培训并完成账号绑定。",
            golive - 4,
            g.units[0].golive,
            size,
            g.company.executives[0],
        )
    # A tip every two weeks from the pilot go-live to the full go-live.
    first, last = tasks[demo.waves[0].golive].s, tasks[t["full"]].s
    for n, day in enumerate(range(first + 5, last + 10, 10), 1):
        add(
            f"OA 使用小贴士（第 {n} 期）",
            im_ch,
            "全体员工",
            rng.choice(data_support.TIPS).replace("{im}", im),
            day,
            None,
            everyone,
        )
    full = tasks[t["full"]].s
    add(
        "全面上线喜报",
        Channel.INTRANET,
        "全体员工",
        "各单位已全部上线 OA 系统，感谢各部门和信息专员的付出。",
        full + 1,
        t["full"],
        everyone,
        office.head,
    )
    add(
        "优秀信息专员表彰通报",
        Channel.BULLETIN,
        "全体员工",
        "表彰在推广中表现突出的信息专员和先进部门。",
        full + 15,
        t["full"],
        everyone,
        demo.hr_lead,
    )
    demo.rows["communication"] = rows
