// Print the ID of the Box user who owns the credentials (box-node-sdk 3.x).
//
// Install: npm install box-node-sdk@^3
// Run:     node get-current-user.mjs
// This file holds a secret: keep it out of version control.

import BoxSDK from "box-node-sdk";

const DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001";

const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
const me = await client.users.get("me");
console.log(`My user ID is ${me.id}`);
