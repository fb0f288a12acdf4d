package io.mediaplane.mediapackagevod;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The four package types of a packaging configuration and their nested settings, as the model
 * names them, with the model's enums and required members declared on the records. Checks that
 * span members (one package type, min and max bitrates, unique manifest names) are in
 * {@link PackageRules}.
 */
public final class PackageShapes {
    static final String AD_MARKERS = "NONE|SCTE35_ENHANCED|PASSTHROUGH";
    static final String ENCRYPTION_METHOD = "AES_128|SAMPLE_AES";
    static final String MANIFEST_LAYOUT = "FULL|COMPACT";
    static final String PROFILE = "NONE|HBBTV_1_5";
    static final String SCTE_MARKERS_SOURCE = "SEGMENTS|MANIFEST";
    static final String SEGMENT_TEMPLATE_FORMAT = "NUMBER_WITH_TIMELINE|TIME_WITH_TIMELINE|NUMBER_WITH_DURATION";
    static final String STREAM_ORDER = "ORIGINAL|VIDEO_BITRATE_ASCENDING|VIDEO_BITRATE_DESCENDING";
    static final String PRESET_AUDIO = "PRESET-AUDIO-1|PRESET-AUDIO-2|PRESET-AUDIO-3|SHARED|UNENCRYPTED";
    static final String PRESET_VIDEO = "PRESET-VIDEO-[1-8]|SHARED|UNENCRYPTED";
    /** A 128-bit value as 32 hexadecimal characters (the constant initialization vector). */
    static final String IV = "[0-9a-fA-F]{32}";
    /** A DRM system id: a UUID. */
    static final String SYSTEM_ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    /** Manifest names become part of egress URLs. */
    static final String MANIFEST_NAME = "[0-9a-zA-Z_-]{1,256}";

    static final String ROLE_ARN = "arn:aws[a-z-]*:iam::\\d{12}:role/.+";

    private PackageShapes() {}

    public record StreamSelection(
            @Min(0) Integer maxVideoBitsPerSecond,
            @Min(0) Integer minVideoBitsPerSecond,
            @Pattern(regexp = STREAM_ORDER) String streamOrder) {}

    public record EncryptionContractConfiguration(
            @NotNull @Pattern(regexp = PRESET_AUDIO) String presetSpeke20Audio,
            @NotNull @Pattern(regexp = PRESET_VIDEO) String presetSpeke20Video) {}

    public record SpekeKeyProvider(
            @Valid EncryptionContractConfiguration encryptionContractConfiguration,
            @NotNull @Pattern(regexp = ROLE_ARN) String roleArn,
            @NotNull @Size(min = 1) List<@NotNull @Pattern(regexp = SYSTEM_ID) String> systemIds,
            @NotNull @Pattern(regexp = "https?://[^\\s]+") String url) {}

    public record HlsEncryption(
            @Pattern(regexp = IV) String constantInitializationVector,
            @Pattern(regexp = ENCRYPTION_METHOD) String encryptionMethod,
            @NotNull @Valid SpekeKeyProvider spekeKeyProvider) {}

    public record CmafEncryption(
            @Pattern(regexp = IV) String constantInitializationVector,
            @NotNull @Valid SpekeKeyProvider spekeKeyProvider) {}

    public record DashEncryption(@NotNull @Valid SpekeKeyProvider spekeKeyProvider) {}

    public record MssEncryption(@NotNull @Valid SpekeKeyProvider spekeKeyProvider) {}

    public record HlsManifest(
            @Pattern(regexp = AD_MARKERS) String adMarkers,
            Boolean includeIframeOnlyStream,
            @Pattern(regexp = MANIFEST_NAME) String manifestName,
            @Min(0) Integer programDateTimeIntervalSeconds,
            Boolean repeatExtXKey,
            @Valid StreamSelection streamSelection) {}

    public record DashManifest(
            @Pattern(regexp = MANIFEST_LAYOUT) String manifestLayout,
            @Pattern(regexp = MANIFEST_NAME) String manifestName,
            @Min(0) Integer minBufferTimeSeconds,
            @Pattern(regexp = PROFILE) String profile,
            @Pattern(regexp = SCTE_MARKERS_SOURCE) String scteMarkersSource,
            @Valid StreamSelection streamSelection) {}

    public record MssManifest(
            @Pattern(regexp = MANIFEST_NAME) String manifestName,
            @Valid StreamSelection streamSelection) {}

    public record HlsPackage(
            @Valid HlsEncryption encryption,
            @NotNull @Size(min = 1) List<@NotNull @Valid HlsManifest> hlsManifests,
            Boolean includeDvbSubtitles,
            @Min(1) Integer segmentDurationSeconds,
            Boolean useAudioRenditionGroup) {}

    public record CmafPackage(
            @Valid CmafEncryption encryption,
            @NotNull @Size(min = 1) List<@NotNull @Valid HlsManifest> hlsManifests,
            Boolean includeEncoderConfigurationInSegments,
            @Min(1) Integer segmentDurationSeconds) {}

    public record DashPackage(
            @NotNull @Size(min = 1) List<@NotNull @Valid DashManifest> dashManifests,
            @Valid DashEncryption encryption,
            Boolean includeEncoderConfigurationInSegments,
            Boolean includeIframeOnlyStream,
            List<@NotNull @Pattern(regexp = "ADS") String> periodTriggers,
            @Min(1) Integer segmentDurationSeconds,
            @Pattern(regexp = SEGMENT_TEMPLATE_FORMAT) String segmentTemplateFormat) {}

    public record MssPackage(
            @Valid MssEncryption encryption,
            @NotNull @Size(min = 1) List<@NotNull @Valid MssManifest> mssManifests,
            @Min(1) Integer segmentDurationSeconds) {}
}
