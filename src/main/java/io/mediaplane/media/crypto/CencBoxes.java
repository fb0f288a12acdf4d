package io.mediaplane.media.crypto;

import io.mediaplane.media.index.MediaFormat;
import io.mediaplane.media.index.Track;
import io.mediaplane.media.mp4.BoxWriter;
import java.nio.ByteBuffer;
import java.util.List;

/** The boxes Common Encryption adds to an init segment (ISO/IEC 23001-7 §8, ISO/IEC 14496-12 §8.12). */
public final class CencBoxes {
    private CencBoxes() {}

    /**
     * The track with its sample entry protected: {@code encv} / {@code enca} holding the original
     * entry's fields and children plus a {@code sinf} ({@code frma}, {@code schm}, {@code schi}
     * with {@code tenc}).
     */
    public static Track protect(Track track, Cenc cenc) {
        MediaFormat f = track.format();
        byte[] entry = f.sampleEntry();
        byte[] sinf = sinf(f.sampleEntryType(), track.isVideo(), cenc);
        byte[] out = new byte[entry.length + sinf.length];
        System.arraycopy(entry, 0, out, 0, entry.length);
        System.arraycopy(sinf, 0, out, entry.length, sinf.length);
        ByteBuffer.wrap(out).putInt(0, out.length).put(4, (track.isVideo() ? "encv" : "enca").getBytes());
        var protectedFormat = new MediaFormat(
                f.sampleEntryType(),
                f.codecs(),
                f.width(),
                f.height(),
                f.sampleRate(),
                f.channels(),
                f.language(),
                f.decoderConfig(),
                out);
        return new Track(
                track.id(),
                track.handler(),
                track.timescale(),
                track.mediaTime(),
                track.emptyEdit(),
                protectedFormat,
                track.samples());
    }

    static byte[] sinf(String originalFormat, boolean video, Cenc cenc) {
        BoxWriter w = new BoxWriter();
        w.start("sinf");
        w.start("frma").fourCc(originalFormat).end();
        w.startFull("schm", 0, 0).fourCc(cenc.scheme()).u32(0x00010000).end();
        w.start("schi");
        if (cenc.isCbcs()) {
            w.startFull("tenc", 1, 0).u8(0).u8(video ? (SampleCipher.CRYPT << 4) | SampleCipher.SKIP : 0);
            w.u8(1).u8(0).bytes(cenc.keyId()).u8(16).bytes(cenc.iv());
        } else {
            w.startFull("tenc", 0, 0)
                    .u8(0)
                    .u8(0)
                    .u8(1)
                    .u8(cenc.perSampleIvSize())
                    .bytes(cenc.keyId());
        }
        w.end().end().end();
        return w.toByteArray();
    }

    /**
     * A {@code pssh} box (ISO/IEC 23001-7 §8.1): version 1 with the key ids when {@code keyIds}
     * is not empty, else version 0; {@code data} is the DRM system's own payload.
     */
    public static byte[] pssh(byte[] systemId, List<byte[]> keyIds, byte[] data) {
        if (systemId.length != 16) {
            throw new IllegalArgumentException("a system id takes 16 bytes");
        }
        BoxWriter w = new BoxWriter();
        w.startFull("pssh", keyIds.isEmpty() ? 0 : 1, 0).bytes(systemId);
        if (!keyIds.isEmpty()) {
            w.u32(keyIds.size());
            keyIds.forEach(w::bytes);
        }
        w.u32(data.length).bytes(data).end();
        return w.toByteArray();
    }
}
