package io.mediaplane.protocol;

/**
 * An AWS protocol: how a request names its operation, and the codec that reads inputs and writes
 * outputs and errors. The two the services use today are constants here; a module that brings a
 * new one (e.g. restXml for S3) declares its own with its own codec.
 *
 * @param name    the protocol's name in the AWS model, e.g. {@code restJson1}
 * @param routing whether operations are told apart by X-Amz-Target or by method and URI
 * @param codec   turns HTTP into typed inputs and typed outputs or errors back into HTTP
 */
public record Protocol(String name, Routing routing, ProtocolCodec codec) {
    /** How operations of a protocol are told apart. */
    public enum Routing {
        /** POST / with {@code X-Amz-Target: <prefix>.<Operation>}. */
        TARGET_HEADER,
        /** A method and a URI template per operation. */
        METHOD_AND_URI
    }

    /** Every operation is POST / with X-Amz-Target; all members in the JSON body (MediaStore). */
    public static final Protocol AWS_JSON_1_1 =
            new Protocol("awsJson1.1", Routing.TARGET_HEADER, AwsJsonCodec.INSTANCE);

    /** Method and URI template per operation; members bound to labels, query, headers or body. */
    public static final Protocol REST_JSON_1 =
            new Protocol("restJson1", Routing.METHOD_AND_URI, RestJsonCodec.INSTANCE);
}
