package io.mediaplane.media.scte35;

/** {@code private_command()}: a 32-bit identifier (registered, e.g. ASCII) and opaque bytes. */
public record PrivateCommand(long identifier, Bytes privateBytes) implements SpliceCommand {
    public PrivateCommand {
        Fields.check("private_command identifier", identifier, 32);
        Fields.required("private_command bytes", privateBytes);
    }

    @Override
    public int type() {
        return PRIVATE_COMMAND;
    }
}
