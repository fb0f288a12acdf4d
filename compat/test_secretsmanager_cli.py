"""The AWS CLI (`aws secretsmanager ...`, a separate process) against Mediaplane: every operation and an error
for each, with codes from the CLI's stderr and HTTP statuses from its --debug log."""

import json

import pytest

from secretsmanager_support import SECRET_ARN_RE, SmCli, remove_quietly, secret_name, sm_client


@pytest.fixture(scope="module")
def cli(aws):
    return SmCli(aws.executable)


@pytest.fixture
def name(request):
    label = secret_name("cli-" + request.node.name[-20:].replace("_", "-"))
    request.addfinalizer(lambda: remove_quietly(sm_client(), label))
    return label


def test_every_operation(cli, name, tmp_path):
    created = cli.ok("create-secret", "--name", name, "--secret-string", '{"token":"abc"}',
                     "--description", "cli", "--tags", "Key=team,Value=video")
    assert SECRET_ARN_RE.match(created["ARN"]) and created["Name"] == name
    got = cli.ok("get-secret-value", "--secret-id", created["ARN"])
    assert got["SecretString"] == '{"token":"abc"}' and got["VersionStages"] == ["AWSCURRENT"]

    blob = tmp_path / "key.bin"
    blob.write_bytes(b"\x00\x01\x02binary")
    put = cli.ok("put-secret-value", "--secret-id", name, "--secret-binary", f"fileb://{blob}")
    assert put["VersionStages"] == ["AWSCURRENT"]
    assert sm_client().get_secret_value(SecretId=name)["SecretBinary"] == b"\x00\x01\x02binary"

    updated = cli.ok("update-secret", "--secret-id", name, "--secret-string", "v3", "--description", "changed")
    described = cli.ok("describe-secret", "--secret-id", name)
    assert described["Description"] == "changed"
    assert described["VersionIdsToStages"][updated["VersionId"]] == ["AWSCURRENT"]
    assert described["VersionIdsToStages"][put["VersionId"]] == ["AWSPREVIOUS"]

    cli.ok("tag-resource", "--secret-id", name, "--tags", json.dumps([{"Key": "env", "Value": "dev"}]))
    cli.ok("untag-resource", "--secret-id", name, "--tag-keys", "team")
    assert cli.ok("describe-secret", "--secret-id", name)["Tags"] == [{"Key": "env", "Value": "dev"}]

    listed = cli.ok("list-secrets", "--filters", f"Key=name,Values={name}")
    assert [s["Name"] for s in listed["SecretList"]] == [name]

    deleted = cli.ok("delete-secret", "--secret-id", name, "--recovery-window-in-days", "7")
    assert deleted["ARN"] == created["ARN"] and deleted["DeletionDate"]
    assert cli.ok("list-secrets", "--filters", f"Key=name,Values={name}")["SecretList"] == []
    assert cli.ok("restore-secret", "--secret-id", name)["ARN"] == created["ARN"]
    assert cli.ok("get-secret-value", "--secret-id", name)["SecretString"] == "v3"
    cli.ok("delete-secret", "--secret-id", name, "--force-delete-without-recovery")
    cli.fails("ResourceNotFoundException", "describe-secret", "--secret-id", name)


def test_errors(cli, name):
    cli.ok("create-secret", "--name", name, "--secret-string", "v")
    cli.fails("ResourceExistsException", "create-secret", "--name", name)
    cli.fails("ResourceNotFoundException", "get-secret-value", "--secret-id", secret_name("missing"))
    cli.fails("InvalidParameterException", "create-secret", "--name", "bad name!")
    cli.fails("InvalidParameterException", "put-secret-value", "--secret-id", name)
    cli.fails("InvalidParameterException", "delete-secret", "--secret-id", name, "--recovery-window-in-days", "5")
    cli.fails("InvalidNextTokenException", "list-secrets", "--starting-token", "bm90IGEgdG9rZW4=")
    cli.ok("delete-secret", "--secret-id", name)
    cli.fails("InvalidRequestException", "get-secret-value", "--secret-id", name)
    cli.fails("InvalidRequestException", "update-secret", "--secret-id", name, "--description", "d")
