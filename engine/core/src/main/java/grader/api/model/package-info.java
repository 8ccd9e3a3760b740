/**
 * The values that cross the engine's API ({@link grader.api}): the report in the contract's JSON
 * format ({@link grader.api.model.Report}), read and written by Jackson, its summary and the one
 * grade-status vocabulary, the exercises' list entries, the grading events, and how points are
 * written. They depend on nothing else in the engine, so the engine's stages may produce them
 * and a stored report can be read without the engine. All of it is immutable or stateless.
 */
package grader.api.model;
