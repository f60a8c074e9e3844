// Print the signed-in Box user's ID, starting from an access and refresh token (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift, shown with the install steps, in the folder you run these in.
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run
// Sign-in: none in the browser. The program starts from the access and refresh token it is
// given, and refreshes them when Box says the access token expired. Box rotates refresh
// tokens: after a refresh the pair it was given no longer works; an app keeps the new pair
// in its own token store (the SDK calls its token storage with it).
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ACCESS_TOKEN, BOX_REFRESH_TOKEN from the environment.

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

let clientId = requireEnv("BOX_CLIENT_ID")
let clientSecret = requireEnv("BOX_CLIENT_SECRET")
let accessToken = requireEnv("BOX_ACCESS_TOKEN")
let refreshToken = requireEnv("BOX_REFRESH_TOKEN")

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
    if error is BoxNetworkError {
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com."
    }
    return nil
}

do {
    // The pair the program starts from, in the SDK's in-memory token storage: no sign-in in the
    // browser. When Box answers 401, the SDK refreshes the pair (the refresh token changes too) and
    // tries the call again.
    let tokenStorage = InMemoryTokenStorage(token: AccessToken(accessToken: accessToken, refreshToken: refreshToken))
    let auth = BoxOAuth(
        config: OAuthConfig(clientId: clientId, clientSecret: clientSecret, tokenStorage: tokenStorage)
    )
    let client = BoxClient(auth: auth)
    let me = try await client.users.getUserMe()
    print("My user ID is \(me.id)")
} catch let error as BoxSDKError {
    // Only the failures failureHint knows are explained: anything else is thrown on, unchanged.
    guard let hint = failureHint(error) else { throw error }
    FileHandle.standardError.write(Data("\(hint)\n\(error.message)\n".utf8))
    exit(1)
}
