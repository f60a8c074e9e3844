// Print the ID of the Box user who owns the credentials (Box.Sdk.Gen 1.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.Sdk.Gen --version 1.12.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// This file holds a secret: keep it out of version control.

using Box.Sdk.Gen;

var clientId = "fakeclientid00000000000000000001";
var clientSecret = "FakeClientSecret0000000000000001";
var enterpriseId = "1234567";

var config = new CcgConfig(clientId: clientId, clientSecret: clientSecret) { EnterpriseId = enterpriseId };
var auth = new BoxCcgAuth(config: config);
var client = new BoxClient(auth: auth);
var me = await client.Users.GetUserMeAsync();
Console.WriteLine($"My user ID is {me.Id}");
