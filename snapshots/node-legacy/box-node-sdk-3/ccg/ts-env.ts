// Print the ID of the Box user who owns the credentials (box-node-sdk 3.x).
//
// Install: npm install box-node-sdk@^3 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.

import BoxSDK from "box-node-sdk";

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
const ENTERPRISE_ID = requireEnv("BOX_ENTERPRISE_ID");

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
