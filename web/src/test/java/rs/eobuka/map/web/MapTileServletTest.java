package rs.eobuka.map.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The tile proxy's address of a tile on the configured server, and whether one is configured. */
class MapTileServletTest {

    @AfterEach
    void forget() {
        System.clearProperty("eobuka.map.tiles");
    }

    @Test
    void shouldFillTheTemplatesPlaceholders() {
        assertThat(MapTileServlet.tileUrl("https://{s}.tiles.example.org/{z}/{x}/{y}.png", 8, 142, 92))
                .isEqualTo("https://a.tiles.example.org/8/142/92.png");
    }

    @Test
    void shouldDrawNoTilesUnlessATemplateIsConfigured() {
        System.setProperty("eobuka.map.tiles", "  ");
        assertThat(MapTileServlet.configured()).isFalse();
        System.setProperty("eobuka.map.tiles", "https://tiles.example.org/{z}/{x}/{y}.png");
        assertThat(MapTileServlet.configured()).isTrue();
    }
}
