package io.mediaplane.media.scte35;

/** Reads and writes splice commands by splice_command_type. */
final class CommandCodec {
    private CommandCodec() {}

    /** Whether the command's length follows from its fields (needed for the legacy length 0xFFF). */
    static boolean selfDelimiting(int type) {
        return type == SpliceCommand.SPLICE_NULL
                || type == SpliceCommand.SPLICE_INSERT
                || type == SpliceCommand.TIME_SIGNAL
                || type == SpliceCommand.BANDWIDTH_RESERVATION;
    }

    static SpliceCommand read(int type, BitReader r) {
        return switch (type) {
            case SpliceCommand.SPLICE_NULL -> new SpliceNull();
            case SpliceCommand.SPLICE_INSERT -> SpliceInsert.read(r);
            case SpliceCommand.TIME_SIGNAL -> new TimeSignal(SpliceTime.read(r));
            case SpliceCommand.BANDWIDTH_RESERVATION -> new BandwidthReservation();
            case SpliceCommand.PRIVATE_COMMAND ->
                new PrivateCommand(r.bits(32), Bytes.wrap(r.bytes(r.remainingBytes())));
            default -> new UnknownCommand(type, Bytes.wrap(r.bytes(r.remainingBytes())));
        };
    }

    static byte[] write(SpliceCommand command) {
        BitWriter w = new BitWriter();
        switch (command) {
            case SpliceNull n -> {}
            case BandwidthReservation b -> {}
            case SpliceInsert s -> s.write(w);
            case TimeSignal t -> t.spliceTime().write(w);
            case PrivateCommand p ->
                w.bits(p.identifier(), 32).bytes(p.privateBytes().raw());
            case UnknownCommand u -> w.bytes(u.body().raw());
        }
        return w.toByteArray();
    }
}
