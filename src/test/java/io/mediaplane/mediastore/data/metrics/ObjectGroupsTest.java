package io.mediaplane.mediastore.data.metrics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObjectGroupsTest {
    @Test
    void aPathCoversTheObjectAndEverythingBelowTheFolder() {
        assertTrue(ObjectGroups.covers("sports/football", "sports/football"));
        assertTrue(ObjectGroups.covers("sports/football", "sports/football/saturday/seg1.ts"));
        assertTrue(ObjectGroups.covers("/sports/football/", "sports/football/a.ts"));
        assertTrue(ObjectGroups.covers("sports/football", "/sports/football/a.ts"));
        assertFalse(ObjectGroups.covers("sports/football", "sports/footballer/a.ts"));
        assertFalse(ObjectGroups.covers("sports/football", "sports"));
        assertFalse(ObjectGroups.covers("sports/football/saturday", "sports/football/sunday/a.ts"));
    }

    @Test
    void aWildcardMatchesTheWholePath() {
        assertTrue(ObjectGroups.covers("*.m3u8", "live/channel1/index.m3u8"));
        assertFalse(ObjectGroups.covers("*.m3u8", "live/channel1/index.m3u8.bak"));
        assertTrue(ObjectGroups.covers("live/*", "live/channel1/seg1.ts"));
        assertFalse(ObjectGroups.covers("live/*", "vod/live/seg1.ts"));
        assertTrue(ObjectGroups.covers("live/*/seg*.ts", "live/ch1/seg10.ts"));
    }
}
