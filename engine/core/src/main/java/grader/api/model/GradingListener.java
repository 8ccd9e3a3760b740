package grader.api.model;

/**
 * Hears one grading as it goes. Methods are called on the thread that grades, in the order the
 * stages run; a listener that hands the events to another thread does its own synchronising. A
 * listener's exception is not caught: it ends the grading, so a listener should not throw.
 */
public interface GradingListener {

    /** Hears nothing. */
    GradingListener NONE = new GradingListener() {
    };

    /**
     * A stage begins. {@link Stage#SPEEDUP} begins with a wait: its measurements need the
     * machine's cores alone, so they wait until no other grading of this machine is running tests.
     */
    default void stageStarted(Stage stage) {
    }
}
