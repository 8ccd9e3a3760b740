package grader.api.model;

/** An exercise as a front end lists it: its id, its title, and the points of a full grading. Immutable. */
public record ExerciseInfo(String id, String title, double points) {
}
