/**
 * Classes that break each package rule on purpose, laid out as a miniature of {@code io.mediaplane}
 * (the same sub-package names under {@code io.mediaplane.archfixtures}). ArchitectureTest checks
 * that every rule reports its planted violation here; the real check imports production classes
 * only, so these never count against the code.
 */
package io.mediaplane.archfixtures;
