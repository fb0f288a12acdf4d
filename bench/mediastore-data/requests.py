#!/usr/bin/env python3
"""Writes raw HTTP/1.1 requests, NUL-separated, for bench/control-plane/replay.lua ("same" mode) to
replay with wrk: GETs of the benchmark's objects, or PutObjects of 1 MiB bodies.

  requests.py get --host H:P --prefix /mediastore-data/ID --names a,b,c --out F [--sign REGION]
      one GET per name, unsigned (a public-read container, nginx) or SigV4-signed for moto,
      whose server routes a request to MediaStore Data by the signature's service.
  requests.py put --host H:P --prefix P --count N --size BYTES --out F [--sign REGION]
      N PutObjects of distinct random bodies to put-000 .. put-(N-1), SigV4-signed with the body's
      SHA-256 (x-amz-content-sha256), as the SDKs sign over http. Signatures last 15 minutes.
      The bodies hold no NUL byte (replay.lua splits the file on NUL); --text makes them base64
      text (moto's server decodes bodies as UTF-8 and answers 500 to binary ones).
  requests.py check --host H:P --out F --size BYTES
      sends F's first request once; fails unless it is answered 200 with BYTES bytes of body.
"""
import argparse
import base64
import hashlib
import http.client
import os
import sys

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

CREDENTIALS = Credentials("test", "test")


def raw(method, host, path, headers, body=b"", region=None):
    headers = {"Host": host, **headers}
    if region:
        req = AWSRequest(method=method, url=f"http://{host}{path}", data=body, headers=headers)
        SigV4Auth(CREDENTIALS, "mediastore", region).add_auth(req)
        headers = dict(req.headers.items())
    lines = [f"{method} {path} HTTP/1.1", *(f"{k}: {v}" for k, v in headers.items())]
    if method == "PUT":
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


def check(host, path, size):
    with open(path, "rb") as f:
        head = f.read(1 << 16).split(b"\0")[0].split(b"\r\n\r\n")[0].decode()
    lines = head.split("\r\n")
    method, target, _ = lines[0].split(" ")
    headers = dict(line.split(": ", 1) for line in lines[1:])
    conn = http.client.HTTPConnection(host, timeout=30)
    conn.request(method, target, headers=headers)
    response = conn.getresponse()
    body = response.read()
    if response.status != 200 or len(body) != size:
        sys.exit(f"{method} http://{host}{target}: {response.status} with {len(body)} bytes, expected 200 with {size}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["get", "put", "check"])
    p.add_argument("--host", required=True)
    p.add_argument("--prefix", default="")
    p.add_argument("--names", default="")
    p.add_argument("--count", type=int, default=64)
    p.add_argument("--size", type=int, default=1 << 20)
    p.add_argument("--sign", metavar="REGION")
    p.add_argument("--text", action="store_true")
    p.add_argument("--out", required=True)
    a = p.parse_args()
    if a.mode == "check":
        check(a.host, a.out, a.size)
        return
    with open(a.out, "wb") as out:
        if a.mode == "get":
            for name in a.names.split(","):
                out.write(raw("GET", a.host, f"{a.prefix}/{name}", {}, region=a.sign) + b"\0")
        else:
            for i in range(a.count):
                body = base64.b64encode(os.urandom(a.size))[:a.size] if a.text \
                    else os.urandom(a.size).replace(b"\0", b"\1")
                headers = {"Content-Type": "application/octet-stream",
                           "X-Amz-Content-SHA256": hashlib.sha256(body).hexdigest()}
                out.write(raw("PUT", a.host, f"{a.prefix}/put-{i:03d}", headers, body, a.sign) + b"\0")


if __name__ == "__main__":
    main()
