// Print the ID of the Box user the program acts as, with the As-User header (Box.V2.Core 10.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 10.17.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_DEVELOPER_TOKEN, BOX_AS_USER_ID from the environment.

using Box.Sdk.Gen;

var developerToken = RequireEnv("BOX_DEVELOPER_TOKEN");
var asUserId = RequireEnv("BOX_AS_USER_ID");

try
{
    var auth = new BoxDeveloperTokenAuth(token: developerToken);
    var client = new BoxClient(auth: auth);
    // Every API call acts as this user: the As-User header.
    client = client.WithAsUserHeader(userId: asUserId);
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
    // The SDK says this for any token Box refuses: expired, mistyped or revoked alike.
    if (sdkError?.Message == "Developer token has expired. Please provide a new one.")
    {
        return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).";
    }
    var boxError = (error as BoxApiException)?.ResponseInfo.RawBody ?? "";
    if (boxError.Contains("\"access_denied_insufficient_permissions\""))
    {
        return "Box refused to act as the user: the app needs \"Make API calls using the as-user header\" (Developer Console > your app > Configuration > Advanced Features) and re-authorization by an admin, and the token must be an admin's or the service account's.";
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
