package io.mediaplane.protocol;

/** The two AWS protocols the five services use. */
public enum Protocol {
    /** Every operation is POST / with X-Amz-Target; all members in the JSON body (MediaStore). */
    AWS_JSON_1_1,
    /** Method and URI template per operation; members bound to labels, query, headers or body. */
    REST_JSON_1
}
