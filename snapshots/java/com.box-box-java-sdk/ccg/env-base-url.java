// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 10.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java
// Reads BOX_CLIENT_ID, BOX_CLIENT_SECRET, BOX_ENTERPRISE_ID from the environment.

import com.box.sdkgen.box.ccgauth.BoxCCGAuth;
import com.box.sdkgen.box.ccgauth.CCGConfig;
import com.box.sdkgen.client.BoxClient;
import com.box.sdkgen.networking.baseurls.BaseUrls;
import com.box.sdkgen.schemas.userfull.UserFull;

public class GetCurrentUser {
    private static final String CLIENT_ID = requireEnv("BOX_CLIENT_ID");
    private static final String CLIENT_SECRET = requireEnv("BOX_CLIENT_SECRET");
    private static final String ENTERPRISE_ID = requireEnv("BOX_ENTERPRISE_ID");

    public static void main(String[] args) {
        CCGConfig config = new CCGConfig.Builder(CLIENT_ID, CLIENT_SECRET).enterpriseId(ENTERPRISE_ID).build();
        BoxCCGAuth auth = new BoxCCGAuth(config);
        BoxClient client = new BoxClient(auth);
        // API calls and token requests go to this host instead of https://api.box.com.
        client = client.withCustomBaseUrls(new BaseUrls.Builder().baseUrl("https://box-proxy.example.com").build());
        UserFull me = client.getUsers().getUserMe();
        System.out.println("My user ID is " + me.getId());
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
