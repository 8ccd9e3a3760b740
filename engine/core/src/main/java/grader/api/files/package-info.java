/**
 * Whole-folder operations that the engine and its front ends share, part of the API so that the
 * web's store of submissions writes and removes folders the way the engine's kits and workspaces
 * do, instead of a second time: {@link grader.api.files.FileTrees} removes a tree,
 * {@link grader.api.files.StagedFolder} writes one beside its place and renames it in whole.
 */
package grader.api.files;
