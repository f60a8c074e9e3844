// Print the ID of the Box user who owns the credentials (box-node-sdk 3.x).
//
// Install: npm install box-node-sdk@^3 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts

import BoxSDK from "box-node-sdk";

// Replace YOUR_CLIENT_ID with your app's Client ID:
// Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
const CLIENT_ID = "YOUR_CLIENT_ID";
// Replace YOUR_CLIENT_SECRET with your app's Client Secret:
// Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
const CLIENT_SECRET = "YOUR_CLIENT_SECRET";
// Replace YOUR_ENTERPRISE_ID with your enterprise's ID:
// Box Admin Console > Account & Billing > Enterprise ID, or your app > General Settings.
const ENTERPRISE_ID = "YOUR_ENTERPRISE_ID";

async function main(): Promise<void> {
  const sdk = new BoxSDK({
    clientID: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    enterpriseID: ENTERPRISE_ID,
  });
  // The enterprise's service account.
  const client = sdk.getAnonymousClient();
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
