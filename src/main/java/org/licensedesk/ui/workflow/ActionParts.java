package org.licensedesk.ui.workflow;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.ClockStop;
import org.licensedesk.domain.LicenceType;
import org.licensedesk.domain.User;
import org.licensedesk.domain.workflow.ApprovalTerms;
import org.licensedesk.domain.workflow.DenialReason;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.Recommendation;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.ScreeningClearance;
import org.licensedesk.domain.workflow.WorkflowState;
import org.licensedesk.ui.DomainText;
import org.licensedesk.ui.Messages;
import org.licensedesk.ui.TabLeavesTextArea;
import org.licensedesk.ui.UiStyles;

/** The controls of an action's form beyond the note, one section per part the action carries. */
final class ActionParts {
    private final ActionForm form;
    private final Messages messages;
    private final DomainText text;
    private final List<Node> nodes = new ArrayList<>();
    private Node firstField;
    private double preferredHeight;

    ActionParts(ActionForm form, Messages messages, DomainText text) {
        this.form = form;
        this.messages = messages;
        this.text = text;
        if (form.has(ActionForm.Part.RECOMMENDATION)) {
            nodes.add(recommendation());
        }
        if (form.has(ActionForm.Part.ASSIGNEE)) {
            nodes.add(assignee());
        }
        if (form.has(ActionForm.Part.QUESTIONS)) {
            nodes.add(lines("actions.questions", "actions.questions.prompt", "actionQuestions",
                    form.questionsProperty()));
        }
        if (form.has(ActionForm.Part.FACTORS)) {
            nodes.add(factors());
        }
        if (form.has(ActionForm.Part.TERMS)) {
            nodes.add(terms());
        }
        if (form.has(ActionForm.Part.DECISION_REASONS)) {
            nodes.add(lines("actions.decisionReasons", "actions.decisionReasons.prompt", "actionDecisionReasons",
                    form.decisionReasonsProperty()));
        }
        if (form.has(ActionForm.Part.DENIAL_REASONS)) {
            nodes.add(denialReasons());
        }
        if (form.has(ActionForm.Part.CLOCK_STOP)) {
            nodes.add(clockStop());
        }
        if (form.has(ActionForm.Part.DEFECTS)) {
            nodes.add(lines("actions.defects", "actions.defects.prompt", "actionDefects", form.defectsProperty()));
        }
    }

    List<Node> nodes() {
        return nodes;
    }

    /** Where typing starts: the first field of the parts, or null when the note is the only field. */
    Node firstField() {
        return firstField;
    }

    private <T extends Node> T first(T field) {
        if (firstField == null) {
            firstField = field;
        }
        return field;
    }

    /** Roughly how tall the parts want to be, so short forms get a short dialog. */
    double preferredHeight() {
        return preferredHeight;
    }

    private Label section(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(UiStyles.FORM_SECTION);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private Node recommendation() {
        WorkflowState seen = form.seenProperty().get();
        Label summary = new Label();
        summary.setId("actionRecommendation");
        summary.setWrapText(true);
        summary.getStyleClass().add(UiStyles.RECOMMENDATION);
        summary.textProperty().bind(Bindings.createStringBinding(() -> recommendationText(
                form.seenProperty().get()), form.seenProperty()));
        VBox box = new VBox(6, section("actions.recommendation"), summary);
        if (seen.recommendation() == Recommendation.APPROVAL && form.recommendedTerms() != null) {
            Label terms = new Label(termsText(form.recommendedTerms()));
            terms.setId("actionRecommendedTerms");
            terms.setWrapText(true);
            box.getChildren().add(terms);
        }
        box.getChildren().add(screening());
        preferredHeight += 120;
        return box;
    }

    /**
     * The supervisor sees the screening before countersigning: how many hits, and a warning while any has no
     * disposition (a list reloaded after the recommendation can bring one). The rules decide whether approval is
     * possible; this only makes sure nobody approves without having seen it.
     */
    private Node screening() {
        Label screening = new Label();
        screening.setId("actionScreening");
        screening.setWrapText(true);
        screening.setMinHeight(Region.USE_PREF_SIZE);
        screening.textProperty().bind(Bindings.createStringBinding(() -> screeningText(
                form.seenProperty().get().screening()), form.seenProperty()));
        Runnable style = () -> {
            boolean open = form.seenProperty().get().screening().undisposedHits() > 0;
            screening.setGraphic(open ? new FontIcon("mdi2a-alert") : new FontIcon("mdi2s-shield-check"));
            screening.getStyleClass().remove(UiStyles.FORM_WARNING);
            if (open) {
                screening.getStyleClass().add(UiStyles.FORM_WARNING);
            }
        };
        form.seenProperty().addListener((observable, before, seen) -> style.run());
        style.run();
        return screening;
    }

    private String screeningText(ScreeningClearance screening) {
        if (screening.hits() == 0) {
            return messages.get("actions.screening.none");
        }
        if (screening.undisposedHits() > 0) {
            return messages.format("actions.screening.undisposed", screening.undisposedHits(), screening.hits());
        }
        return messages.format("actions.screening.disposed", screening.hits());
    }

    private String recommendationText(WorkflowState state) {
        if (state.recommendation() == null) {
            return messages.get("actions.recommendation.none");
        }
        return messages.format("actions.recommendation.by", text.recommendation(state.recommendation()),
                state.recommendedBy() == null ? "" : state.recommendedBy());
    }

    private String termsText(ApprovalTerms terms) {
        StringBuilder out = new StringBuilder(messages.format("actions.terms.summary",
                text.licenceType(terms.licenceType()), terms.validityMonths()));
        for (String condition : terms.conditions()) {
            out.append('\n').append(messages.format("actions.terms.condition", condition));
        }
        for (String rider : terms.riders()) {
            out.append('\n').append(messages.format("actions.terms.rider", rider));
        }
        return out.toString();
    }

    /** Why the clock stops: only the reasons this user may give (Regulations Art. 17(2), 17(3)). */
    private Node clockStop() {
        ChoiceBox<ClockStop> choice = new ChoiceBox<>();
        choice.setId("actionClockStop");
        choice.getItems().setAll(form.clockStops());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(ClockStop reason) {
                return reason == null ? "" : text.clockStop(reason);
            }

            @Override
            public ClockStop fromString(String string) {
                throw new UnsupportedOperationException();
            }
        });
        choice.valueProperty().bindBidirectional(form.clockStopProperty());
        first(choice);
        choice.setMaxWidth(Double.MAX_VALUE);
        Label explained = new Label(messages.get("clockStop.explained"));
        explained.setWrapText(true);
        explained.getStyleClass().add(UiStyles.MUTED);
        preferredHeight += 100;
        return new VBox(6, section("clockStop.reason"), choice, explained);
    }

    private Node assignee() {
        ChoiceBox<User> choice = new ChoiceBox<>();
        choice.setId("actionAssignee");
        choice.getItems().setAll(form.reviewers());
        choice.setConverter(new StringConverter<>() {
            @Override
            public String toString(User user) {
                return user == null ? "" : messages.format("actions.assignee.option", user.displayName(),
                        user.username());
            }

            @Override
            public User fromString(String string) {
                throw new UnsupportedOperationException();
            }
        });
        choice.valueProperty().bindBidirectional(form.assigneeProperty());
        first(choice);
        choice.setMaxWidth(Double.MAX_VALUE);
        WorkflowState seen = form.seenProperty().get();
        Label current = new Label(messages.format("actions.assignee.current",
                seen.assignee() == null ? messages.get("details.unassigned") : seen.assignee()));
        current.getStyleClass().add(UiStyles.MUTED);
        preferredHeight += 80;
        return new VBox(6, section("actions.assignee"), choice, current);
    }

    private Node lines(String captionKey, String promptKey, String id,
            StringProperty property) {
        TextArea area = TabLeavesTextArea.install(new TextArea());
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(4);
        area.setPromptText(messages.get(promptKey));
        area.setAccessibleText(messages.get(captionKey));
        area.textProperty().bindBidirectional(property);
        first(area);
        Label caption = section(captionKey);
        caption.setLabelFor(area);
        preferredHeight += 130;
        return new VBox(6, caption, area);
    }

    private Node factors() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(UiStyles.FACTOR_GRID);
        ColumnConstraints label = new ColumnConstraints();
        label.setPrefWidth(270);
        ColumnConstraints rating = new ColumnConstraints();
        ColumnConstraints comment = new ColumnConstraints();
        comment.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, rating, comment);
        int row = 0;
        for (FactorRow factorRow : form.factors()) {
            String key = factorRow.factor().name();
            Label name = new Label(text.factor(factorRow.factor()));
            name.setWrapText(true);
            name.setTooltip(new Tooltip(factorRow.factor().label()));
            ChoiceBox<FactorRating> choice = new ChoiceBox<>();
            choice.setId("factorRating-" + key);
            choice.getItems().setAll(FactorRating.values());
            choice.setConverter(converter(text::rating));
            choice.valueProperty().bindBidirectional(factorRow.ratingProperty());
            choice.setAccessibleText(text.factor(factorRow.factor()));
            choice.setPrefWidth(130);
            first(choice);
            TextField commentField = new TextField();
            commentField.setId("factorComment-" + key);
            commentField.setPromptText(messages.get("actions.factors.comment.prompt"));
            commentField.setAccessibleText(messages.format("actions.factors.comment", text.factor(factorRow.factor())));
            commentField.textProperty().bindBidirectional(factorRow.commentProperty());
            name.setLabelFor(choice);
            GridPane.setValignment(name, VPos.CENTER);
            grid.addRow(row++, name, choice, commentField);
        }
        preferredHeight += 40 * form.factors().size() + 70;
        Label hint = new Label(messages.get("actions.factors.hint"));
        hint.getStyleClass().add(UiStyles.MUTED);
        hint.setWrapText(true);
        return new VBox(6, section("actions.factors"), hint, grid);
    }

    private static <T> StringConverter<T> converter(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private Node terms() {
        VBox box = new VBox(6, section(form.action() == AuditAction.APPROVED
                ? "actions.terms.granted" : "actions.terms"));
        if (form.action() == AuditAction.APPROVED) {
            CheckBox own = new CheckBox(messages.get("actions.terms.own"));
            own.setId("actionOwnTerms");
            own.selectedProperty().bindBidirectional(form.ownTermsProperty());
            // Against a recommendation to deny there are no recommended terms: the supervisor must give them.
            own.setDisable(form.recommendedTerms() == null);
            box.getChildren().add(own);
        }
        ChoiceBox<LicenceType> type = new ChoiceBox<>();
        type.setId("actionLicenceType");
        type.getItems().setAll(LicenceType.values());
        type.setConverter(converter(text::licenceType));
        type.valueProperty().bindBidirectional(form.licenceTypeProperty());
        if (form.ownTermsProperty().get()) {
            first(type);
        }
        SpinnerValueFactory.IntegerSpinnerValueFactory months = new SpinnerValueFactory.IntegerSpinnerValueFactory(1,
                form.maxValidityMonths().get(), form.validityMonthsProperty().get() == null ? 1
                        : form.validityMonthsProperty().get());
        months.maxProperty().bind(form.maxValidityMonths());
        months.valueProperty().bindBidirectional(form.validityMonthsProperty());
        Spinner<Integer> validity = new Spinner<>(months);
        validity.setId("actionValidity");
        validity.setEditable(true);
        validity.setPrefWidth(100);
        validity.setAccessibleText(messages.get("actions.terms.validity"));
        Label maximum = new Label();
        maximum.getStyleClass().add(UiStyles.MUTED);
        maximum.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("actions.terms.validity.max", form.maxValidityMonths().get()),
                form.maxValidityMonths()));
        TextArea conditions = area("actionConditions", "actions.terms.conditions.prompt", form.conditionsProperty());
        TextArea riders = area("actionRiders", "actions.terms.riders.prompt", form.ridersProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add(UiStyles.FACTOR_GRID);
        ColumnConstraints captions = new ColumnConstraints();
        captions.setMinWidth(130);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(captions, values);
        grid.addRow(0, caption("actions.terms.type", type), type);
        grid.addRow(1, caption("actions.terms.validity", validity), new HBox(8, validity, maximum));
        grid.addRow(2, caption("actions.terms.conditions", conditions), conditions);
        grid.addRow(3, caption("actions.terms.riders", riders), riders);
        grid.disableProperty().bind(form.ownTermsProperty().not());
        box.getChildren().add(grid);
        preferredHeight += 280;
        return box;
    }

    private Label caption(String key, Node field) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add(UiStyles.FORM_LABEL);
        label.setLabelFor(field);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private TextArea area(String id, String promptKey, StringProperty property) {
        TextArea area = TabLeavesTextArea.install(new TextArea());
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.setPromptText(messages.get(promptKey));
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private Node denialReasons() {
        VBox rows = new VBox(6);
        rows.setId("actionReasons");
        Runnable refill = () -> {
            rows.getChildren().clear();
            for (ReasonRow row : form.reasons()) {
                rows.getChildren().add(reasonRow(row, rows.getChildren().size()));
            }
        };
        form.reasons().addListener((ListChangeListener<ReasonRow>) change -> refill.run());
        refill.run();
        Button add = new Button(messages.get("actions.reasons.add"), new FontIcon("mdi2p-plus"));
        add.setId("actionAddReason");
        add.getStyleClass().add(Styles.SMALL);
        add.setOnAction(event -> form.addReason());
        VBox box = new VBox(6, section("actions.reasons"));
        WorkflowState seen = form.seenProperty().get();
        if (form.action() == AuditAction.DENIED
                && seen.recommendation() == Recommendation.DENIAL) {
            Label hint = new Label(messages.get("actions.reasons.asRecommended"));
            hint.getStyleClass().add(UiStyles.MUTED);
            hint.setWrapText(true);
            box.getChildren().addAll(recommendedReasons(), hint);
        }
        box.getChildren().addAll(rows, add);
        preferredHeight += 140;
        return box;
    }

    /** The reviewer's reasons, read-only: the supervisor decides on them or adds their own. */
    private Node recommendedReasons() {
        VBox list = new VBox(4);
        list.setId("actionRecommendedReasons");
        for (DenialReason reason : form.recommendedReasons()) {
            Label line = new Label(messages.format("actions.reasons.recommendedLine", text.factor(reason.factor()),
                    reason.reason()));
            line.setWrapText(true);
            list.getChildren().add(line);
        }
        preferredHeight += 24 * form.recommendedReasons().size();
        return list;
    }

    private Node reasonRow(ReasonRow row, int index) {
        ChoiceBox<ReviewFactor> factor = new ChoiceBox<>();
        factor.setId("reasonFactor-" + index);
        factor.getItems().setAll(ReviewFactor.values());
        factor.setConverter(converter(text::factor));
        factor.valueProperty().bindBidirectional(row.factorProperty());
        factor.setPrefWidth(220);
        TextField reason = new TextField();
        reason.setId("reasonText-" + index);
        reason.setPromptText(messages.get("actions.reasons.prompt"));
        reason.textProperty().bindBidirectional(row.textProperty());
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button remove = new Button(null, new FontIcon("mdi2c-close"));
        remove.setId("reasonRemove-" + index);
        remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        remove.setAccessibleText(messages.get("actions.reasons.remove"));
        remove.setTooltip(new Tooltip(messages.get("actions.reasons.remove")));
        remove.setOnAction(event -> form.removeReason(row));
        return new HBox(6, factor, reason, remove);
    }
}
