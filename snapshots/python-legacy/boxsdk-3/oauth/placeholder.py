"""Print the ID of the Box user who owns the credentials (boxsdk 3.x).

Install: python3 -m venv .venv && .venv/bin/pip install "boxsdk>=3,<4"
Run:     .venv/bin/python get_current_user.py
"""

import sys

from boxsdk import Client, OAuth2

# Replace YOUR_CLIENT_ID with your app's Client ID:
# Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
CLIENT_ID = "YOUR_CLIENT_ID"
# Replace YOUR_CLIENT_SECRET with your app's Client Secret:
# Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
CLIENT_SECRET = "YOUR_CLIENT_SECRET"

# Box sends the browser here after approval; list it under your app's OAuth 2.0 Redirect URIs.
REDIRECT_URI = "http://localhost:3000/callback"


def main() -> None:
    auth = OAuth2(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
    authorize_url, _csrf_token = auth.get_authorization_url(REDIRECT_URI)
    print(f"Open this URL and approve access:\n{authorize_url}")
    # The authorization code: the code parameter of the URL Box redirects the browser to.
    code = sys.argv[1] if len(sys.argv) > 1 else input("Authorization code: ").strip()
    auth.authenticate(code)
    client = Client(auth)
    me = client.user().get()
    print(f"My user ID is {me.id}")


if __name__ == "__main__":
    main()
