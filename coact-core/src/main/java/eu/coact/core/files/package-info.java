/**
 * The SDK's one toolkit for files: bounded, link-refusing reading ({@link eu.coact.core.files.RegularFiles}),
 * safe walks of study folders ({@link eu.coact.core.files.FolderWalk}), atomic and durable writing of
 * files and folders ({@link eu.coact.core.files.AtomicFiles}), owner-only files and folders
 * ({@link eu.coact.core.files.PrivateFiles}), recursive deletion that never leaves the tree
 * ({@link eu.coact.core.files.FileTrees}) and the rule for replacing an output folder
 * ({@link eu.coact.core.files.OutputFolder}). Look here before writing a file helper in a module.
 */
package eu.coact.core.files;
