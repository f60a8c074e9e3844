// Print the signed-in Box user's ID; keep the tokens in .box-tokens.json for later runs (box-ios-sdk 10.x).
//
// Install: mkdir -p Sources/GetCurrentUser
// Save Package.swift, shown with the install steps, in the folder you run these in.
// Save this file as Sources/GetCurrentUser/main.swift.
// Run:     swift run
// Sign-in: open the URL it prints and approve access; Box sends the browser back to
// http://localhost:3000/callback, where the program is listening.
// List http://localhost:3000/callback in your app's Redirect URIs (Developer Console > Configuration).
// Tokens: kept in .box-tokens.json (owner-only; keep it out of version control); later runs
// use them without a browser, and refresh them when Box says they expired.
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

import BoxSdkGen
import Foundation
import Network

// Returns the variable's value, or stops with a message that says what to set.
func requireEnv(_ name: String) -> String {
    guard let value = ProcessInfo.processInfo.environment[name], !value.isEmpty else {
        FileHandle.standardError.write(Data("Set the \(name) environment variable and run again.\n".utf8))
        exit(1)
    }
    return value
}

// One request the browser sends the listener: the connection to answer on, and the request's
// target (the path and the query).
typealias BrowserRequest = (connection: NWConnection, target: String)

// Listens on the redirect URI's port, on this machine's loopback interface only, before the URL is
// printed. Foundation has no HTTP server: this is the Network framework's NWListener, which macOS
// has (the platform Package.swift names). Stops with a hint when another program holds the port.
// Returns the listener and the requests it receives, in order.
func startListener(port: NWEndpoint.Port) async -> (NWListener, AsyncStream<BrowserRequest>) {
    do {
        let parameters = NWParameters.tcp
        parameters.requiredInterfaceType = .loopback
        let listener = try NWListener(using: parameters, on: port)
        let queue = DispatchQueue(label: "redirect-listener")
        let requests = AsyncStream<BrowserRequest> { received in
            listener.newConnectionHandler = { connection in
                connection.start(queue: queue)
                connection.receive(minimumIncompleteLength: 1, maximumLength: 65536) { data, _, _, _ in
                    // The request line: GET /callback?code=…&state=… HTTP/1.1
                    let request = String(decoding: data ?? Data(), as: UTF8.self)
                    let target = request.split(separator: " ", maxSplits: 2).dropFirst().first ?? "/"
                    received.yield((connection: connection, target: String(target)))
                }
            }
        }
        try await withCheckedThrowingContinuation { (started: CheckedContinuation<Void, Error>) in
            listener.stateUpdateHandler = { state in
                switch state {
                case .ready:
                    listener.stateUpdateHandler = nil
                    started.resume()
                case .failed(let error), .waiting(let error):
                    listener.stateUpdateHandler = nil
                    started.resume(throwing: error)
                default:
                    break
                }
            }
            listener.start(queue: queue)
        }
        return (listener, requests)
    } catch {
        fail("The redirect URI's port is in use by another program: stop that program, or choose another port in the redirect URI (here and in your app's Redirect URIs).", "\(error)")
    }
}

// Waits for the browser's one request to the redirect URI's path (anything else gets a 404),
// answers it and returns the code. A state other than this run's means the request did not come
// from this sign-in: its code is never used.
func waitForCode(_ requests: AsyncStream<BrowserRequest>, state: String) async -> String {
    for await (connection, target) in requests {
        let url = URLComponents(string: target)
        guard url?.path == "/callback" else {
            await answer(connection, "404 Not Found", "Not found.")
            continue
        }
        var query: [String: String] = [:]
        for item in url?.queryItems ?? [] {
            query[item.name] = item.value ?? ""
        }
        if query["state"] != state {
            await answer(connection, "400 Bad Request", "The redirect did not carry the state this program sent, so it did not come from this sign-in: the code was not used. Run the program again and open the URL it prints.")
            fail("The redirect did not carry the state this program sent, so it did not come from this sign-in: the code was not used. Run the program again and open the URL it prints.", "The redirect's state is not the one this run sent.")
        }
        // Box sends error=access_denied (and an error_description) when the user clicks Deny.
        if let error = query["error"] {
            await answer(connection, "403 Forbidden", "Access was not approved in the browser, so Box sent no code. Run the program again and click \"Grant access to Box\".")
            fail("Access was not approved in the browser, so Box sent no code. Run the program again and click \"Grant access to Box\".", "\(error): \(query["error_description"] ?? "")")
        }
        await answer(connection, "200 OK", "Signed in to Box. You can close this tab and go back to the terminal.")
        return query["code"] ?? ""
    }
    fatalError("The listener stopped before the browser came back.")
}

// Sends the browser a short text page, then closes the connection.
func answer(_ connection: NWConnection, _ status: String, _ text: String) async {
    let body = Data(text.utf8)
    let head = "HTTP/1.1 \(status)\r\nContent-Type: text/plain; charset=utf-8\r\n"
        + "Content-Length: \(body.count)\r\nConnection: close\r\n\r\n"
    await withCheckedContinuation { (sent: CheckedContinuation<Void, Never>) in
        connection.send(content: Data(head.utf8) + body, completion: .contentProcessed { _ in
            connection.cancel()
            sent.resume()
        })
    }
}

// Stops the program as its other failures do: the hint, then what happened, on stderr.
func fail(_ hint: String, _ detail: String) -> Never {
    FileHandle.standardError.write(Data("\(hint)\n\(detail)\n".utf8))
    exit(1)
}

// The SDK's token storage, kept in a JSON file between runs: the SDK reads the tokens from it and
// writes to it the tokens of the sign-in and of each refresh.
final class JSONFileTokenStorage: TokenStorage {
    let path: String

    init(path: String) {
        self.path = path
    }

    func store(token: AccessToken) async throws {
        // Owner-only (0600) before a token is written to it.
        if !FileManager.default.fileExists(atPath: path) {
            FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        try JSONEncoder().encode(token).write(to: URL(fileURLWithPath: path))
    }

    func get() async throws -> AccessToken? {
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else {
            return nil
        }
        return try JSONDecoder().decode(AccessToken.self, from: data)
    }

    func clear() async throws {
        try? FileManager.default.removeItem(atPath: path)
    }
}

let clientId = requireEnv("BOX_CLIENT_ID")
let clientSecret = requireEnv("BOX_CLIENT_SECRET")

// Box sends the browser here after approval; list it under your app's OAuth 2.0 Redirect URIs.
let redirectUri = "http://localhost:3000/callback"

// What to do about a failure a first run often meets; nil for anything else.
func failureHint(_ error: BoxSDKError) -> String? {
    // Box's OAuth 2.0 error reply: {"error": …, "error_description": …}.
    let boxError = (error as? BoxAPIError)?.responseInfo.rawBody ?? ""
    // An authorization code lasts 30 seconds and works once.
    if boxError.contains("\"invalid_grant\"") && boxError.contains("The authorization code has expired") {
        return "Box refused the authorization code: a code lasts 30 seconds and works once. Run the program again and approve access in the browser right away."
    }
    // A refresh token works once: each refresh brings a new one, which the token file keeps.
    if boxError.contains("\"invalid_grant\"") && boxError.contains("Invalid refresh token") {
        return "Box refused the saved refresh token: a refresh token lasts 60 days and works once. Delete the token file and run the program again to sign in in the browser."
    }
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
    // The tokens stay in this file between runs. When Box answers 401, the SDK refreshes them, the
    // storage writes the new pair (the refresh token changes too), and the SDK tries the call again.
    let tokenStorage = JSONFileTokenStorage(path: ".box-tokens.json")
    let auth = BoxOAuth(
        config: OAuthConfig(clientId: clientId, clientSecret: clientSecret, tokenStorage: tokenStorage)
    )
    let client = BoxClient(auth: auth)
    // Sign in in the browser only when the file holds no tokens yet.
    if try await tokenStorage.get() == nil {
        // A new random state for this sign-in (16 random bytes, in hex): Box's redirect must bring it back.
        let state = (0..<16).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
        let (listener, requests) = await startListener(port: 3000)
        let authorizeUrl = try auth.getAuthorizeUrl(
            options: GetAuthorizeUrlOptions(redirectUri: redirectUri, state: state)
        )
        print("Open this URL and approve access:\n\(authorizeUrl)")
        print("Waiting for the browser. If Box's page says redirect_uri_mismatch, add this program's redirect URI to your app's Redirect URIs (Developer Console > your app > Configuration) and run again.")
        let code = await waitForCode(requests, state: state)
        listener.cancel()
        _ = try await auth.getTokensAuthorizationCodeGrant(authorizationCode: code)
    } else {
        print("Using the tokens saved in .box-tokens.json.")
    }
    let me = try await client.users.getUserMe()
    print("My user ID is \(me.id)")
} catch let error as BoxSDKError {
    // Only the failures failureHint knows are explained: anything else is thrown on, unchanged.
    guard let hint = failureHint(error) else { throw error }
    FileHandle.standardError.write(Data("\(hint)\n\(error.message)\n".utf8))
    exit(1)
}
