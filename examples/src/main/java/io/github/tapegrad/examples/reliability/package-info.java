/**
 * Reliability runs: the long logreg soak that watches the retained heap ({@link
 * io.github.tapegrad.examples.reliability.LongRun}). See docs/reliability.md.
 */
package io.github.tapegrad.examples.reliability;
