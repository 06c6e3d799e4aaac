package org.licensedesk.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.licensedesk.audit.AuditScope;
import org.licensedesk.domain.User;
import org.licensedesk.domain.UserRole;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.RecordingDialogService;
import org.licensedesk.ui.Theme;
import org.licensedesk.ui.task.CurrentThreadTaskExecutor;
import org.licensedesk.ui.users.UserAdministration;
import org.licensedesk.ui.users.UsersDialog;
import org.licensedesk.ui.users.UsersViewModel;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Renders the export form, a job's progress window and the users window into the build folder, to look at. */
@ExtendWith(ApplicationExtension.class)
class AuditDialogsSnapshotTest {
    private static final Messages MESSAGES = new Messages(ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT));
    private static final List<User> USERS = List.of(new User("li.na", "Li Na", UserRole.REVIEWER, true),
            new User("chen.jie", "Chen Jie", UserRole.REVIEWER, false),
            new User("zhao.lei", "Zhao Lei", UserRole.SUPERVISOR, true));

    @Start
    void start(Stage stage) {
        Theme.install();
    }

    @Test
    void rendersTheExportFormTheProgressWindowAndTheUsersWindow() throws Exception {
        Path export = render("screenshot-export.png", () -> {
            AuditExportForm form = new AuditExportForm(MESSAGES, LocalDate.of(2026, 11, 29), "EXP-2026-000076", USERS,
                    (scope, target) -> { });
            form.kindProperty().set(AuditScope.Kind.DATE_RANGE);
            AuditExportDialog dialog = new AuditExportDialog(form, MESSAGES, null);
            dialog.dialog().show();
            return dialog.dialog().getDialogPane().getScene();
        });
        Path progress = render("screenshot-progress.png", () -> {
            LongJob job = new LongJob(MESSAGES.get("export.running"));
            job.progressed(0.4);
            ProgressDialog dialog = new ProgressDialog(job, MESSAGES, null);
            dialog.show();
            return dialog.stage().getScene();
        });
        Path users = render("screenshot-users.png", () -> {
            UsersViewModel viewModel = new UsersViewModel(administration(), USERS.get(2),
                    new CurrentThreadTaskExecutor(), new RecordingDialogService(), MESSAGES, form -> { });
            UsersDialog dialog = new UsersDialog(viewModel, MESSAGES, new DomainText(MESSAGES), null);
            dialog.show();
            return Stage.getWindows().stream().filter(window -> window.getScene() != null
                    && window.getScene().lookup("#usersTable") != null).findFirst().orElseThrow().getScene();
        });

        assertThat(export).isNotEmptyFile();
        assertThat(progress).isNotEmptyFile();
        assertThat(users).isNotEmptyFile();
    }

    private static UserAdministration administration() {
        return new UserAdministration() {
            @Override
            public List<User> users() {
                return USERS;
            }

            @Override
            public User addUser(User by, String username, String displayName, UserRole role, char[] password) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void resetPassword(User by, String username, char[] newPassword) {
                throw new UnsupportedOperationException();
            }

            @Override
            public User deactivate(User by, String username) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static Path render(String name, java.util.concurrent.Callable<Scene> shown) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> {
            Scene scene = shown.call();
            WritableImage snapshot = scene.snapshot(null);
            scene.getWindow().hide();
            return snapshot;
        }).get();
        Path file = Path.of(AuditDialogsSnapshotTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        return file;
    }
}
