// Print the ID of the Box user who owns the credentials (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts
// This file holds a secret: keep it out of version control.

import BoxSDK from "box-node-sdk";

const CLIENT_ID = "fakeclientid00000000000000000001";
const CLIENT_SECRET = "FakeClientSecret0000000000000001";
const ENTERPRISE_ID = "1234567";

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
