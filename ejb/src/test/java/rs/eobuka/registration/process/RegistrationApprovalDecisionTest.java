package rs.eobuka.registration.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import rs.eobuka.platform.i18n.Language;
import rs.eobuka.platform.task.TaskDecision;

class RegistrationApprovalDecisionTest {

    private static final RegistrationApprovalDecision.Subject SUBJECT = new RegistrationApprovalDecision.Subject(
            "Milica Jovanović", "Čačak", "Чачак", "Digitalne veštine", "Дигиталне вештине", "Digital skills",
            "Kragujevac", "Крагујевац", LocalDateTime.of(2026, 11, 24, 10, 0));

    @Test
    void shouldNameThePersonTheirMunicipalityTheTrainingItsCityAndDateInEachLanguage() {
        assertThat(SUBJECT.in(Language.SR_LATN)).startsWith("Milica Jovanović (Čačak) — Digitalne veštine, Kragujevac, ").contains("2026");
        assertThat(SUBJECT.in(Language.SR_CYRL)).startsWith("Milica Jovanović (Чачак) — Дигиталне вештине, Крагујевац, ").contains("2026");
        assertThat(SUBJECT.in(Language.EN)).startsWith("Milica Jovanović (Čačak) — Digital skills, Kragujevac, ").contains("2026");
    }

    @Test
    void shouldLeaveOutTheMunicipalityOfAPersonWithout() {
        RegistrationApprovalDecision.Subject subject = new RegistrationApprovalDecision.Subject("Ana Anić", null, null, "Obuka", "Обука",
                "Training", "Niš", "Ниш", LocalDateTime.of(2026, 11, 24, 10, 0));

        assertThat(subject.in(Language.SR_LATN)).startsWith("Ana Anić — Obuka, Niš, ");
    }

    @Test
    void shouldBeFoundByTheCityTypedInEitherScript() {
        assertThat(SUBJECT.searchText()).contains("kragujevac").contains("digitalne vestine").contains("digital skills")
                .contains("milica jovanovic (cacak)");
    }

    @Test
    void shouldReadOnlyNumericBusinessKeysAsRowIds() {
        assertThat(TaskDecision.rowIds(java.util.List.of("12", "x1", "", "99999999999999999999", "7"))).containsExactly(12L, 7L);
    }
}
