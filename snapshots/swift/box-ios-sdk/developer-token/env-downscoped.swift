// Exchange the token for a downscoped one, then read the user's ID with that one (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift, shown with the install steps, in the folder you run these in.
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run
// Reads BOX_DEVELOPER_TOKEN from the environment.

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

// What to do about a failure a first run often meets; nil for anything else.
func failureHint(_ error: BoxSDKError) -> String? {
    // The SDK says this for any token Box refuses: expired, mistyped or revoked alike.
    if error.message == "Developer token has expired. Please provide a new one." {
        return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token)."
    }
    // Box's error reply, as it came.
    let boxError = (error as? BoxAPIError)?.responseInfo.rawBody ?? ""
    if boxError.contains("\"invalid_scope\"") {
        return "Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes)."
    }
    if error is BoxNetworkError {
        return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com."
    }
    return nil
}

do {
    let auth = BoxDeveloperTokenAuth(token: developerToken)
    let client = BoxClient(auth: auth)
    // Exchange the token for a downscoped one.
    let downscoped = try await auth.downscopeToken(scopes: ["root_readonly"])
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
    let me = try await downscopedClient.users.getUserMe()
    print("My user ID is \(me.id)")
} catch let error as BoxSDKError {
    // Only the failures failureHint knows are explained: anything else is thrown on, unchanged.
    guard let hint = failureHint(error) else { throw error }
    FileHandle.standardError.write(Data("\(hint)\n\(error.message)\n".utf8))
    exit(1)
}
