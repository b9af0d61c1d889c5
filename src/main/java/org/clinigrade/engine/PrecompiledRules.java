package org.clinigrade.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.kie.api.definition.KiePackage;

/**
 * The bundled rules, compiled when clinigrade is built and shipped in the jar, because compiling DRL is most of
 * the time a single {@code calc} takes. Each compiled file records the SHA-256 of the text it was made from (the DRL,
 * or the files the DRL was assembled from) and is used only for exactly that text. Which texts are compiled is the caller's business (the calculators' build step).
 */
public final class PrecompiledRules {

    /** where the build puts the compiled rules on the class path, mirroring {@code rules/} */
    static final String CLASSPATH_FOLDER = "/rules-compiled/";
    private static final String SUFFIX = ".pkg";

    /** only what compiled Drools packages are made of is ever deserialised */
    private static final ObjectInputFilter ONLY_RULE_PACKAGES = ObjectInputFilter.Config.createFilter(
            "java.**;org.drools.**;org.kie.**;org.mvel2.**;org.clinigrade.**;clinigrade.**;!*");

    private PrecompiledRules() {
    }

    /**
     * Build step: compiles {@code source} into {@code targetRoot}, under {@code relativePath} (e.g.
     * {@code calculators/bmi.drl}), for {@link #find} to load.
     *
     * @param madeFrom the text {@code source} was made from (the DRL itself, or the files it was assembled from)
     */
    public static void write(Path targetRoot, String relativePath, String madeFrom, RuleSource source)
            throws IOException {
        write(targetRoot, relativePath, madeFrom, List.of(source));
    }

    /** as {@link #write(Path, String, String, RuleSource)}, for rules made from several sources compiled together */
    public static void write(Path targetRoot, String relativePath, String madeFrom, List<RuleSource> sources)
            throws IOException {
        Path target = targetRoot.resolve(relativePath.replaceFirst("\\.drl$", SUFFIX));
        Files.createDirectories(target.getParent());
        try (OutputStream file = Files.newOutputStream(target);
             ObjectOutputStream out = new DroolsObjectOutputStream(file)) {
            out.writeUTF(sha256(madeFrom));
            out.writeObject(new ArrayList<>(RuleSet.packages(sources)));
        }
    }

    /**
     * The rules of {@code relativePath} (e.g. {@code calculators/bmi.drl}) as compiled at build time, if they were
     * made from exactly {@code text}.
     */
    public static Optional<RuleSet> find(String relativePath, String text) {
        String resource = CLASSPATH_FOLDER + relativePath.replaceFirst("\\.drl$", SUFFIX);
        try (InputStream file = PrecompiledRules.class.getResourceAsStream(resource)) {
            if (file == null) {
                return Optional.empty();
            }
            ObjectInputStream in = new DroolsObjectInputStream(file, PrecompiledRules.class.getClassLoader());
            in.setObjectInputFilter(ONLY_RULE_PACKAGES);
            if (!in.readUTF().equals(sha256(text))) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Collection<KiePackage> packages = (Collection<KiePackage>) in.readObject();
            return Optional.of(RuleSet.of(packages));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
