"""Print the ID of the Box user who owns the credentials (box-sdk-gen 1.x).

Install: python3 -m venv .venv && .venv/bin/pip install "box-sdk-gen>=1,<2"
Run:     .venv/bin/python get_current_user.py
Reads BOX_DEVELOPER_TOKEN from the environment.
"""

import os
import sys

from box_sdk_gen import (
    BoxClient,
    BoxDeveloperTokenAuth,
)


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


DEVELOPER_TOKEN = require_env("BOX_DEVELOPER_TOKEN")


def main() -> None:
    auth = BoxDeveloperTokenAuth(token=DEVELOPER_TOKEN)
    client = BoxClient(auth=auth)
    me = client.users.get_user_me()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
