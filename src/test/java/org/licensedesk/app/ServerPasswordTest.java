package org.licensedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.licensedesk.cli.BackendOpener;
import org.licensedesk.store.Credentials;
import org.licensedesk.store.StoreAddress;
import org.licensedesk.store.StoreException;
import org.licensedesk.testing.TestStores;
import org.licensedesk.ui.FxDialogService;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.UiStyles;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A bureau's PostgreSQL server refusing the password in {@code LICENSEDESK_DB_PASSWORD} (or the one typed when the
 * window asks): a command says so in one plain sentence after its name and exits 1, with no stack trace, and the window's opening
 * dialog gets the same sentence. The password is never printed. Runs against the test server, on which every role
 * but the tests' own must give its password (see {@code .ci/with-postgres}).
 */
class ServerPasswordTest {
    private static final String RIGHT = "right-Password-2026";
    private static final String WRONG = "wrong-Secret-4711";

    @TempDir
    static Path folder;
    private static StoreAddress.Server server;
    private static String role;

    @BeforeAll
    static void aRoleThatMustGiveItsPassword() {
        TestStores.requireServer("ServerPasswordTest");
        server = TestStores.databaseOfNewRole(RIGHT);
        role = TestStores.roleOf(server);
    }

    @AfterAll
    static void dropIt() {
        if (server != null) {
            TestStores.dropWithRole(server);
        }
    }

    private String refusal() {
        return server.describe() + " refused the user name or password. Check LICENSEDESK_DB_USER and "
                + "LICENSEDESK_DB_PASSWORD (or what you typed).";
    }

    @Test
    void aCommandWithAWrongPasswordSaysSoInOneSentenceAndExitsOne() throws Exception {
        List<List<String>> commands = List.of(
                List.of("verify-audit", "--db", server.jdbcUrl()),
                List.of("show", "EXP-2026-000001", "--db", server.jdbcUrl()),
                List.of("licences", "--db", server.jdbcUrl()),
                List.of("--db", server.jdbcUrl(), "export-audit", "--out", folder.resolve("audit.json").toString()));
        for (List<String> command : commands) {
            Result result = run(command, WRONG);

            assertThat(result.status).as(command + ": " + result.output).isEqualTo(1);
            String name = command.get(0).equals("--db") ? command.get(2) : command.get(0);
            assertThat(result.output.strip()).as(command.toString())
                    .isEqualTo("licensedesk " + name + ": " + refusal());
            assertThat(result.output).as(command + ": no stack trace, and never the password")
                    .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(WRONG)
                    .doesNotContain(RIGHT);
        }
        assertThat(folder.resolve("audit.json")).doesNotExist();
    }

    @Test
    void theRightPasswordOpensTheSameServer() throws Exception {
        Result result = run(List.of("verify-audit", "--db", server.jdbcUrl()), RIGHT);

        assertThat(result.output).as("the refusal above was the password's").doesNotContain("refused the user name")
                .doesNotContain(RIGHT);
        assertThat(result.status).as(result.output).isZero();
    }

    @Test
    void theWindowsOpeningDialogSaysTheSameSentence() throws Exception {
        // What LicenseDeskApp does when it opens a server: credentials from its dialog (here typed wrong), the store
        // opened in the background, and the failure shown in the app's own error dialog.
        Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
        StoreException failure = catchThrowableOfType(StoreException.class, () -> Services.open(server.jdbcUrl(),
                BackendOpener.Mode.CREATE_WITH_DEMO, Clock.systemDefaultZone(),
                asked -> new Credentials(role, WRONG.toCharArray())));
        assertThat(failure).isNotNull();

        FxToolkit.registerPrimaryStage();
        Platform.runLater(() -> LicenseDeskApp.showOpenFailure(new FxDialogService(() -> null, messages), messages,
                failure));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> dialogPane().isPresent()).get());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = WaitForAsyncUtils.asyncFx(() -> dialogPane().orElseThrow()).get();
        try {
            String headline = WaitForAsyncUtils.asyncFx(() -> pane.lookupAll("." + UiStyles.DIALOG_HEADLINE).stream()
                    .map(node -> ((Label) node).getText()).findFirst().orElse(null)).get();
            String details = WaitForAsyncUtils.asyncFx(() -> ((TextArea) pane.getExpandableContent()
                    .lookup(".text-area")).getText()).get();

            assertThat(WaitForAsyncUtils.asyncFx(pane::getHeaderText).get()).isEqualTo(
                    messages.get("app.openFailed.title"));
            assertThat(headline).isEqualTo(refusal());
            assertThat(WaitForAsyncUtils.asyncFx(pane::isExpanded).get()).as("the technical detail is folded away")
                    .isFalse();
            assertThat(details).as("not even the folded technical detail shows the password").doesNotContain(WRONG);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> pane.getScene().getWindow().hide()).get();
            FxToolkit.cleanupStages();
        }
    }

    /** The dialog showing now, if any. */
    private static Optional<DialogPane> dialogPane() {
        return Window.getWindows().stream().filter(Window::isShowing).map(window -> window.getScene().getRoot())
                .filter(DialogPane.class::isInstance).map(DialogPane.class::cast).findFirst();
    }

    private static Result run(List<String> arguments, String password) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(LauncherCommand.of(folder.resolve("data"), arguments)).redirectErrorStream(true);
        builder.environment().put(Credentials.USER_VARIABLE, role);
        builder.environment().put(Credentials.PASSWORD_VARIABLE, password);
        builder.environment().put("LICENSEDESK_USER", "li.na");
        builder.environment().put("LICENSEDESK_PASSWORD", "demo-pass-2026");
        builder.environment().remove("LICENSEDESK_DB");
        builder.environment().remove("DISPLAY");
        Path output = Files.createTempFile(folder, "out", ".txt");
        builder.redirectOutput(output.toFile());
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("LicenseDesk did not end within 120 s: " + Files.readString(output));
        }
        return new Result(process.exitValue(), Files.readString(output));
    }

    private record Result(int status, String output) {
    }
}
