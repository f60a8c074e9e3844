// Exchange the token for one downscoped to a folder, then read the folder's name with it (Box.V2.Core 10.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 10.17.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_JWT_CONFIG_PATH from the environment.

using Box.Sdk.Gen;

var jwtConfigPath = RequireEnv("BOX_JWT_CONFIG_PATH");

try
{
    // The config file holds the private key: keep it out of version control.
    var config = JwtConfig.FromConfigFile(configFilePath: jwtConfigPath);
    var auth = new BoxJwtAuth(config: config);
    var client = new BoxClient(auth: auth);
    // Exchange the token for a downscoped one, restricted to this folder (named by its API URL).
    var downscoped = await auth.DownscopeTokenAsync(
        scopes: new[] { "base_explorer", "item_preview" },
        resource: "https://api.box.com/2.0/folders/987654321");
    // restricted_to pairs each scope with the item it applies to: print each scope once, in order.
    var scopes = (downscoped.RestrictedTo ?? []).Select(entry => entry.Scope?.StringValue).Distinct();
    Console.WriteLine($"Downscoped token scopes: {string.Join(" ", scopes)}");
    // Then call Box with the downscoped token.
    var downscopedClient = new BoxClient(auth: new BoxDeveloperTokenAuth(token: downscoped.AccessTokenField!));
    var folder = await downscopedClient.Folders.GetFolderByIdAsync(folderId: "987654321");
    Console.WriteLine($"Folder {folder.Id}: {folder.Name}");
}
// Only the failures FailureHint knows are caught: anything else stays unhandled, as it was.
catch (Exception error) when (FailureHint(error) is string hint)
{
    // Then the first line of the SDK's own message: the rest can hold the request and a stack trace.
    Console.Error.WriteLine($"{hint}\n{error.Message.Split('\n')[0]}");
    Environment.Exit(1);
}

// What to do about a failure a first run often meets; null for anything else.
static string? FailureHint(Exception error)
{
    var sdkError = error as BoxSdkException;
    var boxError = (error as BoxApiException)?.ResponseInfo.RawBody ?? "";
    if (boxError.Contains("\"unauthorized_client\""))
    {
        return "This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes.";
    }
    if (boxError.Contains("\"invalid_grant\"") && boxError.Contains("'exp'"))
    {
        return "Box rejected the JWT's expiry time: this machine's clock is off. Turn on automatic time (NTP) and run again.";
    }
    // The SDK's key reader (BouncyCastle) throws its own exceptions.
    if (error.Message is "Invalid private JWT key!" or "Private key is null" or "pad block corrupted")
    {
        return "The private key in the JWT config file could not be read: the key or its passphrase is damaged (often its line breaks, when it came through an environment variable). Generate a new key pair in the Developer Console (your app > Configuration > Add and Manage Public Keys) and use the config file it downloads.";
    }
    // Box's OAuth 2.0 error reply to the token request: {"error": …, "error_description": …}.
    if (boxError.Contains("\"invalid_client\""))
    {
        return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
    }
    if (boxError.Contains("The grant type is unauthorized for this client_id"))
    {
        return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
    }
    if (boxError.Contains("\"invalid_scope\""))
    {
        return "Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes).";
    }
    if (sdkError != null && sdkError.Message.StartsWith("Network error."))
    {
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
    }
    return null;
}

// Returns the variable's value, or stops with a message that says what to set.
static string RequireEnv(string name)
{
    var value = Environment.GetEnvironmentVariable(name);
    if (string.IsNullOrEmpty(value))
    {
        Console.Error.WriteLine($"Set the {name} environment variable and run again.");
        Environment.Exit(1);
    }
    return value;
}
