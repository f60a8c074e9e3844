// Print the ID of the Box user who owns the credentials (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10
// Run:     node get-current-user.js
// Reads BOX_JWT_CONFIG_PATH, BOX_USER_ID from the environment.

const { BoxClient, BoxJwtAuth, JwtConfig } = require("box-node-sdk");

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const JWT_CONFIG_PATH = requireEnv("BOX_JWT_CONFIG_PATH");
const USER_ID = requireEnv("BOX_USER_ID");

async function main() {
  // The config file holds the private key: keep it out of version control.
  const config = JwtConfig.fromConfigFile(JWT_CONFIG_PATH);
  // Act as this user instead of the app's service account.
  const auth = new BoxJwtAuth({ config }).withUserSubject(USER_ID);
  const client = new BoxClient({ auth });
  const me = await client.users.getUserMe();
  console.log(`My user ID is ${me.id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
