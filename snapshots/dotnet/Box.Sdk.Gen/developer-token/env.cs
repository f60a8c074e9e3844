// Print the ID of the Box user who owns the credentials (Box.Sdk.Gen 1.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.Sdk.Gen --version 1.12.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_DEVELOPER_TOKEN from the environment.

using Box.Sdk.Gen;

var developerToken = RequireEnv("BOX_DEVELOPER_TOKEN");

var auth = new BoxDeveloperTokenAuth(token: developerToken);
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
