"""An S3-protocol server on loopback for tests and benchmarks: moto's server mode, in a
subprocess of its own (so each one starts empty, and its CPU time is its own).

    with S3Server() as s3:
        s3.env                 # RI_SERVER_PHOTO_STORE, RI_SERVER_S3_ENDPOINT, credentials
        s3.config_fields       # the same, as ServerConfig fields for an in-process app
        s3.keys()              # object keys in the bucket

The server speaks the S3 REST protocol over HTTP, so the photo store talks to it exactly as
to MinIO or AWS: signed requests, Content-MD5 checks, DeleteObjects. The credentials are
moto's dummies (CREDENTIALS); an in-process app's boto3 reads them from the environment.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from contextlib import closing

import boto3
from botocore.exceptions import BotoCoreError, ClientError

BUCKET = "inspector-photos"
PREFIX = "site-a"
CREDENTIALS = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",  # moto accepts any pair
    "AWS_DEFAULT_REGION": "us-east-1",
}
START_TIMEOUT_S = 60.0


def free_port() -> int:
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class S3Server:
    def __init__(self) -> None:
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self._proc: subprocess.Popen | None = None

    @property
    def pid(self) -> int:
        assert self._proc is not None
        return self._proc.pid

    def start(self) -> S3Server:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            try:
                self.client().create_bucket(Bucket=BUCKET)
                return self
            except (BotoCoreError, ClientError):
                if self._proc.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("moto's S3 server did not start") from None
                time.sleep(0.1)

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.terminate()
            self._proc.wait(30)
            self._proc = None

    def __enter__(self) -> S3Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def client(self):
        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=CREDENTIALS["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
            region_name=CREDENTIALS["AWS_DEFAULT_REGION"],
        )

    @property
    def store_url(self) -> str:
        return f"s3://{BUCKET}/{PREFIX}"

    @property
    def env(self) -> dict[str, str]:
        """The environment a `serve` subprocess needs to keep its photos here."""
        return {
            **CREDENTIALS,
            "RI_SERVER_PHOTO_STORE": self.store_url,
            "RI_SERVER_S3_ENDPOINT": self.endpoint,
        }

    @property
    def config_fields(self) -> dict[str, str]:
        return {"photo_store": self.store_url, "s3_endpoint": self.endpoint}

    def keys(self) -> list[str]:
        listed = self.client().list_objects_v2(Bucket=BUCKET)
        return sorted(item["Key"] for item in listed.get("Contents", []))

    def body(self, key: str) -> tuple[bytes, str]:
        answer = self.client().get_object(Bucket=BUCKET, Key=key)
        return answer["Body"].read(), answer["ContentType"]
