// Print the ID of the Box user who owns the credentials (Box.V2.Core 5.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 5.8.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// This file holds a secret: keep it out of version control.

using Box.V2.CCGAuth;
using Box.V2.Config;

var clientId = "fakeclientid00000000000000000001";
var clientSecret = "FakeClientSecret0000000000000001";
var enterpriseId = "1234567";

var builder = new BoxConfigBuilder(clientId, clientSecret);
builder = builder.SetEnterpriseId(enterpriseId);
var auth = new BoxCCGAuth(builder.Build());
// The enterprise's service account. The argument is named: passed by position, a token fits
// two AdminClient overloads and the call does not compile (CS0121).
var client = auth.AdminClient(adminToken: await auth.AdminTokenAsync());
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine($"My user ID is {me.Id}");
