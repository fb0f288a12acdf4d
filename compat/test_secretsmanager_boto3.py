"""boto3 against Mediaplane's Secrets Manager: every operation, AWS's staging labels and idempotency, ListSecrets
filters, sorting and paging, deletion with and without a recovery window, and the errors with their codes and
statuses."""

import uuid

import pytest

from conftest import expect_error, random_region
from secretsmanager_support import (ACCOUNT, SECRET_ARN_RE, remove_quietly, secret_name, secrets,  # noqa: F401
                                    sm_client)


@pytest.fixture(scope="module")
def sm():
    return sm_client()


def stages(sm, secret_id):
    return sm.describe_secret(SecretId=secret_id).get("VersionIdsToStages", {})


def test_create_get_put_update_describe(sm, secrets):
    name = secret_name("app/db")
    token = str(uuid.uuid4())
    created = secrets(Name=name, SecretString='{"user":"app","password":"s3cret"}', Description="db",
                      ClientRequestToken=token, Tags=[{"Key": "team", "Value": "video"}])
    m = SECRET_ARN_RE.match(created["ARN"])
    assert m and m["account"] == ACCOUNT and m["name"] == name and m["region"] == "us-east-1"
    assert (created["Name"], created["VersionId"]) == (name, token)

    partial = created["ARN"][:-7]
    for secret_id in (name, created["ARN"], partial):
        got = sm.get_secret_value(SecretId=secret_id)
        assert got["SecretString"] == '{"user":"app","password":"s3cret"}'
        assert got["VersionStages"] == ["AWSCURRENT"] and got["VersionId"] == token
        assert "SecretBinary" not in got and got["CreatedDate"]

    put = sm.put_secret_value(SecretId=name, SecretBinary=b"\x00\x01binary\xff")
    assert put["VersionStages"] == ["AWSCURRENT"] and put["ARN"] == created["ARN"]
    assert sm.get_secret_value(SecretId=name)["SecretBinary"] == b"\x00\x01binary\xff"
    assert sm.get_secret_value(SecretId=name, VersionStage="AWSPREVIOUS")["VersionId"] == token
    assert stages(sm, name) == {token: ["AWSPREVIOUS"], put["VersionId"]: ["AWSCURRENT"]}

    updated = sm.update_secret(SecretId=name, Description="the database", SecretString="v3")
    assert updated["VersionId"] not in (token, put["VersionId"])
    described = sm.describe_secret(SecretId=name)
    assert described["Description"] == "the database"
    assert described["Tags"] == [{"Key": "team", "Value": "video"}]
    assert described["VersionIdsToStages"] == {put["VersionId"]: ["AWSPREVIOUS"],
                                               updated["VersionId"]: ["AWSCURRENT"]}
    assert described["LastAccessedDate"] and described["CreatedDate"] <= described["LastChangedDate"]
    details_only = sm.update_secret(SecretId=name, KmsKeyId="alias/mine")
    assert "VersionId" not in details_only
    assert sm.describe_secret(SecretId=name)["KmsKeyId"] == "alias/mine"


def test_idempotency_token(sm, secrets):
    name = secret_name("idem")
    secrets(Name=name, SecretString="a")
    token = str(uuid.uuid4())
    first = sm.put_secret_value(SecretId=name, SecretString="b", ClientRequestToken=token)
    again = sm.put_secret_value(SecretId=name, SecretString="b", ClientRequestToken=token)
    assert first["VersionId"] == again["VersionId"] == token
    assert len(stages(sm, name)) == 2
    expect_error("ResourceExistsException", sm.put_secret_value, SecretId=name, SecretString="c",
                 ClientRequestToken=token)


def test_custom_staging_labels(sm, secrets):
    name = secret_name("labels")
    secrets(Name=name, SecretString="live")
    staged = sm.put_secret_value(SecretId=name, SecretString="next", VersionStages=["STAGING"])
    assert staged["VersionStages"] == ["STAGING"]
    assert sm.get_secret_value(SecretId=name)["SecretString"] == "live"
    assert sm.get_secret_value(SecretId=name, VersionStage="STAGING")["SecretString"] == "next"
    expect_error("InvalidRequestException", sm.get_secret_value, SecretId=name, VersionId=staged["VersionId"],
                 VersionStage="AWSCURRENT")
    expect_error("ResourceNotFoundException", sm.get_secret_value, SecretId=name, VersionStage="NOPE")


def test_errors(sm, secrets):
    loose = sm_client(validate=False)
    name = secret_name("errors")
    secrets(Name=name)
    expect_error("ResourceNotFoundException", sm.get_secret_value, SecretId=name)  # no value yet
    expect_error("ResourceExistsException", sm.create_secret, Name=name)
    expect_error("ResourceNotFoundException", sm.describe_secret, SecretId=secret_name("missing"))
    expect_error("ResourceNotFoundException", sm.get_secret_value, SecretId=secret_name("missing"))
    expect_error("InvalidParameterException", sm.create_secret, Name=secret_name("both"), SecretString="s",
                 SecretBinary=b"b")
    expect_error("InvalidParameterException", sm.create_secret, Name="bad name!")
    expect_error("InvalidParameterException", sm.put_secret_value, SecretId=name)
    expect_error("ValidationException", loose.create_secret, Name="n" * 513)
    expect_error("ValidationException", loose.list_secrets, MaxResults=101)
    expect_error("ValidationException", loose.list_secrets, Filters=[{"Key": "colour", "Values": ["x"]}])
    expect_error("InvalidNextTokenException", sm.list_secrets, NextToken="bm90IGEgdG9rZW4=")
    expect_error("InvalidParameterException", sm.delete_secret, SecretId=name, RecoveryWindowInDays=6)
    expect_error("InvalidParameterException", sm.delete_secret, SecretId=name, RecoveryWindowInDays=7,
                 ForceDeleteWithoutRecovery=True)
    expect_error("ResourceNotFoundException", sm.tag_resource, SecretId=secret_name("missing"),
                 Tags=[{"Key": "k", "Value": "v"}])
    expect_error("ValidationException", sm.tag_resource, SecretId=name, Tags=[{"Key": "aws:k", "Value": "v"}])


def test_delete_restore_and_force(sm, secrets):
    name = secret_name("deleted")
    arn = secrets(Name=name, SecretString="v")["ARN"]
    deleted = sm.delete_secret(SecretId=name, RecoveryWindowInDays=7)
    assert deleted["ARN"] == arn and deleted["DeletionDate"]
    err = expect_error("InvalidRequestException", sm.get_secret_value, SecretId=name)
    assert err.response["Error"]["Message"] == \
        "You can't perform this operation on the secret because it was marked for deletion."
    expect_error("InvalidRequestException", sm.put_secret_value, SecretId=name, SecretString="w")
    expect_error("InvalidRequestException", sm.create_secret, Name=name)
    assert sm.describe_secret(SecretId=name)["DeletedDate"] == deleted["DeletionDate"]
    assert [s["Name"] for s in sm.list_secrets(Filters=[{"Key": "name", "Values": [name]}])["SecretList"]] == []
    planned = sm.list_secrets(IncludePlannedDeletion=True, Filters=[{"Key": "name", "Values": [name]}])
    assert [s["Name"] for s in planned["SecretList"]] == [name]

    restored = sm.restore_secret(SecretId=arn)
    assert (restored["ARN"], restored["Name"]) == (arn, name)
    assert sm.get_secret_value(SecretId=name)["SecretString"] == "v"

    forced = sm.delete_secret(SecretId=arn, ForceDeleteWithoutRecovery=True)
    assert forced["ARN"] == arn
    expect_error("ResourceNotFoundException", sm.describe_secret, SecretId=name)
    sm.delete_secret(SecretId=secret_name("never-existed"), ForceDeleteWithoutRecovery=True)
    recreated = secrets(Name=name, SecretString="new")
    assert recreated["ARN"] != arn


def test_tags(sm, secrets):
    name = secret_name("tags")
    secrets(Name=name)
    sm.tag_resource(SecretId=name, Tags=[{"Key": "a", "Value": "1"}, {"Key": "b", "Value": "2"}])
    sm.untag_resource(SecretId=name, TagKeys=["a"])
    assert sm.describe_secret(SecretId=name)["Tags"] == [{"Key": "b", "Value": "2"}]


def test_list_filters_sorting_and_paging(secrets):
    sm = sm_client(region=random_region())
    for name, description, tags in [("prod/DatabaseSecret", "Primary", [{"Key": "env", "Value": "prod"}]),
                                    ("prod/api-key", "Partner key", []),
                                    ("dev/DatabaseSecret", "primary dev", [{"Key": "env", "Value": "dev"}]),
                                    ("MyData", None, [])]:
        kwargs = {"Description": description} if description else {}
        secrets(client=sm, Name=name, SecretString="v", Tags=tags, **kwargs)

    def names(**kwargs):
        return [s["Name"] for s in sm.list_secrets(**kwargs)["SecretList"]]

    assert names(Filters=[{"Key": "name", "Values": ["prod/"]}]) == ["prod/DatabaseSecret", "prod/api-key"]
    assert names(Filters=[{"Key": "name", "Values": ["!prod/"]}]) == ["dev/DatabaseSecret", "MyData"]
    assert names(Filters=[{"Key": "description", "Values": ["PRIMARY"]}]) == ["prod/DatabaseSecret",
                                                                               "dev/DatabaseSecret"]
    assert names(Filters=[{"Key": "tag-value", "Values": ["dev"]}]) == ["dev/DatabaseSecret"]
    assert names(Filters=[{"Key": "all", "Values": ["data"]}]) == ["prod/DatabaseSecret", "dev/DatabaseSecret",
                                                                   "MyData"]
    assert names(SortBy="name") == ["MyData", "dev/DatabaseSecret", "prod/DatabaseSecret", "prod/api-key"]
    assert names(SortBy="name", SortOrder="desc") == ["prod/api-key", "prod/DatabaseSecret",
                                                      "dev/DatabaseSecret", "MyData"]
    first = sm.list_secrets(MaxResults=3, SortBy="name")
    assert len(first["SecretList"]) == 3 and first["NextToken"]
    rest = sm.list_secrets(MaxResults=3, SortBy="name", NextToken=first["NextToken"])
    assert [s["Name"] for s in rest["SecretList"]] == ["prod/api-key"] and "NextToken" not in rest
    paged = [s["Name"] for page in sm.get_paginator("list_secrets").paginate(PaginationConfig={"PageSize": 1})
             for s in page["SecretList"]]
    assert paged == names()


@pytest.mark.second_account
def test_another_account_sees_nothing(sm, secrets, second_account):
    name = secret_name("private")
    arn = secrets(Name=name, SecretString="mine")["ARN"]
    other = sm_client(access_key=second_account["access_key"], secret_key=second_account["secret_key"])
    expect_error("ResourceNotFoundException", other.get_secret_value, SecretId=arn)
    expect_error("ResourceNotFoundException", other.describe_secret, SecretId=name)
    assert name not in [s["Name"] for s in other.list_secrets()["SecretList"]]
