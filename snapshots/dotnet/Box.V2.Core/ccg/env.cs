// Print the ID of the Box user who owns the credentials (Box.V2.Core 10.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 10.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.

using Box.Sdk.Gen;

var clientId = RequireEnv("BOX_CLIENT_ID");
var clientSecret = RequireEnv("BOX_CLIENT_SECRET");
var enterpriseId = RequireEnv("BOX_ENTERPRISE_ID");

var config = new CcgConfig(clientId: clientId, clientSecret: clientSecret) { EnterpriseId = enterpriseId };
var auth = new BoxCcgAuth(config: config);
var client = new BoxClient(auth: auth);
var me = await client.Users.GetUserMeAsync();
Console.WriteLine($"My user ID is {me.Id}");

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
