/**
 * Accounts of the people of collectivités: users (e-mail, hashed password, platform administrator), their role on
 * each territory ({@link fr.resilience360.account.Role}), one-time sign-in links, and the one permission matrix
 * ({@link fr.resilience360.account.Permissions}). Signed-in sessions are kept in PostgreSQL (Spring Session JDBC, in
 * this module's schema); the web shell's security configuration protects {@code /compte/**} and signs in at
 * {@code /connexion}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "territory"})
package fr.resilience360.account;
