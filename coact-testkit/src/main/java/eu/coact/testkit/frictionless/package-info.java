/** Test support for releases: an independent Frictionless implementation run on a package folder. */
package eu.coact.testkit.frictionless;
