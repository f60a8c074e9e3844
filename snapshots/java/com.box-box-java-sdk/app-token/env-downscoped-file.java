// Exchange the token for one downscoped to a file, then read the file's name with it (com.box:box-java-sdk 10.x).
//
// Save pom.xml, shown with the install steps, in the folder you run these in.
// Run:     mvn -q compile exec:java
// Reads BOX_APP_TOKEN from the environment.

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
    private static final String APP_TOKEN = requireEnv("BOX_APP_TOKEN");

    private static void printCurrentUser(String[] args) {
        // The SDK uses an App Token as it is, as it does a Developer Token: no sign-in, no refresh.
        BoxDeveloperTokenAuth auth = new BoxDeveloperTokenAuth(APP_TOKEN);
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
        // The SDK takes an App Token as a Developer Token, and says this for any token Box refuses.
        if ("Developer token has expired. Please provide a new one.".equals(error.getMessage())) {
            return "Box did not accept the App Token: it is mistyped, or its key was revoked or regenerated. Copy the primary or secondary App Token again from the Developer Console (your app > Configuration > App Token Keys); an admin must have authorized the app.";
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
