"""The AWS CLI (`aws mediastore-data ...`, a separate process) against a container's data endpoint: every operation and its errors."""

import hashlib
import json
import re
import subprocess

import pytest

from conftest import ACCESS_KEY, REGION, SECRET_KEY, CliResult, data_client


class DataCli:
    """Runs `aws --endpoint-url <container endpoint> mediastore-data ...`."""

    def __init__(self, aws, endpoint):
        self.aws = aws
        self.endpoint = endpoint

    def run(self, *args, debug=False):
        argv = ["--endpoint-url", self.endpoint, "mediastore-data", *args, "--output", "json"]
        if debug:
            argv.append("--debug")
        completed = subprocess.run([self.aws.executable, *argv], capture_output=True, text=True, timeout=120,
                                   env=self.aws.env(REGION, ACCESS_KEY, SECRET_KEY))
        return CliResult(argv, completed)

    def ok(self, *args):
        result = self.run(*args)
        assert result.returncode == 0, repr(result)
        return result.json

    def fails(self, code, status, *args):
        result = self.run(*args, debug=True)
        assert result.returncode != 0, repr(result)
        assert result.error_code == code, repr(result)
        statuses = [int(s) for s in re.findall(r'"(?:GET|PUT|HEAD|DELETE) [^"]* HTTP/1\.1" (\d{3})', result.stderr)]
        assert statuses and statuses[-1] == status, f"expected HTTP {status}, got {statuses}: {result!r}"
        return result


@pytest.fixture
def cli(aws, fresh_container, request):
    client = data_client(fresh_container["Endpoint"])

    def empty(folder=""):
        for item in client.list_items(Path=folder)["Items"]:
            if item["Type"] == "FOLDER":
                empty(folder + item["Name"] + "/")
            else:
                client.delete_object(Path=folder + item["Name"])

    request.addfinalizer(empty)
    return DataCli(aws, fresh_container["Endpoint"])


def test_put_get_describe_list_delete(cli, tmp_path):
    source = tmp_path / "seg1.ts"
    source.write_bytes(bytes(range(256)) * 100)
    put = cli.ok("put-object", "--body", str(source), "--path", "/folder/seg1.ts", "--content-type", "video/MP2T",
                 "--cache-control", "max-age=6")
    assert put["ContentSHA256"] == hashlib.sha256(source.read_bytes()).hexdigest()
    assert put["StorageClass"] == "TEMPORAL"

    target = tmp_path / "out.ts"
    got = cli.ok("get-object", "--path", "folder/seg1.ts", str(target))
    assert target.read_bytes() == source.read_bytes()
    assert got["ContentType"] == "video/MP2T" and got["ContentLength"] == 25600 and got["ETag"] == put["ETag"]

    part = tmp_path / "part.ts"
    ranged = cli.ok("get-object", "--path", "folder/seg1.ts", "--range", "bytes=0-9", str(part))
    assert part.read_bytes() == source.read_bytes()[:10]
    assert ranged["ContentRange"] == "bytes 0-9/25600" and ranged["StatusCode"] == 206

    described = cli.ok("describe-object", "--path", "/folder/seg1.ts")
    assert described["ContentLength"] == 25600 and described["CacheControl"] == "max-age=6"

    assert [(i["Name"], i["Type"]) for i in cli.ok("list-items")["Items"]] == [("folder", "FOLDER")]
    listed = cli.ok("list-items", "--path", "/folder/")["Items"]
    assert [(i["Name"], i["Type"], i["ContentLength"]) for i in listed] == [("seg1.ts", "OBJECT", 25600)]

    cli.ok("delete-object", "--path", "/folder/seg1.ts")
    assert cli.ok("list-items")["Items"] == []


def test_list_items_pages_through_everything(cli, tmp_path):
    source = tmp_path / "x"
    source.write_bytes(b"x")
    for i in range(3):
        cli.ok("put-object", "--body", str(source), "--path", f"o{i}")
    listed = cli.ok("list-items", "--page-size", "1")
    assert [i["Name"] for i in listed["Items"]] == ["o0", "o1", "o2"]
    first = cli.ok("list-items", "--max-items", "2")
    assert [i["Name"] for i in first["Items"]] == ["o0", "o1"] and first["NextToken"]


def test_errors(cli, tmp_path):
    cli.fails("ObjectNotFoundException", 404, "get-object", "--path", "nothing.ts", str(tmp_path / "o"))
    cli.fails("ObjectNotFoundException", 404, "describe-object", "--path", "nothing.ts")
    cli.fails("ObjectNotFoundException", 404, "delete-object", "--path", "nothing.ts")
    source = tmp_path / "x"
    source.write_bytes(b"0123456789")
    cli.ok("put-object", "--body", str(source), "--path", "x.bin")
    cli.fails("RequestedRangeNotSatisfiableException", 416, "get-object", "--path", "x.bin", "--range",
              "bytes=10-", str(tmp_path / "o"))
    cli.fails("ValidationException", 400, "put-object", "--body", str(source), "--path",
              "/".join(str(i) for i in range(11)) + "/x")
    unknown = DataCli(cli.aws, cli.endpoint.rsplit("/", 1)[0] + "/zzzzzzzzzzzzzz")
    cli_result = unknown.fails("ContainerNotFoundException", 404, "list-items")
    assert "zzzzzzzzzzzzzz" in cli_result.stderr
    assert json.loads(json.dumps(cli.ok("list-items")))["Items"][0]["Name"] == "x.bin"
