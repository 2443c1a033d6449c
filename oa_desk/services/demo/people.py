"""The demo's roster: executives, department heads, key users and staff, with their
names, e-mail addresses, phone numbers and training tiers."""

from __future__ import annotations

from collections.abc import Sequence

from oa_desk.domain.enums import AudienceTier
from oa_desk.services.demo import data_company, data_org
from oa_desk.services.demo.helpers import pick, section_chief, split
from oa_desk.services.demo.state import Demo, PersonFn, Unit

LEAD, KEY, END = (
    AudienceTier.LEADERSHIP.value,
    AudienceTier.KEY_USER.value,
    AudienceTier.END_USER.value,
)


def build(demo: Demo) -> None:
    rng, p = demo.rng, demo.p
    companies = demo.companies
    # People per company: the headquarters has 800 (all of them at scale 1).
    hq_people = min(800, p.people)
    sizes = [hq_people]
    if len(companies) > 1:
        kind_w = {"分公司": 1.0, "生产基地": 1.6, "研发中心": 0.8}
        w = [
            next(v for k, v in kind_w.items() if c.name.endswith(k)) * rng.uniform(0.7, 1.3)
            for c in companies[1:]
        ]
        sizes += split(p.people - hq_people, w)
    surnames = [s[0] for s in data_company.SURNAMES]
    surname_py = [s[1] for s in data_company.SURNAMES]
    cum: list[float] = []
    acc = 0.0
    for s in data_company.SURNAMES:
        acc += s[2]
        cum.append(acc)
    male, female = data_company.GIVEN_MALE, data_company.GIVEN_FEMALE
    # Some characters only start a given name (子轩, 晓静), never end one.
    male_end = [x for x in male if x[0] not in data_company.FIRST_ONLY]
    female_end = [x for x in female if x[0] not in data_company.FIRST_ONLY]
    n_male, n_female = len(male), len(female)
    n_male_end, n_female_end = len(male_end), len(female_end)
    emails: dict[str, int] = {}
    rnd = rng.random  # indexing with random() is several times faster than choice()
    prefixes = data_company.MOBILE_PREFIXES
    n_prefixes = len(prefixes)
    domain = data_company.MAIL_DOMAIN
    rows = demo.person_rows
    pdept, pname, pactive = demo.person_dept, demo.person_name, demo.person_active
    next_no = 100
    lead, key, end = LEAD, KEY, END

    def person(dept_id: int | None, title: str, tier: str, email_domain: str = domain) -> int:
        nonlocal next_no
        pid = len(rows) + 1
        si = pick(cum, rnd())
        pool: Sequence[tuple[str, str]]
        ends: Sequence[tuple[str, str]]
        if rnd() < 0.5:
            pool, n_pool, ends, n_ends = male, n_male, male_end, n_male_end
        else:
            pool, n_pool, ends, n_ends = female, n_female, female_end, n_female_end
        g2 = ends[int(rnd() * n_ends)]
        if rnd() < 0.25:
            given, gpy = g2[0], g2[1]
        else:
            g1 = pool[int(rnd() * n_pool)]
            given, gpy = g1[0] + g2[0], g1[1] + g2[1]
        name = surnames[si] + given
        py = surname_py[si] + gpy
        n = emails.get(py, 0) + 1
        emails[py] = n
        email = f"{py}{n if n > 1 else ''}@{email_domain}"
        phone = f"1{prefixes[int(rnd() * n_prefixes)]}{int(rnd() * 100_000_000):08d}"
        next_no += 1 if rnd() < 0.85 else 2 + int(rnd() * 3)
        active = tier != end or rnd() > 0.015
        rows.append((pid, f"{next_no:06d}", name, dept_id, title, email, phone, tier, active))
        pdept.append(dept_id)
        pname.append(name)
        pactive.append(active)
        return pid

    for company, size in zip(companies, sizes, strict=True):
        titles: Sequence[str] = data_org.HQ_EXECUTIVES if company.is_hq else data_org.SUB_EXECUTIVES
        execs = titles[: max(2, min(len(titles), size // 60))]
        company.executives = [person(company.dept_id, t, lead) for t in execs]
        rest = size - len(execs)
        unit_sizes = split(rest, [u.weight * rng.uniform(0.8, 1.2) for u in company.units])
        for unit, n in zip(company.units, unit_sizes, strict=True):
            _unit_people(demo, unit, max(n, 3), person)
    # The vendor's consultants hold OA accounts but belong to no department.
    demo.vendor_people = [
        person(None, f"实施顾问（{demo.offer.vendor_short}）", key, demo.offer.vendor_domain)
        for _ in range(3 + len(companies) // 40)
    ]
    for i, pid in enumerate(demo.vendor_people, 1):
        row = rows[pid - 1]
        rows[pid - 1] = (pid, f"WB{i:04d}", *row[2:])


def _unit_people(demo: Demo, unit: Unit, n: int, person: PersonFn) -> None:
    rng = demo.rng
    hq = unit.company.is_hq
    dtype = data_org.DEPT_TYPES[unit.type_key]
    head_title = "主任" if unit.type_key == "office" and hq else ("部长" if hq else "经理")
    if unit.name.endswith("中心"):
        head_title = "主任"
    lead, key, end = LEAD, KEY, END
    staff_tier = key if unit.type_key == "it" else end
    unit.head = person(unit.dept_id, head_title, lead)
    unit.leaders.append(unit.head)
    left = n - 1
    if n >= 12:
        unit.leaders.append(person(unit.dept_id, "副" + head_title, lead))
        left -= 1
    # Sections take about two thirds of the people; the unit keeps the rest.
    slots: list[tuple[int, int]] = []  # (department id, people)
    if unit.section_ids:
        in_unit = max(1, left // 3)
        shares = split(left - in_unit, [1.0] * len(unit.section_ids))
        slots.append((unit.dept_id, in_unit))
        slots += list(zip(unit.section_ids, shares, strict=True))
    else:
        slots.append((unit.dept_id, left))
    n_key = 1 if n < 40 else 2
    staff: list[int] = []
    for did, count in slots:
        if did != unit.dept_id and count > 0:
            chief = section_chief(demo.depts[did - 1].name)
            unit.leaders.append(person(did, chief, lead))
            count -= 1
        for _ in range(count):
            title = rng.choice(dtype.staff_titles)
            staff.append(person(did, title, key if n_key > 0 else staff_tier))
            if n_key > 0:
                unit.key_users.append(staff[-1])
                n_key -= 1
            elif staff_tier == key:
                unit.admins.append(staff[-1])
            else:
                unit.end_users.append(staff[-1])
    unit.people = unit.leaders + staff
