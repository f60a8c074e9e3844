// Print the ID of the Box user who owns the credentials (box-typescript-sdk-gen 1.x).
//
// Install: npm install box-typescript-sdk-gen@^1
// Run:     node get-current-user.mjs
// This file holds a secret: keep it out of version control.

import { BoxClient, BoxDeveloperTokenAuth } from "box-typescript-sdk-gen";

const DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001";

const auth = new BoxDeveloperTokenAuth({ token: DEVELOPER_TOKEN });
const client = new BoxClient({ auth });
const me = await client.users.getUserMe();
console.log(`My user ID is ${me.id}`);
