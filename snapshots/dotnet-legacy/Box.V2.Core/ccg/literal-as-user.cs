// Print the ID of the Box user who owns the credentials (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net8.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// This file holds a secret: keep it out of version control.

using Box.V2.CCGAuth;
using Box.V2.Config;

var clientId = "fakeclientid00000000000000000001";
var clientSecret = "FakeClientSecret0000000000000001";
var userId = "7654321";

var builder = new BoxConfigBuilder(clientId, clientSecret);
var auth = new BoxCCGAuth(builder.Build());
var client = auth.UserClient(userToken: await auth.UserTokenAsync(userId), userId: userId);
var me = await client.UsersManager.GetCurrentUserInformationAsync();
Console.WriteLine($"My user ID is {me.Id}");
