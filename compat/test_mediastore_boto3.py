"""boto3 against Mediaplane's MediaStore control plane: every operation, its success shape and its errors."""

import datetime
import json
import socket
import urllib.parse

import pytest
from botocore.exceptions import ClientError

from conftest import (ACCOUNT, OTHER_REGION, REGION, arn, data_client, error_of, expect_error,
                      make_client, random_region, unsigned_client, wait_active, wait_gone)

# A container policy as a person would write it: indented, keys in no particular order. It must
# come back byte for byte.
CONTAINER_POLICY = """{
  "Version" : "2012-10-17",
  "Statement" : [ {
    "Sid" : "MediaStoreFullAccess",
    "Action" : [ "mediastore:*" ],
    "Principal" : { "AWS" : "arn:aws:iam::000000000000:root" },
    "Effect" : "Allow",
    "Resource" : "arn:aws:mediastore:us-east-1:000000000000:container/*",
    "Condition" : { "Bool" : { "aws:SecureTransport" : "true" } }
  } ]
}"""

OTHER_CONTAINER_POLICY = ('{"Version":"2012-10-17","Statement":[{"Sid":"PublicRead","Effect":"Allow","Principal":"*",'
                          '"Action":["mediastore:GetObject","mediastore:DescribeObject"],'
                          '"Resource":"arn:aws:mediastore:us-east-1:000000000000:container/x/*"}]}')

LIFECYCLE_POLICY = """{
    "rules": [
        {
            "definition": {
                "path": [ {"prefix": "Football/"}, {"prefix": "Baseball/"} ],
                "days_since_create": [ {"numeric": [">" , 28]} ]
            },
            "action": "EXPIRE"
        }
    ]
}"""

CORS_POLICY = [
    {
        "AllowedOrigins": ["https://www.example.com", "http://*.example.org"],
        "AllowedMethods": ["GET", "HEAD", "PUT", "DELETE"],
        "AllowedHeaders": ["*", "x-amz-*"],
        "MaxAgeSeconds": 3000,
        "ExposeHeaders": ["ETag", "Content-Length"],
    },
    {
        "AllowedOrigins": ["*"],
        "AllowedMethods": ["GET"],
        "AllowedHeaders": [],
        "MaxAgeSeconds": 0,
    },
]

METRIC_POLICY = {
    "ContainerLevelMetrics": "ENABLED",
    "MetricPolicyRules": [
        {"ObjectGroup": "baseball/saturday", "ObjectGroupName": "baseballGroup"},
        {"ObjectGroup": "football/*", "ObjectGroupName": "football_group"},
    ],
}

SIMPLE_CORS = [{"AllowedOrigins": ["*"], "AllowedMethods": ["GET"], "AllowedHeaders": ["*"]}]

# Every operation that names one container, as f(client, name): the ones ContainerNotFoundException
# and ContainerInUseException apply to. The tagging operations name it by ARN.
CONTAINER_OPERATIONS = {
    "DeleteContainer": lambda c, n: c.delete_container(ContainerName=n),
    "PutContainerPolicy": lambda c, n: c.put_container_policy(ContainerName=n, Policy=CONTAINER_POLICY),
    "GetContainerPolicy": lambda c, n: c.get_container_policy(ContainerName=n),
    "DeleteContainerPolicy": lambda c, n: c.delete_container_policy(ContainerName=n),
    "PutCorsPolicy": lambda c, n: c.put_cors_policy(ContainerName=n, CorsPolicy=SIMPLE_CORS),
    "GetCorsPolicy": lambda c, n: c.get_cors_policy(ContainerName=n),
    "DeleteCorsPolicy": lambda c, n: c.delete_cors_policy(ContainerName=n),
    "PutLifecyclePolicy": lambda c, n: c.put_lifecycle_policy(ContainerName=n, LifecyclePolicy=LIFECYCLE_POLICY),
    "GetLifecyclePolicy": lambda c, n: c.get_lifecycle_policy(ContainerName=n),
    "DeleteLifecyclePolicy": lambda c, n: c.delete_lifecycle_policy(ContainerName=n),
    "PutMetricPolicy": lambda c, n: c.put_metric_policy(ContainerName=n, MetricPolicy=METRIC_POLICY),
    "GetMetricPolicy": lambda c, n: c.get_metric_policy(ContainerName=n),
    "DeleteMetricPolicy": lambda c, n: c.delete_metric_policy(ContainerName=n),
    "StartAccessLogging": lambda c, n: c.start_access_logging(ContainerName=n),
    "StopAccessLogging": lambda c, n: c.stop_access_logging(ContainerName=n),
    "TagResource": lambda c, n: c.tag_resource(Resource=arn(n, c.meta.region_name), Tags=[{"Key": "k", "Value": "v"}]),
    "UntagResource": lambda c, n: c.untag_resource(Resource=arn(n, c.meta.region_name), TagKeys=["k"]),
    "ListTagsForResource": lambda c, n: c.list_tags_for_resource(Resource=arn(n, c.meta.region_name)),
}


def body(response):
    """The response without botocore's ResponseMetadata, after checking that metadata."""
    meta = response.pop("ResponseMetadata")
    assert meta["HTTPStatusCode"] == 200
    assert meta["RequestId"], "every response carries x-amzn-RequestId"
    assert meta["HTTPHeaders"]["content-type"].startswith("application/x-amz-json-1.1")
    return response


def tags_of(client, name):
    response = body(client.list_tags_for_resource(Resource=arn(name, client.meta.region_name)))
    return {t["Key"]: t.get("Value") for t in response["Tags"]}


def all_containers(client, **config):
    pages = list(client.get_paginator("list_containers").paginate(PaginationConfig=config))
    return [c for page in pages for c in page["Containers"]]


def assert_recent(timestamp):
    assert isinstance(timestamp, datetime.datetime), f"CreationTime parsed as {type(timestamp)}"
    assert timestamp.tzinfo is not None
    now = datetime.datetime.now(datetime.timezone.utc)
    assert abs((now - timestamp).total_seconds()) < 600, f"CreationTime {timestamp} is not about now ({now})"


# ---------------------------------------------------------------- CreateContainer


def test_create_container_answers_a_creating_container(create, names):
    name = names("create")
    container = body(create(name=name))["Container"]
    assert container["Name"] == name
    assert container["ARN"] == f"arn:aws:mediastore:{REGION}:{ACCOUNT}:container/{name}"
    assert container["Status"] == "CREATING"
    assert "Endpoint" not in container, "the endpoint appears only once the container is ACTIVE"
    assert container["AccessLoggingEnabled"] is False
    assert_recent(container["CreationTime"])


def test_container_becomes_active_with_a_usable_endpoint(ms, create, names):
    name = names("endpoint")
    created = create(name=name)["Container"]
    active = wait_active(ms, name)
    assert active["Status"] == "ACTIVE"
    assert active["ARN"] == created["ARN"]
    assert active["CreationTime"] == created["CreationTime"]
    endpoint = urllib.parse.urlsplit(active["Endpoint"])
    assert endpoint.scheme in ("http", "https") and endpoint.hostname, active["Endpoint"]
    # The endpoint is something a client can connect to ...
    socket.create_connection((endpoint.hostname, endpoint.port or (443 if endpoint.scheme == "https" else 80)),
                             timeout=5).close()
    # ... and hand to the data-plane client as its endpoint_url.
    data = data_client(active["Endpoint"])
    assert data.meta.endpoint_url.rstrip("/") == active["Endpoint"].rstrip("/")
    # It does not change once assigned.
    assert ms.describe_container(ContainerName=name)["Container"]["Endpoint"] == active["Endpoint"]


def test_each_container_gets_its_own_endpoint(pool, request):
    first = pool.take(request)
    second = pool.take(request)
    assert first["Endpoint"] != second["Endpoint"]


def test_create_container_with_tags(ms, create, names):
    name = names("tagged")
    tags = [{"Key": "customer", "Value": "CompanyA"}, {"Key": "priority", "Value": "High"},
            {"Key": "unicode é ü", "Value": "naïve / value=1 + x@y"}]
    create(name=name, Tags=tags)
    wait_active(ms, name)
    assert tags_of(ms, name) == {t["Key"]: t["Value"] for t in tags}


def test_create_container_twice_is_container_in_use(ms, fresh_container):
    expect_error("ContainerInUseException", ms.create_container, ContainerName=fresh_container["Name"])


@pytest.mark.parametrize("bad_name", ["has space", "slash/name", "dot.name", "a" * 256])
def test_create_container_with_invalid_name_is_validation_error(ms, bad_name):
    expect_error("ValidationException", ms.create_container, ContainerName=bad_name)


def test_create_container_with_invalid_tags_is_validation_error(ms, names):
    expect_error("ValidationException", ms.create_container, ContainerName=names("badtag"),
                 Tags=[{"Key": "aws:reserved", "Value": "x"}])
    expect_error("ValidationException", ms.create_container, ContainerName=names("badtag"),
                 Tags=[{"Key": "k", "Value": "no#hash"}])


def test_container_limit_is_per_account_and_region(create):
    region = random_region()
    client = make_client(region=region)
    for i in range(100):
        create(client=client, name=f"limit-{i:03d}")
    expect_error("LimitExceededException", client.create_container, ContainerName="limit-100")
    # The quota is per region: the same account still creates elsewhere.
    create(client=make_client(region=random_region()), name="limit-100")


# ---------------------------------------------------------------- DescribeContainer


def test_describe_container(ms, fresh_container):
    container = body(ms.describe_container(ContainerName=fresh_container["Name"]))["Container"]
    assert set(container) == {"Endpoint", "CreationTime", "ARN", "Name", "Status", "AccessLoggingEnabled"}
    assert container == fresh_container
    assert container["Status"] == "ACTIVE"
    assert container["AccessLoggingEnabled"] is False
    assert_recent(container["CreationTime"])


def test_describe_missing_container_is_not_found(ms, names):
    expect_error("ContainerNotFoundException", ms.describe_container, ContainerName=names("missing"))


# ---------------------------------------------------------------- DeleteContainer


def test_delete_container(ms, create, names):
    name = names("delete")
    create(name=name)
    wait_active(ms, name)
    assert body(ms.delete_container(ContainerName=name)) == {}
    wait_gone(ms, name)
    expect_error("ContainerNotFoundException", ms.delete_container, ContainerName=name)
    # Once gone, the name is free again.
    assert create(name=name)["Container"]["Status"] == "CREATING"


def test_delete_container_while_deleting_is_in_use(ms, names, create):
    for _ in range(6):
        name = names("deleting")
        create(name=name)
        wait_active(ms, name)
        ms.delete_container(ContainerName=name)
        try:
            ms.delete_container(ContainerName=name)
            outcome = None
        except ClientError as e:
            outcome = e
        try:
            still_deleting = ms.describe_container(ContainerName=name)["Container"]["Status"] == "DELETING"
        except ClientError:
            still_deleting = False
        if still_deleting:
            assert outcome is not None and error_of(outcome)[:2] == ("ContainerInUseException", 400), outcome
            expect_error("ContainerInUseException", ms.create_container, ContainerName=name)
            return
    pytest.fail("could not catch a container in DELETING")


def test_delete_missing_container_is_not_found(ms, names):
    expect_error("ContainerNotFoundException", ms.delete_container, ContainerName=names("missing"))


# ---------------------------------------------------------------- errors every container operation shares


@pytest.mark.parametrize("operation", sorted(CONTAINER_OPERATIONS))
def test_operation_on_missing_container_is_not_found(ms, names, operation):
    expect_error("ContainerNotFoundException", CONTAINER_OPERATIONS[operation], ms, names("missing"))


# Read-only calls on a CREATING container answer with what is stored; everything else waits for ACTIVE.
READS_WHILE_CREATING = {
    "GetContainerPolicy": None,  # the default policy
    "ListTagsForResource": None,
    "GetCorsPolicy": "CorsPolicyNotFoundException",
    "GetLifecyclePolicy": "PolicyNotFoundException",
    "GetMetricPolicy": "PolicyNotFoundException",
}


@pytest.mark.parametrize("operation", sorted(set(CONTAINER_OPERATIONS) - set(READS_WHILE_CREATING)))
def test_operation_on_creating_container_is_in_use(ms, while_creating, operation):
    outcome = while_creating(lambda name: CONTAINER_OPERATIONS[operation](ms, name))
    assert isinstance(outcome, ClientError), f"{operation} on a CREATING container answered {outcome}"
    assert error_of(outcome)[:2] == ("ContainerInUseException", 400), error_of(outcome)


@pytest.mark.parametrize("operation", sorted(READS_WHILE_CREATING))
def test_read_on_creating_container_answers_what_is_stored(ms, while_creating, operation):
    outcome = while_creating(lambda name: CONTAINER_OPERATIONS[operation](ms, name))
    expected = READS_WHILE_CREATING[operation]
    if expected is None:
        assert not isinstance(outcome, ClientError), f"{operation} on a CREATING container: {error_of(outcome)}"
    else:
        assert isinstance(outcome, ClientError) and error_of(outcome)[:2] == (expected, 400), outcome


@pytest.mark.parametrize("operation", ["PutContainerPolicy", "GetCorsPolicy", "StartAccessLogging", "TagResource"])
def test_operation_on_container_of_other_region_is_not_found(ms, ms_other_region, fresh_container, operation):
    # The container exists in us-east-1; eu-west-1 has no container of that name.
    expect_error("ContainerNotFoundException", CONTAINER_OPERATIONS[operation], ms_other_region,
                 fresh_container["Name"])


# ---------------------------------------------------------------- ListContainers


def test_list_containers_shows_containers_as_describe_does(ms, fresh_container):
    listed = [c for c in all_containers(ms) if c["Name"] == fresh_container["Name"]]
    assert listed == [fresh_container]


def test_list_containers_shows_creating_containers_without_endpoint(create):
    for _ in range(6):  # the CREATING window is short: retry if the listing came too late
        client = make_client(region=random_region())
        container = create(client=client)["Container"]
        listed = body(client.list_containers())["Containers"]
        assert [c["Name"] for c in listed] == [container["Name"]]
        assert ("Endpoint" in listed[0]) == (listed[0]["Status"] == "ACTIVE"), listed[0]
        if listed[0]["Status"] == "CREATING":
            return
    pytest.fail("could not list a container while it was CREATING")


def test_list_containers_in_empty_region():
    response = body(make_client(region=random_region()).list_containers())
    assert response == {"Containers": []}


def test_list_containers_without_max_results_returns_everything(populated_region):
    response = body(populated_region["client"].list_containers())
    assert sorted(c["Name"] for c in response["Containers"]) == sorted(populated_region["names"])
    assert "NextToken" not in response
    for c in response["Containers"]:
        assert c["ARN"] == arn(c["Name"], populated_region["region"])
        assert c["Status"] == "ACTIVE" and c["Endpoint"]


def test_list_containers_pages_with_max_results_and_next_token(populated_region):
    client = populated_region["client"]
    seen, sizes, kwargs = [], [], {"MaxResults": 3}
    while True:
        page = body(client.list_containers(**kwargs))
        sizes.append(len(page["Containers"]))
        seen.extend(c["Name"] for c in page["Containers"])
        if "NextToken" not in page:
            break
        assert page["NextToken"], "NextToken is omitted at the end, never empty"
        kwargs["NextToken"] = page["NextToken"]
        assert len(sizes) < 10, "pagination does not end"
    assert sizes == [3, 3, 1]
    assert len(seen) == len(set(seen)), f"duplicates across pages: {seen}"
    assert sorted(seen) == sorted(populated_region["names"])


def test_list_containers_max_results_equal_to_count_has_no_next_token(populated_region):
    page = body(populated_region["client"].list_containers(MaxResults=7))
    assert len(page["Containers"]) == 7 and "NextToken" not in page


def test_list_containers_paginator(populated_region):
    client = populated_region["client"]
    pages = list(client.get_paginator("list_containers").paginate(PaginationConfig={"PageSize": 2}))
    assert [len(p["Containers"]) for p in pages] == [2, 2, 2, 1]
    seen = [c["Name"] for p in pages for c in p["Containers"]]
    assert len(seen) == len(set(seen)) and sorted(seen) == sorted(populated_region["names"])


def test_list_containers_paginator_resumes_from_starting_token(populated_region):
    paginator = populated_region["client"].get_paginator("list_containers")
    first = paginator.paginate(PaginationConfig={"PageSize": 3, "MaxItems": 4}).build_full_result()
    assert len(first["Containers"]) == 4 and first["NextToken"]
    rest = paginator.paginate(PaginationConfig={"PageSize": 3, "StartingToken": first["NextToken"]}).build_full_result()
    assert "NextToken" not in rest
    seen = [c["Name"] for c in first["Containers"] + rest["Containers"]]
    assert len(seen) == len(set(seen)) and sorted(seen) == sorted(populated_region["names"])


@pytest.mark.parametrize("token", ["bm90LWEtdG9rZW4=", "AAAA", "not a token!", "A" * 1025])
def test_list_containers_with_invalid_next_token_is_validation_error(ms, token):
    expect_error("ValidationException", ms.list_containers, NextToken=token)


def test_list_containers_with_tampered_next_token_is_validation_error(populated_region):
    client = populated_region["client"]
    token = client.list_containers(MaxResults=1)["NextToken"]
    tampered = ("B" if token[0] != "B" else "C") + token[1:]
    expect_error("ValidationException", client.list_containers, NextToken=tampered)


def test_next_token_of_another_region_is_validation_error(populated_region):
    token = populated_region["client"].list_containers(MaxResults=2)["NextToken"]
    expect_error("ValidationException", make_client(region=OTHER_REGION).list_containers, NextToken=token)


@pytest.mark.parametrize("max_results", [0, 101, -1])
def test_list_containers_with_max_results_out_of_range_is_validation_error(ms_unvalidated, max_results):
    expect_error("ValidationException", ms_unvalidated.list_containers, MaxResults=max_results)


# ---------------------------------------------------------------- container policy


def test_container_policy_round_trip(ms, fresh_container):
    name = fresh_container["Name"]
    assert body(ms.put_container_policy(ContainerName=name, Policy=CONTAINER_POLICY)) == {}
    assert body(ms.get_container_policy(ContainerName=name)) == {"Policy": CONTAINER_POLICY}
    ms.put_container_policy(ContainerName=name, Policy=OTHER_CONTAINER_POLICY)
    assert ms.get_container_policy(ContainerName=name)["Policy"] == OTHER_CONTAINER_POLICY
    assert body(ms.delete_container_policy(ContainerName=name)) == {}
    expect_error("PolicyNotFoundException", ms.get_container_policy, ContainerName=name)
    expect_error("PolicyNotFoundException", ms.delete_container_policy, ContainerName=name)


def default_policy(name, region=REGION, account=ACCOUNT):
    """The policy MediaStore attaches to every new container (User Guide, "Example container policy: Default")."""
    return json.dumps({"Version": "2012-10-17", "Statement": [{
        "Sid": "MediaStoreFullAccess", "Action": ["mediastore:*"],
        "Principal": {"AWS": f"arn:aws:iam::{account}:root"}, "Effect": "Allow",
        "Resource": f"arn:aws:mediastore:{region}:{account}:container/{name}/*",
        "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]}, separators=(",", ":"))


def test_container_policy_default(ms, pristine_container):
    name = pristine_container["Name"]
    assert json.loads(ms.get_container_policy(ContainerName=name)["Policy"]) == json.loads(default_policy(name))


def test_container_policy_deleted_is_not_found(ms, fresh_container):
    name = fresh_container["Name"]
    ms.delete_container_policy(ContainerName=name)
    expect_error("PolicyNotFoundException", ms.get_container_policy, ContainerName=name)
    expect_error("PolicyNotFoundException", ms.delete_container_policy, ContainerName=name)


@pytest.mark.parametrize("policy", ["this is not JSON", '{"Version": "2012-10-17", "Statement": [', "x" * 8193,
                                    '{"Sid": "non-ASCII \u00e9"}'],
                         ids=["not-json", "truncated-json", "too-long", "non-ascii"])
def test_invalid_container_policy_is_validation_error(ms, pristine_container, policy):
    expect_error("ValidationException", ms.put_container_policy, ContainerName=pristine_container["Name"],
                 Policy=policy)
    unchanged = ms.get_container_policy(ContainerName=pristine_container["Name"])["Policy"]
    assert json.loads(unchanged) == json.loads(default_policy(pristine_container["Name"]))


@pytest.mark.parametrize("policy", ["[]", '{"Version": "2012-10-17"}', "null"],
                         ids=["array", "no-statement", "null"])
def test_container_policy_that_is_not_a_policy_is_validation_error(ms, fresh_container, policy):
    expect_error("ValidationException", ms.put_container_policy, ContainerName=fresh_container["Name"],
                 Policy=policy)


# ---------------------------------------------------------------- CORS policy


def test_cors_policy_round_trip(ms, fresh_container):
    name = fresh_container["Name"]
    assert body(ms.put_cors_policy(ContainerName=name, CorsPolicy=CORS_POLICY)) == {}
    assert body(ms.get_cors_policy(ContainerName=name)) == {"CorsPolicy": CORS_POLICY}
    ms.put_cors_policy(ContainerName=name, CorsPolicy=SIMPLE_CORS)
    assert ms.get_cors_policy(ContainerName=name)["CorsPolicy"] == SIMPLE_CORS
    assert body(ms.delete_cors_policy(ContainerName=name)) == {}
    expect_error("CorsPolicyNotFoundException", ms.get_cors_policy, ContainerName=name)
    expect_error("CorsPolicyNotFoundException", ms.delete_cors_policy, ContainerName=name)


def test_cors_policy_not_set(ms, pristine_container):
    expect_error("CorsPolicyNotFoundException", ms.get_cors_policy, ContainerName=pristine_container["Name"])
    expect_error("CorsPolicyNotFoundException", ms.delete_cors_policy, ContainerName=pristine_container["Name"])


@pytest.mark.parametrize("rules", [
    [{"AllowedOrigins": ["*"], "AllowedMethods": ["POST"], "AllowedHeaders": []}],
    [{"AllowedOrigins": ["http://*.*.example.com"], "AllowedMethods": ["GET"], "AllowedHeaders": []}],
    [{"AllowedOrigins": ["*"], "AllowedMethods": ["GET"], "AllowedHeaders": ["x-*-*"]}],
    [{"AllowedOrigins": ["*"], "AllowedMethods": ["GET"], "AllowedHeaders": [], "MaxAgeSeconds": -1}],
    [{"AllowedOrigins": [], "AllowedMethods": ["GET"], "AllowedHeaders": []}],
    [{"AllowedOrigins": ["*"], "AllowedMethods": ["GET"]}],
    [],
    [{"AllowedOrigins": ["*"], "AllowedMethods": ["GET"], "AllowedHeaders": []}] * 101,
], ids=["method-POST", "two-wildcards-origin", "two-wildcards-header", "negative-max-age", "no-origins",
        "no-allowed-headers", "no-rules", "101-rules"])
def test_invalid_cors_policy_is_validation_error(ms_unvalidated, pristine_container, rules):
    expect_error("ValidationException", ms_unvalidated.put_cors_policy, ContainerName=pristine_container["Name"],
                 CorsPolicy=rules)


# ---------------------------------------------------------------- lifecycle policy


def test_lifecycle_policy_round_trip(ms, fresh_container):
    name = fresh_container["Name"]
    assert body(ms.put_lifecycle_policy(ContainerName=name, LifecyclePolicy=LIFECYCLE_POLICY)) == {}
    assert body(ms.get_lifecycle_policy(ContainerName=name)) == {"LifecyclePolicy": LIFECYCLE_POLICY}
    compact = json.dumps(json.loads(LIFECYCLE_POLICY), separators=(",", ":"))
    ms.put_lifecycle_policy(ContainerName=name, LifecyclePolicy=compact)
    assert ms.get_lifecycle_policy(ContainerName=name)["LifecyclePolicy"] == compact
    assert body(ms.delete_lifecycle_policy(ContainerName=name)) == {}
    expect_error("PolicyNotFoundException", ms.get_lifecycle_policy, ContainerName=name)
    expect_error("PolicyNotFoundException", ms.delete_lifecycle_policy, ContainerName=name)


def test_lifecycle_policy_not_set(ms, pristine_container):
    expect_error("PolicyNotFoundException", ms.get_lifecycle_policy, ContainerName=pristine_container["Name"])
    expect_error("PolicyNotFoundException", ms.delete_lifecycle_policy, ContainerName=pristine_container["Name"])


@pytest.mark.parametrize("policy", ["not json at all", '{"rules": [', ""], ids=["not-json", "truncated", "empty"])
def test_invalid_lifecycle_policy_is_validation_error(ms, pristine_container, policy):
    expect_error("ValidationException", ms.put_lifecycle_policy, ContainerName=pristine_container["Name"],
                 LifecyclePolicy=policy)


@pytest.mark.parametrize("policy", ["[]", '{"rules": "not-a-list"}'], ids=["array", "rules-not-a-list"])
def test_lifecycle_policy_that_is_not_a_policy_is_validation_error(ms, fresh_container, policy):
    expect_error("ValidationException", ms.put_lifecycle_policy, ContainerName=fresh_container["Name"],
                 LifecyclePolicy=policy)


# ---------------------------------------------------------------- metric policy


def test_metric_policy_round_trip(ms, fresh_container):
    name = fresh_container["Name"]
    assert body(ms.put_metric_policy(ContainerName=name, MetricPolicy=METRIC_POLICY)) == {}
    assert body(ms.get_metric_policy(ContainerName=name)) == {"MetricPolicy": METRIC_POLICY}
    ms.put_metric_policy(ContainerName=name, MetricPolicy={"ContainerLevelMetrics": "DISABLED"})
    assert ms.get_metric_policy(ContainerName=name)["MetricPolicy"] == {"ContainerLevelMetrics": "DISABLED"}
    assert body(ms.delete_metric_policy(ContainerName=name)) == {}
    expect_error("PolicyNotFoundException", ms.get_metric_policy, ContainerName=name)
    expect_error("PolicyNotFoundException", ms.delete_metric_policy, ContainerName=name)


def test_metric_policy_not_set(ms, pristine_container):
    expect_error("PolicyNotFoundException", ms.get_metric_policy, ContainerName=pristine_container["Name"])
    expect_error("PolicyNotFoundException", ms.delete_metric_policy, ContainerName=pristine_container["Name"])


@pytest.mark.parametrize("policy", [
    {"ContainerLevelMetrics": "SOMETIMES"},
    {"ContainerLevelMetrics": "ENABLED", "MetricPolicyRules": []},
    {"ContainerLevelMetrics": "ENABLED", "MetricPolicyRules": [{"ObjectGroup": "a", "ObjectGroupName": "same"},
                                                               {"ObjectGroup": "b", "ObjectGroupName": "same"}]},
    {"ContainerLevelMetrics": "ENABLED", "MetricPolicyRules": [{"ObjectGroup": "a", "ObjectGroupName": "not-valid"}]},
    {"ContainerLevelMetrics": "ENABLED", "MetricPolicyRules": [{"ObjectGroup": "a b", "ObjectGroupName": "g"}]},
    {"MetricPolicyRules": [{"ObjectGroup": "a", "ObjectGroupName": "g"}]},
], ids=["bad-enum", "empty-rules", "duplicate-group-name", "bad-group-name", "bad-object-group", "no-container-level"])
def test_invalid_metric_policy_is_validation_error(ms_unvalidated, pristine_container, policy):
    expect_error("ValidationException", ms_unvalidated.put_metric_policy, ContainerName=pristine_container["Name"],
                 MetricPolicy=policy)


# ---------------------------------------------------------------- access logging


def test_start_and_stop_access_logging(ms, fresh_container):
    name = fresh_container["Name"]
    assert body(ms.start_access_logging(ContainerName=name)) == {}
    assert ms.describe_container(ContainerName=name)["Container"]["AccessLoggingEnabled"] is True
    assert [c["AccessLoggingEnabled"] for c in all_containers(ms) if c["Name"] == name] == [True]
    ms.start_access_logging(ContainerName=name)  # idempotent
    assert body(ms.stop_access_logging(ContainerName=name)) == {}
    assert ms.describe_container(ContainerName=name)["Container"]["AccessLoggingEnabled"] is False
    ms.stop_access_logging(ContainerName=name)  # idempotent
    assert ms.describe_container(ContainerName=name)["Container"]["AccessLoggingEnabled"] is False


# ---------------------------------------------------------------- tags


def test_tag_list_untag_round_trip(ms, fresh_container):
    name = fresh_container["Name"]
    resource = fresh_container["ARN"]
    assert body(ms.list_tags_for_resource(Resource=resource)) == {"Tags": []}
    assert body(ms.tag_resource(Resource=resource, Tags=[{"Key": "customer", "Value": "CompanyA"},
                                                         {"Key": "priority", "Value": "High"}])) == {}
    assert tags_of(ms, name) == {"customer": "CompanyA", "priority": "High"}
    ms.tag_resource(Resource=resource, Tags=[{"Key": "priority", "Value": "Low"},
                                             {"Key": "Zoë", "Value": "ünïcödé 1+1=2 @ a/b:c"}])
    assert tags_of(ms, name) == {"customer": "CompanyA", "priority": "Low", "Zoë": "ünïcödé 1+1=2 @ a/b:c"}
    assert body(ms.untag_resource(Resource=resource, TagKeys=["priority", "not-there"])) == {}
    assert tags_of(ms, name) == {"customer": "CompanyA", "Zoë": "ünïcödé 1+1=2 @ a/b:c"}
    ms.untag_resource(Resource=resource, TagKeys=["customer", "Zoë"])
    assert body(ms.list_tags_for_resource(Resource=resource)) == {"Tags": []}


def test_tag_with_empty_value(ms, fresh_container):
    ms.tag_resource(Resource=fresh_container["ARN"], Tags=[{"Key": "flag", "Value": ""}])
    assert tags_of(ms, fresh_container["Name"]) == {"flag": ""}


@pytest.mark.parametrize("resource", [
    "not-an-arn",
    "arn:aws:s3:::bucket",
    "arn:aws:mediastore:us-east-1:000000000000:container/",
    "arn:aws:mediastore:us-east-1:000000000000:bucket/name",
])
def test_tagging_with_invalid_arn_is_validation_error(ms, resource):
    expect_error("ValidationException", ms.tag_resource, Resource=resource, Tags=[{"Key": "k", "Value": "v"}])
    expect_error("ValidationException", ms.untag_resource, Resource=resource, TagKeys=["k"])
    expect_error("ValidationException", ms.list_tags_for_resource, Resource=resource)


@pytest.mark.parametrize("tags", [
    [{"Key": "aws:created-by", "Value": "me"}],
    [{"Key": "k", "Value": "bad#value"}],
    [{"Key": "k" * 129, "Value": "v"}],
    [{"Key": "k", "Value": "v" * 257}],
    [{"Key": f"key{i}", "Value": "v"} for i in range(51)],
], ids=["aws-prefix", "bad-character", "key-too-long", "value-too-long", "more-than-50"])
def test_invalid_tags_are_validation_error(ms, pristine_container, tags):
    expect_error("ValidationException", ms.tag_resource, Resource=pristine_container["ARN"], Tags=tags)
    assert tags_of(ms, pristine_container["Name"]) == {}


def test_tagging_a_container_of_another_region_by_arn_is_not_found(ms, ms_other_region, fresh_container):
    resource = fresh_container["ARN"]  # us-east-1, asked in eu-west-1
    expect_error("ContainerNotFoundException", ms_other_region.tag_resource, Resource=resource,
                 Tags=[{"Key": "k", "Value": "v"}])
    expect_error("ContainerNotFoundException", ms_other_region.untag_resource, Resource=resource, TagKeys=["k"])
    expect_error("ContainerNotFoundException", ms_other_region.list_tags_for_resource, Resource=resource)
    assert tags_of(ms, fresh_container["Name"]) == {}


# ---------------------------------------------------------------- regions


def test_regions_have_separate_containers(ms, ms_other_region, create, names):
    name = names("tworegions")
    east = create(client=ms, name=name)["Container"]
    wait_active(ms, name)
    expect_error("ContainerNotFoundException", ms_other_region.describe_container, ContainerName=name)
    assert name not in [c["Name"] for c in all_containers(ms_other_region)]
    # The same name in the other region is a different container.
    west = create(client=ms_other_region, name=name)["Container"]
    assert east["ARN"] == arn(name, REGION) and west["ARN"] == arn(name, OTHER_REGION)
    wait_active(ms_other_region, name)
    ms.tag_resource(Resource=east["ARN"], Tags=[{"Key": "where", "Value": "east"}])
    ms_other_region.tag_resource(Resource=west["ARN"], Tags=[{"Key": "where", "Value": "west"}])
    assert tags_of(ms, name) == {"where": "east"} and tags_of(ms_other_region, name) == {"where": "west"}
    ms_other_region.delete_container(ContainerName=name)
    wait_gone(ms_other_region, name)
    assert ms.describe_container(ContainerName=name)["Container"]["Status"] == "ACTIVE"


# ---------------------------------------------------------------- a second account


@pytest.mark.second_account
def test_second_account_cannot_see_or_touch_first_accounts_container(ms, ms_second, second_account, fresh_container):
    name, resource = fresh_container["Name"], fresh_container["ARN"]
    ms.tag_resource(Resource=resource, Tags=[{"Key": "owner", "Value": "first"}])
    expect_error("ContainerNotFoundException", ms_second.describe_container, ContainerName=name)
    assert resource not in [c["ARN"] for c in all_containers(ms_second)]
    expect_error("ContainerNotFoundException", ms_second.tag_resource, Resource=resource,
                 Tags=[{"Key": "owner", "Value": "second"}])
    expect_error("ContainerNotFoundException", ms_second.untag_resource, Resource=resource, TagKeys=["owner"])
    expect_error("ContainerNotFoundException", ms_second.list_tags_for_resource, Resource=resource)
    for operation in ("PutContainerPolicy", "GetCorsPolicy", "StartAccessLogging", "DeleteContainer"):
        expect_error("ContainerNotFoundException", CONTAINER_OPERATIONS[operation], ms_second, name)
    # The first account's container is untouched.
    assert tags_of(ms, name) == {"owner": "first"}
    assert ms.describe_container(ContainerName=name)["Container"] == fresh_container


@pytest.mark.second_account
def test_second_account_has_its_own_namespace(ms, ms_second, second_account, fresh_container, create):
    name = fresh_container["Name"]
    theirs = create(client=ms_second, name=name)["Container"]
    assert theirs["ARN"] == arn(name, REGION, second_account["account"])
    assert theirs["ARN"] != fresh_container["ARN"]
    wait_active(ms_second, name)
    expect_error("ContainerNotFoundException", ms.list_tags_for_resource, Resource=theirs["ARN"])


@pytest.mark.second_account
def test_next_token_of_another_account_is_validation_error(ms_second, populated_region, second_account):
    token = populated_region["client"].list_containers(MaxResults=2)["NextToken"]
    other = second_account["client"](region=populated_region["region"])
    expect_error("ValidationException", other.list_containers, NextToken=token)


@pytest.mark.second_account
def test_second_account_key_from_credentials_file_is_accepted(second_account):
    client = second_account["client"]()
    assert body(client.list_containers(MaxResults=1))["Containers"] is not None


# ---------------------------------------------------------------- SigV4


def test_unsigned_request_is_missing_authentication_token():
    expect_error("MissingAuthenticationTokenException", unsigned_client().list_containers, status=403)


@pytest.mark.sigv4
def test_wrong_secret_key_is_invalid_signature(ms):
    client = make_client(secret_key="not-the-secret")
    expect_error("InvalidSignatureException", client.list_containers, status=403)
    expect_error("InvalidSignatureException", client.describe_container, ContainerName="anything", status=403)


@pytest.mark.sigv4
def test_unknown_access_key_is_unrecognized_client(ms):
    client = make_client(access_key="AKIDUNKNOWNCOMPAT000", secret_key="whatever")
    expect_error("UnrecognizedClientException", client.list_containers, status=403)
    expect_error("UnrecognizedClientException", client.create_container, ContainerName="never-created", status=403)
