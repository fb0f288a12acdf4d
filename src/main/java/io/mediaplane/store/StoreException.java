package io.mediaplane.store;

/** The metadata store could not be read or written (an I/O or database failure, not a client error). */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
