package grader.web.submission;

import grader.InvalidInputException;
import java.util.List;
import java.util.Locale;

/**
 * What a student sent: one {@code .zip}, or several {@code .java} files. Names are the browser's
 * file names, reduced to their last part so that no name can point elsewhere. Immutable.
 */
public record Upload(List<NamedBytes> files) {

    /** One uploaded file. */
    public record NamedBytes(String name, byte[] content) {
    }

    public Upload {
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new InvalidInputException("Choose a .zip or at least one .java file to submit.");
        }
        boolean zip = files.size() == 1 && isZip(files.get(0).name());
        for (NamedBytes file : files) {
            if (!zip && !baseName(file.name()).endsWith(".java")) {
                throw new InvalidInputException("Submit one .zip, or .java files only; '" + baseName(file.name()) + "' is neither.");
            }
        }
    }

    public boolean isZip() {
        return files.size() == 1 && isZip(files.get(0).name());
    }

    /** A short description for lists: the zip's name, or how many files. */
    public String label() {
        return isZip() ? baseName(files.get(0).name()) : files.size() == 1 ? baseName(files.get(0).name()) : files.size() + " files";
    }

    static String baseName(String name) {
        String plain = name == null ? "" : name.replace('\\', '/');
        return plain.substring(plain.lastIndexOf('/') + 1);
    }

    private static boolean isZip(String name) {
        return baseName(name).toLowerCase(Locale.ROOT).endsWith(".zip");
    }
}
