// Print the ID of the Box user the program acts as, with the As-User header (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_AS_USER_ID from the environment.

import * as readline from "node:readline/promises";
import { BoxClient, BoxOAuth, OAuthConfig } from "box-node-sdk";
import { BoxApiError, BoxSdkError } from "box-node-sdk/box/errors";

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const CLIENT_ID = requireEnv("BOX_CLIENT_ID");
const CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");
const AS_USER_ID = requireEnv("BOX_AS_USER_ID");

// Box sends the browser here after approval; list it under your app's OAuth 2.0 Redirect URIs.
const REDIRECT_URI = "http://localhost:3000/callback";

// The authorization code: the `code` parameter of the URL Box redirects the browser to.
async function askForCode(): Promise<string> {
  const prompt = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
  });
  const answer = await prompt.question("Authorization code: ");
  prompt.close();
  return answer.trim();
}

type OAuthError = { error?: string; error_description?: string };

/** What to do about a failure a first run often meets; undefined for anything else. */
function failureHint(error: unknown): string | undefined {
  // responseInfo can be missing: box-typescript-sdk-gen 1.x's ES module build drops it.
  if (error instanceof BoxApiError) {
    // Box's OAuth 2.0 error reply: { error, error_description }.
    const body = error.responseInfo?.body as OAuthError | undefined;
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
  // Box answers 403 when the app may not act as the user.
  if (status === 403) {
    return "Box refused to act as the user: the app needs \"Make API calls using the as-user header\" (Developer Console > your app > Configuration > Advanced Features) and re-authorization by an admin, and the token must be an admin's or the service account's.";
  }
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
  const config = new OAuthConfig({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
  });
  const auth = new BoxOAuth({ config });
  const authorizeUrl = auth.getAuthorizeUrl({ redirectUri: REDIRECT_URI });
  console.log(`Open this URL and approve access:\n${authorizeUrl}`);
  const code = process.argv[2] ?? (await askForCode());
  await auth.getTokensAuthorizationCodeGrant(code);
  const client = new BoxClient({ auth });
  // Every API call of this client acts as the user: the SDK sends the As-User header.
  const asUserClient = client.withAsUserHeader(AS_USER_ID);
  const me = await asUserClient.users.getUserMe();
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
});
