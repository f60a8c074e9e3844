// Print the ID of the Box user the program acts as, with the As-User header (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10
// Run:     node get-current-user.js

const { BoxClient, BoxDeveloperTokenAuth } = require("box-node-sdk");
const { BoxApiError } = require("box-node-sdk/box/errors");
const { BoxSdkError } = require("box-node-sdk/box/errors");

// Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
// Box Developer Console > your app > Configuration > Developer Token.
const DEVELOPER_TOKEN = "YOUR_DEVELOPER_TOKEN";
// Replace AS_USER_ID with the ID of the user every API call acts as (the As-User header):
// Box Admin Console > Users and Groups; the app needs "Make API calls using the as-user header" (Developer Console > your app > Configuration > Advanced Features) and an admin's or the service account's token.
const AS_USER_ID = "AS_USER_ID";

/** What to do about a failure a first run often meets; undefined for anything else. */
function failureHint(error) {
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

async function main() {
  const auth = new BoxDeveloperTokenAuth({ token: DEVELOPER_TOKEN });
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
