package io.mediaplane.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArnTest {
    @Test
    void buildsAndParsesKeepingTheResourcesColonsAndSlashes() {
        Arn flow = Arn.of("mediaconnect", "us-east-1", "111122223333", "flow:1-abc-0123:live");
        assertEquals("arn:aws:mediaconnect:us-east-1:111122223333:flow:1-abc-0123:live", flow.toString());
        assertEquals(flow, Arn.parse(flow.toString()).orElseThrow());
        Arn container = Arn.parse("arn:aws:mediastore:eu-west-1:111122223333:container/movies/x")
                .orElseThrow();
        assertEquals("container/movies/x", container.resource());
        assertEquals("arn:aws:iam::111122223333:root", Arn.accountRoot("111122223333"));
        assertEquals(
                "", Arn.parse(Arn.accountRoot("111122223333")).orElseThrow().region());
    }

    @Test
    void whatIsNotShapedAsAnArnIsEmpty() {
        for (String bad : new String[] {null, "", "*", "arn:aws:s3", "arn:aws:iam::111122223333:", "urn:a:b:c:d:e"}) {
            assertTrue(Arn.parse(bad).isEmpty(), String.valueOf(bad));
        }
    }
}
