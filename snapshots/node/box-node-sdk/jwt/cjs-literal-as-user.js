// Print the ID of the Box user who owns the credentials (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10
// Run:     node get-current-user.js

const { BoxClient, BoxJwtAuth, JwtConfig } = require("box-node-sdk");

const JWT_CONFIG_PATH = "config/box_app_config.json";
const USER_ID = "7654321";

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
