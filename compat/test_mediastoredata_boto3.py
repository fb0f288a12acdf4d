"""boto3 against Mediaplane's MediaStore Data plane: every operation through a container's data endpoint, and its errors."""

import hashlib
import io
import json
import os
import urllib.error
import urllib.request

import pytest
from botocore import UNSIGNED
from botocore.config import Config

from conftest import _SESSION, REGION, data_client, expect_error

ANY_ENDPOINT_ID = "zzzzzzzzzzzzzz"


def raw_data_client(endpoint_url, **config):
    """A mediastore-data client that lets invalid input reach the server (or sends unsigned requests)."""
    return _SESSION.client("mediastore-data", endpoint_url=endpoint_url, region_name=REGION,
                           aws_access_key_id="test", aws_secret_access_key="test",
                           config=Config(retries={"total_max_attempts": 1}, **config))


def empty(client, folder=""):
    """Deletes every object below a folder (so the container itself can be deleted)."""
    for item in client.list_items(Path=folder)["Items"]:
        path = folder + item["Name"]
        if item["Type"] == "FOLDER":
            empty(client, path + "/")
        else:
            client.delete_object(Path=path)


@pytest.fixture
def data(fresh_container, request):
    """A boto3 mediastore-data client for a fresh ACTIVE container, emptied after the test."""
    client = data_client(fresh_container["Endpoint"])
    request.addfinalizer(lambda: empty(client))
    return client


@pytest.fixture
def endpoint(data):
    return data.meta.endpoint_url


def test_put_get_describe_delete_binary_object(data):
    body = os.urandom(200_000)
    put = data.put_object(Body=body, Path="live/seg1.ts", ContentType="video/MP2T", CacheControl="max-age=6")
    assert put["ContentSHA256"] == hashlib.sha256(body).hexdigest()
    assert put["StorageClass"] == "TEMPORAL"
    assert 1 <= len(put["ETag"]) <= 64 and int(put["ETag"], 16) >= 0

    got = data.get_object(Path="live/seg1.ts")
    assert got["Body"].read() == body
    assert got["ContentType"] == "video/MP2T"
    assert got["ContentLength"] == 200_000
    assert got["CacheControl"] == "max-age=6"
    assert got["ETag"] == put["ETag"]
    assert got["StatusCode"] == 200
    assert got["LastModified"].year >= 2024

    described = data.describe_object(Path="live/seg1.ts")
    assert described["ContentLength"] == 200_000
    assert described["ETag"] == put["ETag"]
    assert described["LastModified"] == got["LastModified"]

    data.delete_object(Path="live/seg1.ts")
    expect_error("ObjectNotFoundException", data.get_object, Path="live/seg1.ts", status=404)
    expect_error("ObjectNotFoundException", data.describe_object, Path="live/seg1.ts", status=404)
    expect_error("ObjectNotFoundException", data.delete_object, Path="live/seg1.ts", status=404)


def test_same_content_same_etag_and_overwrite_replaces(data):
    first = data.put_object(Body=b"one", Path="a.txt")["ETag"]
    assert data.put_object(Body=b"one", Path="b.txt")["ETag"] == first
    assert data.put_object(Body=b"two!", Path="a.txt")["ETag"] != first
    assert data.get_object(Path="a.txt")["Body"].read() == b"two!"


def test_ranges(data):
    body = os.urandom(1000)
    data.put_object(Body=body, Path="f.bin")
    part = data.get_object(Path="f.bin", Range="bytes=100-199")
    assert part["StatusCode"] == 206
    assert part["ContentRange"] == "bytes 100-199/1000"
    assert part["ContentLength"] == 100
    assert part["Body"].read() == body[100:200]
    assert data.get_object(Path="f.bin", Range="bytes=-10")["Body"].read() == body[-10:]
    expect_error("RequestedRangeNotSatisfiableException", data.get_object, Path="f.bin", Range="bytes=1000-",
                 status=416)


def test_folders_and_leading_slashes(data):
    data.put_object(Body=b"1", Path="/a/b/1.ts")  # botocore sends //a/b/1.ts
    data.put_object(Body=b"2", Path="a/2.ts")
    assert data.get_object(Path="a/b/1.ts")["Body"].read() == b"1"
    root = data.list_items()["Items"]
    assert [(i["Name"], i["Type"]) for i in root] == [("a", "FOLDER")]
    items = data.list_items(Path="/a/")["Items"]
    assert [(i["Name"], i["Type"]) for i in items] == [("2.ts", "OBJECT"), ("b", "FOLDER")]
    assert items[0]["ContentLength"] == 1 and items[0]["ETag"]
    data.delete_object(Path="a/b/1.ts")
    assert [i["Name"] for i in data.list_items(Path="a")["Items"]] == ["2.ts"], "an empty folder is gone"


def test_list_items_pagination(data):
    for i in range(5):
        data.put_object(Body=b"x", Path=f"p/o{i}")
    first = data.list_items(Path="p", MaxResults=2)
    assert [i["Name"] for i in first["Items"]] == ["o0", "o1"]
    second = data.list_items(Path="p", MaxResults=2, NextToken=first["NextToken"])
    assert [i["Name"] for i in second["Items"]] == ["o2", "o3"]
    pages = data.get_paginator("list_items").paginate(Path="p", PaginationConfig={"PageSize": 2})
    assert [i["Name"] for page in pages for i in page["Items"]] == [f"o{i}" for i in range(5)]
    expect_error("ValidationException", data.list_items, Path="p", NextToken="bm90LWEtdG9rZW4=")


def test_chunked_streaming_upload(data):
    body = os.urandom(300_000)

    class Unseekable(io.RawIOBase):
        def __init__(self):
            self.inner = io.BytesIO(body)

        def readable(self):
            return True

        def readinto(self, b):
            return self.inner.readinto(b)

    put = data.put_object(Body=Unseekable(), Path="live/chunked.ts", UploadAvailability="STREAMING")
    assert put["ContentSHA256"] == hashlib.sha256(body).hexdigest()
    assert data.get_object(Path="live/chunked.ts")["Body"].read() == body


def test_invalid_paths_are_validation_errors(endpoint):
    client = raw_data_client(endpoint, parameter_validation=False)
    deep = "/".join(str(i) for i in range(11)) + "/file"
    error = expect_error("ValidationException", client.put_object, Body=b"x", Path=deep)
    assert "at most 10" in error.response["Error"]["Message"]
    expect_error("ValidationException", client.put_object, Body=b"x", Path="x" * 901)
    expect_error("ValidationException", client.put_object, Body=b"x", Path="bad name")
    expect_error("ValidationException", client.list_items, MaxResults=1001)
    assert client.list_items()["Items"] == []


def test_oversize_upload_is_refused_and_nothing_stored(data):
    expect_error("RequestEntityTooLargeException", data.put_object, Body=b"\0" * ((10 << 20) + 1), Path="big.ts",
                 UploadAvailability="STREAMING", status=413)
    expect_error("ObjectNotFoundException", data.describe_object, Path="big.ts", status=404)


def test_unknown_container_endpoint_is_container_not_found(endpoint):
    base = endpoint.rsplit("/", 1)[0]
    client = data_client(f"{base}/{ANY_ENDPOINT_ID}")
    expect_error("ContainerNotFoundException", client.get_object, Path="a", status=404)
    expect_error("ContainerNotFoundException", client.put_object, Body=b"x", Path="a", status=404)
    expect_error("ContainerNotFoundException", client.describe_object, Path="a", status=404)
    expect_error("ContainerNotFoundException", client.delete_object, Path="a", status=404)
    expect_error("ContainerNotFoundException", client.list_items, status=404)


def test_container_policy_decides_for_anonymous_callers(ms, fresh_container, data, endpoint):
    data.put_object(Body=b"public", Path="movies/a.ts")
    anonymous = raw_data_client(endpoint, signature_version=UNSIGNED)
    expect_error("AccessDeniedException", anonymous.get_object, Path="movies/a.ts", status=403)
    policy = {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": "*", "Action": "mediastore:GetObject",
        "Resource": fresh_container["ARN"] + "/*"}]}
    ms.put_container_policy(ContainerName=fresh_container["Name"], Policy=json.dumps(policy))
    assert anonymous.get_object(Path="movies/a.ts")["Body"].read() == b"public"
    # botocore signs PutObject (authtype v4-unsigned-body) even on an UNSIGNED client: send it by hand.
    request = urllib.request.Request(endpoint + "/movies/b.ts", data=b"x", method="PUT")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    assert refused.value.headers["x-amzn-ErrorType"] == "AccessDeniedException"
    expect_error("ObjectNotFoundException", data.describe_object, Path="movies/b.ts", status=404)


def test_a_container_with_objects_cannot_be_deleted(ms, fresh_container, data):
    data.put_object(Body=b"x", Path="keep.ts")
    expect_error("ContainerInUseException", ms.delete_container, ContainerName=fresh_container["Name"])
