package eu.coact.export.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellSuppressionTest {

    private static final Cell SMALL = new Cell.Hidden(Cell.Suppression.SMALL_COUNT);
    private static final Cell COMPLEMENT = new Cell.Hidden(Cell.Suppression.COMPLEMENTARY);

    @Test
    void aTableWithoutSmallCountsIsShownWhole() {
        CountTable t = CountTable.of(List.of("a", "b"), List.of("x", "y"), new long[][] {{10, 20}, {30, 0}});
        SuppressedTable s = SmallCellSuppression.standard().apply(t);
        assertThat(s.hiddenCount()).isZero();
        assertThat(s.cell(1, 1)).isEqualTo(Cell.shown(0));
        assertThat(s.grandTotal()).isEqualTo(Cell.shown(60));
    }

    @Test
    void aSmallCellIsProtectedByTheCheapestRectangle() {
        // The 3 must be hidden; in its row and column the cheapest partners are 12 and 15,
        // and the cheapest cell closing the rectangle is 40 (not 90).
        CountTable t = CountTable.of(List.of("woman", "man", "other"), List.of("18-29", "30-49", "50+"), new long[][] {
            {3, 12, 50}, {15, 40, 60}, {25, 90, 70}
        });
        SuppressedTable s = SmallCellSuppression.standard().apply(t);
        assertThat(s.cell(0, 0)).isEqualTo(SMALL);
        assertThat(s.cell(0, 1)).isEqualTo(COMPLEMENT);
        assertThat(s.cell(1, 0)).isEqualTo(COMPLEMENT);
        assertThat(s.cell(1, 1)).isEqualTo(COMPLEMENT);
        assertThat(s.hiddenCount()).isEqualTo(4);
        assertThat(s.rowTotal(0)).isEqualTo(Cell.shown(65));
        assertThat(s.grandTotal()).isEqualTo(Cell.shown(365));
    }

    @Test
    void aSmallTotalIsHiddenToo() {
        CountTable t = CountTable.of(List.of("a", "b"), List.of("x", "y"), new long[][] {{4, 4}, {30, 40}});
        SuppressedTable s = SmallCellSuppression.standard().apply(t);
        assertThat(s.rowTotal(0)).isEqualTo(SMALL);
        assertThat(s.cell(0, 0)).isEqualTo(SMALL);
        assertThat(s.cell(0, 1)).isEqualTo(SMALL);
    }

    @Test
    void theThresholdIsConfigurable() {
        CountTable t = CountTable.of(List.of("a", "b"), List.of("x", "y"), new long[][] {{6, 20}, {30, 40}});
        assertThat(SmallCellSuppression.withThreshold(5).apply(t).hiddenCount()).isZero();
        assertThat(SmallCellSuppression.withThreshold(7).apply(t).cell(0, 0)).isEqualTo(SMALL);
        assertThatThrownBy(() -> SmallCellSuppression.withThreshold(1)).hasMessageContaining("at least 2");
    }

    @Test
    void zerosAreShownUnlessTheStudyAsksToHideThem() {
        CountTable t = CountTable.of(List.of("a", "b"), List.of("x", "y"), new long[][] {{0, 20}, {30, 40}});
        assertThat(SmallCellSuppression.standard().apply(t).cell(0, 0)).isEqualTo(Cell.shown(0));
        assertThat(SmallCellSuppression.standard().hidingZeros().apply(t).cell(0, 0))
                .isEqualTo(SMALL);
    }

    @Test
    void aHiddenCellDoesNotCarryItsCount() {
        assertThat(SMALL.toString()).doesNotContain("3");
        assertThat(Cell.Hidden.class.getRecordComponents())
                .extracting(c -> c.getName())
                .containsExactly("reason");
    }

    @Test
    void badTablesAreRefused() {
        assertThatThrownBy(() -> CountTable.of(List.of("a"), List.of("x"), new long[][] {{-1}}))
                .hasMessageContaining("not negative");
        assertThatThrownBy(() -> CountTable.of(List.of("a", "a"), List.of("x"), new long[][] {{1}, {2}}))
                .hasMessageContaining("unique");
        assertThatThrownBy(() -> CountTable.of(List.of("a"), List.of("x", "y"), new long[][] {{1}}))
                .hasMessageContaining("has 1 counts for 2 columns");
    }
}
