package grader.files;

import java.nio.file.Path;

/**
 * The user's cache folder for the grader ({@code $XDG_CACHE_HOME/grader}, else
 * {@code ~/.cache/grader}): what may be thrown away and made again, such as class-data-sharing
 * archives and the machine's core lock. The launcher uses the same folder.
 */
public final class UserCache {

    private UserCache() {
    }

    public static Path folder() {
        String cacheHome = System.getenv("XDG_CACHE_HOME");
        return cacheHome != null && !cacheHome.isBlank() ? Path.of(cacheHome, "grader")
                : Path.of(System.getProperty("user.home"), ".cache", "grader");
    }
}
