"""Print the ID of the Box user who owns the credentials (boxsdk 4.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=4,<5"
Run:     .venv/bin/python get_current_user.py
Reads BOX_JWT_CONFIG_PATH from the environment.
"""

import os
import sys

from boxsdk import Client, JWTAuth
from boxsdk.config import API


def require_env(name: str) -> str:
    """Return the variable's value, or stop with a message that says what to set."""
    value = os.environ.get(name)
    if not value:
        sys.exit(f"Set the {name} environment variable and run again.")
    return value


JWT_CONFIG_PATH = require_env("BOX_JWT_CONFIG_PATH")


def main() -> None:
    # API calls and token requests go to this host instead of https://api.box.com.
    API.BASE_API_URL = "https://box-proxy.example.com/2.0"
    API.OAUTH2_API_URL = "https://box-proxy.example.com/oauth2"
    # The config file holds the private key: keep it out of version control.
    auth = JWTAuth.from_settings_file(JWT_CONFIG_PATH)
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
