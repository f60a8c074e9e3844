// Print the signed-in Box user's ID, starting from an access and refresh token (Box.V2.Core 10.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 10.17.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Sign-in: none in the browser. The program starts from the access and refresh token it is
// given, and refreshes them when Box says the access token expired. Box rotates refresh
// tokens: after a refresh the pair it was given no longer works; an app keeps the new pair
// in its own token store (the SDK calls its token storage with it).
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ACCESS_TOKEN, BOX_REFRESH_TOKEN from the environment.

using Box.Sdk.Gen;

var clientId = RequireEnv("BOX_CLIENT_ID");
var clientSecret = RequireEnv("BOX_CLIENT_SECRET");
var accessToken = RequireEnv("BOX_ACCESS_TOKEN");
var refreshToken = RequireEnv("BOX_REFRESH_TOKEN");

try
{
    // The pair the program starts from, in the SDK's in-memory token storage: no sign-in in the
    // browser. When Box answers 401, the SDK refreshes the pair (the refresh token changes too) and
    // tries the call again.
    var tokens = new Box.Sdk.Gen.Schemas.AccessToken { AccessTokenField = accessToken, RefreshToken = refreshToken };
    var auth = new BoxOAuth(
        config: new OAuthConfig(
            clientId: clientId,
            clientSecret: clientSecret,
            tokenStorage: new InMemoryTokenStorage(token: tokens)));
    var client = new BoxClient(auth: auth);
    var me = await client.Users.GetUserMeAsync();
    Console.WriteLine($"My user ID is {me.Id}");
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
    // Box's OAuth 2.0 error reply to the token request: {"error": …, "error_description": …}.
    if (boxError.Contains("\"invalid_client\""))
    {
        return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
    }
    if (boxError.Contains("The grant type is unauthorized for this client_id"))
    {
        return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
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
