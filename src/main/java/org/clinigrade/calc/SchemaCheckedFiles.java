package org.clinigrade.calc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.clinigrade.engine.Folder;

/**
 * The bundled calculator files that passed {@code calculator-file.schema.json} when clinigrade was built, each
 * stamped with its length and CRC-32, under the stamp of the schema itself. Such a file, unchanged, is not checked
 * against the same schema again when it is loaded: compiling the schema and checking 55 files is about 60 ms of
 * every start. Everything else {@link CalculatorFileReader} checks still runs, and a file that changed since, or
 * failed then, is checked in full. (CRC-32, where the precompiled rules use SHA-256: it guards against a stale
 * list, not an adversary, and needs no security provider started.)
 */
public final class SchemaCheckedFiles {

    /** beside the schema, on the class path */
    static final String RESOURCE = "schema-checked-calculators.txt";
    static final SchemaCheckedFiles NONE = new SchemaCheckedFiles(Set.of());

    private final Set<String> stamps;

    private SchemaCheckedFiles(Set<String> stamps) {
        this.stamps = stamps;
    }

    /** Build step: stamps the calculator files in folder {@code args[0]} that pass the schema, into {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        List<String> stamps = stamps(Folder.of(Path.of(args[0])));
        Path target = Path.of(args[1]);
        Files.createDirectories(target.getParent());
        Files.write(target, stamps, StandardCharsets.UTF_8);
        System.out.println("checked " + (stamps.size() - 1) + " calculator files against the schema into " + target);
    }

    /** the schema's stamp, then the stamps of the files in {@code folder} that pass it */
    static List<String> stamps(Folder folder) throws IOException {
        List<String> stamps = new ArrayList<>(List.of(schemaStamp()));
        for (String name : folder.files(".json")) {
            String text = folder.read(name);
            if (CalculatorFileReader.passesSchema(CalculatorFileReader.parse(name, text))) {
                stamps.add(stamp(name, text));
            }
        }
        return stamps;
    }

    /** the files stamped when clinigrade was built, if they were stamped under the schema it has now */
    static SchemaCheckedFiles bundled() {
        try (InputStream in = SchemaCheckedFiles.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return NONE;
            }
            List<String> stamps = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            return stamps.isEmpty() || !stamps.get(0).equals(schemaStamp()) ? NONE
                    : new SchemaCheckedFiles(Set.copyOf(stamps));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** whether file {@code name} was stamped with exactly this text */
    boolean contains(String name, String text) {
        return !stamps.isEmpty() && stamps.contains(stamp(name, text));
    }

    private static String schemaStamp() {
        try (InputStream in = SchemaCheckedFiles.class.getResourceAsStream(CalculatorFileReader.SCHEMA_RESOURCE)) {
            return stamp(CalculatorFileReader.SCHEMA_RESOURCE, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stamp(String name, String text) {
        return stamp(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String stamp(String name, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return name + " " + content.length + " " + Long.toHexString(crc.getValue());
    }
}
