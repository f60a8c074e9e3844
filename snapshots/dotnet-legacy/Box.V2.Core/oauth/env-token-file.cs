// Print the signed-in Box user's ID; keep the tokens in .box-tokens.json for later runs (Box.V2.Core 6.x).
//
// Install: dotnet new console --framework net10.0 && dotnet add package Box.V2.Core --version 6.16.0
// Save this file as Program.cs, replacing the Program.cs that dotnet new wrote.
// Run:     dotnet run
// Sign-in: open the URL it prints and approve access; Box sends the browser back to
// http://localhost:3000/callback, where the program is listening.
// List http://localhost:3000/callback in your app's Redirect URIs (Developer Console > Configuration).
// Tokens: kept in .box-tokens.json (owner-only; keep it out of version control); later runs
// use them without a browser, and refresh them when Box says they expired.
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

using Box.V2;
using Box.V2.Auth;
using Box.V2.Config;
using Box.V2.Exceptions;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;

var clientId = RequireEnv("BOX_CLIENT_ID");
var clientSecret = RequireEnv("BOX_CLIENT_SECRET");

// Box sends the browser here after approval; list it under your app's OAuth 2.0 Redirect URIs.
var redirectUri = "http://localhost:3000/callback";

try
{
    var builder = new BoxConfigBuilder(clientId, clientSecret, new Uri(redirectUri));
    var config = builder.Build();
    // The tokens stay in this file between runs; null when it holds none yet.
    var tokenFile = ".box-tokens.json";
    var savedSession = ReadTokens(tokenFile);
    var client = new BoxClient(config, savedSession);
    // The SDK raises SessionAuthenticated after the sign-in and after each refresh (when Box answers
    // 401, it refreshes once and tries the call again): the file gets the new pair, refresh token too.
    client.Auth.SessionAuthenticated += (_, authenticated) => SaveTokens(tokenFile, authenticated.Session);
    // Sign in in the browser only when the file holds no tokens yet.
    if (savedSession is null)
    {
        // A new random state for this sign-in: Box's redirect must bring it back unchanged.
        var state = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
        using var listener = StartListener();
        // The SDK's authorize URL (AuthCodeUri) has no state parameter of its own: it is added to it here.
        Console.WriteLine($"Open this URL and approve access:\n{config.AuthCodeUri}&state={Uri.EscapeDataString(state)}");
        Console.WriteLine("Waiting for the browser. If Box's page says redirect_uri_mismatch, add this program's redirect URI to your app's Redirect URIs (Developer Console > your app > Configuration) and run again.");
        var code = await WaitForCodeAsync(listener, state);
        await client.Auth.AuthenticateAsync(code);
    }
    else
    {
        Console.WriteLine("Using the tokens saved in .box-tokens.json.");
    }
    var me = await client.UsersManager.GetCurrentUserInformationAsync();
    Console.WriteLine($"My user ID is {me.Id}");
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
    // An authorization code lasts 30 seconds and works once.
    if (boxError?.ErrorCode == "invalid_grant" && boxError.ErrorDescription.Contains("authorization code has expired"))
    {
        return "Box refused the authorization code: a code lasts 30 seconds and works once. Run the program again and approve access in the browser right away.";
    }
    // A refresh token works once: each refresh brings a new one, which the token file keeps.
    if (boxError?.ErrorCode == "invalid_grant" && boxError.ErrorDescription.Contains("Invalid refresh token"))
    {
        return "Box refused the saved refresh token: a refresh token lasts 60 days and works once. Delete the token file and run the program again to sign in in the browser.";
    }
    // Box's OAuth 2.0 error reply to the token request: {"error": …, "error_description": …}.
    if (boxError?.ErrorCode == "invalid_client")
    {
        return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
    }
    if (boxError?.ErrorCode == "invalid_request" && boxError.ErrorDescription.Contains("grant type is unauthorized"))
    {
        return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
    }
    // The SDK lets the HTTP client's own exception through.
    if (error is HttpRequestException)
    {
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
    }
    return null;
}

// Listens on the redirect URI's port before the URL is printed, so the browser finds the program
// there; stops with a hint when another program holds the port.
static HttpListener StartListener()
{
    var listener = new HttpListener();
    listener.Prefixes.Add("http://localhost:3000/");
    try
    {
        listener.Start();
    }
    catch (HttpListenerException error)
    {
        Fail("The redirect URI's port is in use by another program: stop that program, or choose another port in the redirect URI (here and in your app's Redirect URIs).", error.Message);
    }
    return listener;
}

// Waits for the browser's one request to the redirect URI's path (anything else gets a 404),
// answers it, closes the listener and returns the code. A state other than this run's means the
// request did not come from this sign-in: its code is never used.
static async Task<string> WaitForCodeAsync(HttpListener listener, string state)
{
    while (true)
    {
        var context = await listener.GetContextAsync();
        if (context.Request.Url?.AbsolutePath != "/callback")
        {
            Answer(context.Response, 404, "Not found.");
            continue;
        }
        var query = context.Request.QueryString;
        if (query["state"] != state)
        {
            Refuse(context.Response, 400, "The redirect did not carry the state this program sent, so it did not come from this sign-in: the code was not used. Run the program again and open the URL it prints.", "The redirect's state is not the one this run sent.");
        }
        // Box sends error=access_denied (and an error_description) when the user clicks Deny.
        if (query["error"] is string error)
        {
            Refuse(context.Response, 403, "Access was not approved in the browser, so Box sent no code. Run the program again and click \"Grant access to Box\".", $"{error}: {query["error_description"]}");
        }
        Answer(context.Response, 200, "Signed in to Box. You can close this tab and go back to the terminal.");
        listener.Stop();
        return query["code"] ?? "";
    }
}

// Sends the browser a short text page.
static void Answer(HttpListenerResponse response, int status, string text)
{
    var body = System.Text.Encoding.UTF8.GetBytes(text);
    response.StatusCode = status;
    response.ContentType = "text/plain; charset=utf-8";
    response.ContentLength64 = body.Length;
    response.OutputStream.Write(body);
    response.Close();
}

// Stops the sign-in: the browser's page and the first line on stderr both say what to do.
static void Refuse(HttpListenerResponse response, int status, string hint, string detail)
{
    Answer(response, status, hint);
    Fail(hint, detail);
}

// Stops the program as its other failures do: the hint, then what happened, on stderr.
static void Fail(string hint, string detail)
{
    Console.Error.WriteLine($"{hint}\n{detail}");
    Environment.Exit(1);
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

// The tokens an earlier run saved in the file, or null when it holds none.
static OAuthSession? ReadTokens(string path)
{
    var text = File.Exists(path) ? File.ReadAllText(path) : "";
    if (string.IsNullOrWhiteSpace(text))
    {
        return null;
    }
    var tokens = JsonSerializer.Deserialize<Dictionary<string, string>>(text)!;
    // The SDK never reads expires_in: it refreshes when Box answers 401.
    var accessToken = tokens.GetValueOrDefault("access_token");
    return new OAuthSession(accessToken, tokens.GetValueOrDefault("refresh_token"), 3600, "bearer");
}

// Writes the session's tokens to the file, made owner-only (0600) before a token is in it. Windows
// has no such mode: there the file has its folder's permissions.
static void SaveTokens(string path, OAuthSession session)
{
    if (!OperatingSystem.IsWindows())
    {
        File.AppendAllText(path, "");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
    var tokens = new Dictionary<string, string>
    {
        ["access_token"] = session.AccessToken,
        ["refresh_token"] = session.RefreshToken,
    };
    File.WriteAllText(path, JsonSerializer.Serialize(tokens));
}
