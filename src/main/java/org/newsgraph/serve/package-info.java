/**
 * {@code newsgraph serve}: the HTTP API over the store (docs/api.md, {@code /openapi.json}). {@link
 * org.newsgraph.serve.ApiServer} assembles it; one small class per resource registers its routes;
 * queries live in {@code org.newsgraph.store.query}.
 */
package org.newsgraph.serve;
