package dev.explainer.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of a built site, by path, read from where the build wrote them when asked for: a build
 * streams its pages to disk, so a site of any size never has to be held in memory whole.
 */
final class SiteFiles extends AbstractMap<String, byte[]> {
    private final Path root;
    private final List<String> paths;
    private final Set<String> keys;

    /** @param paths the site's files, relative to {@code root}, in the order to list them */
    SiteFiles(Path root, List<String> paths) {
        this.root = root;
        this.paths = List.copyOf(paths);
        this.keys = Set.copyOf(paths);
    }

    @Override
    public int size() {
        return paths.size();
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.contains(key);
    }

    @Override
    public byte[] get(Object key) {
        return key instanceof String path && keys.contains(path) ? read(path) : null;
    }

    @Override
    public Set<String> keySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return paths.iterator();
            }

            @Override
            public int size() {
                return paths.size();
            }

            @Override
            public boolean contains(Object o) {
                return keys.contains(o);
            }
        };
    }

    @Override
    public Set<Entry<String, byte[]>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, byte[]>> iterator() {
                Iterator<String> it = paths.iterator();
                return new Iterator<>() {
                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Entry<String, byte[]> next() {
                        String path = it.next();
                        return new SimpleImmutableEntry<>(path, read(path));
                    }
                };
            }

            @Override
            public int size() {
                return paths.size();
            }
        };
    }

    private byte[] read(String path) {
        try {
            return Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + " of the built site", e);
        }
    }
}
