package rs.eobuka.feedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import rs.eobuka.feedback.QuestionKind;
import rs.eobuka.feedback.QuestionMeasure;
import rs.eobuka.feedback.Questionnaire;
import rs.eobuka.feedback.QuestionnairePurpose;
import rs.eobuka.feedback.QuestionnaireService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.platform.security.web.CurrentUser;

/**
 * The evaluator's questionnaires: the newest version of each, and an editor for a new one or
 * for the next version. Saving a version no survey uses changes it; saving one in use makes the
 * next version, and the surveys that asked the old one keep it.
 */
@Named
@ViewScoped
public class QuestionnairesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient QuestionnaireService questionnaires;

    @Inject
    transient CurrentUser user;

    private List<Questionnaire> current;
    private List<Long> inUse;
    private boolean editing;
    private Long editingId;
    private QuestionnairePurpose purpose = QuestionnairePurpose.PARTICIPANT;
    private final QuestionEditor.TextEditor name = new QuestionEditor.TextEditor();
    private List<QuestionEditor> questions = new ArrayList<>();

    @PostConstruct
    void init() {
        refresh();
    }

    private void refresh() {
        current = questionnaires.current();
        inUse = current.stream().map(Questionnaire::getId).filter(questionnaires::isInUse).toList();
    }

    public void startNew() {
        editing = true;
        editingId = null;
        purpose = QuestionnairePurpose.PARTICIPANT;
        name.setSrLatn(null);
        name.setSrCyrl(null);
        name.setEn(null);
        questions = new ArrayList<>();
        addQuestion();
    }

    public void edit(long id) {
        Questionnaire questionnaire = questionnaires.get(id);
        editing = true;
        editingId = id;
        purpose = questionnaire.getPurpose();
        name.set(questionnaire.getName());
        questions = new ArrayList<>(questionnaire.getQuestions().stream().map(QuestionEditor::of).toList());
    }

    public void addQuestion() {
        questions.add(new QuestionEditor());
    }

    public void removeQuestion(QuestionEditor question) {
        questions.remove(question);
    }

    public void moveUp(QuestionEditor question) {
        int index = questions.indexOf(question);
        if (index > 0) {
            questions.remove(index);
            questions.add(index - 1, question);
        }
    }

    public void save() {
        try {
            List<rs.eobuka.feedback.QuestionDraft> drafts = questions.stream().map(QuestionEditor::draft).toList();
            Questionnaire saved = editingId == null
                    ? questionnaires.create(purpose, name.text(), drafts, user.getUsername())
                    : questionnaires.revise(editingId, name.text(), drafts, user.getUsername());
            FacesTexts.info(editingId == null || saved.getId().equals(editingId) ? "feedback.questionnaires.saved" : "feedback.questionnaires.newVersion",
                    saved.getName().in(FacesTexts.language()), saved.getVersion());
            editing = false;
            refresh();
        } catch (InvalidFieldsException e) {
            for (RuleViolationException refusal : e.refusals()) {
                FacesTexts.error("feedback.questionnaires.refusal", where(refusal.field()), FacesTexts.text(refusal.messageKey(), refusal.arguments()));
            }
        } catch (DomainException e) {
            FacesTexts.error(e, "editorForm");
        }
    }

    public void cancel() {
        editing = false;
    }

    /** "Question 2" for {@code questions[1].text}, "Name" for {@code name}. */
    private static String where(String field) {
        if (field != null && field.startsWith("questions[")) {
            int end = field.indexOf(']');
            return FacesTexts.text("feedback.questionnaires.questionNo", Integer.parseInt(field.substring(10, end)) + 1);
        }
        return FacesTexts.text("feedback.questionnaires.name");
    }

    public boolean isInUse(Questionnaire questionnaire) {
        return inUse.contains(questionnaire.getId());
    }

    public QuestionKind[] getKinds() { return QuestionKind.values(); }
    public QuestionMeasure[] getMeasures() { return QuestionMeasure.values(); }
    public QuestionnairePurpose[] getPurposes() { return QuestionnairePurpose.values(); }
    public List<Questionnaire> getCurrent() { return current; }
    public boolean isEditing() { return editing; }
    public Long getEditingId() { return editingId; }
    public QuestionnairePurpose getPurpose() { return purpose; }
    public void setPurpose(QuestionnairePurpose purpose) { this.purpose = purpose; }
    public QuestionEditor.TextEditor getName() { return name; }
    public List<QuestionEditor> getQuestions() { return questions; }
}
