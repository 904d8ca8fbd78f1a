package rs.eobuka.feedback;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import rs.eobuka.platform.errors.InvalidFieldsException;
import rs.eobuka.platform.errors.NotFoundException;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.i18n.LocalizedText;

/**
 * Questionnaires: the evaluators' versions, the defaults, and the one a survey takes. A version
 * that a survey uses is never changed: revising it makes the next version of the family.
 */
@Stateless
public class QuestionnaireService {

    static final int MAX_QUESTIONS = 40;

    @PersistenceContext
    EntityManager em;

    public Questionnaire get(long id) {
        Questionnaire questionnaire = em.find(Questionnaire.class, id);
        if (questionnaire == null) {
            throw new NotFoundException("feedback.questionnaire.notFound", String.valueOf(id));
        }
        return questionnaire.loaded();
    }

    /** The newest version of every family, by purpose and code. */
    public List<Questionnaire> current() {
        return em.createQuery("select q from Questionnaire q where q.version = (select max(o.version) from Questionnaire o"
                + " where o.code = q.code) order by q.purpose, q.code", Questionnaire.class).getResultStream()
                .map(Questionnaire::loaded).toList();
    }

    public Optional<Questionnaire> newest(String code) {
        return em.createQuery("select q from Questionnaire q where q.code = :code order by q.version desc", Questionnaire.class)
                .setParameter("code", code).setMaxResults(1).getResultStream().findFirst().map(Questionnaire::loaded);
    }

    public boolean isInUse(long questionnaireId) {
        return !em.createQuery("select s.id from FeedbackSurvey s where s.questionnaire.id = :id", Long.class)
                .setParameter("id", questionnaireId).setMaxResults(1).getResultList().isEmpty();
    }

    /** A new family, version 1; its code is made from the English name and made unique. */
    public Questionnaire create(QuestionnairePurpose purpose, LocalizedText name, List<QuestionDraft> questions, String user) {
        check(name, questions);
        if (purpose == null) {
            throw new RuleViolationException("purpose", "feedback.questionnaire.purpose");
        }
        Questionnaire questionnaire = new Questionnaire(uniqueCode(name.getEn()), 1, purpose, name, user, Instant.now());
        questionnaire.setQuestions(name, questions);
        em.persist(questionnaire);
        em.flush();
        return questionnaire;
    }

    /**
     * Changes the newest version of a family: in place while no survey uses it, else as the next
     * version (the surveys that use the old one keep it, with their answers).
     */
    public Questionnaire revise(long id, LocalizedText name, List<QuestionDraft> questions, String user) {
        check(name, questions);
        Questionnaire questionnaire = get(id);
        Questionnaire newest = newest(questionnaire.getCode()).orElseThrow();
        if (!newest.getId().equals(questionnaire.getId())) {
            throw new rs.eobuka.platform.errors.ConflictException(null, "feedback.questionnaire.notNewest", newest.getVersion());
        }
        if (!isInUse(id)) {
            questionnaire.setQuestions(name, questions);
            em.flush();
            return questionnaire;
        }
        Questionnaire next = new Questionnaire(questionnaire.getCode(), questionnaire.getVersion() + 1, questionnaire.getPurpose(),
                name, user, Instant.now());
        next.setQuestions(name, questions);
        em.persist(next);
        em.flush();
        return next;
    }

    /**
     * The questionnaire a new survey takes: the family its training, programme or caravan event
     * chose, when that family is written for the survey's audience; the default family otherwise.
     */
    public Questionnaire forSurvey(SurveyTarget target, SurveyAudience audience) {
        QuestionnairePurpose purpose = audience.purpose();
        for (String code : chosenCodes(target)) {
            Optional<Questionnaire> chosen = newest(code).filter(q -> q.getPurpose() == purpose);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        return newest(purpose.defaultCode())
                .orElseThrow(() -> new IllegalStateException("default questionnaire " + purpose.defaultCode() + " missing"));
    }

    /**
     * Chooses a questionnaire family for a programme, a training or a caravan event, or (code
     * null) returns it to the default. Surveys already started keep the version they use.
     */
    public void choose(QuestionnaireChoice.Kind kind, long id, String code) {
        if (code != null && newest(code).isEmpty()) {
            throw new RuleViolationException("code", "feedback.choice.unknownQuestionnaire");
        }
        // the table name comes from the enum, never from input
        int changed = em.createNativeQuery("update " + kind.table() + " set questionnaire_code = ?1 where id = ?2")
                .setParameter(1, code).setParameter(2, id).executeUpdate();
        if (changed == 0) {
            throw new NotFoundException("feedback.choice.notFound");
        }
    }

    /** Every choice made, by kind and name. */
    @SuppressWarnings("unchecked")
    public List<QuestionnaireChoice> choices() {
        List<QuestionnaireChoice> choices = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("select 'PROGRAMME', id, name, questionnaire_code from programme"
                + " where questionnaire_code is not null union all select 'TRAINING', id, title_sr_latn, questionnaire_code from training"
                + " where questionnaire_code is not null union all select 'CARAVAN_EVENT', id, title, questionnaire_code from caravan_event"
                + " where questionnaire_code is not null order by 1, 3").getResultList()) {
            choices.add(new QuestionnaireChoice(QuestionnaireChoice.Kind.valueOf(((String) row[0]).strip()), ((Number) row[1]).longValue(),
                    (String) row[2], (String) row[3]));
        }
        return choices;
    }

    /** The choices that apply to a target, nearest first: training before programme. */
    @SuppressWarnings("unchecked")
    private List<String> chosenCodes(SurveyTarget target) {
        List<Object[]> rows = switch (target.subject()) {
            case SESSION -> em.createNativeQuery("select t.questionnaire_code, p.questionnaire_code from training_session s"
                    + " join training t on t.id = s.training_id join programme p on p.id = t.programme_id where s.id = ?1")
                    .setParameter(1, target.id()).getResultList();
            case CARAVAN_EVENT -> em.createNativeQuery("select questionnaire_code, cast(null as varchar(40)) from caravan_event where id = ?1")
                    .setParameter(1, target.id()).getResultList();
            case WORKSHOP_REQUEST -> List.of();
        };
        List<String> codes = new ArrayList<>();
        for (Object[] row : rows) {
            for (Object code : row) {
                if (code != null) {
                    codes.add((String) code);
                }
            }
        }
        return codes;
    }

    private String uniqueCode(String englishName) {
        String base = englishName == null ? "questionnaire" : java.text.Normalizer.normalize(englishName, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.isEmpty()) {
            base = "questionnaire";
        }
        base = base.length() > 32 ? base.substring(0, 32) : base;
        String code = base;
        for (int n = 2; newest(code).isPresent(); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    /** Every missing translation and malformed question at once. */
    static void check(LocalizedText name, List<QuestionDraft> questions) {
        List<RuleViolationException> refusals = new ArrayList<>();
        if (name == null || !name.isComplete()) {
            refusals.add(new RuleViolationException("name", "feedback.questionnaire.name"));
        }
        if (questions == null || questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            refusals.add(new RuleViolationException("questions", "feedback.questionnaire.questions", MAX_QUESTIONS));
        } else {
            for (int i = 0; i < questions.size(); i++) {
                checkQuestion(questions.get(i), "questions[" + i + "]", refusals);
            }
        }
        if (!refusals.isEmpty()) {
            throw new InvalidFieldsException(refusals);
        }
    }

    private static void checkQuestion(QuestionDraft question, String field, List<RuleViolationException> refusals) {
        if (question == null || question.kind() == null) {
            refusals.add(new RuleViolationException(field + ".kind", "feedback.questionnaire.kind"));
            return;
        }
        if (question.text() == null || !question.text().isComplete()) {
            refusals.add(new RuleViolationException(field + ".text", "feedback.questionnaire.text"));
        }
        if (question.kind().isScale() && (question.lowLabel() == null || !question.lowLabel().isComplete()
                || question.highLabel() == null || !question.highLabel().isComplete())) {
            refusals.add(new RuleViolationException(field + ".labels", "feedback.questionnaire.labels"));
        }
        if (question.kind().hasOptions()) {
            List<QuestionDraft.OptionDraft> options = question.options();
            if (options.size() < 2 || options.stream().anyMatch(o -> o == null || o.code() == null || o.code().isBlank()
                    || o.text() == null || !o.text().isComplete())
                    || options.stream().map(QuestionDraft.OptionDraft::code).distinct().count() < options.size()) {
                refusals.add(new RuleViolationException(field + ".options", "feedback.questionnaire.options"));
            }
        }
    }
}
