package io.mediaplane.media.scte35;

/**
 * A splice_descriptor of the descriptor loop. The avail and segmentation descriptors with the
 * "CUEI" identifier are decoded; every other descriptor is kept as bytes.
 */
public sealed interface SpliceDescriptor permits AvailDescriptor, SegmentationDescriptor, RawDescriptor {
    /** The identifier of SCTE 35's own descriptors, ASCII "CUEI". */
    long CUEI = 0x43554549L;

    int AVAIL_TAG = 0x00;
    int DTMF_TAG = 0x01;
    int SEGMENTATION_TAG = 0x02;
    int TIME_TAG = 0x03;
    int AUDIO_TAG = 0x04;

    /** The {@code splice_descriptor_tag}. */
    int tag();
}
