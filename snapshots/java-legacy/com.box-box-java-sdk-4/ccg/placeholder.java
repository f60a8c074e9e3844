// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 4.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java

import com.box.sdk.BoxCCGAPIConnection;
import com.box.sdk.BoxUser;

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
        BoxCCGAPIConnection api =
                BoxCCGAPIConnection.applicationServiceAccountConnection(CLIENT_ID, CLIENT_SECRET, ENTERPRISE_ID);
        BoxUser.Info me = BoxUser.getCurrentUser(api).getInfo();
        System.out.println("My user ID is " + me.getID());
    }
}
