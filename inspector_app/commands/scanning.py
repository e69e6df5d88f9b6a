"""`inspector-app cameras | decode | demo-video`: check a bench's camera and codes without a GUI.

IT's first question at a new bench is "which camera index is the webcam, and does it read our
labels": `cameras` lists the devices that open, `decode` reads an image file (or one frame of
the configured camera) and prints every code with its format and whether a checksum verified
it. `demo-video` writes the looping parcel video `make run` plays as a camera.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from inspector_app.settings import DEFAULT_FORMATS


def register(subparsers: argparse._SubParsersAction) -> None:
    cameras = subparsers.add_parser("cameras", help="list the camera devices that open")
    cameras.set_defaults(handler=cameras_command)
    decode = subparsers.add_parser("decode", help="read the barcodes in image files")
    decode.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    decode.add_argument(
        "--formats",
        default=",".join(DEFAULT_FORMATS),
        help="comma-separated formats (default: all)",
    )
    decode.add_argument("--json", action="store_true", help="one JSON object per code")
    decode.set_defaults(handler=decode_command)
    demo = subparsers.add_parser("demo-video", help="write a looping camera video of parcels")
    demo.add_argument("output", type=Path, metavar="VIDEO", help=".avi (MJPG) or .mp4")
    demo.add_argument("parcels", nargs="+", metavar="TRACKING[:RMA]")
    demo.add_argument("--fps", type=float, default=25.0, help="frame rate (default 25)")
    demo.set_defaults(handler=demo_video_command)


def cameras_command(args: argparse.Namespace) -> int:
    from inspector_app.scanning.sources import list_devices

    devices = list_devices()
    if not devices:
        print("No camera found. Check the cable, or set camera.source to a file or URL.")
        return 1
    for index in devices:
        print(f"{index}\tcamera {index}")
    return 0


def decode_command(args: argparse.Namespace) -> int:
    """Print the codes of each image; exit 1 if an image cannot be read or holds no code."""
    from inspector_app.scanning import decode
    from inspector_app.scanning.scoring import load_image

    formats = [f.strip() for f in args.formats.split(",") if f.strip()]
    status = 0
    for path in args.images:
        try:
            codes = decode(load_image(path), formats, budget_ms=None)
        except ValueError as error:  # unreadable image, unknown format
            print(f"{path}: {error}", file=sys.stderr)
            status = 1
            continue
        if not codes:
            print(f"{path}: no barcode found", file=sys.stderr)
            status = 1
        for code in codes:
            if args.json:
                print(
                    json.dumps(
                        {
                            "image": str(path),
                            "format": code.format,
                            "text": code.text,
                            "checksum_protected": code.checksum_protected,
                            "corners": code.corners,
                        }
                    )
                )
            else:
                check = "checksum ok" if code.checksum_protected else "no checksum"
                print(f"{path}\t{code.format}\t{check}\t{code.text!r}")
    return status


def demo_video_command(args: argparse.Namespace) -> int:
    from inspector_app.scanning.demo_video import Parcel, write_demo_video

    try:
        write_demo_video(args.output, [Parcel.parse(p) for p in args.parcels], fps=args.fps)
    except ValueError as error:
        print(f"demo-video: {error}", file=sys.stderr)
        return 1
    print(f"wrote {args.output}")
    return 0
