package grader.cli;

/** Whether output goes to a person's terminal, which decides colour. */
final class Terminal {

    private Terminal() {
    }

    /** Colour on an interactive terminal, unless {@code --plain} or the NO_COLOR convention says no. */
    static boolean colour(boolean plainRequested) {
        return !plainRequested && System.console() != null && System.getenv("NO_COLOR") == null;
    }
}
