// Print the ID of the Box user who owns the credentials; then revoke the token (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts
// Reads BOX_DEVELOPER_TOKEN, BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

import { BoxClient, BoxDeveloperTokenAuth } from "box-node-sdk";
import { BoxApiError, BoxSdkError } from "box-node-sdk/box/errors";

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");
const CLIENT_ID = requireEnv("BOX_CLIENT_ID");
const CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");

/** What to do about a failure a first run often meets; undefined for anything else. */
function failureHint(error: unknown): string | undefined {
  // The SDK says this for any token Box refuses: expired, mistyped or revoked alike.
  if (
    error instanceof BoxSdkError &&
    error.message === "Developer token has expired. Please provide a new one."
  ) {
    return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).";
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

async function main(): Promise<void> {
  const auth = new BoxDeveloperTokenAuth({
    token: DEVELOPER_TOKEN,
    // The client ID and secret are used only to revoke the token; API calls need just the token.
    config: { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET },
  });
  const client = new BoxClient({ auth });
  const me = await client.users.getUserMe();
  console.log(`My user ID is ${me.id}`);
  // Revoke the token: it stops working at once.
  await auth.revokeToken();
  console.log("Token revoked.");
}

main().catch((error) => {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
});
