// Print the ID of the Box user who owns the credentials (box-node-sdk 3.x).
//
// Install: npm install box-node-sdk@^3 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts
// This file holds a secret: keep it out of version control.

import BoxSDK from "box-node-sdk";

const DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001";

async function main(): Promise<void> {
  const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
