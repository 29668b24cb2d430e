import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs Kafka's StorageTool with its arguments read from a file, one per line.
 *
 * The SCRAM credentials that `format --add-scram` writes into the metadata would otherwise
 * stand on the command line, which every local user can read in /proc. logwarden writes the
 * arguments to a 0600 file and runs this with `java -cp <kafka jars> FormatStorage.java FILE`.
 */
public class FormatStorage {
    public static void main(String[] args) throws Exception {
        String[] toolArgs = Files.readAllLines(Path.of(args[0])).stream()
            .filter(line -> !line.isEmpty())
            .toArray(String[]::new);
        kafka.tools.StorageTool.main(toolArgs);
    }
}
