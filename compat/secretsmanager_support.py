"""Helpers of the Secrets Manager client-compatibility tests (boto3 and the AWS CLI).

Secret names are unique per run (compat-<run>-<label>); every secret a test creates is deleted for
good (ForceDeleteWithoutRecovery) after the test.
"""

import re

import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from conftest import _SESSION, ACCESS_KEY, ACCOUNT, ENDPOINT, REGION, RUN_ID, SECRET_KEY, Cli

SECRET_ARN_RE = re.compile(r"^arn:aws:secretsmanager:(?P<region>[a-z0-9-]+):(?P<account>\d{12}):secret:"
                           r"(?P<name>[A-Za-z0-9/_+=.@-]+)-(?P<suffix>[A-Za-z0-9]{6})$")


def sm_client(region=REGION, access_key=ACCESS_KEY, secret_key=SECRET_KEY, validate=True):
    return _SESSION.client(
        "secretsmanager", endpoint_url=ENDPOINT, region_name=region, aws_access_key_id=access_key,
        aws_secret_access_key=secret_key,
        config=Config(retries={"total_max_attempts": 1}, parameter_validation=validate, connect_timeout=5,
                      read_timeout=30))


def secret_name(label):
    return f"compat-{RUN_ID}-{label}"


def remove_quietly(client, secret_id):
    try:
        client.delete_secret(SecretId=secret_id, ForceDeleteWithoutRecovery=True)
    except ClientError:
        pass


@pytest.fixture
def secrets(request):
    """secrets(Name=..., **kwargs) -> CreateSecret response; the secret is deleted for good after the test."""
    def _create(client=None, **kwargs):
        client = client or sm_client()
        created = client.create_secret(**kwargs)
        request.addfinalizer(lambda: remove_quietly(client, created["ARN"]))
        return created

    return _create


class SmCli(Cli):
    """Runs `aws --endpoint-url ENDPOINT secretsmanager ... --output json`."""

    SERVICE = "secretsmanager"


__all__ = ["ACCOUNT", "SECRET_ARN_RE", "SmCli", "remove_quietly", "secret_name", "secrets", "sm_client"]
