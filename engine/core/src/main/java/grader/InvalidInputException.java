package grader;

/**
 * Bad usage or input the grader refuses before grading: an unknown exercise, a submission that
 * breaks the intake rules, a missing folder. Its message is one sentence for the person who typed
 * the command; the command line turns it into exit status 2.
 */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
