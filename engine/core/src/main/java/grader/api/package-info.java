/**
 * The engine's API: {@link grader.api.GradingEngine} and what it returns, with the values of
 * {@link grader.api.model}. Front ends (the command line, {@code grade-all}, the web) use only
 * these and {@link grader.InvalidInputException}, the one refusal of bad input, which stays in
 * package {@code grader} because every stage throws it; {@code web/}'s architecture test holds
 * it to that. Beside them, what every front end shares: {@link grader.api.ErrorExits}, how a
 * command line ends on an exception, and the folder operations of {@link grader.api.files}.
 * Everything else in the engine can change behind it.
 */
package grader.api;
