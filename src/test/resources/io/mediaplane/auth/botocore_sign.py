"""Signs Mediaplane-style requests with real botocore clients and prints them for BotocoreInteropTest.

Each client call is stopped in botocore's 'before-send' event, after serialisation and signing, with a
canned response, so nothing goes on the network. Output, one block per request:
  REQUEST <name> <service> <region>
  METHOD <method>
  URL <url>
  HEADER <name>\t<value>      (repeated)
  BODY <hex>
  END
"""
import sys

import botocore.session
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest, AWSResponse
from botocore.config import Config
from botocore.credentials import Credentials

ENDPOINT = "http://127.0.0.1:4566"


class _Raw:
    def stream(self, **kwargs):
        yield b"{}"


def emit(name, service, region, request):
    out = sys.stdout
    out.write(f"REQUEST {name} {service} {region}\n")
    out.write(f"METHOD {request.method}\n")
    out.write(f"URL {request.url}\n")
    for key, value in request.headers.items():
        value = value.decode("latin-1") if isinstance(value, bytes) else value
        out.write(f"HEADER {key}\t{value}\n")
    body = request.body or b""
    if hasattr(body, "read"):
        body = body.read()
    if isinstance(body, str):
        body = body.encode("utf-8")
    out.write(f"BODY {body.hex()}\n")
    out.write("END\n")


def call(name, service, region, operation, token=None, endpoint=ENDPOINT, **params):
    session = botocore.session.get_session()
    client = session.create_client(
        service, region_name=region, endpoint_url=endpoint,
        aws_access_key_id="test", aws_secret_access_key="test", aws_session_token=token,
        config=Config(retries={"max_attempts": 1}))
    captured = []

    def before_send(request, **kwargs):
        captured.append(request)
        return AWSResponse(request.url, 200, {"Content-Type": "application/json"}, _Raw())

    client.meta.events.register("before-send", before_send)
    try:
        getattr(client, operation)(**params)
    except Exception:  # the canned response may not parse for every operation; the request is what matters
        pass
    emit(name, service, region, captured[0])


def presign(name, service, region, operation, token=None, **params):
    session = botocore.session.get_session()
    client = session.create_client(
        service, region_name=region, endpoint_url=ENDPOINT,
        aws_access_key_id="test", aws_secret_access_key="test", aws_session_token=token)
    url = client.generate_presigned_url(operation, Params=params, ExpiresIn=300)
    emit(name, service, region, AWSRequest(method="GET", url=url, headers={}).prepare())


def date_header(name, service, region):
    request = AWSRequest(method="GET", url=ENDPOINT + "/v1/flows?maxResults=5",
                         headers={"Date": "placeholder"})
    SigV4Auth(Credentials("test", "test"), service, region).add_auth(request)
    emit(name, service, region, request.prepare())


call("list-tags-arn-label", "mediatailor", "us-west-2", "list_tags_for_resource",
     ResourceArn="arn:aws:mediatailor:us-west-2:000000000000:playbackConfiguration/my-config")
call("list-flows-query", "mediaconnect", "eu-west-1", "list_flows",
     MaxResults=10, NextToken="a b+c/=~*é&x")
call("create-flow-json-body", "mediaconnect", "eu-west-1", "create_flow",
     Name="flow", Source={"Name": "in", "Protocol": "srt-listener", "IngestPort": 5000})
call("untag-repeated-keys", "mediapackage-vod", "ap-northeast-1", "untag_resource",
     ResourceArn="arn:aws:mediapackage-vod:ap-northeast-1:000000000000:packaging-groups/pg",
     TagKeys=["b c", "a", "d/e"])
call("create-container-target", "mediastore", "us-east-1", "create_container", ContainerName="movies")
call("put-object-unsigned-payload", "mediastore-data", "us-east-1", "put_object",
     Path="/folder/file.txt", Body=b"hello world", ContentType="text/plain")
call("describe-object-session-token", "mediastore-data", "us-east-1", "describe_object",
     token="IQoJb3JpZ2luX2VjEPr//////////wEaCXVzLWVhc3QtMSJHMEUCIQ+/=", Path="a/b.txt")
call("endpoint-path-prefix", "mediastore-data", "us-east-1", "list_items",
     endpoint=ENDPOINT + "/container-1", Path="folder")
presign("presigned-describe-flow", "mediaconnect", "us-east-1", "describe_flow",
        token="session+token/=",
        FlowArn="arn:aws:mediaconnect:us-east-1:000000000000:flow:1-abc:name")
date_header("date-header-instead-of-x-amz-date", "mediaconnect", "us-east-1")
