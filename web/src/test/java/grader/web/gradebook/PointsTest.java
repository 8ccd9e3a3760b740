package grader.web.gradebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PointsTest {

    @Test
    void theLatePenaltysBinaryFractionsRoundToHundredths() {
        assertEquals(13.95, Points.round(13.950000000000001));
        assertEquals(13.95, Points.round(15.5 * (1 - 0.1)));
        assertEquals(0.13, Points.round(0.125), "halves round away from zero");
        assertEquals(-0.13, Points.round(-0.125));
        assertEquals(7.0, Points.round(7.0));
        assertNull(Points.round((Double) null));
    }
}
