// Print the ID of the Box user who owns the credentials (Box.V2.Core 5.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 5.8.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.

using Box.V2.CCGAuth;
using Box.V2.Config;

var clientId = RequireEnv("BOX_CLIENT_ID");
var clientSecret = RequireEnv("BOX_CLIENT_SECRET");
var enterpriseId = RequireEnv("BOX_ENTERPRISE_ID");

var builder = new BoxConfigBuilder(clientId, clientSecret);
builder = builder.SetEnterpriseId(enterpriseId);
var auth = new BoxCCGAuth(builder.Build());
// The enterprise's service account. The argument is named: passed by position, a token fits
// two AdminClient overloads and the call does not compile (CS0121).
var client = auth.AdminClient(adminToken: await auth.AdminTokenAsync());
var me = await client.UsersManager.GetCurrentUserInformationAsync();
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
