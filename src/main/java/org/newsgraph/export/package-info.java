/**
 * {@code newsgraph export}: the stored events as PLOVER JSON Lines, GDELT 2.0 event TSV, CSV or
 * Parquet (docs/export.md), read through {@code org.newsgraph.store.query}.
 */
package org.newsgraph.export;
