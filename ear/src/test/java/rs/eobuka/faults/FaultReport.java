package rs.eobuka.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The suite's figures, printed and appended to {@code faults.dir/report.md} as rows of one
 * markdown table (scenario, database, figure, value, when), so an H2 run and a PostgreSQL run
 * end up side by side.
 */
final class FaultReport {

    private FaultReport() {
    }

    static synchronized void figure(String scenario, String database, String figure, Object value) {
        String row = "| " + scenario + " | " + database + " | " + figure + " | " + value + " | "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " |\n";
        System.out.print("[faults] " + row);
        Path report = FaultServer.directory().resolve("report.md");
        try {
            Files.createDirectories(report.getParent());
            if (!Files.exists(report)) {
                Files.writeString(report, "| scenario | database | figure | value | when |\n| --- | --- | --- | --- | --- |\n",
                        StandardCharsets.UTF_8);
            }
            Files.writeString(report, row, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
