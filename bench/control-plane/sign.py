#!/usr/bin/env python3
"""Pre-signs MediaStore (awsJson1.1) requests with botocore's SigV4Auth (service mediastore,
credentials test/test) and writes them as raw HTTP/1.1 requests separated by NUL bytes, for
replay.lua to replay with wrk. Signatures stay valid for 15 minutes: sign just before a case.

  sign.py same    --host H:P --region R --op OP --body JSON --count N --out F
      N signed copies of one call (identical apart from the signing time).
  sign.py pairs   --host H:P --region R --prefix P --count N --out-create F1 --out-delete F2
      CreateContainer / DeleteContainer for containers P0 .. P(N-1): request i of F1 creates
      the container that request i of F2 deletes.
  sign.py prepare --host H:P --region R --prefix P --count N
      sends CreateContainer for P00 .. P(N-1) (zero-padded) now and checks each answers 200.
"""
import argparse
import http.client
import json
import os
import sys
from concurrent.futures import ProcessPoolExecutor

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

TARGET_PREFIX = "MediaStore_20170901."
CREDENTIALS = Credentials("test", "test")


def signed_headers(host, region, op, body):
    req = AWSRequest(method="POST", url=f"http://{host}/", data=body.encode(), headers={
        "Host": host,
        "X-Amz-Target": TARGET_PREFIX + op,
        "Content-Type": "application/x-amz-json-1.1",
    })
    SigV4Auth(CREDENTIALS, "mediastore", region).add_auth(req)
    return dict(req.headers.items())


def raw(host, region, op, body):
    headers = signed_headers(host, region, op, body)
    data = body.encode()
    lines = ["POST / HTTP/1.1", *(f"{k}: {v}" for k, v in headers.items()), f"Content-Length: {len(data)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + data


def pair_chunk(args):
    host, region, prefix, start, end = args
    creates, deletes = [], []
    for i in range(start, end):
        body = json.dumps({"ContainerName": f"{prefix}{i}"}, separators=(",", ":"))
        creates.append(raw(host, region, "CreateContainer", body))
        deletes.append(raw(host, region, "DeleteContainer", body))
    return creates, deletes


def main():
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["same", "pairs", "prepare"])
    p.add_argument("--host", required=True)
    p.add_argument("--region", default="us-east-1")
    p.add_argument("--op")
    p.add_argument("--body", default="{}")
    p.add_argument("--prefix")
    p.add_argument("--count", type=int, required=True)
    p.add_argument("--out")
    p.add_argument("--out-create")
    p.add_argument("--out-delete")
    a = p.parse_args()
    if a.mode == "same":
        with open(a.out, "wb") as f:
            f.write(b"\0".join(raw(a.host, a.region, a.op, a.body) for _ in range(a.count)))
    elif a.mode == "pairs":
        workers = max(1, min(4, os.cpu_count() or 1))
        step = (a.count + workers - 1) // workers
        chunks = [(a.host, a.region, a.prefix, s, min(a.count, s + step)) for s in range(0, a.count, step)]
        creates, deletes = [], []
        with ProcessPoolExecutor(workers) as pool:
            for c, d in pool.map(pair_chunk, chunks):
                creates += c
                deletes += d
        with open(a.out_create, "wb") as fc, open(a.out_delete, "wb") as fd:
            fc.write(b"\0".join(creates))
            fd.write(b"\0".join(deletes))
    else:
        hostname, port = a.host.rsplit(":", 1)
        width = len(str(a.count - 1))
        for i in range(a.count):
            body = json.dumps({"ContainerName": f"{a.prefix}{i:0{width}d}"})
            conn = http.client.HTTPConnection(hostname, int(port), timeout=10)
            conn.request("POST", "/", body=body, headers=signed_headers(a.host, a.region, "CreateContainer", body))
            resp = conn.getresponse()
            text = resp.read()
            conn.close()
            if resp.status != 200:
                print(f"prepare: CreateContainer {i} on {a.host} answered {resp.status}: {text[:300]!r}",
                      file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
