// Print the ID of the Box user who owns the credentials (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts

import BoxSDK from "box-node-sdk";

// Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
// Box Developer Console > your app > Configuration > Developer Token.
const DEVELOPER_TOKEN = "YOUR_DEVELOPER_TOKEN";

async function main(): Promise<void> {
  const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
