package rs.eobuka.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which addresses an e-service may link to: only web addresses, which the campaign's page turns into links. */
class EServiceEditorTest {

    @Test
    void shouldTakeOnlyHttpAndHttpsAddressesWithAHostWithinTheLimit() {
        assertThat(EServiceEditor.isWebAddress("https://euprava.gov.rs/usluga/123")).isTrue();
        assertThat(EServiceEditor.isWebAddress(" http://cacak.rs ")).isTrue();
        assertThat(EServiceEditor.isWebAddress("javascript:alert(1)")).isFalse();
        assertThat(EServiceEditor.isWebAddress("mailto:upis@cacak.rs")).isFalse();
        assertThat(EServiceEditor.isWebAddress("cacak.rs/upis")).isFalse();
        assertThat(EServiceEditor.isWebAddress("https:///bez-hosta")).isFalse();
        assertThat(EServiceEditor.isWebAddress("")).isFalse();
        assertThat(EServiceEditor.isWebAddress(null)).isFalse();
        assertThat(EServiceEditor.isWebAddress("https://cacak.rs/" + "a".repeat(EServiceEditor.MAX_URL))).isFalse();
    }
}
