// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 4.x).
//
// Install: implementation "com.box:box-java-sdk:4.16.4" in build.gradle,
//          or the same dependency in pom.xml
// Run:     mvn -q compile exec:java -Dexec.mainClass=GetCurrentUser
//          (with this file in src/main/java/)
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
