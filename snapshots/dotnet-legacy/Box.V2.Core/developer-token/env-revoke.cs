// Print the ID of the Box user who owns the credentials; then revoke the token (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_DEVELOPER_TOKEN, BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

using Box.V2;
using Box.V2.Auth;
using Box.V2.Config;
using Box.V2.Exceptions;

var developerToken = RequireEnv("BOX_DEVELOPER_TOKEN");
var clientId = RequireEnv("BOX_CLIENT_ID");
var clientSecret = RequireEnv("BOX_CLIENT_SECRET");

try
{
    // The client ID and secret are used only to refresh or revoke; API calls need just the token.
    var builder = new BoxConfigBuilder(clientId, clientSecret, new Uri("http://localhost"));
    var session = new OAuthSession(developerToken, "N/A", 3600, "bearer");
    var client = new BoxClient(builder.Build(), session);
    var me = await client.UsersManager.GetCurrentUserInformationAsync();
    Console.WriteLine($"My user ID is {me.Id}");
    // Revoke the token: Box invalidates it at once.
    await client.Auth.LogoutAsync();
    Console.WriteLine("Token revoked.");
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
    // Box answers a token it refuses with a 401, and the SDK's try to refresh it fails too.
    if (boxError?.StatusCode == System.Net.HttpStatusCode.Unauthorized || error is BoxSessionInvalidatedException)
    {
        return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).";
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
