package rs.eobuka.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void shouldFoldCyrillicAndLatinWithDiacriticsToTheSameText() {
        assertThat(SearchText.fold("Ђорђе Шљивић")).isEqualTo("djordje sljivic");
        assertThat(SearchText.fold("Đorđe Šljivić")).isEqualTo("djordje sljivic");
        assertThat(SearchText.fold("DJORDJE sljivic")).isEqualTo("djordje sljivic");
    }

    @Test
    void shouldFoldTheDigraphLettersAlike() {
        assertThat(SearchText.fold("Љиљана Њежић Џамић")).isEqualTo(SearchText.fold("Ljiljana Nježić Džamić")).isEqualTo("ljiljana njezic dzamic");
    }

    @Test
    void shouldMakeRunsOfWhiteSpaceOneSpaceAndKeepOtherCharacters() {
        assertThat(SearchText.fold("  Čačak,\t 24. 11.  2026. — Sala 2 ")).isEqualTo("cacak, 24. 11. 2026. — sala 2");
        assertThat(SearchText.fold("50%_x")).isEqualTo("50%_x");
    }

    @Test
    void shouldStoreEachDistinctFormOnceOnItsOwnLine() {
        String text = SearchText.of(Arrays.asList("Milica (Čačak) — Obuka", "Milica (Чачак) — Обука", "Milica (Čačak) — Training", null));

        assertThat(text).isEqualTo("milica (cacak) — obuka\nmilica (cacak) — training");
    }

    @Test
    void shouldCutATextLongerThanTheColumn() {
        String text = SearchText.of(Collections.singletonList("a".repeat(SearchText.MAX_LENGTH + 10)));

        assertThat(text).hasSize(SearchText.MAX_LENGTH);
    }
}
