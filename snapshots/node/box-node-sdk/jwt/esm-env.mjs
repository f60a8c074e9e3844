// Print the ID of the Box user who owns the credentials (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10
// Run:     node get-current-user.mjs
// Reads BOX_JWT_CONFIG_PATH from the environment.

import { BoxClient, BoxJwtAuth, JwtConfig } from "box-node-sdk";

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const JWT_CONFIG_PATH = requireEnv("BOX_JWT_CONFIG_PATH");

// The config file holds the private key: keep it out of version control.
const config = JwtConfig.fromConfigFile(JWT_CONFIG_PATH);
const auth = new BoxJwtAuth({ config });
const client = new BoxClient({ auth });
const me = await client.users.getUserMe();
console.log(`My user ID is ${me.id}`);
