package io.mediaplane.media.scte35;

/** {@code avail_descriptor()} (tag 0, "CUEI"): the provider's 32-bit avail id. */
public record AvailDescriptor(long providerAvailId) implements SpliceDescriptor {
    public AvailDescriptor {
        Fields.check("provider_avail_id", providerAvailId, 32);
    }

    @Override
    public int tag() {
        return AVAIL_TAG;
    }
}
