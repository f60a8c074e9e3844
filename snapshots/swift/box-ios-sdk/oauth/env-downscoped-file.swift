// Exchange the token for one downscoped to a file, then read the file's name with it (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift, shown with the install steps, in the folder you run these in.
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

import BoxSdkGen
import Foundation

// Returns the variable's value, or stops with a message that says what to set.
func requireEnv(_ name: String) -> String {
    guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
        FileHandle.standardError.write(Data("Set the \(name) environment variable and run again.\n".utf8))
        exit(1)
    }
    return value
}

// The authorization code: the code parameter of the URL Box redirects the browser to.
func askForCode() -> String {
    print("Authorization code: ", terminator: "")
    guard let line = readLine()?.trimmingCharacters(in: .whitespaces), !line.isEmpty else {
        FileHandle.standardError.write(Data("No authorization code given.\n".utf8))
        exit(1)
    }
    return line
}

let clientId = requireEnv("BOX_CLIENT_ID")
let clientSecret = requireEnv("BOX_CLIENT_SECRET")

// Box sends the browser here after approval; list it under your app's OAuth 2.0 Redirect URIs.
let redirectUri = "http://localhost:3000/callback"

// What to do about a failure a first run often meets; nil for anything else.
func failureHint(_ error: BoxSDKError) -> String? {
    // Box's OAuth 2.0 error reply: {"error": …, "error_description": …}.
    let boxError = (error as? BoxAPIError)?.responseInfo.rawBody ?? ""
    if boxError.contains("\"invalid_client\"") {
        return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset."
    }
    if boxError.contains("The grant type is unauthorized for this client_id") {
        return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration)."
    }
    if boxError.contains("\"invalid_scope\"") {
        return "Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes)."
    }
    if error is BoxNetworkError {
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com."
    }
    return nil
}

do {
    let auth = BoxOAuth(config: OAuthConfig(clientId: clientId, clientSecret: clientSecret))
    let authorizeUrl = try auth.getAuthorizeUrl(options: GetAuthorizeUrlOptions(redirectUri: redirectUri))
    print("Open this URL and approve access:\n\(authorizeUrl)")
    let code = CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : askForCode()
    let client = BoxClient(auth: auth)
    _ = try await auth.getTokensAuthorizationCodeGrant(authorizationCode: code)
    // Exchange the token for a downscoped one, restricted to this file (named by its API URL).
    let downscoped = try await auth.downscopeToken(
        scopes: ["item_preview"],
        resource: "https://api.box.com/2.0/files/123456789"
    )
    // restricted_to pairs each scope with the item it applies to: print each scope once, in order.
    var scopes: [String] = []
    for entry in downscoped.restrictedTo ?? [] {
        if let scope = entry.scope?.rawValue, !scopes.contains(scope) {
            scopes.append(scope)
        }
    }
    print("Downscoped token scopes: \(scopes.joined(separator: " "))")
    // Then call Box with the downscoped token.
    let downscopedClient = BoxClient(auth: BoxDeveloperTokenAuth(token: downscoped.accessToken!))
    let file = try await downscopedClient.files.getFileById(fileId: "123456789")
    print("File \(file.id): \(file.name ?? "")")
} catch let error as BoxSDKError {
    // Only the failures failureHint knows are explained: anything else is thrown on, unchanged.
    guard let hint = failureHint(error) else { throw error }
    FileHandle.standardError.write(Data("\(hint)\n\(error.message)\n".utf8))
    exit(1)
}
