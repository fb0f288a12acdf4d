package io.mediaplane.media.scte35;

/**
 * A segmentation UPID: its {@code segmentation_upid_type} and bytes, as carried. Type 0x0D (MID)
 * holds several UPIDs one after another; they stay in {@code value}.
 */
public record Upid(int type, Bytes value) {
    public static final int NOT_USED = 0x00;
    public static final int AD_ID = 0x03;
    public static final int ISAN = 0x06;
    public static final int TI = 0x08;
    public static final int ADI = 0x09;
    public static final int EIDR = 0x0A;
    public static final int MPU = 0x0C;
    public static final int MID = 0x0D;
    public static final int ADS_INFORMATION = 0x0E;
    public static final int URI = 0x0F;
    public static final int UUID = 0x10;

    public static final Upid NONE = new Upid(NOT_USED, Bytes.EMPTY);

    public Upid {
        Fields.check("segmentation_upid_type", type, 8);
        Fields.required("segmentation_upid", value);
        if (value.length() > 255) {
            throw new Scte35Exception("segmentation_upid of " + value.length() + " bytes does not fit its length");
        }
    }
}
