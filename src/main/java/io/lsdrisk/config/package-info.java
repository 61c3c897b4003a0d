/**
 * Application wiring: JSON settings, database bootstrap, OpenAPI contract serving.
 */
package io.lsdrisk.config;
