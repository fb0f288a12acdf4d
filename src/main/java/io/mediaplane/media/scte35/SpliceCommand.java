package io.mediaplane.media.scte35;

/** The splice command of a splice_info_section, by {@code splice_command_type}. */
public sealed interface SpliceCommand
        permits SpliceNull, SpliceInsert, TimeSignal, BandwidthReservation, PrivateCommand, UnknownCommand {
    int SPLICE_NULL = 0x00;
    int SPLICE_SCHEDULE = 0x04;
    int SPLICE_INSERT = 0x05;
    int TIME_SIGNAL = 0x06;
    int BANDWIDTH_RESERVATION = 0x07;
    int PRIVATE_COMMAND = 0xFF;

    /** The {@code splice_command_type}. */
    int type();
}
