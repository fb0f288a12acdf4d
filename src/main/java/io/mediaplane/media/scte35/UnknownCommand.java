package io.mediaplane.media.scte35;

/**
 * A command this codec keeps as bytes: {@code splice_schedule()} (type 4) and reserved types. It can
 * only be decoded when splice_command_length gives its length (not the legacy 0xFFF).
 */
public record UnknownCommand(int type, Bytes body) implements SpliceCommand {
    public UnknownCommand {
        Fields.check("splice_command_type", type, 8);
        Fields.required("command body", body);
        if (type == SPLICE_NULL
                || type == SPLICE_INSERT
                || type == TIME_SIGNAL
                || type == BANDWIDTH_RESERVATION
                || type == PRIVATE_COMMAND) {
            throw new Scte35Exception("splice_command_type " + type + " has its own model");
        }
    }
}
