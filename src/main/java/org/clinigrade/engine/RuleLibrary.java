package org.clinigrade.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A rules folder laid out like {@code rules/}: {@code <kind>/<id>.drl} for each definition of a kind
 * ({@code calculators}, {@code indices}, …) and {@code shared/<name>.drl} for rules written once and used by many.
 * The bundled folder is trusted because it ships in the jar; any other folder only because the user named it with
 * an option that says it runs code. A kind may also ship hand-written rules beside its definitions instead
 * ({@link #bundledBeside}), and a user may name one file of them ({@link #trustedFile}).
 */
public final class RuleLibrary {

    /** the folder of rules written once and used by definitions of any kind */
    public static final String SHARED = "shared";

    private final Folder root;
    private final Trust trust;

    private RuleLibrary(Folder root, Trust trust) {
        this.root = root;
        this.trust = trust;
    }

    /** the rules shipped in the jar */
    public static RuleLibrary bundled() {
        return new RuleLibrary(Folder.bundled("rules").orElseThrow(() -> new IllegalStateException("no bundled rules")),
                Trust.BUNDLED);
    }

    /**
     * Hand-written rules from {@code folder}. They run as code, with the rights of the process: only a command-line
     * option whose help says so ("runs code: trusted sources only") may call this.
     *
     * @throws DefinitionFileException if {@code folder} is not a folder
     */
    public static RuleLibrary trusted(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DefinitionFileException(folder.toString(), "not a folder");
        }
        return new RuleLibrary(Folder.of(folder), Trust.TRUSTED);
    }

    /**
     * Hand-written rules shipped beside the definitions of a kind ({@code rubrics/<id>.drl} in the jar): bundled, so
     * trusted; empty when there are none.
     */
    public static Optional<RuleSource> bundledBeside(String kind, String id) {
        return Folder.bundled(kind).filter(folder -> folder.isFile(id + ".drl"))
                .map(folder -> source(folder, kind, id + ".drl", Trust.BUNDLED));
    }

    /**
     * Hand-written rules in one file, trusted because the user said so: only a command-line option whose help says
     * that it runs code (a rubric's {@code --trusted}) may call this.
     *
     * @throws DefinitionFileException if the file is missing or unreadable
     */
    public static RuleSource trustedFile(Path drl) {
        try {
            return new RuleSource(drl.getFileName().toString(), drl.toString(), Files.readString(drl), Trust.TRUSTED);
        } catch (IOException e) {
            throw new DefinitionFileException(drl.toString(), Files.exists(drl) ? "cannot be read: " + e.getMessage()
                    : "no such file");
        }
    }

    public Trust trust() {
        return trust;
    }

    /** whether the definition {@code id} of {@code kind} has a rule file here */
    public boolean has(String kind, String id) {
        return root.folder(kind).isFile(id + ".drl");
    }

    /** the rule file of definition {@code id} of {@code kind}, as a person would find it */
    public String display(String kind, String id) {
        return root.folder(kind).display(id + ".drl");
    }

    /** @throws DefinitionFileException if it is missing or unreadable */
    public RuleSource definition(String kind, String id) {
        return source(kind, id + ".drl");
    }

    /** @throws DefinitionFileException if {@code shared/<name>.drl} is missing or unreadable */
    public RuleSource shared(String name) {
        return source(SHARED, name + ".drl");
    }

    private RuleSource source(String folder, String file) {
        return source(root.folder(folder), folder, file, trust);
    }

    /** @param folderName what the file's name is keyed under ({@code calculators/bmi.drl}) */
    private static RuleSource source(Folder in, String folderName, String file, Trust trust) {
        try {
            return new RuleSource(folderName + "/" + file, in.display(file), in.read(file), trust);
        } catch (IOException e) {
            throw new DefinitionFileException(in.display(file), "cannot be read: " + e.getMessage());
        }
    }
}
