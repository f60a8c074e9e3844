// Print the ID of the Box user who owns the credentials (com.box:box-java-sdk 10.x).
//
// Save pom.xml in the folder you run these in (box-snippet --format markdown prints it).
// Run:     mvn -q compile exec:java
// This file holds a secret: keep it out of version control.

import com.box.sdkgen.box.ccgauth.BoxCCGAuth;
import com.box.sdkgen.box.ccgauth.CCGConfig;
import com.box.sdkgen.client.BoxClient;
import com.box.sdkgen.schemas.userfull.UserFull;

public class GetCurrentUser {
    private static final String CLIENT_ID = "fakeclientid00000000000000000001";
    private static final String CLIENT_SECRET = "FakeClientSecret0000000000000001";
    private static final String USER_ID = "7654321";

    public static void main(String[] args) {
        CCGConfig config = new CCGConfig.Builder(CLIENT_ID, CLIENT_SECRET).userId(USER_ID).build();
        BoxCCGAuth auth = new BoxCCGAuth(config);
        BoxClient client = new BoxClient(auth);
        UserFull me = client.getUsers().getUserMe();
        System.out.println("My user ID is " + me.getId());
    }
}
