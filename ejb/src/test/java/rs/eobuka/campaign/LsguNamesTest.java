package rs.eobuka.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import rs.eobuka.reference.LsguType;

/** The real campaign's municipalities against the bundled reference data of Serbia's LSGUs. */
class LsguNamesTest {

    private static LsguNames names;

    @BeforeAll
    static void referenceData() throws IOException {
        List<LsguNames.Unit> units = new ArrayList<>();
        try (BufferedReader csv = new BufferedReader(new InputStreamReader(
                LsguNamesTest.class.getResourceAsStream("/reference/lsgu.csv"), StandardCharsets.UTF_8))) {
            csv.readLine();
            for (String line = csv.readLine(); line != null; line = csv.readLine()) {
                String[] cells = line.split(",", -1);
                units.add(new LsguNames.Unit(cells[0], cells[1], LsguType.valueOf(cells[3])));
            }
        }
        names = new LsguNames(units);
    }

    @Test
    void shouldFindEveryMunicipalityOfTheRealCampaign() {
        Map<String, String> eServices = names.codes(RealCampaign.ESERVICES);
        Map<String, String> openData = names.codes(RealCampaign.OPEN_DATA);

        assertThat(eServices).hasSize(35).containsEntry("Kragujevac", "70645").containsEntry("Čačak", "71242");
        assertThat(openData).hasSize(29).containsEntry("Niš", "79022");
        assertThat(eServices.values()).doesNotHaveDuplicates().doesNotContainAnyElementsOf(openData.values());
    }

    @Test
    void shouldMeanTheCityNotItsCityMunicipalityOfTheSameName() {
        assertThat(names.codes(List.of("Požarevac"))).containsEntry("Požarevac", "79049");
    }

    @Test
    void shouldMatchWhateverTheCaseAndRefuseNamesItDoesNotKnowNamingEachOne() {
        assertThat(names.codes(List.of("  čačak "))).containsEntry("  čačak ", "71242");
        assertThatThrownBy(() -> names.codes(List.of("Kragujevac", "Kraguejvac", "Atlantida")))
                .isInstanceOf(LsguNames.UnknownLsguException.class)
                .hasMessageContaining("Kraguejvac").hasMessageContaining("Atlantida").hasMessageNotContaining("[Kragujevac");
    }
}
