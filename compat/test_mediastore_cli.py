"""The AWS CLI (`aws mediastore ...`, a separate process) against Mediaplane: every operation and its errors.

Set-up and checks that are not under test (making containers ACTIVE, waiting for deletions, reading
state back) use boto3 to keep the run fast; every operation under test goes through the CLI. Error
codes are read from the CLI's stderr ("An error occurred (Code) when calling ..."), HTTP statuses
from its --debug log. A CLI call costs about half a second of Python start-up, so the independent
error cases run a few at a time side by side (see cli_errors).

Not covered through the CLI: ContainerInUseException from operations on a CREATING or DELETING
container. The CLI process starts more slowly than a container leaves CREATING (100 ms in the
JUnit run), so the window cannot be hit; test_mediastore_boto3.py covers it for every operation.
"""

import datetime
import json
import urllib.parse

import pytest

from botocore import xform_name

from conftest import (ACCOUNT, OTHER_REGION, REGION, Cli, arn, delete_quietly, epoch_or_iso, make_client,
                      random_region, wait_active, wait_gone)

CONTAINER_POLICY = """{
  "Version" : "2012-10-17",
  "Statement" : [ {
    "Sid" : "ReadOverHttps",
    "Effect" : "Allow",
    "Principal" : "*",
    "Action" : [ "mediastore:GetObject", "mediastore:DescribeObject" ],
    "Resource" : "arn:aws:mediastore:us-east-1:000000000000:container/movies/*",
    "Condition" : { "Bool" : { "aws:SecureTransport" : "true" } }
  } ]
}
"""

LIFECYCLE_POLICY = """{
  "rules": [
    { "definition": { "path": [ {"wildcard": "Football/*.m3u8"} ],
                      "seconds_since_create": [ {"numeric": [">", 300]} ] },
      "action": "EXPIRE" }
  ]
}
"""

CORS_POLICY = [
    {"AllowedOrigins": ["https://www.example.com"], "AllowedMethods": ["GET", "HEAD"], "AllowedHeaders": ["*"],
     "MaxAgeSeconds": 3000, "ExposeHeaders": ["ETag"]},
    {"AllowedOrigins": ["*"], "AllowedMethods": ["PUT", "DELETE"], "AllowedHeaders": ["Authorization"]},
]

METRIC_POLICY = {
    "ContainerLevelMetrics": "ENABLED",
    "MetricPolicyRules": [{"ObjectGroup": "football/*", "ObjectGroupName": "football"}],
}


def file_arg(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return f"file://{path}"


def assert_recent(value):
    when = epoch_or_iso(value)
    now = datetime.datetime.now(datetime.timezone.utc)
    assert abs((now - when).total_seconds()) < 600, f"CreationTime {value} is not about now"


# ---------------------------------------------------------------- every error, side by side

# (CLI operation, expected error code, arguments). Placeholders: {P} an ACTIVE container without
# policies or tags (shared, never changed), {M} a container name that does not exist, {P_ARN} and
# {M_ARN} their ARNs. Options: region / credentials for the call.
BAD_CORS = json.dumps([{"AllowedOrigins": ["*"], "AllowedMethods": ["POST"], "AllowedHeaders": ["*"]}])
GOOD_CORS = json.dumps(CORS_POLICY)
GOOD_METRIC = json.dumps(METRIC_POLICY)
ERROR_CASES = [
    ("create-container", "ContainerInUseException", ["--container-name", "{P}"]),
    ("create-container", "ValidationException", ["--container-name", "no spaces allowed"]),
    ("describe-container", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("describe-container", "ContainerNotFoundException", ["--container-name", "{P}"], {"region": OTHER_REGION}),
    ("delete-container", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("list-containers", "ValidationException", ["--no-paginate", "--next-token", "bm90LWEtdG9rZW4="]),
    ("list-containers", "ValidationException", ["--starting-token", "AAAA"]),
    ("put-container-policy", "ValidationException", ["--container-name", "{P}", "--policy", "this is not a policy"]),
    ("put-container-policy", "ContainerNotFoundException", ["--container-name", "{M}", "--policy", CONTAINER_POLICY]),
    ("get-container-policy", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("delete-container-policy", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("put-cors-policy", "ValidationException", ["--container-name", "{P}", "--cors-policy", BAD_CORS]),
    ("put-cors-policy", "ContainerNotFoundException", ["--container-name", "{M}", "--cors-policy", GOOD_CORS]),
    ("get-cors-policy", "CorsPolicyNotFoundException", ["--container-name", "{P}"]),
    ("get-cors-policy", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("delete-cors-policy", "CorsPolicyNotFoundException", ["--container-name", "{P}"]),
    ("delete-cors-policy", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("put-lifecycle-policy", "ValidationException", ["--container-name", "{P}", "--lifecycle-policy", "rules: none"]),
    ("put-lifecycle-policy", "ContainerNotFoundException",
     ["--container-name", "{M}", "--lifecycle-policy", LIFECYCLE_POLICY]),
    ("get-lifecycle-policy", "PolicyNotFoundException", ["--container-name", "{P}"]),
    ("get-lifecycle-policy", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("delete-lifecycle-policy", "PolicyNotFoundException", ["--container-name", "{P}"]),
    ("delete-lifecycle-policy", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("put-metric-policy", "ValidationException",
     ["--container-name", "{P}", "--metric-policy", '{"ContainerLevelMetrics": "SOMETIMES"}']),
    ("put-metric-policy", "ContainerNotFoundException", ["--container-name", "{M}", "--metric-policy", GOOD_METRIC]),
    ("get-metric-policy", "PolicyNotFoundException", ["--container-name", "{P}"]),
    ("get-metric-policy", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("delete-metric-policy", "PolicyNotFoundException", ["--container-name", "{P}"]),
    ("delete-metric-policy", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("start-access-logging", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("stop-access-logging", "ContainerNotFoundException", ["--container-name", "{M}"]),
    ("tag-resource", "ValidationException", ["--resource", "not-an-arn", "--tags", "Key=k,Value=v"]),
    ("tag-resource", "ContainerNotFoundException", ["--resource", "{M_ARN}", "--tags", "Key=k,Value=v"]),
    ("untag-resource", "ValidationException", ["--resource", "not-an-arn", "--tag-keys", "k"]),
    ("untag-resource", "ContainerNotFoundException", ["--resource", "{M_ARN}", "--tag-keys", "k"]),
    ("list-tags-for-resource", "ValidationException", ["--resource", "arn:aws:s3:::bucket"]),
    ("list-tags-for-resource", "ContainerNotFoundException", ["--resource", "{M_ARN}"]),
]
CASE_IDS = [f"{case[0]}-{case[1]}-{i}" for i, case in enumerate(ERROR_CASES)]


def test_error_cases_cover_every_operation(ms):
    every = {xform_name(op, "-") for op in ms.meta.service_model.operation_names}
    assert len(every) == 21
    assert {case[0] for case in ERROR_CASES} == every


@pytest.fixture(scope="module")
def cli_errors(aws, pristine_container, names):
    """Runs every ERROR_CASES command once, four at a time; {case id: CliResult}."""
    missing = names("missing")
    values = {"{P_ARN}": pristine_container["ARN"], "{M_ARN}": arn(missing),
              "{P}": pristine_container["Name"], "{M}": missing}

    def fill(arg):
        for placeholder, value in values.items():
            arg = arg.replace(placeholder, value)
        return arg

    calls = [([case[0], *(fill(a) for a in case[2])], {**(case[3] if len(case) > 3 else {}), "debug": True})
             for case in ERROR_CASES]
    return dict(zip(CASE_IDS, aws.run_all(calls)))


@pytest.mark.parametrize("case", ERROR_CASES, ids=CASE_IDS)
def test_error(cli_errors, case, request):
    Cli.check_failure(cli_errors[request.node.callspec.id], case[1])


# ---------------------------------------------------------------- containers


def test_create_describe_delete_container(aws, ms, names, request):
    name = names("cli")
    request.addfinalizer(lambda: delete_quietly(ms, name))
    created = aws.ok("create-container", "--container-name", name,
                     "--tags", "Key=team,Value=video", "Key=stage,Value=")["Container"]
    assert created["Name"] == name
    assert created["ARN"] == f"arn:aws:mediastore:{REGION}:{ACCOUNT}:container/{name}"
    assert created["Status"] == "CREATING" and "Endpoint" not in created
    assert created["AccessLoggingEnabled"] is False
    assert_recent(created["CreationTime"])

    wait_active(ms, name)
    tags = ms.list_tags_for_resource(Resource=created["ARN"])["Tags"]
    assert sorted(tags, key=lambda t: t["Key"]) == [{"Key": "stage", "Value": ""}, {"Key": "team", "Value": "video"}]
    described = aws.ok("describe-container", "--container-name", name)["Container"]
    assert described["Status"] == "ACTIVE"
    assert described["CreationTime"] == created["CreationTime"]
    assert described["ARN"] == created["ARN"]
    endpoint = urllib.parse.urlsplit(described["Endpoint"])
    assert endpoint.scheme in ("http", "https") and endpoint.hostname

    assert aws.ok("delete-container", "--container-name", name) == {}
    wait_gone(ms, name)


def test_create_container_over_the_limit(aws, create):
    region = random_region()
    client = make_client(region=region)
    for i in range(100):
        create(client=client, name=f"cli-limit-{i:03d}")
    aws.fails("LimitExceededException", "create-container", "--container-name", "cli-limit-100", region=region)


# ---------------------------------------------------------------- list-containers


def test_list_containers_follows_every_page(aws, populated_region):
    out = aws.ok("list-containers", "--page-size", "2", region=populated_region["region"])
    listed = [c["Name"] for c in out["Containers"]]
    assert len(listed) == len(set(listed)) and sorted(listed) == sorted(populated_region["names"])
    assert "NextToken" not in out
    for c in out["Containers"]:
        assert c["ARN"] == arn(c["Name"], populated_region["region"]) and c["Status"] == "ACTIVE"
        assert_recent(c["CreationTime"])


def test_list_containers_max_items_and_starting_token(aws, populated_region):
    region, seen, token = populated_region["region"], [], []
    for expected in (4, 3):
        out = aws.ok("list-containers", "--max-items", "4", "--page-size", "3", *token, region=region)
        assert len(out["Containers"]) == expected
        seen += [c["Name"] for c in out["Containers"]]
        token = ["--starting-token", out["NextToken"]] if "NextToken" in out else None
    assert token is None, "the last page has no NextToken"
    assert len(seen) == len(set(seen)) and sorted(seen) == sorted(populated_region["names"])


def test_list_containers_one_page_with_server_token(aws, populated_region):
    region = populated_region["region"]
    first = aws.ok("list-containers", "--no-paginate", "--max-results", "4", region=region)
    assert len(first["Containers"]) == 4 and first["NextToken"]
    second = aws.ok("list-containers", "--no-paginate", "--max-results", "4", "--next-token", first["NextToken"],
                    region=region)
    assert len(second["Containers"]) == 3 and "NextToken" not in second
    seen = [c["Name"] for c in first["Containers"] + second["Containers"]]
    assert len(seen) == len(set(seen)) and sorted(seen) == sorted(populated_region["names"])


def test_list_containers_of_other_region(aws, fresh_container):
    listed = aws.ok("list-containers", region=OTHER_REGION)["Containers"]
    assert fresh_container["ARN"] not in [c["ARN"] for c in listed]
    assert all(c["ARN"].startswith(f"arn:aws:mediastore:{OTHER_REGION}:") for c in listed)


# ---------------------------------------------------------------- policies


def test_container_policy(aws, ms, fresh_container, tmp_path):
    name = fresh_container["Name"]
    assert aws.ok("put-container-policy", "--container-name", name,
                  "--policy", file_arg(tmp_path, "policy.json", CONTAINER_POLICY)) == {}
    assert aws.ok("get-container-policy", "--container-name", name) == {"Policy": CONTAINER_POLICY}
    assert aws.ok("delete-container-policy", "--container-name", name) == {}
    with pytest.raises(ms.exceptions.PolicyNotFoundException):
        ms.get_container_policy(ContainerName=name)
    aws.fails("PolicyNotFoundException", "get-container-policy", "--container-name", name)
    aws.fails("PolicyNotFoundException", "delete-container-policy", "--container-name", name)


def test_cors_policy(aws, ms, fresh_container, tmp_path):
    name = fresh_container["Name"]
    assert aws.ok("put-cors-policy", "--container-name", name,
                  "--cors-policy", file_arg(tmp_path, "cors.json", json.dumps(CORS_POLICY))) == {}
    assert aws.ok("get-cors-policy", "--container-name", name) == {"CorsPolicy": CORS_POLICY}
    assert aws.ok("delete-cors-policy", "--container-name", name) == {}
    with pytest.raises(ms.exceptions.CorsPolicyNotFoundException):
        ms.get_cors_policy(ContainerName=name)


def test_lifecycle_policy(aws, ms, fresh_container, tmp_path):
    name = fresh_container["Name"]
    assert aws.ok("put-lifecycle-policy", "--container-name", name,
                  "--lifecycle-policy", file_arg(tmp_path, "lifecycle.json", LIFECYCLE_POLICY)) == {}
    assert aws.ok("get-lifecycle-policy", "--container-name", name) == {"LifecyclePolicy": LIFECYCLE_POLICY}
    assert aws.ok("delete-lifecycle-policy", "--container-name", name) == {}
    with pytest.raises(ms.exceptions.PolicyNotFoundException):
        ms.get_lifecycle_policy(ContainerName=name)


def test_metric_policy(aws, ms, fresh_container, tmp_path):
    name = fresh_container["Name"]
    assert aws.ok("put-metric-policy", "--container-name", name,
                  "--metric-policy", file_arg(tmp_path, "metric.json", json.dumps(METRIC_POLICY))) == {}
    assert aws.ok("get-metric-policy", "--container-name", name) == {"MetricPolicy": METRIC_POLICY}
    assert aws.ok("delete-metric-policy", "--container-name", name) == {}
    with pytest.raises(ms.exceptions.PolicyNotFoundException):
        ms.get_metric_policy(ContainerName=name)


# ---------------------------------------------------------------- access logging and tags


def test_start_and_stop_access_logging(aws, ms, fresh_container):
    name = fresh_container["Name"]
    assert aws.ok("start-access-logging", "--container-name", name) == {}
    assert ms.describe_container(ContainerName=name)["Container"]["AccessLoggingEnabled"] is True
    assert aws.ok("stop-access-logging", "--container-name", name) == {}
    assert ms.describe_container(ContainerName=name)["Container"]["AccessLoggingEnabled"] is False


def test_tag_list_untag(aws, fresh_container):
    resource = fresh_container["ARN"]
    assert aws.ok("tag-resource", "--resource", resource,
                  "--tags", "Key=customer,Value=CompanyA", "Key=priority,Value=High") == {}
    assert aws.ok("untag-resource", "--resource", resource, "--tag-keys", "priority") == {}
    assert aws.ok("list-tags-for-resource", "--resource", resource) == {
        "Tags": [{"Key": "customer", "Value": "CompanyA"}]}


# ---------------------------------------------------------------- accounts and signatures


@pytest.mark.second_account
def test_second_account_does_not_see_the_container(aws, ms_second, second_account, fresh_container):
    creds = {"access_key": second_account["access_key"], "secret_key": second_account["secret_key"]}
    aws.fails("ContainerNotFoundException", "describe-container", "--container-name", fresh_container["Name"], **creds)
    aws.fails("ContainerNotFoundException", "tag-resource", "--resource", fresh_container["ARN"],
              "--tags", "Key=k,Value=v", **creds)


@pytest.mark.sigv4
def test_wrong_secret_key_is_invalid_signature(aws):
    aws.fails("InvalidSignatureException", "list-containers", secret_key="not-the-secret", status=403)


@pytest.mark.sigv4
def test_unknown_access_key_is_unrecognized_client(aws):
    aws.fails("UnrecognizedClientException", "list-containers", access_key="AKIDUNKNOWNCOMPAT000",
              secret_key="whatever", status=403)
