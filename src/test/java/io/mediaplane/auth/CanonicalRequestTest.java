package io.mediaplane.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mediaplane.aws.Percent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces of the canonical request, against botocore's and JS v3's rules (wire-protocol.md section 7). */
class CanonicalRequestTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''               | /",
                "/                | /",
                "//               | /",
                "/a/b             | /a/b",
                "/a/b/            | /a/b/",
                "//folder/file    | /folder/file",
                "/a//b///c//      | /a/b/c/",
                "/a/./b/../c      | /a/c",
                "/a/b/..          | /a",
                "/a/b/../         | /a/",
                "/..              | /",
                "/../..//a        | /a",
                "/./              | /",
                "/a/.             | /a",
                "/.a/..b/...      | /.a/..b/...",
                "/%2E%2E/x        | /%2E%2E/x",
            })
    void pathNormalisation(String raw, String normalised) {
        assertEquals(normalised, CanonicalRequest.normalizePath(raw));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/tags/arn%3Aaws%3Amediatailor%3Aus-east-1%3A1%3AplaybackConfiguration%2Fx"
                        + " | /tags/arn%253Aaws%253Amediatailor%253Aus-east-1%253A1%253AplaybackConfiguration%252Fx",
                "/a b/c+d/e:f@g!h*i(j)k'l,m;n=o$p&q  | /a%20b/c%2Bd/e%3Af%40g%21h%2Ai%28j%29k%27l%2Cm%3Bn%3Do%24p%26q",
                "/-_.~AZaz09                         | /-_.~AZaz09",
                "/é/😀                               | /%C3%A9/%F0%9F%98%80",
            })
    void pathIsEncodedAgain(String normalised, String canonical) {
        StringBuilder out = new StringBuilder();
        Percent.encodePath(normalised, out);
        assertEquals(canonical, out.toString());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            emptyValue = "",
            value = {
                "''                                   | ''",
                "b=2&a=1                              | a=1&b=2",
                "k=b&k=a&k=a%20b                      | k=a&k=a%20b&k=b",
                "a-b=1&a=2                            | a=2&a-b=1",
                "B=1&a=1&A=1                          | A=1&B=1&a=1",
                "flag&x=                              | flag=&x=",
                "a=1&&b=2&                            | a=1&b=2",
                "k=a+b                                | k=a%2Bb",
                "k=a b                                | k=a%20b",
                "k=%2f%3a%7e%41                       | k=%2F%3A~A",
                "k=%zz%4                              | k=%25zz%254",
                "k=x=y                                | k=x%3Dy",
                "%6Bey=v                              | key=v",
                "k=%C3%A9&k=é                         | k=%C3%A9&k=%C3%A9",
                "k=%FF%FE                             | k=%FF%FE",
                "X-Amz-Signature=abc&X-Amz-Date=1     | X-Amz-Date=1&X-Amz-Signature=abc",
            })
    void queryIsDecodedReencodedAndSorted(String raw, String canonical) {
        StringBuilder out = new StringBuilder();
        CanonicalRequest.appendQuery(QueryParams.parse(raw), false, out);
        assertEquals(canonical, out.toString());
    }

    @Test
    void presignedQueryLeavesOutTheSignatureOnly() {
        StringBuilder out = new StringBuilder();
        CanonicalRequest.appendQuery(
                QueryParams.parse("X-Amz-Signature=abc&X-Amz-Date=1&x-amz-signature=2"), true, out);
        assertEquals("X-Amz-Date=1&x-amz-signature=2", out.toString());
    }

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            value = {
                "'application/json'          | 'application/json'",
                "'  a   b  '                 | 'a b'",
                "'a\tb\t\tc'                 | 'a b c'",
                "'   '                       | ''",
                "'\"a   quoted\"'            | '\"a quoted\"'",
            })
    void headerValuesAreTrimmedAndCollapsed(String value, String canonical) {
        StringBuilder out = new StringBuilder();
        CanonicalRequest.appendTrimmed(value, out);
        assertEquals(canonical, out.toString());
    }

    @Test
    void repeatedHeadersAreJoinedWithCommasInSignedHeadersOrder() {
        TestRequest r = TestRequest.of("GET", "/", null, "X-Multi", " one ", "Host", "h", "x-multi", "two  three");
        assertEquals(
                "GET\n/\n\nhost:h\nx-multi:one,two three\nx-absent:\n\nhost;x-multi;x-absent\n",
                CanonicalRequest.withoutPayload(r, QueryParams.parse(""), false, "host;x-multi;x-absent", new String[] {
                    "host", "x-multi", "x-absent"
                }));
    }

    @Test
    void signedHeaderNames() {
        assertArrayEquals(new String[] {"host"}, CanonicalRequest.signedHeaderNames("host", "SignedHeaders"));
        assertArrayEquals(
                new String[] {"content-type", "host", "x-amz-date"},
                CanonicalRequest.signedHeaderNames("content-type;host;x-amz-date", "SignedHeaders"));
        for (String bad : new String[] {"", ";host", "host;", "a;;b"}) {
            assertEquals(
                    "IncompleteSignatureException",
                    assertThrows(AuthFailure.class, () -> CanonicalRequest.signedHeaderNames(bad, "SignedHeaders"))
                            .code(),
                    bad);
        }
    }
}
