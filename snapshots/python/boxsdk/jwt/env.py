"""Print the ID of the Box user who owns the credentials (boxsdk 10.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=10,<11"
Run:     .venv/bin/python get_current_user.py
Reads BOX_JWT_CONFIG_PATH from the environment.
"""

import os
import sys

from box_sdk_gen import (
    BoxClient,
    BoxJWTAuth,
    JWTConfig,
)


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


JWT_CONFIG_PATH = require_env("BOX_JWT_CONFIG_PATH")


def main() -> None:
    # The config file holds the private key: keep it out of version control.
    config = JWTConfig.from_config_file(config_file_path=JWT_CONFIG_PATH)
    auth = BoxJWTAuth(config=config)
    client = BoxClient(auth=auth)
    me = client.users.get_user_me()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
