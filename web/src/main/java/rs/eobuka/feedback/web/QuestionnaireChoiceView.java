package rs.eobuka.feedback.web;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import rs.eobuka.caravan.CaravanStopService;
import rs.eobuka.feedback.Questionnaire;
import rs.eobuka.feedback.QuestionnaireChoice;
import rs.eobuka.feedback.QuestionnaireService;
import rs.eobuka.platform.errors.DomainException;
import rs.eobuka.platform.i18n.web.FacesTexts;
import rs.eobuka.reference.ProgrammeService;
import rs.eobuka.session.TrainingService;

/**
 * Which questionnaire a programme, a training or an upcoming caravan event uses (on
 * evaluator/questionnaires.xhtml): choose a family for one of them, or send it back to the
 * default; the choices made are listed.
 */
@Named
@ViewScoped
public class QuestionnaireChoiceView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LISTED = 200;

    @Inject
    transient QuestionnaireService questionnaires;

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient TrainingService trainings;

    @Inject
    transient CaravanStopService caravan;

    private QuestionnaireChoice.Kind kind = QuestionnaireChoice.Kind.PROGRAMME;
    private Long targetId;
    private String code;

    public void apply() {
        if (targetId == null) {
            FacesTexts.error("feedback.choice.targetRequired");
            return;
        }
        try {
            questionnaires.choose(kind, targetId, code == null || code.isBlank() ? null : code);
            FacesTexts.info("feedback.choice.saved");
        } catch (DomainException e) {
            FacesTexts.error(e, "choiceForm");
        }
    }

    public void reset(QuestionnaireChoice choice) {
        questionnaires.choose(choice.kind(), choice.id(), null);
        FacesTexts.info("feedback.choice.saved");
    }

    public void kindChanged() {
        targetId = null;
    }

    /** What can be chosen for, of the kind picked. */
    public List<SelectItem> getTargets() {
        return switch (kind) {
            case PROGRAMME -> programmes.findAll().stream().map(p -> new SelectItem(p.getId(), p.getName())).toList();
            case TRAINING -> trainings.find(null, 0, LISTED).stream()
                    .map(t -> new SelectItem(t.getId(), t.title(FacesTexts.language()))).toList();
            case CARAVAN_EVENT -> caravan.findPublic(true, 0, LISTED).stream()
                    .map(e -> new SelectItem(e.getId(), e.getTitle() + " (" + e.getDay() + ")")).toList();
        };
    }

    public List<Questionnaire> getQuestionnaires() {
        return questionnaires.current();
    }

    public List<QuestionnaireChoice> getChoices() {
        return questionnaires.choices();
    }

    /** A choice's questionnaire, named in the reader's language. */
    public String questionnaireName(String code) {
        return questionnaires.newest(code).map(q -> q.getName().in(FacesTexts.language())).orElse(code);
    }

    public QuestionnaireChoice.Kind[] getKinds() {
        return QuestionnaireChoice.Kind.values();
    }

    public QuestionnaireChoice.Kind getKind() { return kind; }
    public void setKind(QuestionnaireChoice.Kind kind) { this.kind = kind; }
    public Long getTargetId() { return targetId; }
    public void setTargetId(Long targetId) { this.targetId = targetId; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
}
