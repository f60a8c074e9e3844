// Print the ID of the Box user who owns the credentials (box-node-sdk 3.x).
//
// Install: npm install box-node-sdk@^3
// Run:     node get-current-user.mjs
// Reads BOX_DEVELOPER_TOKEN from the environment.

import BoxSDK from "box-node-sdk";

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");

const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
const me = await client.users.get("me");
console.log(`My user ID is ${me.id}`);
