/** Reading and writing Diag360 workbooks (Apache POI), usable by other modules to import and export diagnostics. */
@org.springframework.modulith.NamedInterface("workbook")
package fr.resilience360.diagnostic.workbook;
