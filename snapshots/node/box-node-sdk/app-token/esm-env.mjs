// Print the ID of the Box user who owns the credentials (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10
// Run:     node get-current-user.mjs
// Reads BOX_APP_TOKEN from the environment.

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

const APP_TOKEN = requireEnv("BOX_APP_TOKEN");

/** What to do about a failure a first run often meets; undefined for anything else. */
function failureHint(error) {
  // The SDK says this for any token Box refuses: expired, mistyped or revoked alike.
  if (
    error instanceof BoxSdkError &&
    error.message === "Developer token has expired. Please provide a new one."
  ) {
    return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app.";
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
  // An App Token is used as it is, as the SDK uses a Developer Token.
  const auth = new BoxDeveloperTokenAuth({ token: APP_TOKEN });
  const client = new BoxClient({ auth });
  const me = await client.users.getUserMe();
  console.log(`My user ID is ${me.id}`);
} catch (error) {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
}
