package rs.eobuka.feedback;

import java.time.LocalDate;

/** A free-text answer for evaluators: the text, the day, the question and what was rated (never who wrote it). */
public record FreeTextAnswer(String text, LocalDate answeredOn, long questionId, long surveyId, long answerId) {
}
