// Exchange the token for one downscoped to a file, then read the file's name with it (com.box:box-java-sdk 10.x).
//
// Save pom.xml, shown with the install steps, in the folder you run these in.
// Run:     mvn -q compile exec:java
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.

import com.box.sdkgen.box.ccgauth.BoxCCGAuth;
import com.box.sdkgen.box.ccgauth.CCGConfig;
import com.box.sdkgen.box.developertokenauth.BoxDeveloperTokenAuth;
import com.box.sdkgen.box.errors.BoxAPIError;
import com.box.sdkgen.box.errors.BoxSDKError;
import com.box.sdkgen.client.BoxClient;
import com.box.sdkgen.schemas.accesstoken.AccessToken;
import com.box.sdkgen.schemas.filefull.FileFull;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

public class GetCurrentUser {
    private static final String CLIENT_ID = requireEnv("BOX_CLIENT_ID");
    private static final String CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");
    private static final String ENTERPRISE_ID = requireEnv("BOX_ENTERPRISE_ID");

    private static void printCurrentUser(String[] args) {
        CCGConfig config = new CCGConfig.Builder(CLIENT_ID, CLIENT_SECRET).enterpriseId(ENTERPRISE_ID).build();
        BoxCCGAuth auth = new BoxCCGAuth(config);
        BoxClient client = new BoxClient(auth);
        // Exchange the token for one that can do less: these scopes, on this file only.
        AccessToken downscoped = auth.downscopeToken(
                Arrays.asList("item_preview"),
                "https://api.box.com/2.0/files/123456789",
                null,
                client.getNetworkSession());
        // The scopes of its restricted_to entries, each once, in order.
        Set<String> scopes = downscoped.getRestrictedTo().stream()
                .map(restriction -> restriction.getScope().getValue())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        System.out.println("Downscoped token scopes: " + String.join(" ", scopes));
        // A client on the downscoped token, with the first client's network settings.
        BoxClient downscopedClient = new BoxClient.Builder(new BoxDeveloperTokenAuth(downscoped.getAccessToken()))
                .networkSession(client.getNetworkSession())
                .build();
        FileFull file = downscopedClient.getFiles().getFileById("123456789");
        System.out.println("File " + file.getId() + ": " + file.getName());
    }

    public static void main(String[] args) throws Exception {
        try {
            printCurrentUser(args);
        } catch (BoxSDKError error) {
            String hint = failureHint(error);
            if (hint == null) {
                throw error;
            }
            // Then the first line of the SDK's own message: the rest holds the request, secrets included.
            System.err.println(hint + "\n" + String.valueOf(error.getMessage()).split("\n")[0]);
            System.exit(1);
        }
    }

    /** What to do about a failure a first run often meets; null for anything else. */
    private static String failureHint(BoxSDKError error) {
        // Box's error reply as it came ({"error": …} from a token request, {"code": …} from an API
        // call): read as text, so the program needs nothing beyond the SDK's own compile-scope API.
        String reply = error instanceof BoxAPIError
                ? String.valueOf(((BoxAPIError) error).getResponseInfo().getRawBody())
                : "";
        // A token request the app's auth method does not allow, or a client ID and secret Box does not know.
        if (reply.contains("The grant type is unauthorized")) {
            return "This app's authentication method does not allow this sign-in: an OAuth 2.0 app cannot use CCG or JWT, and a server app cannot use OAuth 2.0. Use the auth method chosen when the app was created (Developer Console > your app > Configuration).";
        }
        if (reply.contains("\"invalid_client\"")) {
            return "Box does not know this Client ID and Secret pair: copy both again from the Developer Console (your app > Configuration > OAuth 2.0 Credentials); a secret changes when it is reset.";
        }
        if (reply.contains("\"unauthorized_client\"")) {
            return "This app is not authorized in the enterprise: an admin authorizes it in the Admin Console (Integrations > Platform Apps Manager, by its Client ID), and again after any change to its scopes.";
        }
        if (reply.contains("\"invalid_grant\"") && reply.contains("Grant credentials are invalid")) {
            return "Box rejected the client credentials: check the Client ID and Secret (Developer Console > your app > Configuration); to act as a user, the app needs App + Enterprise Access and \"Generate user access tokens\" there, then re-authorization in the Admin Console.";
        }
        if (reply.contains("\"invalid_scope\"")) {
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
