"""PUT/HEAD/GET /photos/{sha256}: content-addressed, verified, limited, JPEG or PNG only."""

from __future__ import annotations

import pytest

from .builders import image_bytes, sha
from .conftest import build_server

URL = "/api/v1/photos/{}"


def put_photo(server, body: bytes, digest: str | None = None, content_type="image/jpeg"):
    return server.client.put(
        URL.format(digest or sha(body)),
        content=body,
        headers={**server.auth(), "Content-Type": content_type},
    )


def test_upload_then_repeat_then_head_and_get(server):
    body = image_bytes(1)
    first = put_photo(server, body)
    assert first.status_code == 201
    assert first.json() == {"sha256": sha(body), "size": len(body), "status": "stored"}
    again = put_photo(server, body)
    assert again.status_code == 200
    assert again.json()["status"] == "exists"
    head = server.client.head(URL.format(sha(body)), headers=server.auth())
    assert head.status_code == 200
    assert int(head.headers["content-length"]) == len(body)
    got = server.client.get(URL.format(sha(body)), headers=server.auth("lead"))
    assert got.content == body
    assert got.headers["content-type"] == "image/jpeg"
    stored = server.config.photo_dir / sha(body)[:2] / sha(body)[2:4] / sha(body)
    assert stored.read_bytes() == body


def test_png_is_accepted_and_typed_by_its_bytes(server):
    body = image_bytes(2, "PNG")
    assert put_photo(server, body, content_type="application/octet-stream").status_code == 201
    got = server.client.get(URL.format(sha(body)), headers=server.auth("lead"))
    assert got.headers["content-type"] == "image/png"


def test_a_bench_cannot_read_back_another_benchs_photo_but_a_lead_can(server):
    """A photo another bench uploaded: a bench or inspector token learns only that it is
    stored (HEAD, what an uploader needs to skip a re-upload), never its bytes; a lead and
    an admin read it (support, audits)."""
    other = server.add_bench("bench-9")
    body = image_bytes(7)
    answer = server.client.put(
        URL.format(sha(body)), content=body, headers={**other, "Content-Type": "image/jpeg"}
    )
    assert answer.status_code == 201
    for role in ("station", "inspector"):
        refused = server.client.get(URL.format(sha(body)), headers=server.auth(role))
        assert refused.status_code == 403, role
        assert refused.json()["code"] == "forbidden_role"
        assert body not in refused.content
        head = server.client.head(URL.format(sha(body)), headers=server.auth(role))
        assert head.status_code == 200 and int(head.headers["content-length"]) == len(body)
    assert server.client.get(URL.format(sha(body)), headers=other).status_code == 403
    for role in ("lead", "admin"):
        got = server.client.get(URL.format(sha(body)), headers=server.auth(role))
        assert (got.status_code, got.content) == (200, body), role


def test_head_of_unknown_photo_is_404(server):
    assert server.client.head(URL.format("0" * 64), headers=server.auth()).status_code == 404


def test_hash_mismatch_is_400_and_nothing_stored(server):
    body = image_bytes(3)
    answer = put_photo(server, body, digest=sha(b"other"))
    assert answer.status_code == 400
    assert answer.json()["code"] == "photo_hash_mismatch"
    assert server.client.head(URL.format(sha(b"other")), headers=server.auth()).status_code == 404
    assert not [p for p in server.config.photo_dir.rglob("*") if p.is_file()]


@pytest.mark.parametrize(
    "body",
    [b"GIF89a" + b"\0" * 40, b"%PDF-1.7 not a photo", b'{"json": true}', b"\xff\xd8"],
)
def test_non_jpeg_png_body_is_415(server, body):
    answer = put_photo(server, body)
    assert answer.status_code == 415
    assert answer.json()["code"] == "unsupported_photo_type"


def test_declared_non_image_type_is_415(server):
    answer = put_photo(server, image_bytes(4), content_type="application/json")
    assert answer.status_code == 415
    assert answer.json()["code"] == "unsupported_media_type"


def test_over_the_limit_is_413_by_content_length_and_while_streaming(db_url, tmp_path):
    limit = 2048
    srv = build_server(db_url, tmp_path / "photos", max_photo_bytes=limit)
    with srv.client:
        body = b"\xff\xd8\xff" + b"x" * limit
        declared = srv.client.put(
            URL.format(sha(body)),
            content=body,
            headers={**srv.auth(), "Content-Type": "image/jpeg"},
        )
        assert declared.status_code == 413
        assert declared.json()["code"] == "payload_too_large"

        def chunks():  # no Content-Length: chunked transfer, cut off at the limit
            for _ in range(4):
                yield b"\xff\xd8\xff" + b"y" * 1000

        streamed = srv.client.put(
            URL.format("a" * 64),
            content=chunks(),
            headers={**srv.auth(), "Content-Type": "image/jpeg"},
        )
        assert streamed.status_code == 413
        assert srv.client.head(URL.format(sha(body)), headers=srv.auth()).status_code == 404
    srv.db.close()


def test_empty_body_is_400(server):
    answer = put_photo(server, b"", digest=sha(b""))
    assert answer.status_code == 400
    assert answer.json()["code"] == "empty_photo"
