"""MediaTailor playback configurations with boto3 and the AWS CLI (`aws mediatailor ...`): every
playback-configuration and tagging operation, the computed playback endpoints, paging, the exact
error codes and HTTP statuses, and another account's view.

Names are unique per run and every configuration a test puts is deleted again.
"""

import json
import re

import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from conftest import ACCESS_KEY, ACCOUNT, ENDPOINT, REGION, RUN_ID, SECRET_KEY, _SESSION
from mediaconnect_support import McCli

ADS = "https://ads.example.com/vast?sid=[session.id]&dur=[session.avail_duration_secs]"
ARN = "arn:aws:mediatailor:{region}:{account}:playbackConfiguration/{name}"


def mt_client(access_key=ACCESS_KEY, secret_key=SECRET_KEY, validate=True):
    return _SESSION.client(
        "mediatailor", endpoint_url=ENDPOINT, region_name=REGION, aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        config=Config(retries={"total_max_attempts": 1}, parameter_validation=validate, connect_timeout=5,
                      read_timeout=30))


class MtCli(McCli):
    """Runs `aws --endpoint-url ENDPOINT mediatailor ... --output json`."""

    SERVICE = "mediatailor"


def config_name(label):
    return f"compat-{RUN_ID}-{label}"


def full(name):
    return {
        "Name": name,
        "AdDecisionServerUrl": ADS,
        "VideoContentSourceUrl": "https://origin.example.com/content",
        "SlateAdUrl": "https://cdn.example.com/slate.mp4",
        "AvailSuppression": {"Mode": "BEHIND_LIVE_EDGE", "Value": "00:00:30"},
        "Bumper": {"StartUrl": "https://cdn.example.com/in.mp4", "EndUrl": "https://cdn.example.com/out.mp4"},
        "CdnConfiguration": {"AdSegmentUrlPrefix": "https://ads-cdn.example.com",
                             "ContentSegmentUrlPrefix": "https://content-cdn.example.com"},
        "ConfigurationAliases": {"player_params.region": {"eu": "eu.example.com", "us": "us.example.com"}},
        "DashConfiguration": {"MpdLocation": "DISABLED", "OriginManifestType": "SINGLE_PERIOD"},
        "LivePreRollConfiguration": {"AdDecisionServerUrl": "https://ads.example.com/pre", "MaxDurationSeconds": 15},
        "ManifestProcessingRules": {"AdMarkerPassthrough": {"Enabled": True}},
        "PersonalizationThresholdSeconds": 4,
        "TranscodeProfileName": "custom",
        "Tags": {"team": "video"},
    }


@pytest.fixture
def mt():
    return mt_client()


@pytest.fixture
def configs(mt):
    """Puts configurations for a test (boto3) and deletes them afterwards."""
    made = []

    def _put(label, client=None, **extra):
        request = {**full(config_name(label)), **extra}
        made.append((client or mt, request["Name"]))
        return (client or mt).put_playback_configuration(**request)

    yield _put
    for client, name in made:
        try:
            client.delete_playback_configuration(Name=name)
        except ClientError:
            pass


def error_of(call):
    with pytest.raises(ClientError) as e:
        call()
    return e.value.response["Error"]["Code"], e.value.response["ResponseMetadata"]["HTTPStatusCode"]


def test_put_get_echo_every_member_and_endpoints(mt, configs):
    name = config_name("full")
    put = configs("full")
    request = full(name)
    for member in request:
        if member != "DashConfiguration":
            assert put[member] == request[member], member
    assert put["DashConfiguration"]["MpdLocation"] == "DISABLED"
    assert put["DashConfiguration"]["OriginManifestType"] == "SINGLE_PERIOD"
    assert put["PlaybackConfigurationArn"] == ARN.format(region=REGION, account=ACCOUNT, name=name)
    prefix = put["PlaybackEndpointPrefix"]
    m = re.fullmatch(re.escape(ENDPOINT) + r"/mediatailor/([0-9a-f]{40})", prefix)
    assert m, prefix
    hash_ = m.group(1)
    assert put["HlsConfiguration"]["ManifestEndpointPrefix"] == f"{prefix}/v1/master/{hash_}/{name}/"
    assert put["DashConfiguration"]["ManifestEndpointPrefix"] == f"{prefix}/v1/dash/{hash_}/{name}/"
    assert put["SessionInitializationEndpointPrefix"] == f"{prefix}/v1/session/{hash_}/{name}/"
    got = mt.get_playback_configuration(Name=name)
    for member, value in put.items():
        if member != "ResponseMetadata":
            assert got[member] == value, member


def test_members_beyond_the_seed_are_stored_and_echoed(mt, configs):
    name = config_name("newer")
    configs("newer", InsertionMode="PLAYER_SELECT",
            AdConditioningConfiguration={"StreamingMediaFileConditioning": "NONE"})
    got = mt.get_playback_configuration(Name=name)
    assert got["InsertionMode"] == "PLAYER_SELECT"
    assert got["AdConditioningConfiguration"] == {"StreamingMediaFileConditioning": "NONE"}


def test_put_replaces_and_delete_removes(mt, configs):
    name = config_name("upsert")
    configs("upsert")
    again = mt.put_playback_configuration(Name=name, VideoContentSourceUrl="https://origin.example.com/other")
    assert again["VideoContentSourceUrl"] == "https://origin.example.com/other"
    assert "AdDecisionServerUrl" not in again and "Bumper" not in again
    assert again["Tags"] == {"team": "video"}
    mt.delete_playback_configuration(Name=name)
    assert error_of(lambda: mt.get_playback_configuration(Name=name)) == ("NotFoundException", 404)
    assert error_of(lambda: mt.delete_playback_configuration(Name=name)) == ("NotFoundException", 404)


def test_list_pages_and_paginator(mt, configs):
    names = [config_name(f"page-{i}") for i in range(5)]
    for i in range(5):
        configs(f"page-{i}")
    seen, token = [], None
    while True:
        page = mt.list_playback_configurations(MaxResults=2, **({"NextToken": token} if token else {}))
        assert len(page["Items"]) <= 2
        seen += [c["Name"] for c in page["Items"]]
        token = page.get("NextToken")
        if not token:
            break
    assert set(names) <= set(seen) and seen == sorted(seen)
    paged = [c["Name"] for p in mt.get_paginator("list_playback_configurations").paginate(
        PaginationConfig={"PageSize": 3}) for c in p["Items"]]
    assert paged == seen
    assert error_of(lambda: mt.list_playback_configurations(NextToken="bogus")) == ("BadRequestException", 400)


def test_tags(mt, configs):
    arn = configs("tags")["PlaybackConfigurationArn"]
    mt.tag_resource(ResourceArn=arn, Tags={"env": "test", "owner": "me"})
    assert mt.list_tags_for_resource(ResourceArn=arn)["Tags"] == {"team": "video", "env": "test", "owner": "me"}
    mt.untag_resource(ResourceArn=arn, TagKeys=["team", "owner"])
    assert mt.list_tags_for_resource(ResourceArn=arn)["Tags"] == {"env": "test"}
    gone = ARN.format(region=REGION, account=ACCOUNT, name=config_name("absent"))
    assert error_of(lambda: mt.list_tags_for_resource(ResourceArn=gone)) == ("NotFoundException", 404)
    assert error_of(lambda: mt.tag_resource(ResourceArn="nope", Tags={"a": "b"})) == ("BadRequestException", 400)
    with pytest.raises(mt.exceptions.BadRequestException):
        mt.untag_resource(ResourceArn="arn:aws:s3:::bucket", TagKeys=["a"])


@pytest.mark.parametrize("bad", [
    {"AdDecisionServerUrl": "definitely not a url"},
    {"VideoContentSourceUrl": "origin.example.com/no-scheme"},
    {"DashConfiguration": {"OriginManifestType": "TRIPLE_PERIOD"}},
    {"AvailSuppression": {"Mode": "NEVER"}},
    {"PersonalizationThresholdSeconds": 0},
    {"LivePreRollConfiguration": {"MaxDurationSeconds": -5}},
])
def test_bad_input_is_bad_request(bad):
    loose = mt_client(validate=False)
    name = config_name("bad")
    assert error_of(lambda: loose.put_playback_configuration(Name=name, **bad)) == ("BadRequestException", 400)
    assert error_of(lambda: loose.get_playback_configuration(Name=name)) == ("NotFoundException", 404)


def test_another_account_sees_nothing(second_account, configs):
    name = config_name("mine")
    configs("mine")
    other = mt_client(second_account["access_key"], second_account["secret_key"])
    assert error_of(lambda: other.get_playback_configuration(Name=name)) == ("NotFoundException", 404)
    assert name not in [c["Name"] for c in other.list_playback_configurations()["Items"]]
    theirs = configs("mine", client=other)
    assert theirs["PlaybackConfigurationArn"] == ARN.format(region=REGION, account=second_account["account"],
                                                            name=name)


def test_cli_every_operation_and_errors(aws, mt):
    cli = MtCli(aws.executable)
    name = config_name("cli")
    try:
        put = cli.ok("put-playback-configuration", "--name", name, "--ad-decision-server-url", ADS,
                     "--video-content-source-url", "https://origin.example.com/content",
                     "--dash-configuration", json.dumps({"OriginManifestType": "MULTI_PERIOD"}),
                     "--tags", json.dumps({"from": "cli"}))
        assert put["Name"] == name and put["AdDecisionServerUrl"] == ADS and put["Tags"] == {"from": "cli"}
        assert put["HlsConfiguration"]["ManifestEndpointPrefix"].endswith(f"/{name}/")
        assert cli.ok("get-playback-configuration", "--name", name)["PlaybackConfigurationArn"] == \
            put["PlaybackConfigurationArn"]
        assert name in [c["Name"] for c in cli.ok("list-playback-configurations")["Items"]]
        arn = put["PlaybackConfigurationArn"]
        cli.ok("tag-resource", "--resource-arn", arn, "--tags", json.dumps({"k": "v"}))
        cli.ok("untag-resource", "--resource-arn", arn, "--tag-keys", "from")
        assert cli.ok("list-tags-for-resource", "--resource-arn", arn)["Tags"] == {"k": "v"}
        cli.fails("BadRequestException", "put-playback-configuration", "--name", name,
                  "--ad-decision-server-url", "::nope::", status=400)
        cli.fails("BadRequestException", "list-tags-for-resource", "--resource-arn", "garbage", status=400)
        cli.ok("delete-playback-configuration", "--name", name)
        cli.fails("NotFoundException", "get-playback-configuration", "--name", name, status=404)
    finally:
        try:
            mt.delete_playback_configuration(Name=name)
        except ClientError:
            pass
