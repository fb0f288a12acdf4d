"""The AWS CLI (`aws mediaconnect ...`, a separate process) against Mediaplane: all 17 flow operations,
the three waiters (`aws mediaconnect wait ...`, which poll every 3 s as the model says) and errors.

Set-up that is not under test uses boto3; every operation under test goes through the CLI. Error
codes come from the CLI's stderr, HTTP statuses from its --debug log.
"""

import json

import pytest

from conftest import ACCOUNT
from mediaconnect_support import (McCli, flow_name, flows, mc_client, next_port, remove_quietly,  # noqa: F401
                                  rtp_output, rtp_source)


@pytest.fixture(scope="module")
def cli(aws):
    return McCli(aws.executable)


@pytest.fixture(scope="module")
def mc():
    return mc_client()


def cli_flow(cli, request, label, *extra):
    """Creates a flow through the CLI; removed after the test."""
    port = next_port()
    flow = cli.ok("create-flow", "--name", flow_name(label), "--source", json.dumps(rtp_source("cam", port)),
                  *extra)["Flow"]
    request.addfinalizer(lambda: remove_quietly(mc_client(), flow["FlowArn"]))
    return flow, port


def test_create_start_stop_delete_with_the_cli_waiters(cli, mc, request):
    flow, port = cli_flow(cli, request, "cli-life", "--outputs", json.dumps([rtp_output("enc", 6000)]))
    arn = flow["FlowArn"]
    assert flow["Status"] == "STANDBY" and flow["Source"]["IngestPort"] == port
    assert cli.ok("describe-flow", "--flow-arn", arn)["Flow"]["Outputs"][0]["Port"] == 6000
    assert arn in [f["FlowArn"] for f in cli.ok("list-flows")["Flows"]]
    assert cli.ok("start-flow", "--flow-arn", arn)["Status"] == "STARTING"
    assert cli.run("wait", "flow-active", "--flow-arn", arn).returncode == 0
    assert mc.describe_flow(FlowArn=arn)["Flow"]["Status"] == "ACTIVE"
    assert cli.ok("stop-flow", "--flow-arn", arn)["Status"] == "STOPPING"
    assert cli.run("wait", "flow-standby", "--flow-arn", arn).returncode == 0
    assert cli.ok("delete-flow", "--flow-arn", arn)["Status"] == "DELETING"
    assert cli.run("wait", "flow-deleted", "--flow-arn", arn).returncode == 0
    cli.fails("NotFoundException", "describe-flow", "--flow-arn", arn, status=404)


def test_outputs_and_source(cli, mc, request):
    flow, _ = cli_flow(cli, request, "cli-outputs")
    arn = flow["FlowArn"]
    added = cli.ok("add-flow-outputs", "--flow-arn", arn, "--outputs",
                   json.dumps([rtp_output("a", 5000), rtp_output("b", 5010)]))["Outputs"]
    assert [o["Name"] for o in added] == ["a", "b"]
    out = cli.ok("update-flow-output", "--flow-arn", arn, "--output-arn", added[0]["OutputArn"], "--port", "5100",
                 "--description", "moved")["Output"]
    assert (out["Port"], out["Description"]) == (5100, "moved")
    assert cli.ok("remove-flow-output", "--flow-arn", arn, "--output-arn", added[0]["OutputArn"])["OutputArn"] == \
        added[0]["OutputArn"]
    fresh = next_port()
    source = cli.ok("update-flow-source", "--flow-arn", arn, "--source-arn", flow["Source"]["SourceArn"],
                    "--ingest-port", str(fresh), "--protocol", "rtp-fec")["Source"]
    assert (source["IngestPort"], source["Transport"]["Protocol"]) == (fresh, "rtp-fec")
    cli.fails("AddFlowOutputs420Exception", "add-flow-outputs", "--flow-arn", arn, "--outputs",
              json.dumps([rtp_output(f"x{i}", 5200 + i) for i in range(50)]), status=420)
    cli.fails("NotFoundException", "remove-flow-output", "--flow-arn", arn, "--output-arn", added[0]["OutputArn"],
              status=404)


def test_tags(cli, request):
    flow, _ = cli_flow(cli, request, "cli-tags")
    arn = flow["FlowArn"]
    assert cli.run("tag-resource", "--resource-arn", arn, "--tags", "team=news,env=prod").returncode == 0
    assert cli.ok("list-tags-for-resource", "--resource-arn", arn)["Tags"] == {"team": "news", "env": "prod"}
    assert cli.run("untag-resource", "--resource-arn", arn, "--tag-keys", "team").returncode == 0
    assert cli.ok("list-tags-for-resource", "--resource-arn", arn)["Tags"] == {"env": "prod"}
    cli.fails("BadRequestException", "tag-resource", "--resource-arn", arn, "--tags", "aws:x=y")


def test_errors(cli):
    ghost = f"arn:aws:mediaconnect:us-east-1:{ACCOUNT}:flow:1-AbCdEfGhIjKlMnOp-0123456789ab:ghost"
    cli.fails("NotFoundException", "start-flow", "--flow-arn", ghost, status=404)
    cli.fails("BadRequestException", "describe-flow", "--flow-arn", "not-an-arn")
    cli.fails("BadRequestException", "create-flow", "--name", "has space", "--source",
              json.dumps(rtp_source("s", next_port())))
    cli.fails("CreateFlow420Exception", "create-flow", "--name", flow_name("cli-wide"), "--source",
              json.dumps(rtp_source("s", next_port())), "--outputs",
              json.dumps([rtp_output(f"o{i}", 5000 + i) for i in range(51)]), status=420)


@pytest.mark.second_account
def test_entitlements(cli, mc, request, second_account):
    flow, _ = cli_flow(cli, request, "cli-origin")
    arn = flow["FlowArn"]
    ent = cli.ok("grant-flow-entitlements", "--flow-arn", arn, "--entitlements",
                 json.dumps([{"Name": "partner", "Subscribers": [second_account["account"]]}]))["Entitlements"][0]
    keys = {"access_key": second_account["access_key"], "secret_key": second_account["secret_key"]}
    listed = cli.ok("list-entitlements", **keys)["Entitlements"]
    assert ent["EntitlementArn"] in [e["EntitlementArn"] for e in listed]
    updated = cli.ok("update-flow-entitlement", "--flow-arn", arn, "--entitlement-arn", ent["EntitlementArn"],
                     "--description", "for the partner")["Entitlement"]
    assert updated["Description"] == "for the partner"
    cli.fails("ForbiddenException", "create-flow", "--name", flow_name("cli-nope"), "--source",
              json.dumps({"EntitlementArn": ent["EntitlementArn"]}), status=403)
    sub = cli.ok("create-flow", "--name", flow_name("cli-received"), "--source",
                 json.dumps({"Name": "in", "EntitlementArn": ent["EntitlementArn"]}), **keys)["Flow"]
    request.addfinalizer(lambda: remove_quietly(mc_client(**keys), sub["FlowArn"]))
    assert mc.describe_flow(FlowArn=arn)["Flow"]["Outputs"][0]["EntitlementArn"] == ent["EntitlementArn"]
    assert cli.ok("revoke-flow-entitlement", "--flow-arn", arn, "--entitlement-arn",
                  ent["EntitlementArn"])["EntitlementArn"] == ent["EntitlementArn"]
    assert mc.describe_flow(FlowArn=arn)["Flow"]["Outputs"] == []
