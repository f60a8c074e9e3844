// What a program prints first when a run fails in a way a first run often does: each hint's
// wording, written once. The templates get every hint as a string literal of their language
// (`{{hint.developerToken}}`); the proof provokes each failure and compares the program's first
// line with these.

export const HINTS = {
  developerToken:
    'Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).',
  appToken:
    'Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app.',
  unauthorizedClient:
    'This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes.',
  jwtClock:
    "Box rejected the JWT's expiry time: this machine's clock is off. Turn on automatic time (NTP) and run again.",
  ccgInvalidGrant:
    'Box rejected the client credentials: check the Client ID and Secret (Developer Console > your app > Configuration); to act as a user, the app needs App + Enterprise Access and "Generate user access tokens" there, then re-authorization in the Admin Console.',
  jwtKey:
    'The private key in the JWT config file could not be read: the key or its passphrase is damaged (often its line breaks, when it came through an environment variable). Generate a new key pair in the Developer Console (your app > Configuration > Add and Manage Public Keys) and use the config file it downloads.',
  invalidClient:
    'Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.',
  grantTypeUnauthorized:
    "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).",
  asUserForbidden:
    'Box refused to act as the user: the app needs "Make API calls using the as-user header" (Developer Console > your app > Configuration > Advanced Features) and re-authorization by an admin, and the token must be an admin\'s or the service account\'s.',
  invalidScope:
    'Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes).',
  noRoute:
    "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.",
  // OAuth 2.0 in a terminal: the sign-in in the browser, the redirect the program catches, the
  // tokens it keeps.
  authCodeExpired:
    'Box refused the authorization code: a code lasts 30 seconds and works once. Run the program again and approve access in the browser right away.',
  stateMismatch:
    'The redirect did not carry the state this program sent, so it did not come from this sign-in: the code was not used. Run the program again and open the URL it prints.',
  accessDenied:
    'Access was not approved in the browser, so Box sent no code. Run the program again and click "Grant access to Box".',
  redirectUriMismatch:
    "Waiting for the browser. If Box's page says redirect_uri_mismatch, add this program's redirect URI to your app's Redirect URIs (Developer Console > your app > Configuration) and run again.",
  staleRefreshToken:
    'Box refused the saved refresh token: a refresh token lasts 60 days and works once. Delete the token file and run the program again to sign in in the browser.',
  portInUse:
    "The redirect URI's port is in use by another program: stop that program, or choose another port in the redirect URI (here and in your app's Redirect URIs).",
  signedInPage: 'Signed in to Box. You can close this tab and go back to the terminal.',
} as const;

export type HintId = keyof typeof HINTS;
