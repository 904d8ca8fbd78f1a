package rs.eobuka.feedback;

/**
 * A questionnaire family chosen for a programme, a training or a caravan event: new surveys of
 * what it holds use the family's newest version (the nearest choice wins: training, then
 * programme); without one, the default applies. {@code name} is what is chosen for, as shown.
 */
public record QuestionnaireChoice(Kind kind, long id, String name, String code) {

    /** What a choice is made for. Labels are {@code feedback.choice.kind.X} in the bundles. */
    public enum Kind {
        PROGRAMME("programme"),
        TRAINING("training"),
        CARAVAN_EVENT("caravan_event");

        private final String table;

        Kind(String table) {
            this.table = table;
        }

        String table() {
            return table;
        }
    }
}
