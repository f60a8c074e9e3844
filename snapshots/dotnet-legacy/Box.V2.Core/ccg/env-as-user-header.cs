// Print the ID of the Box user the program acts as, with the As-User header (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID, BOX_AS_USER_ID from the environment.

using Box.V2.CCGAuth;
using Box.V2.Config;
using Box.V2.Exceptions;

var clientId = RequireEnv("BOX_CLIENT_ID");
var clientSecret = RequireEnv("BOX_CLIENT_SECRET");
var enterpriseId = RequireEnv("BOX_ENTERPRISE_ID");
var asUserId = RequireEnv("BOX_AS_USER_ID");

try
{
    var builder = new BoxConfigBuilder(clientId, clientSecret);
    builder = builder.SetEnterpriseId(enterpriseId);
    var auth = new BoxCCGAuth(builder.Build());
    // The enterprise's service account. The argument is named: passed by position, a token fits
    // two AdminClient overloads and the call does not compile (CS0121).
    // Every API call acts as this user: the As-User header.
    var client = auth.AdminClient(adminToken: await auth.AdminTokenAsync(), asUser: asUserId);
    var me = await client.UsersManager.GetCurrentUserInformationAsync();
    Console.WriteLine($"My user ID is {me.Id}");
}
// Only the failures FailureHint knows are caught: anything else stays unhandled, as it was.
catch (Exception error) when (FailureHint(error) is string hint)
{
    // Then the first line of the SDK's own message.
    Console.Error.WriteLine($"{hint}\n{error.Message.Split('\n')[0]}");
    Environment.Exit(1);
}

// What to do about a failure a first run often meets; null for anything else.
static string? FailureHint(Exception error)
{
    var boxError = error as BoxAPIException;
    if (boxError?.ErrorCode == "unauthorized_client")
    {
        return "This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes.";
    }
    if (boxError?.ErrorCode == "invalid_grant" && boxError.ErrorDescription == "Grant credentials are invalid")
    {
        return "Box rejected the client credentials: check the Client ID and Secret (Developer Console > your app > Configuration); to act as a user, the app needs App + Enterprise Access and \"Generate user access tokens\" there, then re-authorization in the Admin Console.";
    }
    // Box's OAuth 2.0 error reply to the token request: {"error": …, "error_description": …}.
    if (boxError?.ErrorCode == "invalid_client")
    {
        return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
    }
    if (boxError?.ErrorCode == "invalid_request" && boxError.ErrorDescription.Contains("grant type is unauthorized"))
    {
        return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
    }
    if (boxError?.ErrorCode == "access_denied_insufficient_permissions")
    {
        return "Box refused to act as the user: the app needs \"Make API calls using the as-user header\" (Developer Console > your app > Configuration > Advanced Features) and re-authorization by an admin, and the token must be an admin's or the service account's.";
    }
    // The SDK lets the HTTP client's own exception through.
    if (error is HttpRequestException)
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
