package exercise3;

import org.junit.jupiter.api.DisplayName;

/** The {@link ProcessorCountTest} checks in a JVM started with {@code -XX:ActiveProcessorCount=3}. */
@DisplayName("on a JVM with 3 processors")
class ThreeProcessorsTest extends ProcessorCountTest {

    @Override
    int processors() {
        return 3;
    }
}
