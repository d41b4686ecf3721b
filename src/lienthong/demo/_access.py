"""Who can log in to the demo, printed clearly when it starts serving.

A new user who ran ``lienthong demo`` must be able to do a procedure and look at the officers'
side without reading any code, so the demo makes and prints:

* **citizens** of the synthetic city, as accounts of the SANDBOX e-ID provider (node
  oidc-provider, started beside the app): each chosen for what they can do (a parent of a child
  under six for the child's health-insurance card, a parent of a child of school age for
  first-grade enrolment), with their e-ID level; any password; ``CCCD:1`` / ``CCCD:2`` chooses
  the level of a login;
* **officers**: a dashboard account per agency that decides a shipped procedure or holds the
  values citizens may flag (``can-bo-<agency>``), and a city leader (``lanh-dao``), all with
  one random password made for this run (kept in ``HOME/demo-access.json``, owner-only).

The text is Vietnamese first, then English, and its lines are stable (tests and the
walkthrough in ``tests/web`` read them as a new user would).
"""

from __future__ import annotations

import json
import secrets
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lienthong.secure_files import write_private

#: (youngest child's age at most, at least) → what the parent can do with them
_PARENTS = (
    ("SANDBOX-BHYT-01", "date('now', '-6 years', '+1 day')", "date('now')", 2),
    ("SANDBOX-TS1-01", "date('now', '-7 years', '+1 day')", "date('now', '-5 years')", 1),
)


@dataclass(frozen=True)
class DemoCitizen:
    cccd: str
    name: str
    birthdate: str
    level: int
    procedures: tuple[str, ...]


@dataclass
class DemoAccess:
    url: str
    eid_issuer: str | None
    citizens: list[DemoCitizen] = field(default_factory=list)
    officers: dict[str, str | None] = field(default_factory=dict)  # account -> agency
    password: str = ""

    def sandbox_accounts(self) -> dict[str, dict[str, object]]:
        """The citizens as the sandbox provider reads them."""
        return {
            c.cccd: {"name": c.name, "birthdate": c.birthdate, "level": c.level}
            for c in self.citizens
        }

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def _parent(
    db: sqlite3.Connection, born_after: str, born_by: str, skip: set[str]
) -> tuple[str, str, str] | None:
    """A living parent whose youngest living child was born in (born_after, born_by]."""
    rows = db.execute(
        f"""
        WITH kids AS (
            SELECT so_dinh_danh_cha AS parent, ngay_sinh FROM cong_dan
             WHERE ngay_mat IS NULL AND so_dinh_danh_cha IS NOT NULL
            UNION ALL
            SELECT so_dinh_danh_me, ngay_sinh FROM cong_dan
             WHERE ngay_mat IS NULL AND so_dinh_danh_me IS NOT NULL
        ), youngest AS (SELECT parent, MAX(ngay_sinh) AS born FROM kids GROUP BY parent)
        SELECT p.so_dinh_danh, p.ho_ten, p.ngay_sinh FROM youngest y
          JOIN cong_dan p ON p.so_dinh_danh = y.parent AND p.ngay_mat IS NULL
         WHERE y.born >= {born_after} AND y.born <= {born_by}
         ORDER BY p.so_dinh_danh LIMIT 20
        """
    ).fetchall()
    return next(((str(c), str(n), str(b)) for c, n, b in rows if str(c) not in skip), None)


def choose_citizens(population: Path) -> list[DemoCitizen]:
    """Citizens who can each do something in the demo (and one at level 1, to see the
    refusal of a level-2 procedure)."""
    chosen: list[DemoCitizen] = []
    with sqlite3.connect(f"file:{population}?mode=ro", uri=True) as db:
        for code, after, by, level in _PARENTS:
            found = _parent(db, after, by, {c.cccd for c in chosen})
            if found is not None:
                cccd, name, born = found
                chosen.append(DemoCitizen(cccd, name, born, level, (code,)))
        taken = {c.cccd for c in chosen}
        for cccd, name, born in db.execute(
            "SELECT so_dinh_danh, ho_ten, ngay_sinh FROM cong_dan WHERE ngay_mat IS NULL"
            " AND ngay_sinh <= date('now', '-18 years') ORDER BY so_dinh_danh LIMIT 5"
        ):
            if str(cccd) not in taken:
                chosen.append(DemoCitizen(str(cccd), name, born, 1, ("SANDBOX-CT-01",)))
                break
    return chosen


def make_access(home: Path, url: str, eid_issuer: str | None, agencies: list[str]) -> DemoAccess:
    """Citizens from HOME's population register and one officer account per agency (plus a
    leader), with a fresh password; written to ``HOME/demo-access.json`` (0600)."""
    from lienthong.dashboard import Accounts

    access = DemoAccess(url, eid_issuer, password=secrets.token_urlsafe(9))
    population = home / "city" / "population.db"
    if population.exists():
        access.citizens = choose_citizens(population)
    accounts = Accounts(home)
    accounts.add("lanh-dao", access.password, "leader")
    access.officers["lanh-dao"] = None
    for agency in sorted(set(agencies)):
        name = f"can-bo-{agency.lower()}"
        accounts.add(name, access.password, "agency", agency)
        access.officers[name] = agency
    write_private(
        home / "demo-access.json", json.dumps(access.as_dict(), ensure_ascii=False).encode()
    )
    return access


def render(access: DemoAccess) -> str:
    """The start-up text: Vietnamese first, English after each line."""
    url = access.url.rstrip("/")
    lines = [
        f"Mở / Open: {url}/",
        f"Thủ tục hành chính / Procedures: {url}/thu-tuc",
        "",
        "Công dân (đăng nhập định danh điện tử SANDBOX) / Citizens (SANDBOX e-ID login):",
    ]
    if access.eid_issuer is None:
        lines.append(
            "  Chưa chạy được nhà cung cấp e-ID sandbox / The sandbox e-ID provider could not"
            " start: bash scripts/oidc-sandbox.sh (Node.js)"
        )
    for c in access.citizens:
        lines.append(f"  CCCD {c.cccd}  mức/level {c.level}  {c.name}  → {', '.join(c.procedures)}")
    lines += [
        "  Mật khẩu: bất kỳ / Password: anything",
        "  Chọn mức định danh: nhập CCCD:1 hoặc CCCD:2"
        " / Choose the e-ID level: type CCCD:1 or CCCD:2",
        "",
        f"Cán bộ (bảng điều hành) / Officers (dashboard): {url}/dashboard/ho-so",
    ]
    for name, agency in access.officers.items():
        role = f"cơ quan/agency {agency}" if agency else "lãnh đạo thành phố / city leader"
        lines.append(f"  Tài khoản/Account {name}  ({role})")
    lines.append(f"  Mật khẩu / Password: {access.password}")
    return "\n".join(lines)
