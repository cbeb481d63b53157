/**
 * Small vocabulary shared by every module: administration commands, text normalisation, provenance.
 * Open module: every other module may depend on it; it depends on none.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package fr.resilience360.shared;
