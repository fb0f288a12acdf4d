#!/usr/bin/env python3
"""Puts the benchmark's objects where each server can answer them, with boto3 as a user would.

  setup.py mediaplane --url http://H:P --container NAME --names a,b --sizes 1048576,65536
      creates the container, waits until it is ACTIVE, sets a public-read container policy
      (Principal *, GetObject/DescribeObject: wrk's GETs are unsigned),
      uploads one object per name with random content of the matching size, checks each with
      DescribeObject, and prints the container's data endpoint.
  setup.py moto --url http://H:P ...        the same objects in moto's MediaStore Data (no container
      there: moto keeps one object space per region; its server decodes every request body as
      UTF-8 and answers 500 to binary ones, so moto gets random base64 text); prints the URL.
  setup.py files --dir D ...                the same objects as files, for nginx.

Names and sizes pair up: --names a,b --sizes 1048576,65536.
"""
import argparse
import base64
import json
import os
import sys
import time

import boto3

REGION = "us-east-1"


def random_body(size, text):
    return base64.b64encode(os.urandom(size))[:size] if text else os.urandom(size)


def client(service, url):
    return boto3.client(service, endpoint_url=url, region_name=REGION,
                        aws_access_key_id="test", aws_secret_access_key="test")


def public_read_policy(container):
    return json.dumps({"Version": "2012-10-17", "Statement": [{
        "Sid": "PublicRead", "Effect": "Allow", "Principal": "*",
        "Action": ["mediastore:GetObject", "mediastore:DescribeObject"],
        "Resource": f"arn:aws:mediastore:{REGION}:000000000000:container/{container}/*"}]})


def mediaplane_endpoint(url, container):
    ms = client("mediastore", url)
    ms.create_container(ContainerName=container)
    deadline = time.time() + 30
    while True:
        c = ms.describe_container(ContainerName=container)["Container"]
        if c["Status"] == "ACTIVE":
            break
        if time.time() > deadline:
            sys.exit(f"container {container} not ACTIVE after 30 s: {c}")
        time.sleep(0.1)
    ms.put_container_policy(ContainerName=container, Policy=public_read_policy(container))
    return c["Endpoint"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("target", choices=["mediaplane", "moto", "files"])
    p.add_argument("--url")
    p.add_argument("--container", default="bench")
    p.add_argument("--dir")
    p.add_argument("--names", required=True)
    p.add_argument("--sizes", required=True)
    a = p.parse_args()
    objects = list(zip(a.names.split(","), (int(s) for s in a.sizes.split(","))))
    if a.target == "files":
        for name, size in objects:
            with open(os.path.join(a.dir, name), "wb") as f:
                f.write(os.urandom(size))
        return
    endpoint = mediaplane_endpoint(a.url, a.container) if a.target == "mediaplane" else a.url
    data = client("mediastore-data", endpoint)
    for name, size in objects:
        put = data.put_object(Body=random_body(size, a.target == "moto"), Path=name, ContentType="application/octet-stream")
        assert put["ResponseMetadata"]["HTTPStatusCode"] == 200, put
        described = data.describe_object(Path=name) if a.target == "mediaplane" else None
        if described is not None and described["ContentLength"] != size:
            sys.exit(f"{name}: DescribeObject says {described['ContentLength']} bytes, put {size}")
    print(endpoint)


if __name__ == "__main__":
    main()
