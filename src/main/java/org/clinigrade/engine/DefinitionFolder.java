package org.clinigrade.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The definition files of one kind ({@code calculators}, {@code indices}, …): {@code <id>.json} in the folder bundled
 * under the kind's name, or in a folder the user named. Definition files are data, never run, so they are safe to
 * load from anywhere; whatever rules they give rise to come from a {@link RuleLibrary} or a fixed template.
 */
public final class DefinitionFolder {

    private static final String SUFFIX = ".json";

    private final Folder folder;
    private final boolean bundled;

    private DefinitionFolder(Folder folder, boolean bundled) {
        this.folder = folder;
        this.bundled = bundled;
    }

    /** the definitions of {@code kind} shipped in the jar */
    public static DefinitionFolder bundled(String kind) {
        return new DefinitionFolder(Folder.bundled(kind)
                .orElseThrow(() -> new IllegalStateException("no bundled " + kind)), true);
    }

    /** @throws DefinitionFileException if {@code folder} is not a folder */
    public static DefinitionFolder of(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DefinitionFileException(folder.toString(), "not a folder");
        }
        return new DefinitionFolder(Folder.of(folder), false);
    }

    /** whether these are the definitions shipped in the jar */
    public boolean isBundled() {
        return bundled;
    }

    /** the file name of each definition, sorted */
    public List<String> fileNames() {
        try {
            return folder.files(SUFFIX);
        } catch (IOException e) {
            throw new DefinitionFileException(folder.toString(), "cannot be listed: " + e.getMessage());
        }
    }

    /** the id a definition file gives its definition: its name without {@code .json} */
    public static String id(String fileName) {
        return fileName.substring(0, fileName.length() - SUFFIX.length());
    }

    /** @throws DefinitionFileException if the file cannot be read as UTF-8 */
    public String read(String fileName) {
        try {
            return folder.read(fileName);
        } catch (IOException e) {
            throw new DefinitionFileException(display(fileName), "cannot be read: " + e.getMessage());
        }
    }

    /** a file as a person would recognise it: relative to the working folder, or marked as bundled */
    public String display(String fileName) {
        return folder.display(fileName);
    }
}
