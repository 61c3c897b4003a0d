/**
 * Pure risk mathematics: no Spring, no I/O, no static mutable state; immutable records in
 * and out, every unit named.
 */
package io.lsdrisk.compute;
