/**
 * The web shell: layout, navigation, home page, error pages and HTTP security headers. Features keep their own
 * controllers and templates.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory", "account"})
package fr.resilience360.web;
