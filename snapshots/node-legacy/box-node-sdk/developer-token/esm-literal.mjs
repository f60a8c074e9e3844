// Print the ID of the Box user who owns the credentials (box-node-sdk 4.x).
//
// Install: npm install box-node-sdk@^4
// Run:     node get-current-user.mjs
// This file holds a secret: keep it out of version control.

// box-node-sdk 4.x's ES module entry is CommonJS: Node gives it as { default: BoxSDK }.
import boxNodeSdk from "box-node-sdk";
const BoxSDK = boxNodeSdk.default;

const DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001";

const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
const me = await client.users.get("me");
console.log(`My user ID is ${me.id}`);
