// Print the ID of the Box user who owns the credentials (Box.Sdk.Gen 1.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.Sdk.Gen --version 1.12.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run

using Box.Sdk.Gen;

// Replace YOUR_CLIENT_ID with your app's Client ID:
// Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
var clientId = "YOUR_CLIENT_ID";
// Replace YOUR_CLIENT_SECRET with your app's Client Secret:
// Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
var clientSecret = "YOUR_CLIENT_SECRET";
// Replace YOUR_ENTERPRISE_ID with your enterprise's ID:
// Box Admin Console > Account & Billing > Enterprise ID, or your app > General Settings.
var enterpriseId = "YOUR_ENTERPRISE_ID";

var config = new CcgConfig(clientId: clientId, clientSecret: clientSecret) { EnterpriseId = enterpriseId };
var auth = new BoxCcgAuth(config: config);
var client = new BoxClient(auth: auth);
var me = await client.Users.GetUserMeAsync();
Console.WriteLine($"My user ID is {me.Id}");
