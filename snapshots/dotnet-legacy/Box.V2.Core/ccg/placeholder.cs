// Print the ID of the Box user who owns the credentials (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run

using Box.V2.CCGAuth;
using Box.V2.Config;

// Replace YOUR_CLIENT_ID with your app's Client ID:
// Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
var clientId = "YOUR_CLIENT_ID";
// Replace YOUR_CLIENT_SECRET with your app's Client Secret:
// Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
var clientSecret = "YOUR_CLIENT_SECRET";
// Replace YOUR_ENTERPRISE_ID with your enterprise's ID:
// Box Admin Console > Account & Billing > Enterprise ID, or your app > General Settings.
var enterpriseId = "YOUR_ENTERPRISE_ID";

var builder = new BoxConfigBuilder(clientId, clientSecret);
builder = builder.SetEnterpriseId(enterpriseId);
var auth = new BoxCCGAuth(builder.Build());
// The enterprise's service account. The argument is named: passed by position, a token fits
// two AdminClient overloads and the call does not compile (CS0121).
var client = auth.AdminClient(adminToken: await auth.AdminTokenAsync());
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine($"My user ID is {me.Id}");
