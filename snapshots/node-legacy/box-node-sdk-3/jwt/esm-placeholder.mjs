// Print the ID of the Box user who owns the credentials (box-node-sdk 3.x).
//
// Install: npm install box-node-sdk@^3
// Run:     node get-current-user.mjs

import * as fs from "node:fs";
import BoxSDK from "box-node-sdk";

// Replace path/to/config.json with the path of your app's JSON config file:
// Box Developer Console > your app > Configuration > Generate a Public/Private Keypair.
const JWT_CONFIG_PATH = "path/to/config.json";

// The config file holds the private key: keep it out of version control.
const config = JSON.parse(fs.readFileSync(JWT_CONFIG_PATH, "utf8"));
const sdk = BoxSDK.getPreconfiguredInstance(config);
const client = sdk.getAppAuthClient("enterprise");
const me = await client.users.get("me");
console.log(`My user ID is ${me.id}`);
