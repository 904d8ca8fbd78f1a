package rs.eobuka.reference;

import jakarta.enterprise.context.Dependent;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.util.List;
import java.util.zip.CRC32;
import org.flywaydb.core.api.migration.Context;
import rs.eobuka.platform.persistence.CodedMigration;

/**
 * Loads Serbia's local self-government units from {@code reference/lsgu.csv} (a copy of the
 * programme's reference list; see its README in the repository's history) into {@code lsgu}.
 * The checksum is the file's CRC, so Flyway notices if the shipped file ever changes. A CDI bean,
 * so that {@code platform.persistence.DatabaseMigration} finds it without naming this feature.
 */
@Dependent
public class LsguReferenceMigration extends CodedMigration {

    static final String CSV = "reference/lsgu.csv";

    public LsguReferenceMigration() {
        super("2", "Local self-government units of Serbia");
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(String.join("\n", readLines()).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        String sql = "insert into lsgu (code, name_latn, name_cyrl, unit_type, parent_code, district_latn,"
                + " district_cyrl, district_iso, region_latn, region_cyrl, latitude, longitude, in_scope)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            List<String> lines = readLines();
            for (String line : lines.subList(1, lines.size())) {
                List<String> f = LsguCsv.split(line);
                for (int i = 0; i < 10; i++) {
                    String value = f.get(i);
                    if (value.isEmpty()) {
                        insert.setNull(i + 1, Types.VARCHAR);
                    } else {
                        insert.setString(i + 1, value);
                    }
                }
                setDecimal(insert, 11, f.get(10));
                setDecimal(insert, 12, f.get(11));
                insert.setBoolean(13, Boolean.parseBoolean(f.get(12)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setDecimal(PreparedStatement insert, int index, String value) throws Exception {
        if (value.isEmpty()) {
            insert.setNull(index, Types.NUMERIC);
        } else {
            insert.setBigDecimal(index, new BigDecimal(value));
        }
    }

    static List<String> readLines() {
        try (InputStream in = LsguReferenceMigration.class.getClassLoader().getResourceAsStream(CSV)) {
            if (in == null) {
                throw new IllegalStateException(CSV + " is missing from the build");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + CSV, e);
        }
    }
}
