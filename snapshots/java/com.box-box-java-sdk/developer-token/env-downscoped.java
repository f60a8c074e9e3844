// Exchange the token for a downscoped one, then read the user's ID with that one (com.box:box-java-sdk 10.x).
//
// Save pom.xml, shown with the install steps, in the folder you run these in.
// Run:     mvn -q compile exec:java
// Reads BOX_DEVELOPER_TOKEN from the environment.

import com.box.sdkgen.box.developertokenauth.BoxDeveloperTokenAuth;
import com.box.sdkgen.box.errors.BoxAPIError;
import com.box.sdkgen.box.errors.BoxSDKError;
import com.box.sdkgen.client.BoxClient;
import com.box.sdkgen.schemas.accesstoken.AccessToken;
import com.box.sdkgen.schemas.userfull.UserFull;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

public class GetCurrentUser {
    private static final String DEVELOPER_TOKEN = requireEnv("BOX_DEVELOPER_TOKEN");

    private static void printCurrentUser(String[] args) {
        BoxDeveloperTokenAuth auth = new BoxDeveloperTokenAuth(DEVELOPER_TOKEN);
        BoxClient client = new BoxClient(auth);
        // Exchange the token for one that can do less: these scopes only.
        AccessToken downscoped = auth.downscopeToken(
                Arrays.asList("root_readonly"),
                null,
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
        UserFull me = downscopedClient.getUsers().getUserMe();
        System.out.println("My user ID is " + me.getId());
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
        // The SDK says this for any token Box refuses: expired, mistyped or revoked alike.
        if ("Developer token has expired. Please provide a new one.".equals(error.getMessage())) {
            return "Box did not accept the Developer Token. These tokens last 60 minutes, and a mistyped or revoked token fails the same way: generate a new one in the Developer Console (your app > Configuration > Developer Token).";
        }
        // Box's error reply as it came ({"error": …} from a token request, {"code": …} from an API
        // call): read as text, so the program needs nothing beyond the SDK's own compile-scope API.
        String reply = error instanceof BoxAPIError
                ? String.valueOf(((BoxAPIError) error).getResponseInfo().getRawBody())
                : "";
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
