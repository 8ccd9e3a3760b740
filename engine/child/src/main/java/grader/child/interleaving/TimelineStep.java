package grader.child.interleaving;

/**
 * One step of an interleaving the model checker found: what one thread did at that moment.
 *
 * @param thread    the thread, numbered from 1 as in the trace
 * @param kind      what sort of step it is
 * @param text      the step as the trace words it: {@code balance ➜ 30} (a read and its value),
 *                  {@code balance = 10} (a write), {@code Account#1.withdraw(20): true} (a call
 *                  and its result), {@code withdraw(0, 20): true} (an operation of the test and
 *                  its result)
 * @param subject   the field read or written, qualified by the object when the trace shows it
 *                  ({@code Account#1.balance}); empty for other steps
 * @param value     the value read, written or returned; empty if none
 * @param method    the method the step happened in ({@code Account.withdraw}); empty for
 *                  operations and switches
 * @param location  its file and line ({@code Account.java:41}); empty where the trace has none
 * @param operation the test operation this step belongs to, as in {@link Kind#OPERATION}
 */
public record TimelineStep(int thread, Kind kind, String text, String subject, String value, String method,
                           String location, String operation) {

    /** What a step does; the report draws each differently. */
    public enum Kind {
        /** An operation of the test starting, with the result it returned ({@code <hung>} if none). */
        OPERATION,
        /** A call to a method, with its result if it returned one. */
        CALL,
        /** A field read. */
        READ,
        /** A field written. */
        WRITE,
        /** A lock taken or released. */
        LOCK,
        /** The scheduler switching from this thread to another. */
        SWITCH,
        /** An operation's end, with its result. */
        RESULT
    }

    /** Whether a reader must see this step to follow the race: not an internal call or lock. */
    public boolean matters() {
        return kind != Kind.CALL && kind != Kind.LOCK;
    }
}
