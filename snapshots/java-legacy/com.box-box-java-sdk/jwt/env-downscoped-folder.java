// Exchange the token for one downscoped to a folder, then read the folder's name with it (com.box:box-java-sdk 5.x).
//
// Save pom.xml, shown with the install steps, in the folder you run these in.
// Run:     mvn -q compile exec:java
// Reads BOX_JWT_CONFIG_PATH from the environment.

import com.box.sdk.BoxAPIConnection;
import com.box.sdk.BoxAPIException;
import com.box.sdk.BoxConfig;
import com.box.sdk.BoxDeveloperEditionAPIConnection;
import com.box.sdk.BoxFolder;
import com.box.sdk.DeveloperEditionEntityType;
import com.box.sdk.InMemoryLRUAccessTokenCache;
import com.box.sdk.ScopedToken;
import java.io.FileReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class GetCurrentUser {
    private static final String JWT_CONFIG_PATH = requireEnv("BOX_JWT_CONFIG_PATH");

    private static void printCurrentUser(String[] args) throws IOException {
        // The config file holds the private key: keep it out of version control.
        BoxConfig boxConfig;
        try (Reader reader = new FileReader(JWT_CONFIG_PATH)) {
            boxConfig = BoxConfig.readFrom(reader);
        }
        // The constructor defers authentication to the first API call, so settings such as
        // setBaseURL still apply to it; the static factories authenticate at once.
        BoxDeveloperEditionAPIConnection api = new BoxDeveloperEditionAPIConnection(
                boxConfig.getEnterpriseId(),
                DeveloperEditionEntityType.ENTERPRISE,
                boxConfig,
                new InMemoryLRUAccessTokenCache(100));
        // Exchange the token for one that can do less: these scopes, on this folder only.
        ScopedToken downscoped = api.getLowerScopedToken(
                Arrays.asList("base_explorer", "item_preview"), "https://api.box.com/2.0/folders/987654321");
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
        BoxFolder.Info folder = new BoxFolder(downscopedApi, "987654321").getInfo();
        System.out.println("Folder " + folder.getID() + ": " + folder.getName());
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
        // The SDK keeps Box's reply as text.
        String body = String.valueOf(error.getResponse());
        // A token request the app's auth method does not allow, or a client ID and secret Box does not know.
        if (body.contains("The grant type is unauthorized")) {
            return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
        }
        if (body.contains("\"invalid_client\"")) {
            return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
        }
        if (body.contains("\"unauthorized_client\"")) {
            return "This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes.";
        }
        if (String.valueOf(error.getMessage()).contains("private key")) {
            return "The private key in the JWT config file could not be read: the key or its passphrase is damaged (often its line breaks, when it came through an environment variable). Generate a new key pair in the Developer Console (your app > Configuration > Add and Manage Public Keys) and use the config file it downloads.";
        }
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
