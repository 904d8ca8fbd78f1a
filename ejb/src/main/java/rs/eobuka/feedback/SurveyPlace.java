package rs.eobuka.feedback;

import java.time.LocalDate;

/**
 * Where and when a survey's subject took place, kept on the survey so that results of a
 * programme, an area or a period select their surveys from one table: the programme of the
 * session's training ({@code null} for a caravan event, which belongs to none), the LSGU, and the
 * day it was held.
 */
public record SurveyPlace(Long programmeId, String lsguCode, LocalDate heldOn) {
}
