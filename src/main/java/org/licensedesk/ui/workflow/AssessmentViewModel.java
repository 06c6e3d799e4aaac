package org.licensedesk.ui.workflow;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.licensedesk.domain.AuditAction;
import org.licensedesk.domain.workflow.AssessmentGaps;
import org.licensedesk.domain.workflow.FactorRating;
import org.licensedesk.domain.workflow.ReviewFactor;
import org.licensedesk.domain.workflow.WorkflowRules;
import org.licensedesk.drafts.AssessmentDraft;
import org.licensedesk.ui.Messages;

/**
 * The assessment pane beside the application: a rating and a comment for each of the eight review factors, and the
 * note. Every gap is shown beside its field at once when the reviewer tries to save; what they type is kept as a
 * draft (closing the pane, choosing another application or leaving the desk loses nothing); closing with unsaved text
 * asks first. It fills in the form of the ASSESSED action, which {@link ActionsViewModel} performs, so a refusal or a
 * conflict is handled as for every action.
 */
public final class AssessmentViewModel {
    private static final DateTimeFormatter DRAFT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Where the pane stands: open, asking whether to close with unsaved text, or closed. */
    public enum Closing {
        OPEN, ASKING, CLOSED
    }

    /** A field of the pane, to show a problem beside it or bring it into focus. */
    public record Field(ReviewFactor factor, Kind kind) {
        public enum Kind {
            RATING, COMMENT, NOTE
        }

        static final Field NOTE = new Field(null, Kind.NOTE);
    }

    /** Keeps and forgets drafts for the pane; the actions view model holds them while the desk is open and on disk. */
    interface Drafts {
        void keep(AssessmentDraft draft);

        void discard(String reference);
    }

    private final ActionForm form;
    private final Messages messages;
    private final Drafts drafts;
    private final Clock clock;
    private final String startedWith;
    private final Map<ReviewFactor, ReadOnlyStringWrapper> ratingProblems = new EnumMap<>(ReviewFactor.class);
    private final Map<ReviewFactor, ReadOnlyStringWrapper> commentProblems = new EnumMap<>(ReviewFactor.class);
    private final ReadOnlyStringWrapper noteProblem = new ReadOnlyStringWrapper(this, "noteProblem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final ReadOnlyBooleanWrapper problemsShown = new ReadOnlyBooleanWrapper(this, "problemsShown");
    private final ReadOnlyBooleanWrapper draftKept = new ReadOnlyBooleanWrapper(this, "draftKept");
    private final ReadOnlyObjectWrapper<Closing> closing = new ReadOnlyObjectWrapper<>(this, "closing", Closing.OPEN);
    private final ReadOnlyObjectWrapper<Field> focusRequest = new ReadOnlyObjectWrapper<>(this, "focusRequest");
    // The draft last kept, so that keeping the same text again writes nothing.
    private String keptContent;

    /**
     * @param form  the ASSESSED form, filled in with the latest assessment on record (if any)
     * @param draft the reviewer's draft of this assessment, which replaces that starting point
     */
    AssessmentViewModel(ActionForm form, Optional<AssessmentDraft> draft, Drafts drafts, Messages messages,
            Clock clock) {
        if (form.action() != AuditAction.ASSESSED) {
            throw new IllegalArgumentException("The assessment pane fills in ASSESSED, not " + form.action());
        }
        this.form = form;
        this.drafts = Objects.requireNonNull(drafts, "drafts");
        this.messages = messages;
        this.clock = clock;
        boolean earlier = form.factors().stream().anyMatch(row -> row.ratingProperty().get() != null);
        startedWith = content();
        draft.ifPresent(this::restore);
        keptContent = draft.isPresent() ? content() : startedWith;
        draftKept.set(draft.isPresent());
        if (draft.isPresent()) {
            origin.set(messages.format("assess.origin.draft", DRAFT_TIME.format(draft.get().savedAt()
                    .atZone(zone()))));
        } else if (earlier) {
            origin.set(messages.get("assess.origin.earlier"));
        }
        List<Observable> watched = new ArrayList<>();
        for (FactorRow row : form.factors()) {
            ratingProblems.put(row.factor(), new ReadOnlyStringWrapper(this, "ratingProblem", ""));
            commentProblems.put(row.factor(), new ReadOnlyStringWrapper(this, "commentProblem", ""));
            watched.add(row.ratingProperty());
            watched.add(row.commentProperty());
        }
        watched.add(form.noteProperty());
        watched.add(form.noteRequired());
        watched.forEach(observable -> observable.addListener(changed -> check()));
        problemsShown.addListener(changed -> check());
        form.closedProperty().addListener((observable, before, performed) -> {
            if (performed) {
                drafts.discard(form.reference());
                closing.set(Closing.CLOSED);
            }
        });
        check();
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private void restore(AssessmentDraft draft) {
        for (AssessmentDraft.Factor kept : draft.factors()) {
            form.factors().get(kept.factor().ordinal()).restore(kept.rating(), kept.comment());
        }
        form.noteProperty().set(draft.note());
    }

    /**
     * Saves the assessment if every factor has a rating and a comment and the note is long enough; otherwise shows
     * every problem beside its field and brings the first into focus.
     */
    public void save() {
        problemsShown.set(true);
        check();
        Optional<Field> first = firstProblem();
        if (first.isPresent()) {
            focusRequest.set(null);
            focusRequest.set(first.get());
            return;
        }
        form.submit();
    }

    /** Escape or Close: closes at once when nothing was typed, else asks whether to keep the draft. */
    public void requestClose() {
        if (form.busyProperty().get() || closing.get() == Closing.CLOSED) {
            return;
        }
        if (hasUnsavedText()) {
            closing.set(Closing.ASKING);
        } else {
            drafts.discard(form.reference());
            closing.set(Closing.CLOSED);
        }
    }

    /** Closes keeping what was typed as a draft, which comes back when the application is assessed again. */
    public void keepDraftAndClose() {
        if (closing.get() == Closing.CLOSED) {
            return;
        }
        keepDraft();
        closing.set(Closing.CLOSED);
    }

    /** Closes and forgets what was typed since the assessment on record. */
    public void discardAndClose() {
        if (closing.get() == Closing.CLOSED) {
            return;
        }
        drafts.discard(form.reference());
        closing.set(Closing.CLOSED);
    }

    /** The reviewer changed their mind about closing. */
    public void stay() {
        if (closing.get() == Closing.ASKING) {
            closing.set(Closing.OPEN);
        }
    }

    /**
     * Keeps what was typed as the application's draft (the pane calls this a moment after each change and when the
     * window loses the focus); nothing typed beyond the starting point leaves no draft.
     */
    public void keepDraft() {
        if (closing.get() == Closing.CLOSED || form.closedProperty().get()) {
            return;
        }
        String content = content();
        if (content.equals(keptContent)) {
            return;
        }
        keptContent = content;
        if (content.equals(startedWith)) {
            drafts.discard(form.reference());
            draftKept.set(false);
        } else {
            drafts.keep(draft());
            draftKept.set(true);
        }
    }

    /** Whether anything typed or chosen is not yet in the audit trail. */
    public boolean hasUnsavedText() {
        return !content().equals(startedWith);
    }

    AssessmentDraft draft() {
        List<AssessmentDraft.Factor> factors = form.factors().stream()
                .map(row -> new AssessmentDraft.Factor(row.factor(), row.ratingProperty().get(),
                        row.commentProperty().get()))
                .toList();
        return new AssessmentDraft(form.reference(), factors, form.noteProperty().get(), clock.instant());
    }

    /** What the pane holds, as one comparable text: ratings, comments and note. */
    private String content() {
        StringBuilder text = new StringBuilder();
        for (FactorRow row : form.factors()) {
            text.append(row.ratingProperty().get()).append('\u0000').append(row.commentProperty().get().strip())
                    .append('\u0000');
        }
        return text.append(form.noteProperty().get().strip()).toString();
    }

    private void check() {
        Map<ReviewFactor, FactorRating> ratings = new EnumMap<>(ReviewFactor.class);
        Map<ReviewFactor, String> comments = new EnumMap<>(ReviewFactor.class);
        for (FactorRow row : form.factors()) {
            ratings.put(row.factor(), row.ratingProperty().get());
            comments.put(row.factor(), row.commentProperty().get());
        }
        AssessmentGaps gaps = AssessmentGaps.of(ratings, comments);
        boolean shown = problemsShown.get();
        for (ReviewFactor factor : ReviewFactor.values()) {
            ratingProblems.get(factor).set(shown && gaps.unrated().contains(factor)
                    ? messages.get("assess.rating.missing") : "");
            commentProblems.get(factor).set(shown && gaps.uncommented().contains(factor)
                    ? messages.get("assess.comment.missing") : "");
        }
        boolean noteShort = !form.noteLongEnough().get();
        noteProblem.set(shown && noteShort ? messages.format("assess.note.missing", WorkflowRules.MIN_NOTE_LENGTH,
                form.noteLength().get()) : "");
        int count = gaps.count() + (noteShort ? 1 : 0);
        if (!shown) {
            summary.set("");
        } else if (count == 0) {
            summary.set(messages.get("assess.summary.complete"));
        } else {
            summary.set(messages.format("assess.summary.missing", count));
        }
    }

    /** The first field with a problem, in the order the reviewer tabs through them. */
    private Optional<Field> firstProblem() {
        for (ReviewFactor factor : ReviewFactor.values()) {
            if (!ratingProblems.get(factor).get().isEmpty()) {
                return Optional.of(new Field(factor, Field.Kind.RATING));
            }
            if (!commentProblems.get(factor).get().isEmpty()) {
                return Optional.of(new Field(factor, Field.Kind.COMMENT));
            }
        }
        return noteProblem.get().isEmpty() ? Optional.empty() : Optional.of(Field.NOTE);
    }

    public String reference() {
        return form.reference();
    }

    public List<FactorRow> factors() {
        return form.factors();
    }

    public StringProperty noteProperty() {
        return form.noteProperty();
    }

    /** "Choose a rating" beside a factor without one, once the reviewer tried to save; else empty. */
    public ReadOnlyStringProperty ratingProblem(ReviewFactor factor) {
        return ratingProblems.get(factor).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty commentProblem(ReviewFactor factor) {
        return commentProblems.get(factor).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProblem() {
        return noteProblem.getReadOnlyProperty();
    }

    /** How many fields still need filling in, once the reviewer tried to save. */
    public ReadOnlyStringProperty summary() {
        return summary.getReadOnlyProperty();
    }

    /** Where the pane started from: the reviewer's draft, the assessment on record, or nothing (empty). */
    public ReadOnlyStringProperty origin() {
        return origin.getReadOnlyProperty();
    }

    /** Whether a draft of this assessment is kept, so that the pane can offer to discard it. */
    public ReadOnlyBooleanProperty draftKept() {
        return draftKept.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemsShown() {
        return problemsShown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Closing> closing() {
        return closing.getReadOnlyProperty();
    }

    /** The field to bring into focus after a failed save; set anew each time. */
    public ReadOnlyObjectProperty<Field> focusRequest() {
        return focusRequest.getReadOnlyProperty();
    }

    /** While the assessment is being saved. */
    public ReadOnlyBooleanProperty busy() {
        return form.busyProperty();
    }

    /** Asks the pane to bring its first field into focus (Assess chosen again while it is open). */
    public void focus() {
        Field first = firstProblem().orElse(new Field(firstUnrated(), Field.Kind.RATING));
        focusRequest.set(null);
        focusRequest.set(first);
    }

    private ReviewFactor firstUnrated() {
        return form.factors().stream().filter(row -> row.ratingProperty().get() == null).map(FactorRow::factor)
                .findFirst().orElse(ReviewFactor.values()[0]);
    }
}
