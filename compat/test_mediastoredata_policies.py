"""Container policies on the data plane, set with boto3 and observed as a browser or a scraper would."""

import json
import re
import time
import urllib.error
import urllib.request

from conftest import ENDPOINT, data_client

PLAYER_ORIGIN = "http://player.example.com"


def http(method, url, headers=None, body=None):
    """(status, headers, body) of a plain unsigned request; HTTP errors are answers, not exceptions."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def cors_headers(headers):
    return sorted(k for k in headers.keys() if k.lower().startswith("access-control-"))


def public_read(name):
    return json.dumps({"Version": "2012-10-17", "Statement": [{
        "Sid": "PublicRead", "Effect": "Allow", "Principal": "*",
        "Action": ["mediastore:GetObject", "mediastore:DescribeObject"],
        "Resource": f"arn:aws:mediastore:us-east-1:000000000000:container/{name}/*"}]})


def test_cors_policy_put_with_boto3_answers_preflights_and_gets(ms, fresh_container):
    name, endpoint = fresh_container["Name"], fresh_container["Endpoint"]
    ms.put_cors_policy(ContainerName=name, CorsPolicy=[{
        "AllowedOrigins": ["http://*.example.com"], "AllowedMethods": ["GET", "HEAD"],
        "AllowedHeaders": ["range"], "MaxAgeSeconds": 600, "ExposeHeaders": ["ETag"]}])
    ms.put_container_policy(ContainerName=name, Policy=public_read(name))
    data = data_client(endpoint)
    data.put_object(Path="hls/index.m3u8", Body=b"#EXTM3U\n", ContentType="application/x-mpegURL")
    try:
        status, headers, body = http("OPTIONS", endpoint + "/hls/index.m3u8", {
            "Origin": PLAYER_ORIGIN, "Access-Control-Request-Method": "GET",
            "Access-Control-Request-Headers": "Range"})
        assert status == 200 and body == b""
        assert headers["Access-Control-Allow-Origin"] == PLAYER_ORIGIN
        assert headers["Access-Control-Allow-Methods"] == "GET, HEAD"
        assert headers["Access-Control-Allow-Headers"] == "range"
        assert headers["Access-Control-Max-Age"] == "600"

        status, headers, body = http("OPTIONS", endpoint + "/hls/index.m3u8", {
            "Origin": "http://evil.test", "Access-Control-Request-Method": "GET"})
        assert status == 403
        assert headers["x-amzn-ErrorType"] == "AccessForbidden"
        assert "This CORS request is not allowed" in json.loads(body)["Message"]
        assert cors_headers(headers) == []

        status, headers, body = http("GET", endpoint + "/hls/index.m3u8", {"Origin": PLAYER_ORIGIN})
        assert (status, body) == (200, b"#EXTM3U\n")
        assert headers["Access-Control-Allow-Origin"] == PLAYER_ORIGIN
        assert headers["Access-Control-Expose-Headers"] == "ETag"

        status, headers, _ = http("GET", endpoint + "/hls/index.m3u8", {"Origin": "http://evil.test"})
        assert status == 200 and cors_headers(headers) == []

        ms.delete_cors_policy(ContainerName=name)
        status, headers, body = http("OPTIONS", endpoint + "/hls/index.m3u8", {
            "Origin": PLAYER_ORIGIN, "Access-Control-Request-Method": "GET"})
        assert status == 403 and "CORS is not enabled" in json.loads(body)["Message"]
    finally:
        data.delete_object(Path="hls/index.m3u8")


def test_metric_policy_put_with_boto3_counts_per_object_group(ms, fresh_container):
    name, endpoint = fresh_container["Name"], fresh_container["Endpoint"]
    ms.put_metric_policy(ContainerName=name, MetricPolicy={
        "ContainerLevelMetrics": "ENABLED",
        "MetricPolicyRules": [{"ObjectGroup": "live", "ObjectGroupName": "live"}]})
    data = data_client(endpoint)
    data.put_object(Path="live/seg1.ts", Body=b"0123456789")
    data.put_object(Path="vod/a.ts", Body=b"x")
    try:
        data.get_object(Path="live/seg1.ts")["Body"].read()
        expected = [
            f'mediaplane_mediastore_requests_total{{container="{name}",object_group="",operation="PutObject",'
            f'status_class="2xx"}} 2',
            f'mediaplane_mediastore_requests_total{{container="{name}",object_group="live",operation="PutObject",'
            f'status_class="2xx"}} 1',
            f'mediaplane_mediastore_bytes_downloaded_total{{container="{name}",object_group="live"}} 10',
        ]
        deadline = time.monotonic() + 20  # counted just after each response is sent
        while True:
            text = http("GET", ENDPOINT + "/_mediaplane/metrics")[2].decode()
            missing = [line for line in expected if line not in text]
            if not missing or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert missing == []
        assert not re.search(f'container="{name}",object_group="live",operation="PutObject",status_class="2xx"}} 2',
                             text)
    finally:
        data.delete_object(Path="live/seg1.ts")
        data.delete_object(Path="vod/a.ts")
