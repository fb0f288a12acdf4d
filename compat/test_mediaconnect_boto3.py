"""boto3 against Mediaplane's MediaConnect control plane: all 17 flow operations, the three waiters, the errors."""

import json

import pytest
from botocore.exceptions import ClientError, WaiterError

from conftest import ACCOUNT, expect_error
from mediaconnect_support import (FAST_WAIT, FLOW_ARN_RE, flow_name, flows, mc_client, next_port,  # noqa: F401
                                  rtp_output, rtp_source)

ROLE = f"arn:aws:iam::{ACCOUNT}:role/MediaConnectAccess"
SECRET = f"arn:aws:secretsmanager:us-east-1:{ACCOUNT}:secret:zixi-key"


@pytest.fixture(scope="module")
def mc():
    return mc_client()


def test_create_describe_and_the_three_waiters(mc, flows):
    port = next_port()
    flow = flows(Name=flow_name("waiters"), Source=rtp_source("cam", port),
                 Outputs=[rtp_output("enc", 6000), {"Name": "fec", "Protocol": "rtp-fec", "Destination": "10.0.0.5",
                                                    "Port": 7000, "SmoothingLatency": 100}])
    arn = flow["FlowArn"]
    m = FLOW_ARN_RE.match(arn)
    assert m and m["account"] == ACCOUNT and m["name"] == flow_name("waiters")
    assert flow["Status"] == "STANDBY"
    assert flow["Source"]["IngestIp"] == "127.0.0.1" and flow["Source"]["IngestPort"] == port
    assert flow["Source"]["Transport"]["Protocol"] == "rtp"
    assert [o["Name"] for o in flow["Outputs"]] == ["enc", "fec"]
    assert flow["Outputs"][1]["Transport"] == {"Protocol": "rtp-fec", "SmoothingLatency": 100}

    started = mc.start_flow(FlowArn=arn)
    assert (started["FlowArn"], started["Status"]) == (arn, "STARTING")
    assert started["ResponseMetadata"]["HTTPStatusCode"] == 202
    mc.get_waiter("flow_active").wait(FlowArn=arn, WaiterConfig=FAST_WAIT)
    assert mc.describe_flow(FlowArn=arn)["Flow"]["Status"] == "ACTIVE"
    expect_error("BadRequestException", mc.delete_flow, FlowArn=arn)

    assert mc.stop_flow(FlowArn=arn)["Status"] == "STOPPING"
    mc.get_waiter("flow_standby").wait(FlowArn=arn, WaiterConfig=FAST_WAIT)
    deleted = mc.delete_flow(FlowArn=arn)
    assert (deleted["Status"], deleted["ResponseMetadata"]["HTTPStatusCode"]) == ("DELETING", 202)
    mc.get_waiter("flow_deleted").wait(FlowArn=arn, WaiterConfig=FAST_WAIT)
    expect_error("NotFoundException", mc.describe_flow, FlowArn=arn, status=404)


def test_flow_active_waiter_fails_on_a_zixi_flow_in_error(mc, flows):
    flow = flows(Name=flow_name("zixi"), Source={
        "Name": "z", "Protocol": "zixi-push", "StreamId": "cam1", "MaxLatency": 6000,
        "Decryption": {"Algorithm": "aes256", "RoleArn": ROLE, "SecretArn": SECRET}})
    assert flow["Source"]["IngestPort"] == 2088
    assert flow["Source"]["Decryption"]["KeyType"] == "static-key"
    mc.start_flow(FlowArn=flow["FlowArn"])
    with pytest.raises(WaiterError) as e:
        mc.get_waiter("flow_active").wait(FlowArn=flow["FlowArn"], WaiterConfig=FAST_WAIT)
    assert e.value.last_response["Flow"]["Status"] == "ERROR"
    assert "zixi-push" in e.value.last_response["Messages"]["Errors"][0]


def test_list_flows_pages_and_paginator(flows):
    region = "ap-southeast-2"
    client = mc_client(region=region)
    arns = {flows(client=client, Name=flow_name(f"page{i}"), Source=rtp_source("s", next_port()))["FlowArn"]
            for i in range(5)}
    first = client.list_flows(MaxResults=2)
    assert len(first["Flows"]) == 2 and first["NextToken"]
    listed = [f["FlowArn"] for page in client.get_paginator("list_flows").paginate(PaginationConfig={"PageSize": 2})
              for f in page["Flows"]]
    assert set(listed) >= arns
    one = next(f for f in first["Flows"])
    assert one["SourceType"] == "OWNED" and one["Status"] == "STANDBY"
    expect_error("BadRequestException", client.list_flows, NextToken="garbage")


def test_outputs_add_update_remove(mc, flows):
    arn = flows(Name=flow_name("outputs"), Source=rtp_source("s", next_port()))["FlowArn"]
    added = mc.add_flow_outputs(FlowArn=arn, Outputs=[rtp_output("a", 5000), rtp_output("b", 5002)])
    assert added["ResponseMetadata"]["HTTPStatusCode"] == 201
    a = added["Outputs"][0]
    assert a["OutputArn"].startswith(f"arn:aws:mediaconnect:us-east-1:{ACCOUNT}:output:")
    updated = mc.update_flow_output(FlowArn=arn, OutputArn=a["OutputArn"], Port=5100, Description="moved")["Output"]
    assert (updated["Port"], updated["Destination"], updated["Description"]) == (5100, "127.0.0.1", "moved")
    removed = mc.remove_flow_output(FlowArn=arn, OutputArn=a["OutputArn"])
    assert removed["OutputArn"] == a["OutputArn"] and removed["ResponseMetadata"]["HTTPStatusCode"] == 202
    assert [o["Name"] for o in mc.describe_flow(FlowArn=arn)["Flow"]["Outputs"]] == ["b"]
    expect_error("NotFoundException", mc.remove_flow_output, FlowArn=arn, OutputArn=a["OutputArn"], status=404)
    expect_error("BadRequestException", mc.add_flow_outputs, FlowArn=arn, Outputs=[rtp_output("b", 1)])
    expect_error("AddFlowOutputs420Exception", mc.add_flow_outputs, FlowArn=arn,
                 Outputs=[rtp_output(f"x{i}", 5200 + i) for i in range(50)], status=420)


def test_update_flow_source_and_ports(mc, flows):
    taken = next_port()
    flows(Name=flow_name("holder"), Source=rtp_source("s", taken))
    flow = flows(Name=flow_name("source"), Source=rtp_source("s", next_port()))
    source_arn = flow["Source"]["SourceArn"]
    # another flow's port: two flows on one address and port conflict only when both run (StartFlow)
    assert mc.update_flow_source(FlowArn=flow["FlowArn"], SourceArn=source_arn,
                                 IngestPort=taken)["Source"]["IngestPort"] == taken
    fresh = next_port()
    source = mc.update_flow_source(FlowArn=flow["FlowArn"], SourceArn=source_arn, IngestPort=fresh,
                                   Protocol="rtp-fec", MaxBitrate=50_000_000)["Source"]
    assert (source["IngestPort"], source["Transport"]["Protocol"], source["Transport"]["MaxBitrate"]) == \
        (fresh, "rtp-fec", 50_000_000)
    assert source["Description"] == "camera"
    expect_error("NotFoundException", mc.update_flow_source, FlowArn=flow["FlowArn"],
                 SourceArn=source_arn.rsplit(":", 1)[0] + ":ghost", Description="x", status=404)


def test_errors_for_bad_input_and_unknown_flows(mc, flows):
    ghost = f"arn:aws:mediaconnect:us-east-1:{ACCOUNT}:flow:1-AbCdEfGhIjKlMnOp-0123456789ab:ghost"
    for call in (mc.describe_flow, mc.start_flow, mc.stop_flow, mc.delete_flow):
        expect_error("NotFoundException", call, FlowArn=ghost, status=404)
    expect_error("NotFoundException", mc.list_tags_for_resource, ResourceArn=ghost, status=404)
    expect_error("BadRequestException", mc.describe_flow, FlowArn="not-an-arn")
    expect_error("BadRequestException", mc.create_flow, Name="has space", Source=rtp_source("s", next_port()))
    expect_error("BadRequestException", mc.create_flow, Name=flow_name("nosrcport"), Source={"Protocol": "rtp"})
    expect_error("BadRequestException", mc_client(validate=False).create_flow, Name=flow_name("proto"),
                 Source={"Protocol": "pigeon", "IngestPort": next_port()})
    expect_error("CreateFlow420Exception", mc.create_flow, Name=flow_name("wide"), Source=rtp_source("s", next_port()),
                 Outputs=[rtp_output(f"o{i}", 5000 + i) for i in range(51)], status=420)
    arn = flows(Name=flow_name("idle"), Source=rtp_source("s", next_port()))["FlowArn"]
    expect_error("BadRequestException", mc.stop_flow, FlowArn=arn)


def test_fields_beyond_the_seed_are_echoed(mc, flows):
    extra = {"futureMember": {"nested": [1, 2]}}

    def add_member(params, **_):
        body = json.loads(params["body"])
        body.update(extra)
        params["body"] = json.dumps(body).encode()

    raw = {}
    mc.meta.events.register("before-call.mediaconnect.CreateFlow", add_member)
    mc.meta.events.register("after-call.mediaconnect.DescribeFlow",
                            lambda http_response, **_: raw.update(body=http_response.content))
    try:
        flow = flows(client=mc, Name=flow_name("modern"), Source=rtp_source("s", next_port()), FlowSize="LARGE",
                     Maintenance={"MaintenanceDay": "Tuesday", "MaintenanceStartHour": "02:00"},
                     SourceMonitoringConfig={"ThumbnailState": "ENABLED"})
        described = mc.describe_flow(FlowArn=flow["FlowArn"])["Flow"]
    finally:
        mc.meta.events.unregister("before-call.mediaconnect.CreateFlow", add_member)
    assert described["FlowSize"] == "LARGE"
    assert described["Maintenance"]["MaintenanceDay"] == "Tuesday"
    assert described["SourceMonitoringConfig"]["ThumbnailState"] == "ENABLED"
    assert json.loads(raw["body"])["flow"]["futureMember"] == {"nested": [1, 2]}


def test_tags(mc, flows):
    arn = flows(Name=flow_name("tags"), Source=rtp_source("s", next_port()), FlowTags={"team": "news"})["FlowArn"]
    assert mc.list_tags_for_resource(ResourceArn=arn)["Tags"] == {"team": "news"}
    tagged = mc.tag_resource(ResourceArn=arn, Tags={"env": "prod"})
    assert tagged["ResponseMetadata"]["HTTPStatusCode"] == 204
    mc.untag_resource(ResourceArn=arn, TagKeys=["team"])
    assert mc.list_tags_for_resource(ResourceArn=arn)["Tags"] == {"env": "prod"}
    expect_error("BadRequestException", mc.tag_resource, ResourceArn=arn, Tags={"aws:reserved": "x"})


@pytest.mark.second_account
def test_entitlements_across_accounts(mc, flows, second_account):
    subscriber = mc_client(access_key=second_account["access_key"], secret_key=second_account["secret_key"])
    origin = flows(Name=flow_name("origin"), Source=rtp_source("s", next_port()))["FlowArn"]
    granted = mc.grant_flow_entitlements(FlowArn=origin, Entitlements=[{
        "Name": "partner", "Subscribers": [second_account["account"]], "DataTransferSubscriberFeePercent": 5,
        "Encryption": {"Algorithm": "aes128", "RoleArn": ROLE, "SecretArn": SECRET}}])
    assert granted["ResponseMetadata"]["HTTPStatusCode"] == 200
    ent = granted["Entitlements"][0]
    assert ent["EntitlementStatus"] == "ENABLED" and ent["Encryption"]["KeyType"] == "static-key"
    mine = [e["EntitlementArn"] for e in subscriber.list_entitlements()["Entitlements"]]
    assert ent["EntitlementArn"] in mine
    expect_error("ForbiddenException", mc.create_flow, Name=flow_name("self"),
                 Source={"EntitlementArn": ent["EntitlementArn"]}, status=403)
    sub = flows(client=subscriber, Name=flow_name("received"), Source={"Name": "in",
                                                                        "EntitlementArn": ent["EntitlementArn"]})
    assert sub["Source"]["EntitlementArn"] == ent["EntitlementArn"]
    outputs = mc.describe_flow(FlowArn=origin)["Flow"]["Outputs"]
    assert [o["EntitlementArn"] for o in outputs] == [ent["EntitlementArn"]]
    expect_error("BadRequestException", mc.remove_flow_output, FlowArn=origin, OutputArn=outputs[0]["OutputArn"])
    updated = mc.update_flow_entitlement(FlowArn=origin, EntitlementArn=ent["EntitlementArn"], Description="paused",
                                         EntitlementStatus="DISABLED")["Entitlement"]
    assert (updated["Description"], updated["EntitlementStatus"]) == ("paused", "DISABLED")
    revoked = mc.revoke_flow_entitlement(FlowArn=origin, EntitlementArn=ent["EntitlementArn"])
    assert revoked["ResponseMetadata"]["HTTPStatusCode"] == 202
    assert mc.describe_flow(FlowArn=origin)["Flow"]["Outputs"] == []
    described = subscriber.describe_flow(FlowArn=sub["FlowArn"])
    assert "revoked" in described["Messages"]["Errors"][0]
    expect_error("NotFoundException", mc.revoke_flow_entitlement, FlowArn=origin,
                 EntitlementArn=ent["EntitlementArn"], status=404)
