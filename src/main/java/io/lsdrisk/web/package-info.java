/**
 * Cross-cutting web concerns: RFC 9457 problem responses, the API key check, request
 * limits.
 */
package io.lsdrisk.web;
