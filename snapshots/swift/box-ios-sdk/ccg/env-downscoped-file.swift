// Exchange the token for one downscoped to a file, then read the file's name with it (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift, shown with the install steps, in the folder you run these in.
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.

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
let enterpriseId = requireEnv("BOX_ENTERPRISE_ID")

// What to do about a failure a first run often meets; nil for anything else.
func failureHint(_ error: BoxSDKError) -> String? {
    // Box's OAuth 2.0 error reply: {"error": …, "error_description": …}.
    let boxError = (error as? BoxAPIError)?.responseInfo.rawBody ?? ""
    if boxError.contains("\"unauthorized_client\"") {
        return "This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes."
    }
    if boxError.contains("\"invalid_grant\"") && boxError.contains("Grant credentials are invalid") {
        return "Box rejected the client credentials: check the Client ID and Secret (Developer Console > your app > Configuration); to act as a user, the app needs App + Enterprise Access and \"Generate user access tokens\" there, then re-authorization in the Admin Console."
    }
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
    let config = CCGConfig(clientId: clientId, clientSecret: clientSecret, enterpriseId: enterpriseId)
    let auth = BoxCCGAuth(config: config)
    let client = BoxClient(auth: auth)
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
