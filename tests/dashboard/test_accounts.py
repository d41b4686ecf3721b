"""Local accounts: scrypt hashes in a 0600 file; signed sessions that expire and resist forgery."""

from __future__ import annotations

import base64
import stat
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lienthong.dashboard import Accounts
from lienthong.errors import InputError, NotFoundError

PASSWORD = "một-mật-khẩu-dài"
_HOME = Accounts(Path(tempfile.mkdtemp(prefix="lt-accounts-")))


def test_an_account_logs_in_with_its_password_only(tmp_path: Path) -> None:
    accounts = Accounts(tmp_path)
    accounts.add("lanh-dao", PASSWORD, "leader")
    assert accounts.check("lanh-dao", PASSWORD) is not None
    assert accounts.check("lanh-dao", PASSWORD + "x") is None
    assert accounts.check("nobody", PASSWORD) is None
    assert stat.S_IMODE(accounts.path.stat().st_mode) == 0o600
    assert PASSWORD not in accounts.path.read_text("utf-8")


def test_bad_accounts_are_refused(tmp_path: Path) -> None:
    accounts = Accounts(tmp_path)
    with pytest.raises(InputError):
        accounts.add("Lãnh Đạo", PASSWORD, "leader")  # not ASCII
    with pytest.raises(InputError):
        accounts.add("a\n", PASSWORD, "leader")  # no trailing newline through a $ anchor
    with pytest.raises(InputError):
        accounts.add("ok", "short", "leader")
    with pytest.raises(InputError):
        accounts.add("ok", PASSWORD, "agency")  # an agency account needs its agency
    with pytest.raises(InputError):
        accounts.add("ok", PASSWORD, "admin")
    with pytest.raises(NotFoundError):
        accounts.remove("ok")


def test_a_session_names_its_account_until_it_expires_or_is_removed(tmp_path: Path) -> None:
    accounts = Accounts(tmp_path)
    account = accounts.add("so-ca", PASSWORD, "agency", "CA-HCM")
    cookie = accounts.session(account, now=1_000_000.0)
    assert accounts.from_session(cookie, now=1_000_001.0) == account
    assert accounts.from_session(cookie, now=1_000_000.0 + 9 * 3600) is None  # expired
    assert stat.S_IMODE((tmp_path / "dashboard-session.key").stat().st_mode) == 0o600
    accounts.remove("so-ca")
    assert accounts.from_session(cookie, now=1_000_001.0) is None


def test_a_forged_session_is_refused(tmp_path: Path) -> None:
    accounts = Accounts(tmp_path)
    account = accounts.add("so-ca", PASSWORD, "agency", "CA-HCM")
    accounts.add("lanh-dao", PASSWORD, "leader")
    text = base64.urlsafe_b64decode(accounts.session(account)).decode()
    forged = text.replace("so-ca|agency|CA-HCM", "lanh-dao|leader|")
    assert accounts.from_session(base64.urlsafe_b64encode(forged.encode()).decode()) is None
    other = Accounts(tmp_path / "elsewhere")  # another platform's key
    other.add("so-ca", PASSWORD, "agency", "CA-HCM")
    assert other.from_session(accounts.session(account)) is None


@given(cookie=st.text(max_size=600))
@settings(max_examples=200, deadline=None)
def test_garbage_cookies_never_raise(cookie: str) -> None:
    assert _HOME.from_session(cookie) is None
    five = "|".join([cookie[:5], "leader", "", "99999999999", cookie[5:]])
    assert _HOME.from_session(base64.urlsafe_b64encode(five.encode()).decode()) is None
