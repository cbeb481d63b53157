/**
 * Runs the administration commands that modules contribute ({@link fr.resilience360.shared.AdminCommand}):
 * {@code java -jar resilience360.jar <command> [args]}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared"})
package fr.resilience360.cli;
