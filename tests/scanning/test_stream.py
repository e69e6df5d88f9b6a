"""ScanStream end to end on real video files and a real MJPEG camera on loopback."""

from __future__ import annotations

import shutil
import socket
import threading
import time

import pytest

from inspector_app.scanning import CameraSource, ScanStream
from inspector_app.scanning.demo_video import Parcel

FAST_RECONNECT = (0.05, 0.3)


def texts(event) -> set[str]:
    return {d.text for d in event.codes}


def no_scan_threads() -> bool:
    return not [t for t in threading.enumerate() if t.name.startswith("scan-")]


@pytest.mark.expect_log("inspector_app.scanning", r"^camera: The video .*bench\.avi has ended\.$")
def test_label_is_scanned_once_then_the_next_parcel(label_video, events):
    video = label_video("1Z999AA10123456784:RMA-2024-0001", "JD014600006281230594")
    stream = ScanStream(
        CameraSource(str(video), loop=False),
        debounce_s=2.0,
        budget_ms=None,  # every code of every frame: what is reported must not depend on load
        on_scan=events.on_scan,
        on_status=events.on_status,
    )
    reported: list[str] = []
    with stream:
        first = events.next_scan()
        assert {d.format for d in first.codes} <= {"code128", "qrcode"}
        reported += [d.text for d in first.new]
        while "JD014600006281230594" not in reported:
            reported += [d.text for d in events.next_scan().new]
        events.wait_status("error")  # the video ends: no third scan for 1.2 s of label frames
    # each code once, the first parcel's two codes before the second parcel
    assert sorted(reported[:2]) == ["1Z999AA10123456784", "RMA-2024-0001"]
    assert reported[2:] == ["JD014600006281230594"]
    assert events.scans.empty()
    assert stream.stats.decoded >= 20  # the label stayed in view for many decoded frames
    assert events.statuses[-1][0] == "stopped"
    assert no_scan_threads()


def test_the_same_label_is_scanned_again_after_it_left_for_the_debounce_time(label_video, events):
    video = label_video("1Z999AA10123456784", label_s=0.8, empty_s=0.6)
    frames: list[tuple[float, int]] = []  # (when, how many codes) of each decoded frame
    stream = ScanStream(
        CameraSource(str(video), loop=True),
        debounce_s=0.3,
        budget_ms=None,  # a frame the budget left unread would look like the label leaving
        on_scan=events.on_scan,
        on_frame=lambda preview: frames.append((preview.timestamp, len(preview.codes))),
    )
    with stream:
        first = events.next_scan()
        again = events.next_scan()
    assert texts(first) == texts(again) == {"1Z999AA10123456784"}
    # scanned again because decoded frames showed the label gone, however slow the machine
    between = [count for when, count in frames if first.timestamp < when < again.timestamp]
    assert 0 in between


def test_preview_exposes_the_frame_and_code_corners(label_video, events):
    video = label_video("1Z999AA10123456784")
    with ScanStream(CameraSource(str(video)), on_scan=events.on_scan) as stream:
        events.next_scan()
        preview = stream.latest()
    assert preview is not None
    assert preview.frame.shape == (540, 960, 3)
    assert not preview.frame.flags.writeable
    for code in preview.codes:
        for x, y in code.corners:
            assert 0 <= x < 960 and 0 <= y < 540


def test_with_no_formats_it_previews_and_never_scans(label_video, events):
    """The photo camera's stream: frames for the capture dialog, a label in view unread."""
    video = label_video("1Z999AA10123456784")
    frames: list[int] = []
    stream = ScanStream(
        CameraSource(str(video)),
        formats=[],
        on_scan=events.on_scan,
        on_frame=lambda preview: frames.append(len(preview.codes)),
    )
    with stream:
        deadline = time.monotonic() + 30
        while len(frames) < 30 and time.monotonic() < deadline:
            time.sleep(0.05)
    assert len(frames) >= 30 and not any(frames)  # over a second of label frames at 25 fps
    assert events.scans.empty()


@pytest.mark.expect_log("inspector_app.scanning", r"^camera: The video .*live\.avi has ended\.$")
@pytest.mark.expect_log(
    "inspector_app.scanning", r"^camera: Camera file .*live\.avi does not exist\.$"
)
def test_a_file_that_ends_reports_it_and_recovers_when_the_file_returns(
    label_video, events, tmp_path
):
    blank = label_video("1Z999AA10123456784", name="blank.avi", label_s=0.0, empty_s=0.4)
    parcel = label_video("JD014600006281230594", name="parcel.avi")
    live = tmp_path / "live.avi"
    shutil.copy(blank, live)
    stream = ScanStream(
        CameraSource(str(live), loop=False),
        reconnect_s=FAST_RECONNECT,
        budget_ms=None,
        on_scan=events.on_scan,
        on_status=events.on_status,
    )
    with stream:
        message = events.wait_status("error")
        assert message == f"The video {live} has ended."
        live.unlink()
        # the stream may have reopened the file (and seen it end again) before it went
        events.wait_status("error", matching=f"Camera file {live} does not exist.")
        shutil.copy(parcel, live)
        assert texts(events.next_scan()) == {"JD014600006281230594"}
    assert no_scan_threads()


@pytest.mark.expect_log("inspector_app.scanning", r"^camera: Camera 97 is not available\.")
def test_a_device_that_does_not_exist_gives_a_clear_error_and_keeps_retrying(events):
    stream = ScanStream(CameraSource("97"), reconnect_s=FAST_RECONNECT, on_status=events.on_status)
    with stream:
        message = events.wait_status("error")
        events.wait_status("connecting", after=events.statuses.index(("error", message)) + 1)
    assert message.startswith("Camera 97 is not available. ")
    assert "Cameras found" in message or "No camera was found" in message
    assert events.statuses[-1] == ("stopped", "")
    assert no_scan_threads()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def next_scan_after(events, moment: float):
    """The first scan of a frame captured after `moment` (earlier frames may be in flight)."""
    while True:
        event = events.next_scan()
        if event.timestamp > moment:
            return event


@pytest.mark.expect_log(
    "inspector_app.scanning", r"^camera: Cannot connect to http://127\.0\.0\.1:\d+/video\.mjpg"
)
@pytest.mark.expect_log(
    "inspector_app.scanning", r"^camera: The stream from .* was interrupted; reconnecting\.$"
)
def test_an_ip_camera_that_refuses_then_comes_and_goes_is_reconnected(
    mjpeg_camera, label_frame, events
):
    camera = mjpeg_camera(label_frame(Parcel("1Z999AA10123456784", "RMA-2024-0001")))
    camera.port = free_port()  # nothing listens there yet: connection refused
    stream = ScanStream(
        CameraSource(camera.url),
        debounce_s=0.2,
        reconnect_s=FAST_RECONNECT,
        on_scan=events.on_scan,
        on_status=events.on_status,
    )
    label = {"1Z999AA10123456784", "RMA-2024-0001"}
    with stream:
        refused = events.wait_status("error")
        assert refused.startswith(f"Cannot connect to {camera.url}")
        camera.start()
        assert texts(events.next_scan()) <= label
        mark = len(events.statuses)
        camera.stop()
        dropped = events.wait_status("error", after=mark)
        assert camera.url in dropped
        restarted = time.monotonic()
        camera.start()
        assert texts(next_scan_after(events, restarted)) <= label
    assert no_scan_threads()


@pytest.mark.expect_log("inspector_app.scanning", r"^scan stream listener .*broken.* failed$")
def test_listener_errors_do_not_stop_the_stream(label_video, events):
    def broken(_event) -> None:
        raise RuntimeError("listener bug")

    video = label_video("1Z999AA10123456784")
    with ScanStream(
        CameraSource(str(video)), on_scan=broken, on_frame=events.on_scan, debounce_s=60
    ) as stream:
        for _ in range(30):
            events.next_scan()
        assert stream.running


def test_stop_is_clean_and_a_running_stream_cannot_start_twice(label_video):
    stream = ScanStream(CameraSource(str(label_video("1Z999AA10123456784"))))
    stream.start()
    with pytest.raises(RuntimeError, match="already started"):
        stream.start()
    stream.stop()
    assert not stream.running
    assert no_scan_threads()
    stream.start()  # a stopped stream starts again
    assert stream.running
    stream.stop()
    assert no_scan_threads()


def test_a_stream_built_from_station_settings(label_video, events):
    from inspector_app.settings import Settings

    video = label_video("1Z999AA10123456784:RMA-2024-0001")
    settings = Settings(
        {"camera.source": str(video), "scanning.formats": ["qrcode"], "scanning.debounce_s": 7.5}
    )
    stream = ScanStream.from_settings(settings, on_scan=events.on_scan)
    assert stream.acceptor.debounce_s == 7.5
    with stream:
        assert texts(events.next_scan()) == {"RMA-2024-0001"}  # Code 128 not configured
