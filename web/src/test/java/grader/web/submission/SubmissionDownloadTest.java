package grader.web.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A download's file name is safe in a header whatever the names it is made of. */
class SubmissionDownloadTest {

    @Test
    void everyCharacterAHeaderCouldMisreadIsReplaced() {
        assertEquals("exercise1-al_ice___x_-3-Bank__1_.java", SubmissionDownload.safe("exercise1-al\"ice;\r\nx/-3-Bank (1).java"));
        assertEquals("attachment; filename=\"a.zip\"", new SubmissionDownload("a.zip", "application/zip", new byte[0]).contentDisposition());
    }
}
