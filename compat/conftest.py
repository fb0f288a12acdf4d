"""Fixtures shared by the client-compatibility tests (tier 4); MediaConnect's own are in mediaconnect_support.py.

The tests talk to a running Mediaplane server with unmodified clients: boto3 and the AWS CLI.
Environment:

  MEDIAPLANE_ENDPOINT            base URL of the server (default http://127.0.0.1:4590)
  MEDIAPLANE_SECOND_ACCESS_KEY   a second access key the server knows (--credentials FILE) ...
  MEDIAPLANE_SECOND_SECRET_KEY   ... its secret ...
  MEDIAPLANE_SECOND_ACCOUNT      ... and the 12-digit account it belongs to.
                                 Without these, the second-account tests are skipped.

Every container a test creates is deleted again: per test where the test made it, at the end of
the session for containers a pool made ahead of time. Names are unique per run, so a server that
lives across many runs is fine.
"""

import concurrent.futures
import datetime
import functools
import json
import os
import re
import secrets
import shutil
import socket
import string
import subprocess
import time
import urllib.parse

import boto3
import pytest
from botocore import UNSIGNED
from botocore.config import Config
from botocore.exceptions import ClientError

ENDPOINT = os.environ.get("MEDIAPLANE_ENDPOINT", "http://127.0.0.1:4590").rstrip("/")
ACCESS_KEY = "test"
SECRET_KEY = "test"
ACCOUNT = "000000000000"
REGION = "us-east-1"
OTHER_REGION = "eu-west-1"

# How long a container may stay CREATING before a test gives up; the server's transition time
# (--transition-ms) is normally 100 ms in these runs, 1 s by default.
ACTIVE_TIMEOUT = float(os.environ.get("MEDIAPLANE_COMPAT_ACTIVE_TIMEOUT", "30"))
POLL = 0.02

RUN_ID = secrets.token_hex(3)
ARN_RE = re.compile(r"^arn:aws:mediastore:(?P<region>[a-z0-9-]+):(?P<account>\d{12}):container/(?P<name>[\w-]+)$")

SECOND_ACCOUNT_ENV = ("MEDIAPLANE_SECOND_ACCESS_KEY", "MEDIAPLANE_SECOND_SECRET_KEY", "MEDIAPLANE_SECOND_ACCOUNT")


def arn(name, region=REGION, account=ACCOUNT):
    return f"arn:aws:mediastore:{region}:{account}:container/{name}"


def random_region():
    """
    A region no one else uses, so a test can count every container in it (matches the ARN pattern).
    The server must accept it: start it with --regions '*-compat-1' (ClientCompatibilityIT does).
    """
    letters = "".join(secrets.choice(string.ascii_lowercase) for _ in range(8))
    return f"{letters}-compat-1"


# One boto3 session for every client: it loads the service model once (a new session per client
# costs ~0.3 s each).
_SESSION = boto3.session.Session()


@functools.lru_cache(maxsize=None)
def make_client(region=REGION, access_key=ACCESS_KEY, secret_key=SECRET_KEY, validate=True):
    """A boto3 mediastore client for the server. validate=False lets invalid input reach the server."""
    return _SESSION.client(
        "mediastore",
        endpoint_url=ENDPOINT,
        region_name=region,
        aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        config=Config(retries={"total_max_attempts": 1}, parameter_validation=validate,
                      connect_timeout=5, read_timeout=30),
    )


def unsigned_client():
    """A boto3 mediastore client that sends requests without any signature."""
    return _SESSION.client("mediastore", endpoint_url=ENDPOINT, region_name=REGION,
                           config=Config(signature_version=UNSIGNED, retries={"total_max_attempts": 1}))


def data_client(endpoint_url):
    """A boto3 mediastore-data client aimed at a container's data endpoint."""
    return _SESSION.client("mediastore-data", endpoint_url=endpoint_url, region_name=REGION,
                           aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY)


def error_of(excinfo_or_error):
    """(code, HTTP status, message) of a botocore ClientError."""
    e = getattr(excinfo_or_error, "value", excinfo_or_error)
    assert isinstance(e, ClientError), f"expected a ClientError, got {e!r}"
    return (e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"],
            e.response["Error"].get("Message", ""))


def expect_error(code, fn, *args, status=400, **kwargs):
    """Calls fn, asserts it fails with exactly this error code and HTTP status; returns the error."""
    with pytest.raises(ClientError) as excinfo:
        fn(*args, **kwargs)
    got_code, got_status, message = error_of(excinfo)
    assert (got_code, got_status) == (code, status), \
        f"expected {code} ({status}), got {got_code} ({got_status}): {message}"
    assert excinfo.value.response["ResponseMetadata"].get("RequestId"), "error responses carry x-amzn-RequestId"
    return excinfo.value


def wait_active(client, name, timeout=ACTIVE_TIMEOUT):
    """Polls DescribeContainer until the container is ACTIVE; returns the Container."""
    deadline = time.monotonic() + timeout
    while True:
        container = client.describe_container(ContainerName=name)["Container"]
        if container["Status"] == "ACTIVE":
            return container
        assert container["Status"] == "CREATING", f"{name} is {container['Status']}, never ACTIVE"
        if time.monotonic() > deadline:
            pytest.fail(f"container {name} still CREATING after {timeout}s")
        time.sleep(POLL)


def wait_gone(client, name, timeout=ACTIVE_TIMEOUT):
    """Polls until DescribeContainer answers ContainerNotFoundException (deletion finished)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            container = client.describe_container(ContainerName=name)["Container"]
        except ClientError as e:
            if error_of(e)[0] == "ContainerNotFoundException":
                return
            raise
        assert container["Status"] == "DELETING", f"{name} is {container['Status']} after DeleteContainer"
        if time.monotonic() > deadline:
            pytest.fail(f"container {name} still DELETING after {timeout}s")
        time.sleep(POLL)


def delete_quietly(client, name):
    """Best-effort cleanup: waits out CREATING, deletes, ignores containers already gone or going."""
    deadline = time.monotonic() + ACTIVE_TIMEOUT
    while True:
        try:
            client.delete_container(ContainerName=name)
            return
        except ClientError as e:
            code = error_of(e)[0]
            if code == "ContainerNotFoundException":
                return
            if code != "ContainerInUseException" or time.monotonic() > deadline:
                return
            try:
                status = client.describe_container(ContainerName=name)["Container"]["Status"]
            except ClientError:
                return
            if status == "DELETING":
                return
            time.sleep(POLL)


class Names:
    """Unique container names: compat-<run>-<n>-<label>."""

    def __init__(self):
        self.counter = 0

    def __call__(self, label="c"):
        self.counter += 1
        return f"compat-{RUN_ID}-{self.counter}-{label}"[:255]


class ContainerPool:
    """
    Fresh ACTIVE containers on demand. Containers are created a batch at a time so that a whole
    batch goes through CREATING together: most tests then get an ACTIVE container without waiting.
    A container handed out is never handed out again; the test that took it deletes it.
    """

    def __init__(self, client, names, batch=8):
        self.client = client
        self.names = names
        self.batch = batch
        self.ready = []

    def take(self, request=None):
        if not self.ready:
            for _ in range(self.batch):
                name = self.names("pool")
                self.client.create_container(ContainerName=name)
                self.ready.append(name)
        name = self.ready.pop(0)
        if request is not None:
            request.addfinalizer(lambda: delete_quietly(self.client, name))
        return wait_active(self.client, name)

    def close(self):
        for name in self.ready:
            delete_quietly(self.client, name)
        self.ready = []


# ---------------------------------------------------------------- session fixtures


@pytest.fixture(scope="session")
def endpoint():
    return ENDPOINT


@pytest.fixture(scope="session", autouse=True)
def server_reachable():
    """Fails fast, with one clear message, when nothing listens at MEDIAPLANE_ENDPOINT."""
    url = urllib.parse.urlsplit(ENDPOINT)
    try:
        socket.create_connection((url.hostname, url.port or (443 if url.scheme == "https" else 80)), timeout=5).close()
    except OSError as e:
        pytest.exit(f"no Mediaplane server at MEDIAPLANE_ENDPOINT={ENDPOINT} ({e}); start one, e.g. "
                    f"java -jar target/mediaplane.jar --port 4590 --transition-ms 100", returncode=3)
    # One call warms the server up before timing-sensitive tests run.
    make_client().list_containers(MaxResults=1)


@pytest.fixture(scope="session")
def names():
    return Names()


@pytest.fixture(scope="session")
def ms():
    """boto3 mediastore client: default credentials (account 000000000000), us-east-1."""
    return make_client()


@pytest.fixture(scope="session")
def ms_unvalidated():
    """Like ms, but botocore does not check input, so invalid values reach the server."""
    return make_client(validate=False)


@pytest.fixture(scope="session")
def ms_other_region():
    return make_client(region=OTHER_REGION)


@pytest.fixture(scope="session")
def pool(ms, names):
    p = ContainerPool(ms, names)
    yield p
    p.close()


@pytest.fixture
def fresh_container(pool, request):
    """An ACTIVE container no other test has touched (no policies, no tags); deleted after the test."""
    return pool.take(request)


@pytest.fixture(scope="session")
def pristine_container(ms, names):
    """
    One ACTIVE container shared by read-only tests: the default container policy, no CORS,
    lifecycle or metric policy and no tags. Tests may only read it or make calls that fail without changing it.
    """
    name = names("pristine")
    ms.create_container(ContainerName=name)
    container = wait_active(ms, name)
    yield container
    delete_quietly(ms, name)


@pytest.fixture
def create(names, request):
    """
    create(client=ms, name=None, **kwargs) -> CreateContainer response; the container is
    deleted after the test. Used where a test needs the CreateContainer call itself.
    """
    default = make_client()

    def _create(client=None, name=None, **kwargs):
        client = client or default
        name = name or names()
        response = client.create_container(ContainerName=name, **kwargs)
        request.addfinalizer(lambda: delete_quietly(client, name))
        return response

    return _create


@pytest.fixture
def while_creating(names, request):
    """
    while_creating(action) runs action(name) against a container that is still CREATING and
    returns what it returned or raised (as ClientError). Because the CREATING window can be short,
    it checks afterwards that the container was indeed still CREATING and otherwise retries with
    a new container.
    """
    client = make_client()

    def _run(action, attempts=6):
        for _ in range(attempts):
            name = names("creating")
            client.create_container(ContainerName=name)
            request.addfinalizer(lambda n=name: delete_quietly(client, n))
            try:
                outcome = action(name)
            except ClientError as e:
                outcome = e
            if client.describe_container(ContainerName=name)["Container"]["Status"] == "CREATING":
                return outcome
        pytest.fail("could not catch a container in CREATING; is --transition-ms very short?")

    return _run


@pytest.fixture(scope="session")
def second_account():
    """
    (client factory, account id) for the second account of MEDIAPLANE_SECOND_*; skips when those
    are not set.
    """
    missing = [v for v in SECOND_ACCOUNT_ENV if not os.environ.get(v)]
    if missing:
        pytest.skip("second account not configured: set " + ", ".join(missing))
    key, secret, account = (os.environ[v] for v in SECOND_ACCOUNT_ENV)

    def client(region=REGION):
        return make_client(region=region, access_key=key, secret_key=secret)

    return {"client": client, "access_key": key, "secret_key": secret, "account": account}


@pytest.fixture
def ms_second(second_account):
    """boto3 client of the second account (its key comes from the server's --credentials file)."""
    return second_account["client"]()


@pytest.fixture(scope="session")
def populated_region(names):
    """
    A region of its own holding exactly seven ACTIVE containers (read-only for tests):
    {"region", "client", "names"}.
    """
    region = random_region()
    client = make_client(region=region)
    created = [names(f"page{i}") for i in range(7)]
    for name in created:
        client.create_container(ContainerName=name)
    for name in created:
        wait_active(client, name)
    yield {"region": region, "client": client, "names": created}
    for name in created:
        delete_quietly(client, name)


# ---------------------------------------------------------------- AWS CLI


class CliResult:
    def __init__(self, argv, completed):
        self.argv = argv
        self.returncode = completed.returncode
        self.stdout = completed.stdout
        self.stderr = completed.stderr

    @property
    def json(self):
        """stdout parsed; the CLI prints nothing for an empty response, which reads as {}."""
        text = self.stdout.strip()
        return json.loads(text) if text else {}

    @property
    def error_code(self):
        m = re.search(r"An error occurred \(([^)]+)\) when calling the (\w+) operation", self.stderr)
        return m.group(1) if m else None

    @property
    def http_statuses(self):
        """HTTP statuses of the responses (from --debug output)."""
        return [int(s) for s in re.findall(r'"POST / HTTP/1\.1" (\d{3})', self.stderr)]

    def __repr__(self):
        stderr = self.stderr
        if "--debug" in self.argv:
            # Of the debug log, keep what explains the outcome: HTTP status lines, response bodies, the error.
            lines = stderr.splitlines()
            keep = [line for i, line in enumerate(lines)
                    if '" HTTP/1.1" ' in line or "An error occurred" in line or "Response body" in line
                    or (i > 0 and "Response body" in lines[i - 1])]
            stderr = "\n".join(keep) or stderr
        return (f"aws {' '.join(self.argv)} -> rc {self.returncode}\nstdout: {self.stdout[-2000:]}\n"
                f"stderr: {stderr[-3000:]}")


class Cli:
    """Runs `aws --endpoint-url ENDPOINT mediastore ... --output json` as a separate process."""

    SERVICE = "mediastore"
    TIMEOUT = 120

    def __init__(self, executable):
        self.executable = executable

    def env(self, region, access_key, secret_key):
        env = {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}
        env.update({
            "AWS_ACCESS_KEY_ID": access_key,
            "AWS_SECRET_ACCESS_KEY": secret_key,
            "AWS_DEFAULT_REGION": region,
            # Nothing from the user's own AWS set-up may leak in.
            "AWS_CONFIG_FILE": os.devnull,
            "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
            "AWS_MAX_ATTEMPTS": "1",
            "AWS_PAGER": "",
        })
        return env

    def run(self, *args, region=REGION, access_key=ACCESS_KEY, secret_key=SECRET_KEY, debug=False):
        argv = ["--endpoint-url", ENDPOINT, self.SERVICE, *args, "--output", "json"]
        if debug:
            argv.append("--debug")
        completed = subprocess.run([self.executable, *argv], capture_output=True, text=True, timeout=self.TIMEOUT,
                                   env=self.env(region, access_key, secret_key))
        return CliResult(argv, completed)

    def run_all(self, calls, workers=4):
        """Runs independent commands [(args, kwargs), ...] side by side; results in the same order."""
        with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as executor:
            return list(executor.map(lambda call: self.run(*call[0], **call[1]), calls))

    def ok(self, *args, **kwargs):
        """Runs a command that must succeed; returns its parsed JSON output."""
        result = self.run(*args, **kwargs)
        assert result.returncode == 0, repr(result)
        return result.json

    def fails(self, code, *args, status=400, **kwargs):
        """Runs a command that must fail with this error code (stderr) and HTTP status (--debug log)."""
        return self.check_failure(self.run(*args, debug=True, **kwargs), code, status)

    @staticmethod
    def check_failure(result, code, status=400):
        assert result.returncode != 0, f"expected {code}, the command succeeded: {result!r}"
        assert result.error_code == code, f"expected {code}, got {result.error_code}: {result!r}"
        assert result.http_statuses and result.http_statuses[-1] == status, \
            f"expected HTTP {status}, got {result.http_statuses}: {result!r}"
        assert result.stdout.strip() == "", repr(result)
        return result


@pytest.fixture(scope="session")
def aws():
    executable = shutil.which("aws")
    if executable is None:
        pytest.skip("the AWS CLI (`aws`) is not on PATH")
    if os.sep + "shims" + os.sep in executable and shutil.which("pyenv"):
        # A pyenv shim costs a shell and `pyenv exec` per call; run the same `aws` it would run.
        real = subprocess.run(["pyenv", "which", "aws"], capture_output=True, text=True)
        if real.returncode == 0 and os.path.isfile(real.stdout.strip()):
            executable = real.stdout.strip()
    return Cli(executable)


def epoch_or_iso(value):
    """A CLI timestamp as a datetime: AWS CLI v1 prints the wire number, v2 an ISO-8601 string."""
    if isinstance(value, (int, float)):
        return datetime.datetime.fromtimestamp(value, datetime.timezone.utc)
    return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
