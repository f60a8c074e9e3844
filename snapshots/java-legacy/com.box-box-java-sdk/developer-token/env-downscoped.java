// Exchange the token for a downscoped one, then read the user's ID with that one (com.box:box-java-sdk 5.x).
//
// Save pom.xml, shown with the install steps, in the folder you run these in.
// Run:     mvn -q compile exec:java
// Reads BOX_DEVELOPER_TOKEN from the environment.

import com.box.sdk.BoxAPIConnection;
import com.box.sdk.BoxAPIException;
import com.box.sdk.BoxUser;
import com.box.sdk.ScopedToken;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class GetCurrentUser {
    private static final String DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");

    private static void printCurrentUser(String[] args) {
        BoxAPIConnection api = new BoxAPIConnection(DEVELOPER_TOKEN);
        // Exchange the token for one that can do less: these scopes only.
        ScopedToken downscoped = api.getLowerScopedToken(
                Arrays.asList("root_readonly"), null);
        // The scopes of its restricted_to entries, read from the reply's JSON: the SDK's own JSON
        // values (minimal-json) are on the runtime classpath only.
        String reply = downscoped.getJson();
        Matcher scope = Pattern.compile("\"scope\"\\s*:\\s*\"([^\"]*)\"")
                .matcher(reply.substring(Math.max(0, reply.indexOf("\"restricted_to\""))));
        Set<String> scopes = new LinkedHashSet<>();
        while (scope.find()) {
            scopes.add(scope.group(1));
        }
        System.out.println("Downscoped token scopes: " + String.join(" ", scopes));
        // A connection on the downscoped token.
        BoxAPIConnection downscopedApi = new BoxAPIConnection(downscoped.getAccessToken());
        BoxUser me = BoxUser.getCurrentUser(downscopedApi);
        System.out.println("My user ID is " + me.getID());
    }

    public static void main(String[] args) throws Exception {
        try {
            printCurrentUser(args);
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
        if (error.getResponseCode() == 401) {
            return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).";
        }
        // The SDK keeps Box's reply as text.
        String body = String.valueOf(error.getResponse());
        if (body.contains("\"invalid_scope\"")) {
            return "Box refused to downscope the token: a downscoped token can only keep scopes the original token has. Ask for fewer scopes, or give the app those scopes (Developer Console > your app > Configuration > Application Scopes).";
        }
        if (error.getCause() instanceof java.io.IOException) {
            return "Could not reach Box: check this machine's network connection, and any proxy or firewall between it and api.box.com.";
        }
        return null;
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
