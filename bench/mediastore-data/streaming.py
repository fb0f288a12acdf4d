#!/usr/bin/env python3
"""Streaming latency: the time from a chunk written by an uploader to the same bytes at a reader.

  streaming.py --endpoint http://H:P/mediastore-data/ID [--streams 4] [--seconds 20]
               [--interval-ms 20] [--record-size 1316]

For each stream, an uploader sends a chunked PutObject (x-amz-upload-availability: STREAMING,
SigV4 with UNSIGNED-PAYLOAD, as the SDKs sign chunked bodies) of fixed-size records, one record per
chunk every interval; each record starts with its sequence number and the CLOCK_MONOTONIC time it
was handed to the socket. A concurrent reader GETs the object (unsigned: the container has a
public-read policy) as soon as it exists and, for each record, takes now - that time. Records
written before the reader's response began are left out (they measure the reader's start, not the
stream). Prints one JSON line: samples, p50/p99/max in ms, records lost or corrupted, uploads not
answered 200.
"""
import argparse
import http.client
import json
import struct
import threading
import time
from urllib.parse import urlsplit

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

HEADER = struct.Struct(">QQ")  # sequence number, monotonic ns at write


def signed_put_headers(host, path, region):
    headers = {"Host": host, "Content-Type": "video/mp2t", "x-amz-upload-availability": "STREAMING",
               "X-Amz-Content-SHA256": "UNSIGNED-PAYLOAD"}
    req = AWSRequest(method="PUT", url=f"http://{host}{path}", headers=headers)
    SigV4Auth(Credentials("test", "test"), "mediastore", region).add_auth(req)
    return dict(req.headers.items())


def upload(host, path, a, started, result):
    conn = http.client.HTTPConnection(host, timeout=30)
    conn.putrequest("PUT", path, skip_host=True, skip_accept_encoding=True)
    for k, v in signed_put_headers(host, path, a.region).items():
        conn.putheader(k, v)
    conn.putheader("Transfer-Encoding", "chunked")
    conn.endheaders()
    records = int(a.seconds * 1000 / a.interval_ms)
    padding = bytes((i % 251) + 1 for i in range(a.record_size - HEADER.size))
    prefix = f"{a.record_size:x}\r\n".encode()
    next_at = time.monotonic()
    for seq in range(records):
        record = HEADER.pack(seq, time.monotonic_ns()) + padding
        conn.sock.sendall(prefix + record + b"\r\n")
        if seq == 0:
            started.set()
        next_at += a.interval_ms / 1000
        time.sleep(max(0.0, next_at - time.monotonic()))
    conn.sock.sendall(b"0\r\n\r\n")
    response = conn.getresponse()
    result["put_status"] = response.status
    result["put_body"] = response.read()[:300].decode(errors="replace")
    result["records"] = records


def read(host, path, a, started, result):
    started.wait(30)
    deadline = time.monotonic() + 10
    while True:
        conn = http.client.HTTPConnection(host, timeout=30)
        conn.request("GET", path)
        response = conn.getresponse()
        if response.status == 200:
            break
        response.read()
        conn.close()
        if time.monotonic() > deadline:
            result["get_status"] = response.status
            return
        time.sleep(0.005)
    began = time.monotonic_ns()
    padding = bytes((i % 251) + 1 for i in range(a.record_size - HEADER.size))
    latencies, expected, bad = [], 0, 0
    while True:
        record = response.read(a.record_size)
        now = time.monotonic_ns()
        if len(record) < a.record_size:
            bad += 1 if record else 0
            break
        seq, written = HEADER.unpack_from(record)
        if seq != expected or record[HEADER.size:] != padding:
            bad += 1
        expected = seq + 1
        if written >= began:
            latencies.append((now - written) / 1e6)
    result.update(get_status=200, latencies=latencies, received=expected, bad=bad)


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else None


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--endpoint", required=True)
    p.add_argument("--region", default="us-east-1")
    p.add_argument("--streams", type=int, default=4)
    p.add_argument("--seconds", type=float, default=20)
    p.add_argument("--interval-ms", type=float, default=20)
    p.add_argument("--record-size", type=int, default=1316)  # 7 MPEG-TS packets
    a = p.parse_args()
    url = urlsplit(a.endpoint)
    threads, results = [], []
    for i in range(a.streams):
        path = f"{url.path.rstrip('/')}/live/stream-{i}-{time.time_ns()}.ts"
        up, down, started = {}, {}, threading.Event()
        results.append((up, down))
        threads.append(threading.Thread(target=upload, args=(url.netloc, path, a, started, up)))
        threads.append(threading.Thread(target=read, args=(url.netloc, path, a, started, down)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    latencies = [x for _, down in results for x in down.get("latencies", [])]
    sent = sum(up.get("records", 0) for up, _ in results)
    received = sum(down.get("received", 0) for _, down in results)
    print(json.dumps({
        "streams": a.streams, "interval_ms": a.interval_ms, "record_size": a.record_size,
        "samples": len(latencies), "p50_ms": percentile(latencies, 50), "p99_ms": percentile(latencies, 99),
        "max_ms": max(latencies) if latencies else None, "lost": sent - received,
        "bad": sum(down.get("bad", 0) for _, down in results),
        "put_errors": [f"{up.get('put_status')}: {up.get('put_body')}" for up, _ in results if up.get("put_status") != 200],
        "get_errors": [down.get("get_status") for _, down in results if down.get("get_status") != 200]}))


if __name__ == "__main__":
    main()
