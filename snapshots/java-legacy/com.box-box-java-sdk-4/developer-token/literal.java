// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 4.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java
// This file holds a secret: keep it out of version control.

import com.box.sdk.BoxAPIConnection;
import com.box.sdk.BoxUser;

public class GetCurrentUser {
    private static final String DEVELOPER_TOKEN = "FakeDeveloperToken00000000000001";

    public static void main(String[] args) {
        BoxAPIConnection api = new BoxAPIConnection(DEVELOPER_TOKEN);
        BoxUser.Info me = BoxUser.getCurrentUser(api).getInfo();
        System.out.println("My user ID is " + me.getID());
    }
}
