// Print the ID of the Box user who owns the credentials (box-node-sdk 3.x).
//
// Install: npm install box-node-sdk@^3
// Run:     node get-current-user.mjs

import BoxSDK from "box-node-sdk";

// Replace YOUR_DEVELOPER_TOKEN with a Developer Token (valid for 60 minutes):
// Box Developer Console > your app > Configuration > Developer Token.
const DEVELOPER_TOKEN = "YOUR_DEVELOPER_TOKEN";

const client = BoxSDK.getBasicClient(DEVELOPER_TOKEN);
const me = await client.users.get("me");
console.log(`My user ID is ${me.id}`);
