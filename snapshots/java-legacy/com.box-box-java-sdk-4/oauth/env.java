// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 4.x).
//
// Save pom.xml, shown with the install steps, in the folder you run these in.
// Run:     mvn -q compile exec:java
// Sign-in: open the URL it prints and approve access; Box sends the browser back to
// http://localhost:3000/callback, where the program is listening.
// List http://localhost:3000/callback in your app's Redirect URIs (Developer Console > Configuration).
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET from the environment.

import com.box.sdk.BoxAPIConnection;
import com.box.sdk.BoxAPIException;
import com.box.sdk.BoxUser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

public class GetCurrentUser {
    private static final String CLIENT_ID = requireEnv("BOX_CLIENT_ID");
    private static final String CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");

    // Box sends the browser here after approval; list it under your app's OAuth 2.0 Redirect URIs.
    private static final String REDIRECT_URI = "http://localhost:3000/callback";

    private static void printCurrentUser(String[] args) throws Exception {
        // Listen before printing the URL: Box sends the browser back to this program, with the code.
        HttpServer server = listen();
        // The state value comes back with the redirect; the program checks it there to stop forged requests.
        String state = newState();
        URL authorizeUrl = BoxAPIConnection.getAuthorizationURL(CLIENT_ID, URI.create(REDIRECT_URI), state, null);
        System.out.println("Open this URL and approve access:\n" + authorizeUrl);
        System.out.println("Waiting for the browser. If Box's page says redirect_uri_mismatch, add this program's redirect URI to your app's Redirect URIs (Developer Console > your app > Configuration) and run again.");
        System.out.flush();
        String code = waitForCode(server, state);
        BoxAPIConnection api = new BoxAPIConnection(CLIENT_ID, CLIENT_SECRET);
        // A code works once, so no retries: this SDK retries any "invalid_grant" reply that says "exp"
        // (as a JWT clock error), Box's "The authorization code has expired" too.
        int retries = api.getMaxRetryAttempts();
        api.setMaxRetryAttempts(0);
        api.authenticate(code);
        api.setMaxRetryAttempts(retries);
        BoxUser me = BoxUser.getCurrentUser(api);
        System.out.println("My user ID is " + me.getID());
    }

    public static void main(String[] args) throws Exception {
        try {
            printCurrentUser(args);
        } catch (SignInStopped error) {
            System.err.println(error.hint + "\n" + error.getMessage());
            System.exit(1);
        } catch (BoxAPIException error) {
            String hint = failureHint(error);
            if (hint == null) {
                throw error;
            }
            // Then the first line of the SDK's own message.
            System.err.println(hint + "\n" + String.valueOf(error.getMessage()).split("\n")[0]);
            System.exit(1);
        }
    }

    /** What to do about a failure a first run often meets; null for anything else. */
    private static String failureHint(BoxAPIException error) {
        // The SDK keeps Box's reply as text.
        String body = String.valueOf(error.getResponse());
        // A token request the app's auth method does not allow, or a client ID and secret Box does not know.
        if (body.contains("The grant type is unauthorized")) {
            return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
        }
        if (body.contains("\"invalid_client\"")) {
            return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
        }
        // A code lasts 30 seconds and works once: Box says it has expired, or that it does not exist.
        if (body.contains("\"invalid_grant\"")
                && (body.contains("authorization code has expired") || body.contains("Auth code doesn't exist"))) {
            return "Box refused the authorization code: a code lasts 30 seconds and works once. Run the program again and approve access in the browser right away.";
        }
        if (error.getCause() instanceof java.io.IOException) {
            return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
        }
        return null;
    }

    /** Listens on the redirect URI's host and port; another program there stops this one. */
    private static HttpServer listen() throws IOException, SignInStopped {
        try {
            return HttpServer.create(new InetSocketAddress("localhost", 3000), 0);
        } catch (BindException error) {
            throw new SignInStopped("The redirect URI's port is in use by another program: stop that program, or choose another port in the redirect URI (here and in your app's Redirect URIs).", error.getMessage());
        }
    }

    /** 16 random bytes in hex: Box sends them back with the redirect, which shows it is this sign-in's. */
    private static String newState() {
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        return String.format("%032x", new BigInteger(1, random));
    }

    /**
     * Waits for the browser's visit to the redirect URI, answers it, and returns the code it brings;
     * stops the program when the visit is not this sign-in's, or when access was not approved.
     */
    private static String waitForCode(HttpServer server, String state) throws Exception {
        CompletableFuture<Map<String, String>> redirect = new CompletableFuture<>();
        server.createContext("/", exchange -> {
            // Another path (a browser asking for an icon, say) is not the redirect: keep waiting.
            if (!exchange.getRequestURI().getPath().equals("/callback")) {
                answer(exchange, 404, "Not found.");
                return;
            }
            Map<String, String> query = queryOf(exchange.getRequestURI().getRawQuery());
            try {
                if (!state.equals(query.get("state"))) {
                    answer(exchange, 400, "This redirect is not from the program's sign-in: its code was not used.");
                } else if (query.containsKey("error")) {
                    answer(exchange, 200, "Access was not approved. You can close this tab.");
                } else {
                    answer(exchange, 200, "Signed in to Box. You can close this tab and go back to the terminal.");
                }
            } finally {
                redirect.complete(query);
            }
        });
        server.start();
        Map<String, String> query;
        try {
            query = redirect.get();
        } finally {
            // No more visits: the program ends when it is done.
            server.stop(0);
        }
        if (!state.equals(query.get("state"))) {
            throw new SignInStopped(
                    "The redirect did not carry the state this program sent, so it did not come from this sign-in: the code was not used. Run the program again and open the URL it prints.",
                    "The redirect's state: " + query.get("state"));
        }
        if (query.containsKey("error")) {
            throw new SignInStopped(
                    "Access was not approved in the browser, so Box sent no code. Run the program again and click \"Grant access to Box\".",
                    query.get("error") + ": " + query.getOrDefault("error_description", ""));
        }
        return query.get("code");
    }

    /** The query's parameters, decoded; the first of each name. */
    private static Map<String, String> queryOf(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            parameters.putIfAbsent(
                    URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(nameAndValue.length > 1 ? nameAndValue[1] : "", StandardCharsets.UTF_8));
        }
        return parameters;
    }

    /** Answers the browser with a short text page. */
    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A sign-in the program stops: the hint it prints first, and the detail it prints next. */
    private static final class SignInStopped extends Exception {
        final String hint;

        SignInStopped(String hint, String detail) {
            super(detail);
            this.hint = hint;
        }
    }

    /** Returns the variable's value, or stops with a message that says what to set. */
    private static String requireEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isEmpty()) {
            System.err.println("Set the " + name + " environment variable and run again.");
            System.exit(1);
        }
        return value;
    }
}
