// Print the signed-in Box user's ID, starting from an access and refresh token (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10
// Run:     node get-current-user.mjs
// Sign-in: none in the browser. The program starts from the access and refresh token it is
// given, and refreshes them when Box says the access token expired. Box rotates refresh
// tokens: after a refresh the pair it was given no longer works; an app keeps the new pair
// in its own token store (the SDK calls its token storage with it).
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ACCESS_TOKEN, BOX_REFRESH_TOKEN from the environment.

import { BoxClient, BoxOAuth, OAuthConfig } from "box-node-sdk";
import { BoxApiError, BoxSdkError } from "box-node-sdk/box/errors";

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const CLIENT_ID = requireEnv("BOX_CLIENT_ID");
const CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");
const ACCESS_TOKEN = requireEnv("BOX_ACCESS_TOKEN");
const REFRESH_TOKEN = requireEnv("BOX_REFRESH_TOKEN");

/** What to do about a failure a first run often meets; undefined for anything else. */
function failureHint(error) {
  // responseInfo can be missing: box-typescript-sdk-gen 1.x's ES module build drops it.
  if (error instanceof BoxApiError) {
    // Box's OAuth 2.0 error reply: { error, error_description }.
    const body = error.responseInfo?.body;
    const boxError = `${body?.error}: ${body?.error_description}`;
    if (boxError.startsWith("invalid_client:")) {
      return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
    }
    if (
      boxError ===
      "invalid_request: The grant type is unauthorized for this client_id"
    ) {
      return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
    }
  }
  // No answer at all: a failed fetch, status 0 (box-typescript-sdk-gen 1.x). Where responseInfo
  // is missing, the error's message still starts with the status.
  const status =
    error instanceof BoxApiError
      ? (error.responseInfo?.statusCode ?? parseInt(error.message, 10))
      : undefined;
  const noAnswer =
    status === 0 ||
    (status === undefined &&
      error instanceof BoxSdkError &&
      error.error !== undefined);
  if (noAnswer) {
    return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
  }
  return undefined;
}

try {
  const config = new OAuthConfig({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
  });
  const auth = new BoxOAuth({ config });
  // The pair the app already has, kept by the SDK's token storage (in memory) as a sign-in leaves it.
  await config.tokenStorage.store({
    accessToken: ACCESS_TOKEN,
    refreshToken: REFRESH_TOKEN,
  });
  const client = new BoxClient({ auth });
  // When Box answers 401 for the access token, the SDK refreshes the pair and makes the call
  // again. Box rotates refresh tokens: an app keeps the new pair in its own TokenStorage.
  const me = await client.users.getUserMe();
  console.log(`My user ID is ${me.id}`);
} catch (error) {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
}
