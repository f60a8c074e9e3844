"""Print the ID of the Box user who owns the credentials (boxsdk 4.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"
Run:     .venv/bin/python get_current_user.py
Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.
"""

import os
import sys

from boxsdk import CCGAuth, Client
from boxsdk.config import API


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


CLIENT_ID = require_env("BOX_CLIENT_ID")
CLIENT_SECRET = require_env("BOX_CLIENT_SECRET")
ENTERPRISE_ID = require_env("BOX_ENTERPRISE_ID")


def main() -> None:
    # API calls and token requests go to this host instead of https://api.box.com.
    API.BASE_API_URL = "https://box-proxy.example.com/2.0"
    API.OAUTH2_API_URL = "https://box-proxy.example.com/oauth2"
    auth = CCGAuth(
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        enterprise_id=ENTERPRISE_ID,
    )
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
