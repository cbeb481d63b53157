/**
 * The Diagnostic 360° pre-filled with the observatory's open data: each Diag360 row an indicator can answer gets the
 * territory's latest value on the row's scale, with its source, year, method, coverage and note.
 */
@org.springframework.modulith.NamedInterface("prefill")
package fr.resilience360.diagnostic.prefill;
