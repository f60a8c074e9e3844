// Exchange the token for a downscoped one, then read the user's ID with that one (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10
// Run:     node get-current-user.mjs
// Reads BOX_DEVELOPER_TOKEN from the environment.

import { BoxClient, BoxDeveloperTokenAuth } from "box-node-sdk";
import { BoxApiError, BoxSdkError } from "box-node-sdk/box/errors";

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");

/** What to do about a failure a first run often meets; undefined for anything else. */
function failureHint(error) {
  // The SDK says this for any token Box refuses: expired, mistyped or revoked alike.
  if (
    error instanceof BoxSdkError &&
    error.message === "Developer token has expired. Please provide a new one."
  ) {
    return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).";
  }
  // responseInfo can be missing: box-typescript-sdk-gen 1.x's ES module build drops it.
  if (error instanceof BoxApiError) {
    // Box's OAuth 2.0 error reply: { error, error_description }.
    const body = error.responseInfo?.body;
    const boxError = `${body?.error}: ${body?.error_description}`;
    if (boxError.startsWith("invalid_scope:")) {
      return "Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes).";
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
  const auth = new BoxDeveloperTokenAuth({ token: DEVELOPER_TOKEN });
  const client = new BoxClient({ auth });
  // A token for fewer scopes; the original token stays as it was.
  const downscoped = await auth.downscopeToken(["root_readonly"]);
  // The scopes Box granted it, each once.
  const granted = (downscoped.restrictedTo ?? []).map((entry) => entry.scope);
  console.log(`Downscoped token scopes: ${[...new Set(granted)].join(" ")}`);
  // A client on the downscoped token, which is used as it is.
  const downscopedClient = new BoxClient({
    auth: new BoxDeveloperTokenAuth({ token: downscoped.accessToken }),
  });
  const me = await downscopedClient.users.getUserMe();
  console.log(`My user ID is ${me.id}`);
} catch (error) {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
}
