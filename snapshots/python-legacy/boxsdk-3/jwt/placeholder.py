"""Print the ID of the Box user who owns the credentials (boxsdk 3.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk[jwt]>=3,<4"
Run:     .venv/bin/python get_current_user.py
"""

from boxsdk import Client, JWTAuth

# Replace path/to/config.json with the path of your app's JSON config file:
# Box Developer Console > your app > Configuration > Generate a Public/Private Keypair.
JWT_CONFIG_PATH = "path/to/config.json"


def main() -> None:
    # The config file holds the private key: keep it out of version control.
    auth = JWTAuth.from_settings_file(JWT_CONFIG_PATH)
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
