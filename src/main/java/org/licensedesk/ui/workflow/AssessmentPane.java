package org.licensedesk.ui.workflow;

import atlantafx.base.theme.Styles;
import java.util.EnumMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.TabLeavesTextArea;
import org.licensedesk.ui.UiStyles;

/**
 * The assessment pane, docked beside the application's details: each factor's name, its rating picker and a
 * multi-line comment, then the note; problems beside their fields; Ctrl+Enter saves, Escape closes (asking first when
 * something was typed). Layout and bindings only: {@link AssessmentViewModel} decides.
 */
public final class AssessmentPane {
    // Long enough not to write on every key, short enough that little is lost if the machine stops.
    private static final Duration DRAFT_DELAY = Duration.millis(800);

    private final AssessmentViewModel viewModel;
    private final Messages messages;
    private final DomainText text;
    private final VBox root = new VBox();
    private final VBox form = new VBox();
    private final Map<ReviewFactor, Node> pickers = new EnumMap<>(ReviewFactor.class);
    private final Map<ReviewFactor, TextArea> comments = new EnumMap<>(ReviewFactor.class);
    private final TextArea note = TabLeavesTextArea.install(new TextArea());
    private final Button keepAndClose = new Button();
    private final PauseTransition draftPause = new PauseTransition(DRAFT_DELAY);
    private final ChangeListener<Boolean> windowFocus = (observable, before, focused) -> {
        if (!focused) {
            keepDraftNow();
        }
    };

    public AssessmentPane(AssessmentViewModel viewModel, Messages messages, DomainText text) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.text = text;
        root.setId("assessmentPane");
        root.getStyleClass().add(UiStyles.ASSESSMENT_PANE);
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(UiStyles.EDGE_TO_EDGE);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        form.getStyleClass().add(UiStyles.ACTION_FORM);
        for (FactorRow row : viewModel.factors()) {
            form.getChildren().add(factor(row));
        }
        form.getChildren().add(noteField());
        FocusInView.follow(scroll, form);
        form.disableProperty().bind(viewModel.closing().isEqualTo(AssessmentViewModel.Closing.ASKING)
                .or(viewModel.busy()));
        root.getChildren().addAll(titleLine(), origin(), keysHint(), scroll, summary(), buttons(), asking());
        wireKeys();
        wireDrafts();
        viewModel.focusRequest().addListener((observable, before, field) -> focus(field));
    }

    public Node node() {
        return root;
    }

    public AssessmentViewModel viewModel() {
        return viewModel;
    }

    /** Brings the first field to fill in into focus; call once the pane is in the window. */
    public void focusFirstField() {
        viewModel.focus();
    }

    private Node titleLine() {
        Label title = new Label(messages.format("assess.pane.title", viewModel.reference()),
                new FontIcon("mdi2c-clipboard-check"));
        title.setId("assessmentTitle");
        title.getStyleClass().add(UiStyles.ASSESSMENT_TITLE);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(title, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon("mdi2c-close"));
        close.setId("assessmentClose");
        close.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        close.setFocusTraversable(false);
        close.setTooltip(new Tooltip(messages.get("assess.close.tooltip")));
        close.setAccessibleText(messages.get("assess.close.tooltip"));
        close.setOnAction(event -> viewModel.requestClose());
        HBox line = new HBox(6, title, close);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    private Node origin() {
        Label origin = new Label();
        origin.setId("assessmentOrigin");
        origin.setWrapText(true);
        origin.getStyleClass().add(UiStyles.MUTED);
        origin.textProperty().bind(viewModel.origin());
        origin.visibleProperty().bind(viewModel.origin().isNotEmpty());
        origin.managedProperty().bind(origin.visibleProperty());
        origin.setMinHeight(Region.USE_PREF_SIZE);
        return origin;
    }

    private Node keysHint() {
        Label keys = new Label(messages.get("assess.keys"));
        keys.setId("assessmentKeys");
        keys.setWrapText(true);
        keys.getStyleClass().addAll(UiStyles.MUTED, UiStyles.ASSESSMENT_KEYS);
        keys.setMinHeight(Region.USE_PREF_SIZE);
        return keys;
    }

    private Node factor(FactorRow row) {
        ReviewFactor factor = row.factor();
        String name = text.factor(factor);
        Label caption = new Label(name);
        caption.getStyleClass().add(UiStyles.FORM_LABEL);
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        caption.setTooltip(new Tooltip(factor.label()));
        RatingPicker picker = new RatingPicker(row.ratingProperty(), text, name,
                () -> comments.get(factor).requestFocus());
        picker.node().setId("factorRating-" + factor.name());
        pickers.put(factor, picker.node());
        caption.setLabelFor(picker.node());
        Label ratingProblem = problem("factorRatingProblem-" + factor.name());
        ratingProblem.textProperty().bind(viewModel.ratingProblem(factor));
        HBox ratingLine = new HBox(10, picker.node(), ratingProblem);
        ratingLine.setAlignment(Pos.CENTER_LEFT);
        TextArea comment = TabLeavesTextArea.install(new TextArea());
        comment.setId("factorComment-" + factor.name());
        comment.setWrapText(true);
        comment.setPrefRowCount(2);
        comment.setPromptText(messages.get("actions.factors.comment.prompt"));
        comment.setAccessibleText(messages.format("actions.factors.comment", name));
        comment.textProperty().bindBidirectional(row.commentProperty());
        comments.put(factor, comment);
        Label commentProblem = problem("factorCommentProblem-" + factor.name());
        commentProblem.textProperty().bind(viewModel.commentProblem(factor));
        VBox box = new VBox(4, caption, ratingLine, comment, commentProblem);
        box.getStyleClass().add(UiStyles.ASSESSMENT_FACTOR);
        return box;
    }

    private Node noteField() {
        Label caption = new Label(messages.get("actions.note"));
        caption.getStyleClass().add(UiStyles.FORM_SECTION);
        caption.setMaxWidth(Double.MAX_VALUE);
        note.setId("assessmentNote");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        note.setPromptText(messages.get("actions.note.prompt"));
        note.setAccessibleText(messages.get("actions.note"));
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        caption.setLabelFor(note);
        Label problem = problem("assessmentNoteProblem");
        problem.textProperty().bind(viewModel.noteProblem());
        return new VBox(4, caption, note, problem);
    }

    private static Label problem(String id) {
        Label problem = new Label();
        problem.setId(id);
        problem.setWrapText(true);
        problem.getStyleClass().add(UiStyles.FIELD_PROBLEM);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        return problem;
    }

    private Node summary() {
        Label summary = problem("assessmentSummary");
        summary.textProperty().bind(viewModel.summary());
        return summary;
    }

    private Node buttons() {
        Button save = new Button(messages.get("assess.save"), new FontIcon("mdi2c-content-save"));
        save.setId("assessmentSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setTooltip(new Tooltip(messages.get("assess.save.tooltip")));
        save.disableProperty().bind(viewModel.busy().or(form.disableProperty()));
        save.setOnAction(event -> viewModel.save());
        Button close = new Button(messages.get("assess.close"));
        close.setId("assessmentCloseButton");
        close.setTooltip(new Tooltip(messages.get("assess.close.tooltip")));
        close.disableProperty().bind(form.disableProperty());
        close.setOnAction(event -> viewModel.requestClose());
        HBox buttons = new HBox(8, save, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return buttons;
    }

    /** Asked on Escape with unsaved text: keep it as a draft, throw it away, or go on. */
    private Node asking() {
        Label question = new Label(messages.format("assess.closing.question", viewModel.reference()));
        question.setId("assessmentClosingQuestion");
        question.setWrapText(true);
        question.setMinHeight(Region.USE_PREF_SIZE);
        keepAndClose.setText(messages.get("assess.closing.keep"));
        keepAndClose.setId("assessmentKeepDraft");
        keepAndClose.getStyleClass().add(Styles.ACCENT);
        keepAndClose.setOnAction(event -> viewModel.keepDraftAndClose());
        Button discard = new Button(messages.get("assess.closing.discard"));
        discard.setId("assessmentDiscardDraft");
        discard.getStyleClass().add(Styles.DANGER);
        discard.setOnAction(event -> viewModel.discardAndClose());
        Button stay = new Button(messages.get("assess.closing.stay"));
        stay.setId("assessmentStay");
        stay.setOnAction(event -> viewModel.stay());
        HBox choices = new HBox(8, keepAndClose, discard, stay);
        choices.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, question, choices);
        box.getStyleClass().add(UiStyles.ASSESSMENT_ASKING);
        box.visibleProperty().bind(viewModel.closing().isEqualTo(AssessmentViewModel.Closing.ASKING));
        box.managedProperty().bind(box.visibleProperty());
        // The default button would answer Enter anywhere in the window: only while the question is asked.
        keepAndClose.defaultButtonProperty().bind(box.visibleProperty());
        viewModel.closing().addListener((observable, before, closing) -> {
            if (closing == AssessmentViewModel.Closing.ASKING) {
                keepAndClose.requestFocus();
            } else if (closing == AssessmentViewModel.Closing.OPEN && before == AssessmentViewModel.Closing.ASKING) {
                viewModel.focus();
            }
        });
        return box;
    }

    private void wireKeys() {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                if (viewModel.closing().get() == AssessmentViewModel.Closing.OPEN) {
                    viewModel.save();
                }
            } else if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                if (viewModel.closing().get() == AssessmentViewModel.Closing.ASKING) {
                    viewModel.stay();
                } else {
                    viewModel.requestClose();
                }
            }
        });
    }

    /** A moment after each change, and whenever the window loses the focus, what was typed is kept as a draft. */
    private void wireDrafts() {
        draftPause.setOnFinished(event -> viewModel.keepDraft());
        InvalidationListener changed = observable -> draftPause.playFromStart();
        for (FactorRow row : viewModel.factors()) {
            row.ratingProperty().addListener(changed);
            row.commentProperty().addListener(changed);
        }
        viewModel.noteProperty().addListener(changed);
        root.sceneProperty().addListener((observable, before, scene) -> {
            windowOf(before, false);
            windowOf(scene, true);
        });
        viewModel.closing().addListener((observable, before, closing) -> {
            if (closing == AssessmentViewModel.Closing.CLOSED) {
                draftPause.stop();
            }
        });
    }

    private void windowOf(Scene scene, boolean attach) {
        if (scene == null) {
            return;
        }
        Window window = scene.getWindow();
        if (window == null) {
            return;
        }
        if (attach) {
            window.focusedProperty().addListener(windowFocus);
        } else {
            window.focusedProperty().removeListener(windowFocus);
        }
    }

    private void keepDraftNow() {
        draftPause.stop();
        viewModel.keepDraft();
    }

    private void focus(AssessmentViewModel.Field field) {
        if (field == null) {
            return;
        }
        Node target = switch (field.kind()) {
            case RATING -> pickers.get(field.factor());
            case COMMENT -> comments.get(field.factor());
            case NOTE -> note;
        };
        target.requestFocus();
    }
}
