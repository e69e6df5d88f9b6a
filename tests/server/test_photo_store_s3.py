"""Photos in S3-compatible object storage (moto's S3 server on loopback): the same API
answers and the same completeness checks as with the photo directory."""

from __future__ import annotations

import datetime as dt

import pytest
from s3_server import CREDENTIALS, PREFIX, S3Server
from sqlalchemy import update

from inspector_app.server.models import Photo
from inspector_app.server.photo_collection import collect_unreferenced

from .builders import image_bytes, make_payload, make_return, raw, sha
from .conftest import build_server

URL = "/api/v1/photos/{}"


@pytest.fixture
def s3(monkeypatch):
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    with S3Server() as server:
        yield server


@pytest.fixture
def s3_server(db_url, tmp_path, s3):
    srv = build_server(
        db_url, tmp_path / "photos", spool_dir=tmp_path / "spool", **s3.config_fields
    )
    with srv.client:
        yield srv
    srv.db.close()


def put_photo(srv, body: bytes, digest: str | None = None):
    return srv.client.put(
        URL.format(digest or sha(body)),
        content=body,
        headers={**srv.auth(), "Content-Type": "image/jpeg"},
    )


def key(body: bytes) -> str:
    digest = sha(body)
    return f"{PREFIX}/{digest[:2]}/{digest[2:4]}/{digest}"


def test_upload_repeat_head_get_through_s3(s3_server, s3, tmp_path):
    body = image_bytes(1)
    assert put_photo(s3_server, body).status_code == 201
    assert put_photo(s3_server, body).status_code == 200
    assert s3.keys() == [key(body)]
    assert s3.body(key(body)) == (body, "image/jpeg")
    head = s3_server.client.head(URL.format(sha(body)), headers=s3_server.auth())
    assert int(head.headers["content-length"]) == len(body)
    got = s3_server.client.get(URL.format(sha(body)), headers=s3_server.auth("lead"))
    assert got.content == body
    assert not (tmp_path / "photos").exists()  # nothing went to the local photo directory
    assert list((tmp_path / "spool").iterdir()) == []  # and the spool file was consumed


def test_inspection_completeness_is_checked_the_same_way(s3_server):
    s3_server.add_returns([make_return(1)])
    body = image_bytes(2)
    payload = make_payload("RET-00001", photos=(body,))
    send = lambda: s3_server.client.put(  # noqa: E731
        f"/api/v1/inspections/{payload.uuid}",
        content=raw(payload),
        headers={**s3_server.auth(), "Content-Type": "application/json"},
    )
    missing = send()
    assert missing.status_code == 422
    assert missing.json()["missing_photos"] == [sha(body)]
    assert put_photo(s3_server, body).status_code == 201
    assert send().status_code == 201


def test_a_bad_body_leaves_nothing_in_the_bucket_or_the_spool(s3_server, s3, tmp_path):
    answer = put_photo(s3_server, image_bytes(3), digest=sha(b"other"))
    assert answer.json()["code"] == "photo_hash_mismatch"
    assert s3.keys() == []
    assert list((tmp_path / "spool").iterdir()) == []


def test_collector_deletes_old_unreferenced_objects_and_keeps_referenced_ones(s3_server, s3):
    s3_server.add_returns([make_return(1)])
    kept, dropped = image_bytes(4), image_bytes(5)
    for body in (kept, dropped):
        assert put_photo(s3_server, body).status_code == 201
    payload = make_payload("RET-00001", photos=(kept,))
    assert (
        s3_server.client.put(
            f"/api/v1/inspections/{payload.uuid}",
            content=raw(payload),
            headers={**s3_server.auth(), "Content-Type": "application/json"},
        ).status_code
        == 201
    )
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=40)
    with s3_server.db.write() as session:
        session.execute(update(Photo).values(stored_at=long_ago))
    store = s3_server.client.app.state.inspector.photos
    cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    assert collect_unreferenced(s3_server.db, store, cutoff) == 1
    assert s3.keys() == [key(kept)]
    head = s3_server.client.head(URL.format(sha(dropped)), headers=s3_server.auth())
    assert head.status_code == 404


@pytest.mark.expect_log("inspector_app.server.photo_store", "^photo store failed$")
def test_store_unreachable_is_503_with_retry_after_and_nothing_recorded(db_url, tmp_path, s3):
    srv = build_server(
        db_url,
        tmp_path / "photos",
        spool_dir=tmp_path / "spool",
        **{**s3.config_fields, "s3_endpoint": "http://127.0.0.1:9"},  # nothing listens there
    )
    with srv.client:
        body = image_bytes(6)
        answer = put_photo(srv, body)
        assert answer.status_code == 503
        assert answer.json()["code"] == "photo_store_unavailable"
        assert int(answer.headers["retry-after"]) > 0
        assert srv.client.head(URL.format(sha(body)), headers=srv.auth()).status_code == 404
        assert list((tmp_path / "spool").iterdir()) == []
    srv.db.close()
