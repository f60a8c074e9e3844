// Exchange the token for one downscoped to a file, then read the file's name with it (Box.V2.Core 10.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 10.17.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.

using Box.Sdk.Gen;

var clientId = RequireEnv("BOX_CLIENT_ID");
var clientSecret = RequireEnv("BOX_CLIENT_SECRET");
var enterpriseId = RequireEnv("BOX_ENTERPRISE_ID");

try
{
    var config = new CcgConfig(clientId: clientId, clientSecret: clientSecret) { EnterpriseId = enterpriseId };
    var auth = new BoxCcgAuth(config: config);
    var client = new BoxClient(auth: auth);
    // Exchange the token for a downscoped one, restricted to this file (named by its API URL).
    var downscoped = await auth.DownscopeTokenAsync(
        scopes: new[] { "item_preview" },
        resource: "https://api.box.com/2.0/files/123456789");
    // restricted_to pairs each scope with the item it applies to: print each scope once, in order.
    var scopes = (downscoped.RestrictedTo ?? []).Select(entry => entry.Scope?.StringValue).Distinct();
    Console.WriteLine($"Downscoped token scopes: {string.Join(" ", scopes)}");
    // Then call Box with the downscoped token.
    var downscopedClient = new BoxClient(auth: new BoxDeveloperTokenAuth(token: downscoped.AccessTokenField!));
    var file = await downscopedClient.Files.GetFileByIdAsync(fileId: "123456789");
    Console.WriteLine($"File {file.Id}: {file.Name}");
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
    if (boxError.Contains("\"invalid_grant\"") && boxError.Contains("Grant credentials are invalid"))
    {
        return "Box rejected the client credentials: check the Client ID and Secret (Developer Console > your app > Configuration); to act as a user, the app needs App + Enterprise Access and \"Generate user access tokens\" there, then re-authorization in the Admin Console.";
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
