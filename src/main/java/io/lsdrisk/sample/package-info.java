/**
 * The sample data set: real market history from {@code db/sample} plus clearly marked
 * synthetic continuations, for demos and first starts of the service.
 */
package io.lsdrisk.sample;
