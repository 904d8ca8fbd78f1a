/**
 * Impact reports for donors: an evaluator drafts a report for a programme and period (optionally
 * a region or an LSGU) whose figures the application counts from what was held, attended, tallied
 * and answered; adds findings, recommendations and quotes; a second evaluator reviews it (process
 * {@code impact-report-review}); once approved it is published and never changes.
 */
package rs.eobuka.impact;
