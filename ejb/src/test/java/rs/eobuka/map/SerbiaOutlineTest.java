package rs.eobuka.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bundled outline, projected: seats fall inside the drawing where they lie in Serbia, tiles cover it. */
class SerbiaOutlineTest {

    private SerbiaOutline outline;

    @BeforeEach
    void load() {
        outline = new SerbiaOutline();
        outline.load();
    }

    @Test
    void shouldDrawSerbiaTallerThanWideWithItsSeatsInPlace() {
        // Serbia spans about 4.1 degrees of longitude and 4.3 of latitude; Mercator stretches the north
        assertThat(outline.height()).isGreaterThan(outline.width() * 1.2).isLessThan(outline.width() * 1.8);
        assertThat(outline.path()).startsWith("M").endsWith("Z");

        MapPoint subotica = outline.project(46.1, 19.665);
        MapPoint beograd = outline.project(44.8178, 20.4569);
        MapPoint nis = outline.project(43.3209, 21.8958);
        MapPoint vranje = outline.project(42.5514, 21.9003);
        // north is up, east is right, and every seat is inside the drawing
        assertThat(subotica.y()).isLessThan(beograd.y());
        assertThat(beograd.y()).isLessThan(nis.y());
        assertThat(nis.y()).isLessThan(vranje.y());
        assertThat(beograd.x()).isLessThan(nis.x());
        for (MapPoint p : List.of(subotica, beograd, nis, vranje)) {
            assertThat(p.x()).isBetween(0.0, outline.width());
            assertThat(p.y()).isBetween(0.0, outline.height());
        }
    }

    @Test
    void shouldCoverTheDrawingWithTilesOfOneZoomAndServeNoOthers() {
        List<MapTile> tiles = outline.tiles();

        // the tiles start at or before the drawing's corner and reach past its far corner
        assertThat(tiles).isNotEmpty().allSatisfy(t -> assertThat(t.zoom()).isEqualTo(SerbiaOutline.TILE_ZOOM));
        assertThat(tiles.stream().mapToDouble(MapTile::x).min().orElseThrow()).isLessThanOrEqualTo(0);
        assertThat(tiles.stream().mapToDouble(MapTile::y).min().orElseThrow()).isLessThanOrEqualTo(0);
        assertThat(tiles.stream().mapToDouble(t -> t.x() + t.size()).max().orElseThrow()).isGreaterThanOrEqualTo(outline.width());
        assertThat(tiles.stream().mapToDouble(t -> t.y() + t.size()).max().orElseThrow()).isGreaterThanOrEqualTo(outline.height());
        // Belgrade's tile at zoom 8 is 142/92; one far away (London) is not the map's
        assertThat(outline.covers(8, 142, 92)).isTrue();
        assertThat(outline.covers(8, 127, 85)).isFalse();
        assertThat(outline.covers(7, 71, 45)).isFalse();
    }
}
