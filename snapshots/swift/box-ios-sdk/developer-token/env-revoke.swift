// Print the ID of the Box user who owns the credentials; then revoke the token (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift, shown with the install steps, in the folder you run these in.
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run
// Reads BOX_DEVELOPER_TOKEN, BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

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

let developerToken = requireEnv("BOX_DEVELOPER_TOKEN")
let clientId = requireEnv("BOX_CLIENT_ID")
let clientSecret = requireEnv("BOX_CLIENT_SECRET")

// What to do about a failure a first run often meets; nil for anything else.
func failureHint(_ error: BoxSDKError) -> String? {
    // The SDK says this for any token Box refuses: expired, mistyped or revoked alike.
    if error.message == "Developer token has expired. Please provide a new one." {
        return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token)."
    }
    if error is BoxNetworkError {
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com."
    }
    return nil
}

do {
    let auth = BoxDeveloperTokenAuth(
        token: developerToken,
        config: DeveloperTokenConfig(clientId: clientId, clientSecret: clientSecret)
    )
    let client = BoxClient(auth: auth)
    let me = try await client.users.getUserMe()
    print("My user ID is \(me.id)")
    // Revoke the token: Box invalidates it (and any refresh token) at once.
    try await auth.revokeToken()
    print("Token revoked.")
} catch let error as BoxSDKError {
    // Only the failures failureHint knows are explained: anything else is thrown on, unchanged.
    guard let hint = failureHint(error) else { throw error }
    FileHandle.standardError.write(Data("\(hint)\n\(error.message)\n".utf8))
    exit(1)
}
