package exercise3;

import org.junit.jupiter.api.DisplayName;

/** The {@link ProcessorCountTest} checks in a JVM started with {@code -XX:ActiveProcessorCount=5}. */
@DisplayName("on a JVM with 5 processors")
class FiveProcessorsTest extends ProcessorCountTest {

    @Override
    int processors() {
        return 5;
    }
}
