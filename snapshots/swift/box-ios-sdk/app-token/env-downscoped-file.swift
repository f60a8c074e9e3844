// Exchange the token for one downscoped to a file, then read the file's name with it (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift, shown with the install steps, in the folder you run these in.
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run
// Reads BOX_APP_TOKEN from the environment.

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

let appToken = requireEnv("BOX_APP_TOKEN")

// What to do about a failure a first run often meets; nil for anything else.
func failureHint(_ error: BoxSDKError) -> String? {
    // The SDK uses an App Token as it does a Developer Token, and says this for any token Box refuses.
    if error.message == "Developer token has expired. Please provide a new one." {
        return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app."
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
    // An App Token is used as it is, as a Developer Token would be.
    let auth = BoxDeveloperTokenAuth(token: appToken)
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
