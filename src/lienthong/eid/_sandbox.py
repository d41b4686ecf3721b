"""How to run the SANDBOX e-ID provider (node oidc-provider) for the synthetic city.

Written once for both users: ``lienthong eid sandbox`` (the provider replaces the process) and
``lienthong demo`` (a child process that lives as long as the demo serves). The provider is a
sandbox: its login form takes a synthetic citizen's CCCD and any password; ``CCCD:1`` or
``CCCD:2`` chooses the e-ID level of that login (Decree 69/2024/NĐ-CP levels), a bare CCCD
logs in at the account's own level.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from lienthong.errors import ConfigError
from lienthong.secure_files import private_dir, write_private

PROVIDER = Path(__file__).resolve().parents[3] / "tools" / "oidc-sandbox" / "provider.mjs"
INSTALL_HINT = "Run `bash scripts/oidc-sandbox.sh` (installs node oidc-provider with npm)."


def node() -> str | None:
    """The ``node`` that can run the provider, or None when Node.js or oidc-provider is absent."""
    found = shutil.which("node")
    if found is None or not (PROVIDER.parent / "node_modules" / "oidc-provider").exists():
        return None
    return found


def sandbox_command(
    home: Path,
    *,
    port: int,
    app_url: str,
    client_id: str,
    accounts: dict[str, dict[str, object]],
) -> tuple[list[str], dict[str, str]]:
    """argv and environment of the provider on ``127.0.0.1:port`` for lienthong at ``app_url``;
    writes its files under ``HOME/eid-sandbox`` (the citizens file owner-only)."""
    from lienthong.eid._relying_party import public_jwks

    found = node()
    if found is None:
        raise ConfigError(
            "The sandbox provider needs Node.js and node oidc-provider.", hint=INSTALL_HINT
        )
    folder = home / "eid-sandbox"
    private_dir(folder)
    (folder / "client-jwks.json").write_text(json.dumps(public_jwks(home)))
    write_private(folder / "citizens.json", json.dumps(accounts, ensure_ascii=False).encode())
    env = {
        **os.environ,
        "PORT": str(port),
        "CLIENT_ID": client_id,
        "REDIRECT_URI": f"{app_url.rstrip('/')}/eid/callback",
        "CLIENT_JWKS": str(folder / "client-jwks.json"),
        "SANDBOX_CITIZENS": str(folder / "citizens.json"),
    }
    return [found, str(PROVIDER)], env
