// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk-gen 0.8.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java

import com.box.sdkgen.box.ccgauth.BoxCCGAuth;
import com.box.sdkgen.box.ccgauth.CCGConfig;
import com.box.sdkgen.client.BoxClient;
import com.box.sdkgen.schemas.userfull.UserFull;

public class GetCurrentUser {
    // Replace YOUR_CLIENT_ID with your app's Client ID:
    // Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
    private static final String CLIENT_ID = "YOUR_CLIENT_ID";
    // Replace YOUR_CLIENT_SECRET with your app's Client Secret:
    // Box Developer Console > your app > Configuration > OAuth 2.0 Credentials.
    private static final String CLIENT_SECRET = "YOUR_CLIENT_SECRET";
    // Replace YOUR_ENTERPRISE_ID with your enterprise's ID:
    // Box Admin Console > Account & Billing > Enterprise ID, or your app > General Settings.
    private static final String ENTERPRISE_ID = "YOUR_ENTERPRISE_ID";

    public static void main(String[] args) {
        CCGConfig config = new CCGConfig.Builder(CLIENT_ID, CLIENT_SECRET).enterpriseId(ENTERPRISE_ID).build();
        BoxCCGAuth auth = new BoxCCGAuth(config);
        BoxClient client = new BoxClient(auth);
        UserFull me = client.getUsers().getUserMe();
        System.out.println("My user ID is " + me.getId());
    }
}
