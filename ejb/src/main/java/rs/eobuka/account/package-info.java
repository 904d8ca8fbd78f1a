/**
 * Accounts: self sign-up with e-mail verification (the {@code account-activation} process),
 * roles and their requests (the {@code role-request} process), credentials and the demo
 * accounts of a local run. Owns the {@code account}, {@code account_role} and
 * {@code role_request} tables.
 */
package rs.eobuka.account;
