package org.clinigrade.cxr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/** A CheXStruct task CSV as it is: UTF-8, a header row, RFC 4180 quoting (Jackson's CSV module), every field text. */
final class ChexstructCsv {

    private static final CsvMapper CSV = CsvMapper.builder().build();

    private ChexstructCsv() {
    }

    /** @throws IndexInputException naming the file and line of a record that cannot be read */
    static List<ChexstructRow> read(Path file) throws IOException {
        List<ChexstructRow> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> records = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(file.toFile())) {
            while (records.hasNextValue()) {
                long line = records.currentLocation().getLineNr();
                rows.add(new ChexstructRow(file.getFileName().toString(), line, records.nextValue()));
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IndexInputException(file.toString(), "line " + line + ": " + e.getOriginalMessage());
        }
        return rows;
    }
}
