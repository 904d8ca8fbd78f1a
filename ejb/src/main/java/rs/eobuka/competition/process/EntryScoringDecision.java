package rs.eobuka.competition.process;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import rs.eobuka.competition.JuryService;
import rs.eobuka.platform.errors.RuleViolationException;
import rs.eobuka.platform.task.TaskCommand;
import rs.eobuka.platform.task.TaskDecision;
import rs.eobuka.platform.task.TaskSubject;

/**
 * A juror's scoring of an entry: {@code SCORE} with {@code scores}, an object of criterion id
 * to a whole number 1 to 10 for every criterion, and an optional {@code comment}.
 */
@ApplicationScoped
public class EntryScoringDecision implements TaskDecision {

    public static final String SCORE = "SCORE";

    @Inject
    JuryService jury;

    @Inject
    EntryTaskSubjects subjects;

    @Override
    public Set<String> taskKeys() {
        return Set.of(CompetitionVariables.TASK_SCORE);
    }

    @Override
    public Set<String> decisions(String taskKey) {
        return Set.of(SCORE);
    }

    @Override
    public void decide(String taskId, String username, TaskCommand command) {
        JsonValue scores = command.payload().get("scores");
        if (!(scores instanceof JsonObject given)) {
            throw new RuleViolationException("scores", "competition.score.required");
        }
        Map<Long, Integer> byCriterion = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> score : given.entrySet()) {
            if (!score.getKey().matches("\\d{1,18}") || !(score.getValue() instanceof JsonNumber number) || !number.isIntegral()) {
                throw new RuleViolationException("scores", "competition.score.invalid", score.getKey());
            }
            byCriterion.put(Long.valueOf(score.getKey()), number.intValue());
        }
        JsonValue comment = command.payload().get("comment");
        jury.score(taskId, username, byCriterion, comment instanceof JsonString text ? text.getString() : null);
    }

    @Override
    public Map<String, TaskSubject> subjects(Collection<String> businessKeys) {
        return subjects.of(businessKeys);
    }
}
