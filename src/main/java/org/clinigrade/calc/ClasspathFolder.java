package org.clinigrade.calc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** A folder bundled on the class path: a plain folder when run from classes, a folder inside the jar otherwise. */
public final class ClasspathFolder {

    private ClasspathFolder() {
    }

    /** the folder {@code name} at the root of the class path, if it is bundled */
    public static Optional<Path> of(String name) {
        URL url = ClasspathFolder.class.getResource("/" + name);
        if (url == null) {
            return Optional.empty();
        }
        try {
            URI uri = url.toURI();
            return Optional.of(uri.getScheme().equals("jar") ? jarFileSystem(uri).provider().getPath(uri) : Path.of(uri));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FileSystem jarFileSystem(URI uri) {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
