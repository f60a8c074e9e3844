// javac for the proof's many Java programs, in one JVM: each request compiles one program with the
// JDK's own compiler (javax.tools, the javac of `javac`) and the options it is given, so only the
// first compile pays for the JVM's and the compiler's start-up. One request a line on stdin:
// id TAB option TAB option ...; one reply a line on stdout: id TAB exit code TAB base64(output).

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

public class CompileServer {
    public static void main(String[] args) throws Exception {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        PrintStream replies = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            String[] fields = line.split("\t");
            pool.submit(() -> {
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
                int exit = compiler.run(null, stream, stream, Arrays.copyOfRange(fields, 1, fields.length));
                String encoded = Base64.getEncoder().encodeToString(output.toByteArray());
                synchronized (replies) {
                    replies.println(fields[0] + "\t" + exit + "\t" + encoded);
                }
            });
        }
        pool.shutdown();
    }
}
