"""boto3 and the AWS CLI (`aws mediapackage-vod ...`) against Mediaplane's MediaPackage VOD control plane:
all 17 operations, paging and paginators, and the errors with their exact codes and HTTP statuses.

Ingest and packaging are not served yet: assets list an egress endpoint per packaging configuration
of their group, each QUEUED, and the tests hold the server to that (nothing may claim PLAYABLE).
"""

import datetime
import json

import pytest
from botocore.config import Config

from conftest import _SESSION, ACCESS_KEY, ACCOUNT, ENDPOINT, REGION, RUN_ID, SECRET_KEY, expect_error
from mediaconnect_support import McCli

SOURCE_ARN = "arn:aws:s3:::vod-sources/movie/index.smil"
ROLE_ARN = "arn:aws:iam::000000000000:role/mediapackage-vod"
HLS = {"HlsManifests": [{"ManifestName": "main", "AdMarkers": "SCTE35_ENHANCED"}], "SegmentDurationSeconds": 6}
DASH = {"DashManifests": [{"ManifestLayout": "COMPACT", "Profile": "HBBTV_1_5"}],
        "SegmentTemplateFormat": "TIME_WITH_TIMELINE", "PeriodTriggers": ["ADS"]}
CMAF = {"HlsManifests": [{}], "IncludeEncoderConfigurationInSegments": True}
MSS = {"MssManifests": [{"ManifestName": "smooth"}], "SegmentDurationSeconds": 2}


def vod_client(validate=True):
    return _SESSION.client(
        "mediapackage-vod", endpoint_url=ENDPOINT, region_name=REGION, aws_access_key_id=ACCESS_KEY,
        aws_secret_access_key=SECRET_KEY,
        config=Config(retries={"total_max_attempts": 1}, parameter_validation=validate, connect_timeout=5,
                      read_timeout=30))


def vod_id(label):
    return f"compat-{RUN_ID}-{label}"


def arn(kind, resource_id):
    return f"arn:aws:mediapackage-vod:{REGION}:{ACCOUNT}:{kind}/{resource_id}"


class VodCli(McCli):
    """Runs `aws --endpoint-url ENDPOINT mediapackage-vod ... --output json`."""

    SERVICE = "mediapackage-vod"


@pytest.fixture(scope="module")
def vod():
    return vod_client()


@pytest.fixture(scope="module")
def cli(aws):
    return VodCli(aws.executable)


@pytest.fixture
def cleanup(vod):
    """Deletes what a test made, assets and configurations before their groups."""
    made = {"assets": [], "configurations": [], "groups": []}
    yield made
    for key, delete in (("assets", vod.delete_asset), ("configurations", vod.delete_packaging_configuration),
                        ("groups", vod.delete_packaging_group)):
        for resource_id in made[key]:
            try:
                delete(Id=resource_id)
            except vod.exceptions.NotFoundException:
                pass


def test_boto3_group_configurations_and_asset(vod, cleanup):
    group = vod_id("grp")
    created = vod.create_packaging_group(Id=group, Tags={"team": "vod"}, EgressAccessLogs={})
    cleanup["groups"].append(group)
    assert created["Arn"] == arn("packaging-groups", group)
    assert created["DomainName"] == ENDPOINT
    assert created["EgressAccessLogs"] == {"LogGroupName": "/aws/MediaPackage/VodEgressAccessLogs"}
    datetime.datetime.fromisoformat(created["CreatedAt"].replace("Z", "+00:00"))
    expect_error("UnprocessableEntityException", vod.create_packaging_group, Id=group, status=422)

    packages = {"hls": ("HlsPackage", HLS), "dash": ("DashPackage", DASH), "cmaf": ("CmafPackage", CMAF),
                "mss": ("MssPackage", MSS)}
    for label, (member, settings) in packages.items():
        config = vod.create_packaging_configuration(Id=vod_id(label), PackagingGroupId=group, **{member: settings})
        cleanup["configurations"].append(vod_id(label))
        assert config["Arn"] == arn("packaging-configurations", vod_id(label))
        assert vod.describe_packaging_configuration(Id=vod_id(label))[member] == config[member]
    listed = vod.list_packaging_configurations(PackagingGroupId=group)["PackagingConfigurations"]
    assert sorted(c["Id"] for c in listed) == sorted(vod_id(label) for label in packages)

    asset_id = vod_id("movie")
    asset = vod.create_asset(Id=asset_id, PackagingGroupId=group, SourceArn=SOURCE_ARN, SourceRoleArn=ROLE_ARN,
                             ResourceId="r-1")
    cleanup["assets"].append(asset_id)
    assert asset["Arn"] == arn("assets", asset_id)
    assert (asset["SourceArn"], asset["SourceRoleArn"], asset["ResourceId"]) == (SOURCE_ARN, ROLE_ARN, "r-1")
    endpoints = {e["PackagingConfigurationId"]: e for e in asset["EgressEndpoints"]}
    assert set(endpoints) == {vod_id(label) for label in packages}
    assert {e["Status"] for e in endpoints.values()} == {"QUEUED"}, "nothing packages assets yet"
    assert endpoints[vod_id("hls")]["Url"].endswith(f"/{asset_id}/{vod_id('hls')}/main.m3u8")
    assert endpoints[vod_id("dash")]["Url"].endswith("/index.mpd")
    assert endpoints[vod_id("mss")]["Url"].endswith("/smooth.ism/Manifest")
    assert all(e["Url"].startswith(ENDPOINT + "/out/v1/") for e in endpoints.values())
    assert vod.describe_asset(Id=asset_id)["EgressEndpoints"] == asset["EgressEndpoints"]
    assert [a["Id"] for a in vod.list_assets(PackagingGroupId=group)["Assets"]] == [asset_id]
    assert vod.describe_packaging_group(Id=group)["ApproximateAssetCount"] == 1

    error = expect_error("UnprocessableEntityException", vod.delete_packaging_group, Id=group, status=422)
    assert "delete them first" in error.response["Error"]["Message"]
    vod.delete_asset(Id=asset_id)
    expect_error("NotFoundException", vod.describe_asset, Id=asset_id, status=404)
    for label in packages:
        vod.delete_packaging_configuration(Id=vod_id(label))
    vod.delete_packaging_group(Id=group)
    expect_error("NotFoundException", vod.describe_packaging_group, Id=group, status=404)


def test_boto3_update_logs_tags_and_paging(vod, cleanup):
    groups = [vod_id(f"page-{i}") for i in range(5)]
    for group in groups:
        vod.create_packaging_group(Id=group)
        cleanup["groups"].append(group)
    auth = {"CdnIdentifierSecret": f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:cdn-AbCdEf",
            "SecretsRoleArn": ROLE_ARN}
    assert vod.update_packaging_group(Id=groups[0], Authorization=auth)["Authorization"] == auth
    logs = {"LogGroupName": "/aws/MediaPackage/compat"}
    assert vod.configure_logs(Id=groups[0], EgressAccessLogs=logs)["EgressAccessLogs"] == logs

    pages = vod.get_paginator("list_packaging_groups").paginate(PaginationConfig={"PageSize": 2})
    ours = [g["Id"] for page in pages for g in page["PackagingGroups"] if g["Id"] in groups]
    assert ours == groups

    group_arn = arn("packaging-groups", groups[0])
    vod.tag_resource(ResourceArn=group_arn, Tags={"a": "1", "b": "2"})
    vod.untag_resource(ResourceArn=group_arn, TagKeys=["a"])
    assert vod.list_tags_for_resource(ResourceArn=group_arn)["Tags"] == {"b": "2"}
    expect_error("NotFoundException", vod.list_tags_for_resource, ResourceArn=arn("assets", vod_id("none")),
                 status=404)
    expect_error("UnprocessableEntityException", vod.list_tags_for_resource, ResourceArn="arn:aws:s3:::x",
                 status=422)


@pytest.mark.parametrize("member, settings, named", [
    ("HlsPackage", {"HlsManifests": [{"AdMarkers": "SOMETIMES"}]}, "adMarkers"),
    ("HlsPackage", {"HlsManifests": []}, "hlsManifests"),
    ("DashPackage", {"DashManifests": [{}], "SegmentTemplateFormat": "X"}, "segmentTemplateFormat"),
    ("DashPackage", {"DashManifests": [{"MinBufferTimeSeconds": -1}]}, "minBufferTimeSeconds"),
    ("CmafPackage", {"HlsManifests": [{}], "Encryption": {"SpekeKeyProvider": {
        "RoleArn": ROLE_ARN, "SystemIds": ["x"], "Url": "https://keys.example.com"}}}, "systemIds"),
    ("MssPackage", {"MssManifests": [{"StreamSelection": {"MinVideoBitsPerSecond": 9, "MaxVideoBitsPerSecond": 1}}]},
     "minVideoBitsPerSecond"),
])
def test_boto3_invalid_package_settings_are_422(cleanup, member, settings, named):
    client = vod_client(validate=False)
    group = vod_id("invalid")
    if group not in cleanup["groups"]:
        client.create_packaging_group(Id=group)
        cleanup["groups"].append(group)
    error = expect_error("UnprocessableEntityException", client.create_packaging_configuration, Id=vod_id("bad"),
                         PackagingGroupId=group, status=422, **{member: settings})
    assert named in error.response["Error"]["Message"]


def test_cli_every_operation(cli, vod, cleanup):
    group, config, asset = vod_id("cli-grp"), vod_id("cli-hls"), vod_id("cli-asset")
    cleanup["groups"].append(group)
    cleanup["configurations"].append(config)
    cleanup["assets"].append(asset)
    assert cli.ok("create-packaging-group", "--id", group)["Arn"] == arn("packaging-groups", group)
    assert cli.ok("describe-packaging-group", "--id", group)["DomainName"] == ENDPOINT
    assert group in [g["Id"] for g in cli.ok("list-packaging-groups")["PackagingGroups"]]
    auth = {"CdnIdentifierSecret": f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:cdn",
            "SecretsRoleArn": ROLE_ARN}
    assert cli.ok("update-packaging-group", "--id", group, "--authorization", json.dumps(auth))["Authorization"] == auth
    assert cli.ok("configure-logs", "--id", group, "--egress-access-logs", "{}")["EgressAccessLogs"]["LogGroupName"] \
        == "/aws/MediaPackage/VodEgressAccessLogs"
    created = cli.ok("create-packaging-configuration", "--id", config, "--packaging-group-id", group,
                     "--hls-package", json.dumps(HLS))
    assert created["HlsPackage"] == HLS
    assert cli.ok("describe-packaging-configuration", "--id", config)["Id"] == config
    assert [c["Id"] for c in cli.ok("list-packaging-configurations", "--packaging-group-id", group)[
        "PackagingConfigurations"]] == [config]
    made = cli.ok("create-asset", "--id", asset, "--packaging-group-id", group, "--source-arn", SOURCE_ARN,
                  "--source-role-arn", ROLE_ARN)
    assert [e["Status"] for e in made["EgressEndpoints"]] == ["QUEUED"]
    assert cli.ok("describe-asset", "--id", asset)["SourceArn"] == SOURCE_ARN
    assert [a["Id"] for a in cli.ok("list-assets", "--packaging-group-id", group)["Assets"]] == [asset]
    asset_arn = arn("assets", asset)
    cli.ok("tag-resource", "--resource-arn", asset_arn, "--tags", "k=v,x=y")
    cli.ok("untag-resource", "--resource-arn", asset_arn, "--tag-keys", "x")
    assert cli.ok("list-tags-for-resource", "--resource-arn", asset_arn)["Tags"] == {"k": "v"}

    cli.fails("UnprocessableEntityException", "create-packaging-group", "--id", group, status=422)
    cli.fails("UnprocessableEntityException", "delete-packaging-group", "--id", group, status=422)
    cli.ok("delete-asset", "--id", asset)
    cli.ok("delete-packaging-configuration", "--id", config)
    cli.ok("delete-packaging-group", "--id", group)
    cli.fails("NotFoundException", "describe-packaging-group", "--id", group, status=404)
    cli.fails("NotFoundException", "delete-asset", "--id", asset, status=404)
    cli.fails("NotFoundException", "describe-packaging-configuration", "--id", config, status=404)
