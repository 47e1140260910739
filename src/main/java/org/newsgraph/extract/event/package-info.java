/**
 * The event stage: {@link org.newsgraph.extract.event.EventExtractor} codes what an article reports
 * as PLOVER events. For each trigger match ({@code trigger}) it reads who did it to whom ({@code
 * role}, which asks {@code actor} for the code a phrase stands for), then negation, modality, date
 * and place; drafts of one action are merged ({@code EventCoreference}) and dated from one another
 * ({@code EventDating}). Rules are data files in {@code resources/event}.
 */
package org.newsgraph.extract.event;
