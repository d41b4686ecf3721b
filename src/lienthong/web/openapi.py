"""Write the OpenAPI document of the whole lienthong API.

    python -m lienthong.web.openapi > docs/openapi.json

``tests/web/test_openapi.py`` fails when ``docs/openapi.json`` is not what this prints, so the
published document always matches the code.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any


def openapi_document() -> dict[str, Any]:
    """The OpenAPI document of an app over a throwaway store (the API does not depend on data)."""
    from lienthong.config import Settings
    from lienthong.store import Store
    from lienthong.web._app import create_app

    with tempfile.TemporaryDirectory() as home:
        store = Store.open(f"sqlite:///{Path(home) / 'platform.db'}")
        try:
            app = create_app(Settings(home=Path(home)), store, json_logs=False)
            document: dict[str, Any] = app.openapi()
        finally:
            store.close()
    return document


def render() -> str:
    return json.dumps(openapi_document(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    sys.stdout.write(render())
