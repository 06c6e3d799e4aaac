package org.licensedesk.account;

/**
 * The one password of every demo official. Only for the generated demo database; a real database gets its users and
 * passwords from a supervisor.
 */
public final class DemoPasswords {
    public static final String PASSWORD = "demo-pass-2026";

    private DemoPasswords() {
    }
}
