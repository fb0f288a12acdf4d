"""Helpers of the MediaConnect client-compatibility tests (boto3 and the AWS CLI).

Flows without an address of their own share the server's media address, so each run draws its
ingest ports from a random range; every flow a test creates is stopped and deleted after the test.
"""

import json
import re
import secrets
import time

import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from conftest import _SESSION, ACCESS_KEY, ENDPOINT, REGION, SECRET_KEY, RUN_ID, Cli

FLOW_ARN_RE = re.compile(r"^arn:aws:mediaconnect:(?P<region>[a-z0-9-]+):(?P<account>\d{12}):flow:"
                         r"1-[A-Za-z0-9]{16}-[0-9a-f]{12}:(?P<name>[A-Za-z0-9_-]+)$")
# A waiter polls quickly here: the JUnit run's transitions last 100 ms, not the minutes AWS's do.
FAST_WAIT = {"Delay": 0.2, "MaxAttempts": 150}
_next_port = [20000 + 10 * secrets.randbelow(3000)]


def next_port():
    """A fresh ingest port with room for rtp-fec's port+2 and port+4."""
    _next_port[0] += 10
    return _next_port[0]


def mc_client(region=REGION, access_key=ACCESS_KEY, secret_key=SECRET_KEY, validate=True):
    return _SESSION.client(
        "mediaconnect", endpoint_url=ENDPOINT, region_name=region, aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        config=Config(retries={"total_max_attempts": 1}, parameter_validation=validate, connect_timeout=5,
                      read_timeout=30))


def flow_name(label):
    return f"compat-{RUN_ID}-{label}"


def rtp_source(name, port):
    return {"Name": name, "Protocol": "rtp", "IngestPort": port, "WhitelistCidr": "127.0.0.0/8",
            "Description": "camera"}


def rtp_output(name, port, destination="127.0.0.1"):
    return {"Name": name, "Protocol": "rtp", "Destination": destination, "Port": port}


def remove_quietly(client, arn):
    """Stops (if running) and deletes a flow, ignoring flows already gone."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            status = client.describe_flow(FlowArn=arn)["Flow"]["Status"]
            if status in ("ACTIVE", "STARTING", "UPDATING", "ERROR"):
                try:
                    client.stop_flow(FlowArn=arn)
                except ClientError:
                    pass
            client.delete_flow(FlowArn=arn)
            return
        except ClientError as e:
            if e.response["Error"]["Code"] == "NotFoundException":
                return
            time.sleep(0.1)


@pytest.fixture
def flows(request):
    """flows(client=default, **CreateFlow kwargs) -> Flow; every flow made is removed after the test."""
    default = mc_client()

    def _create(client=None, **kwargs):
        client = client or default
        flow = client.create_flow(**kwargs)["Flow"]
        request.addfinalizer(lambda: remove_quietly(client, flow["FlowArn"]))
        return flow

    return _create


class McCli(Cli):
    """Runs `aws --endpoint-url ENDPOINT mediaconnect ... --output json`."""

    SERVICE = "mediaconnect"
    TIMEOUT = 300

    def fails(self, code, *args, status=400, **kwargs):
        result = self.run(*args, debug=True, **kwargs)
        assert result.returncode != 0, f"expected {code}, the command succeeded: {result!r}"
        assert result.error_code == code, f"expected {code}, got {result.error_code}: {result!r}"
        statuses = [int(s) for s in re.findall(r'"(?:GET|POST|PUT|DELETE) \S+ HTTP/1\.1" (\d{3})', result.stderr)]
        assert statuses and statuses[-1] == status, f"expected HTTP {status}, got {statuses}: {result!r}"
        return result


def as_json(value):
    return json.dumps(value)
