package org.licensedesk.ui.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.licensedesk.domain.ApplicationStatus;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.signin.SignInView;
import org.licensedesk.ui.signin.SignInViewModel;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the approval dialog and the sign-in window in both languages into the build folder, for a person to look
 * at (the Chinese texts are longer or shorter, and need their own glyphs). Asserts only that the files were written.
 */
@ExtendWith(ApplicationExtension.class)
class ActionDialogSnapshotTest {
    private static final ApprovalTerms TERMS = new ApprovalTerms(LicenceType.GENERAL, 24,
            List.of("No re-export without the consent of the licensing authority."),
            List.of("Report each shipment within 30 days."));

    @Start
    void start(Stage stage) {
        Theme.install();
    }

    @Test
    void rendersTheApprovalDialogAndTheSignInWindowInBothLanguages(FxRobot robot) throws Exception {
        for (Locale locale : List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE)) {
            Messages messages = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, locale));
            String suffix = locale == Locale.ROOT ? "en" : "zh";
            Path dialog = buildFolder().resolve("screenshot-action-approve-" + suffix + ".png");
            Path signIn = buildFolder().resolve("screenshot-sign-in-" + suffix + ".png");

            WritableImage approve = WaitForAsyncUtils.asyncFx(() -> {
                WorkflowState pending = new WorkflowState("EXP-2026-000076", FakeWorkflowBackend.RECEIVED,
                        ApplicationStatus.PENDING_COUNTERSIGN, "li.na", "li.na", Recommendation.APPROVAL, true, null, 0,
                        null, null, null, null, null, 3, "li.na", null);
                ActionForm form = new ActionForm(AuditAction.APPROVED, pending, LicenceType.GENERAL, TERMS, List.of(),
                        List.of(), List.of());
                form.noteProperty().set("Countersigned");
                ActionDialog shown = new ActionDialog(form, messages, new DomainText(messages), null);
                shown.show();
                Scene scene = shown.dialog().getDialogPane().getScene();
                WritableImage image = scene.snapshot(null);
                form.noteProperty().set(""); // closing with typed text would ask first (a nested, blocking dialog)
                shown.dialog().close();
                return image;
            }).get();
            ImageIO.write(SwingFXUtils.fromFXImage(approve, null), "png", dialog.toFile());

            WritableImage signInImage = WaitForAsyncUtils.asyncFx(() -> {
                SignInViewModel viewModel = new SignInViewModel((username, password) -> {
                    throw new org.licensedesk.account.SignInRefusedException(
                            org.licensedesk.account.SignInRefusedException.Reason.LOCKED, "locked",
                            java.time.Instant.parse("2026-11-29T06:05:00Z"));
                }, new CurrentThreadTaskExecutor(), messages, java.time.ZoneId.of("Asia/Shanghai"), user -> { });
                viewModel.usernameProperty().set("li.na");
                viewModel.signIn("wrong-password".toCharArray());
                Stage stage = new SignInView(viewModel, messages, messages.format("main.database", "/data/licensedesk"))
                        .stage(messages.get("signIn.title"));
                stage.show();
                WritableImage image = stage.getScene().snapshot(null);
                stage.close();
                return image;
            }).get();
            ImageIO.write(SwingFXUtils.fromFXImage(signInImage, null), "png", signIn.toFile());

            assertThat(dialog).isNotEmptyFile();
            assertThat(signIn).isNotEmptyFile();
        }
    }

    private static Path buildFolder() throws Exception {
        return Path.of(ActionDialogSnapshotTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent();
    }
}
