// Print the ID of the Box user who owns the credentials (box-node-sdk 3.x).
//
// Install: npm install box-node-sdk@^3 && npm install --save-dev typescript tsx @types/node
// Run:     npx tsx get-current-user.ts
// Reads BOX_DEVELOPER_TOKEN from the environment.

import BoxSDK from "box-node-sdk";

function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");

async function main(): Promise<void> {
  const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
  const me = await client.users.get("me");
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
