package org.clinigrade.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** A folder of text files, named relative to it: a folder on disk, or one bundled on the class path. */
public sealed interface Folder {

    /** a folder on disk */
    static Folder of(Path folder) {
        return new OnDisk(folder);
    }

    /**
     * The folder {@code name} at the root of the class path, if it is bundled: a plain folder when run from
     * classes, a folder inside the jar otherwise.
     */
    static Optional<Folder> bundled(String name) {
        URL url = Folder.class.getResource("/" + name);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            if (!uri.getScheme().equals("jar")) {
                return Optional.of(of(Path.of(uri)));
            }
            String jar = uri.getRawSchemeSpecificPart();
            return Optional.of(inJar(Path.of(new URI(jar.substring(0, jar.indexOf("!/")))), name));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** the folder {@code name} inside a jar */
    static Folder inJar(Path jar, String name) {
        try {
            return new InJar(new JarFile(jar.toFile()), name + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** the names of the files directly in this folder that end in {@code suffix}, sorted */
    List<String> files(String suffix) throws IOException;

    boolean isFile(String name);

    /** @throws IOException if the file does not exist or cannot be read as UTF-8 */
    String read(String name) throws IOException;

    Folder folder(String name);

    /** a file as a person would recognise it: relative to the working folder, or marked as bundled */
    String display(String name);

    record OnDisk(Path path) implements Folder {

        @Override
        public List<String> files(String suffix) throws IOException {
            try (Stream<Path> files = Files.list(path)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted()
                        .map(f -> f.getFileName().toString()).toList();
            }
        }

        @Override
        public boolean isFile(String name) {
            return Files.isRegularFile(path.resolve(name));
        }

        @Override
        public String read(String name) throws IOException {
            return Files.readString(path.resolve(name), StandardCharsets.UTF_8);
        }

        @Override
        public Folder folder(String name) {
            return new OnDisk(path.resolve(name));
        }

        @Override
        public String display(String name) {
            Path file = path.resolve(name);
            Path absolute = file.toAbsolutePath().normalize();
            Path cwd = Path.of("").toAbsolutePath();
            return absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : file.toString();
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    /**
     * A folder inside a jar, read with {@link JarFile}, which shares the index the class loader already holds of the
     * same file; opening the jar as a file system would first index every one of its entries again, the
     * dependencies' too. The jar stays open while the folder is in use; its cleaner closes it after that.
     *
     * @param prefix the folder's entry name, ending in '/'
     */
    record InJar(JarFile jar, String prefix) implements Folder {

        @Override
        public List<String> files(String suffix) {
            List<String> names = new ArrayList<>();
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith(prefix) && name.endsWith(suffix) && name.indexOf('/', prefix.length()) < 0) {
                    names.add(name.substring(prefix.length()));
                }
            }
            names.sort(null);
            return List.copyOf(names);
        }

        @Override
        public boolean isFile(String name) {
            return file(name) != null;
        }

        @Override
        public String read(String name) throws IOException {
            JarEntry entry = file(name);
            if (entry == null) {
                throw new NoSuchFileException("/" + prefix + name);
            }
            try (InputStream in = jar.getInputStream(entry)) {
                // strictly, as Files.readString reads a file on disk
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(in.readAllBytes())).toString();
            }
        }

        private JarEntry file(String name) {
            JarEntry entry = jar.getJarEntry(prefix + name);
            return entry == null || entry.isDirectory() ? null : entry;
        }

        @Override
        public Folder folder(String name) {
            return new InJar(jar, prefix + name + "/");
        }

        @Override
        public String display(String name) {
            return "(bundled)/" + prefix + name;
        }

        @Override
        public String toString() {
            return "/" + prefix.substring(0, prefix.length() - 1);
        }
    }
}
