package io.mediaplane.media.dash;

import io.mediaplane.media.scte35.SpliceInfoSection;
import java.util.OptionalLong;

/**
 * One {@code <Event>} of an SCTE-35 EventStream: presentation time and duration in the stream's
 * timescale, its id (or null) and the splice_info_section it carries.
 */
public record SpliceEvent(long presentationTime, OptionalLong duration, String id, SpliceInfoSection section) {}
