package io.mediaplane.media.crypto;

import io.mediaplane.media.codec.AvcConfig;
import io.mediaplane.media.codec.CodecException;
import io.mediaplane.media.codec.HevcConfig;
import io.mediaplane.media.fmp4.TrafBoxes;
import io.mediaplane.media.index.Track;
import io.mediaplane.media.index.TrackRun;
import io.mediaplane.media.mp4.BoxWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Encrypts the samples of a media segment and writes each traf's {@code saiz}, {@code saio} and
 * {@code senc} (ISO/IEC 23001-7 §7). Use one instance per segment, with {@link
 * io.mediaplane.media.fmp4.MediaSegment#write(int, List, boolean, boolean, TrafBoxes)}, after an
 * init segment of {@link CencBoxes#protect protected} tracks. The sample auxiliary information
 * is left out where a sample has none (cbcs audio: constant IV, whole-sample protection).
 */
public final class CencFragments implements TrafBoxes {
    private final Cenc cenc;
    /** Per run: per sample, the IV and the subsamples. */
    private final List<List<byte[]>> ivs = new ArrayList<>();

    private final List<List<List<int[]>>> subsamples = new ArrayList<>();

    public CencFragments(Cenc cenc) {
        this.cenc = cenc;
    }

    @Override
    public void samples(int index, TrackRun run, byte[] data, int offset) throws IOException {
        while (ivs.size() <= index) {
            ivs.add(new ArrayList<>());
            subsamples.add(new ArrayList<>());
        }
        Track t = run.track();
        int lengthSize = t.isVideo() ? lengthSize(t) : 0;
        int at = offset;
        for (int i = run.from(); i < run.to(); i++) {
            int size = t.samples().size(i);
            List<int[]> subs = Subsamples.of(t, data, at, size, lengthSize);
            byte[] iv = cenc.isCbcs() ? new byte[0] : cenc.sampleIv(i);
            SampleCipher.encrypt(cenc, iv, t.isVideo(), data, at, size, subs);
            ivs.get(index).add(iv);
            subsamples.get(index).add(subs);
            at += size;
        }
    }

    @Override
    public void write(BoxWriter w, int index, TrackRun run, int moofStart) {
        List<byte[]> runIvs = ivs.get(index);
        List<List<int[]>> runSubs = subsamples.get(index);
        boolean withSubsamples = run.track().isVideo();
        if (!withSubsamples && cenc.perSampleIvSize() == 0) {
            return;
        }
        w.startFull("saiz", 0, 0).u8(0).u32(runIvs.size());
        for (int i = 0; i < runIvs.size(); i++) {
            w.u8(runIvs.get(i).length + (withSubsamples ? 2 + 6 * runSubs.get(i).size() : 0));
        }
        w.end();
        w.startFull("saio", 0, 0).u32(1);
        int saioOffset = w.position();
        w.u32(0).end();
        w.startFull("senc", 0, withSubsamples ? 2 : 0).u32(runIvs.size());
        w.putU32At(saioOffset, w.position() - moofStart);
        for (int i = 0; i < runIvs.size(); i++) {
            w.bytes(runIvs.get(i));
            if (withSubsamples) {
                w.u16(runSubs.get(i).size());
                for (int[] s : runSubs.get(i)) {
                    w.u16(s[0]).u32(s[1]);
                }
            }
        }
        w.end();
    }

    private static int lengthSize(Track t) throws CryptoException {
        try {
            byte[] config = t.format().decoderConfig();
            return t.format().sampleEntryType().startsWith("h")
                    ? HevcConfig.parse(config).lengthSize()
                    : AvcConfig.parse(config).lengthSize();
        } catch (CodecException e) {
            throw new CryptoException("cannot encrypt track " + t.id() + ": " + e.getMessage());
        }
    }
}
