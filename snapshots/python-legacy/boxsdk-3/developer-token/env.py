"""Print the ID of the Box user who owns the credentials (boxsdk 3.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk>=3,<4"
Run:     .venv/bin/python get_current_user.py
Reads BOX_DEVELOPER_TOKEN from the environment.
"""

import os
import sys

from boxsdk import Client, OAuth2


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


DEVELOPER_TOKEN = require_env("BOX_DEVELOPER_TOKEN")


def main() -> None:
    auth = OAuth2(client_id=None, client_secret=None, access_token=DEVELOPER_TOKEN)
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
