// Exchange the token for one downscoped to a folder, then read the folder's name with it (box-node-sdk 10.x).
//
// Install: npm install box-node-sdk@^10
// Run:     node get-current-user.js
// Reads BOX_JWT_CONFIG_PATH from the environment.

const {
  BoxClient,
  BoxDeveloperTokenAuth,
  BoxJwtAuth,
  JwtConfig,
} = require("box-node-sdk");
const { BoxApiError } = require("box-node-sdk/box/errors");
const { BoxSdkError } = require("box-node-sdk/box/errors");

function requireEnv(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`Set the ${name} environment variable and run again.`);
    process.exit(1);
  }
  return value;
}

const JWT_CONFIG_PATH = requireEnv("BOX_JWT_CONFIG_PATH");

/** What to do about a failure a first run often meets; undefined for anything else. */
function failureHint(error) {
  // responseInfo can be missing: box-typescript-sdk-gen 1.x's ES module build drops it.
  if (error instanceof BoxApiError) {
    // Box's OAuth 2.0 error reply: { error, error_description }.
    const body = error.responseInfo?.body;
    const boxError = `${body?.error}: ${body?.error_description}`;
    if (boxError.startsWith("invalid_client:")) {
      return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
    }
    if (
      boxError ===
      "invalid_request: The grant type is unauthorized for this client_id"
    ) {
      return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
    }
    if (boxError.startsWith("unauthorized_client:")) {
      return "This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes.";
    }
    if (boxError.startsWith("invalid_grant:") && boxError.includes("'exp'")) {
      return "Box rejected the JWT's expiry time: this machine's clock is off. Turn on automatic time (NTP) and run again.";
    }
    if (boxError.startsWith("invalid_scope:")) {
      return "Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes).";
    }
  }
  // Node's crypto cannot decrypt the key: its own error, not the SDK's.
  if (
    error instanceof Error &&
    "code" in error &&
    String(error.code).startsWith("ERR_OSSL")
  ) {
    return "The private key in the JWT config file could not be read: the key or its passphrase is damaged (often its line breaks, when it came through an environment variable). Generate a new key pair in the Developer Console (your app > Configuration > Add and Manage Public Keys) and use the config file it downloads.";
  }
  // No answer at all: a failed fetch, status 0 (box-typescript-sdk-gen 1.x). Where responseInfo
  // is missing, the error's message still starts with the status.
  const status =
    error instanceof BoxApiError
      ? (error.responseInfo?.statusCode ?? parseInt(error.message, 10))
      : undefined;
  const noAnswer =
    status === 0 ||
    (status === undefined &&
      error instanceof BoxSdkError &&
      error.error !== undefined);
  if (noAnswer) {
    return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
  }
  return undefined;
}

async function main() {
  // The config file holds the private key: keep it out of version control.
  const config = JwtConfig.fromConfigFile(JWT_CONFIG_PATH);
  const auth = new BoxJwtAuth({ config });
  const client = new BoxClient({ auth });
  // A token for fewer scopes, restricted to one folder; the original token stays as it was.
  const downscoped = await auth.downscopeToken(
    ["base_explorer", "item_preview"],
    "https://api.box.com/2.0/folders/987654321",
  );
  // The scopes Box granted it, each once.
  const granted = (downscoped.restrictedTo ?? []).map((entry) => entry.scope);
  console.log(`Downscoped token scopes: ${[...new Set(granted)].join(" ")}`);
  // A client on the downscoped token, which is used as it is.
  const downscopedClient = new BoxClient({
    auth: new BoxDeveloperTokenAuth({ token: downscoped.accessToken }),
  });
  const folder = await downscopedClient.folders.getFolderById("987654321");
  console.log(`Folder ${folder.id}: ${folder.name}`);
}

main().catch((error) => {
  const hint = failureHint(error);
  if (hint === undefined) throw error;
  // Then the first line of the SDK's own message: the rest can hold the request.
  console.error(`${hint}\n${String(error?.message ?? error).split("\n")[0]}`);
  process.exit(1);
});
