#!/usr/bin/env bash
# Build the slim OpenCV the Linux bundle ships: the four modules the station calls (core,
# imgproc, imgcodecs, videoio) and their Python binding, instead of the PyPI wheel's
# everything-build (cv2 72 MB + OpenBLAS 38 MB + a private FFmpeg 40 MB).
#
#   packaging/build-opencv.sh            # prints the directory holding the built cv2 package
#   PY=/path/to/python packaging/build-opencv.sh
#
# The source is the opencv-python-headless sdist from PyPI (the same release the wheel in
# pyproject.toml comes from), checked against its sha256. The result is cached under
# build/opencv/<release>-<hash of flags, compiler, NumPy and FFmpeg versions>/: a rerun is
# instant.
#
# Video files and network streams go through FFmpeg as an OpenCV videoio *plugin* built
# against the system's FFmpeg (Debian's libavcodec59 and friends), which the .deb depends
# on: the distribution patches it, and it stays out of the bundle. Cameras (V4L2) and
# OpenCV's own MJPEG AVI reader and writer are built in and need no FFmpeg.
# Needs: cmake, ninja, a C++ compiler, nasm (SIMD JPEG), libavcodec-dev libavformat-dev libswscale-dev.
set -euo pipefail
trap 'echo "build-opencv.sh: line $LINENO failed: $BASH_COMMAND" >&2' ERR
cd "$(dirname "$0")/.."

PY=${PY:-.venv/bin/python}
PY=$(cd "$(dirname "$PY")" && pwd)/$(basename "$PY")  # absolute: cmake runs it elsewhere
RELEASE=5.0.0.93
SHA256=b82f9831daab90b725c7c1ee1b36cb5732c367096ac76d119e64e14eb70d5f3c
URL=https://files.pythonhosted.org/packages/1d/99/76b7c80252aa83c1af16393454aafd125a0287101afe8deb0a6821af0e30/opencv_python_headless-$RELEASE.tar.gz

# What to build. Everything optional is off unless the station uses it; IPP and the other
# components OpenCV downloads at configure time are off too: a build machine may have no
# internet. The cache key is the release and these flags.
flags=(
    -DCMAKE_BUILD_TYPE=Release
    -DBUILD_LIST=core,imgproc,imgcodecs,videoio,python3
    -DBUILD_SHARED_LIBS=OFF
    -DBUILD_opencv_python3=ON -DBUILD_opencv_python2=OFF -DPYTHON3_LIMITED_API=ON
    -DOPENCV_PYTHON3_INSTALL_PATH=python
    -DBUILD_TESTS=OFF -DBUILD_PERF_TESTS=OFF -DBUILD_EXAMPLES=OFF -DBUILD_DOCS=OFF
    -DBUILD_opencv_apps=OFF -DBUILD_JAVA=OFF -DOPENCV_GENERATE_PKGCONFIG=OFF
    -DCPU_DISPATCH="SSE4_1;SSE4_2;AVX;FP16;AVX2"
    -DWITH_IPP=OFF -DWITH_LAPACK=OFF -DWITH_EIGEN=OFF -DWITH_OPENCL=OFF
    -DWITH_ITT=OFF -DWITH_PROTOBUF=OFF -DWITH_ADE=OFF -DWITH_OPENVX=OFF -DWITH_VA=OFF
    -DWITH_VA_INTEL=OFF -DWITH_OPENGL=OFF -DWITH_QT=OFF -DWITH_GTK=OFF -DWITH_TBB=OFF
    -DWITH_OPENMP=OFF -DWITH_KLEIDICV=OFF -DWITH_CAROTENE=OFF -DWITH_CUDA=OFF
    -DWITH_GSTREAMER=OFF -DWITH_1394=OFF -DWITH_OBSENSOR=OFF -DWITH_V4L=ON
    -DWITH_FFMPEG=ON -DVIDEOIO_PLUGIN_LIST=ffmpeg
    -DWITH_JPEG=ON -DBUILD_JPEG=ON -DWITH_PNG=ON -DBUILD_PNG=ON -DBUILD_ZLIB=ON
    -DWITH_TIFF=OFF -DWITH_WEBP=OFF -DWITH_OPENJPEG=OFF -DWITH_JASPER=OFF
    -DWITH_OPENEXR=OFF -DWITH_AVIF=OFF -DWITH_JPEGXL=OFF -DWITH_GDAL=OFF -DWITH_GDCM=OFF
    -DWITH_SPNG=OFF -DWITH_IMGCODEC_HDR=OFF -DWITH_IMGCODEC_SUNRASTER=OFF
    -DWITH_IMGCODEC_PXM=OFF -DWITH_IMGCODEC_PFM=OFF -DWITH_UNIFONT=OFF
)

if ! ffmpeg=$(pkg-config --modversion libavcodec libavformat libswscale libavutil); then
    echo "build-opencv.sh: the FFmpeg development files are missing:" \
        "apt install libavcodec-dev libavformat-dev libswscale-dev libavutil-dev" >&2
    exit 1
fi
numpy_major=$("$PY" -c 'import numpy; print(numpy.__version__.split(".")[0])')
# Cached by what the result depends on: the release, the flags, the compiler, NumPy's ABI
# (1.x and 2.x headers differ) and the FFmpeg the plugin links.
stamp=$(printf '%s\n' "$RELEASE" "${flags[@]}" "$(c++ -dumpfullversion)" "numpy $numpy_major" \
    $ffmpeg | sha256sum | cut -c1-12)
out=build/opencv/$RELEASE-$stamp
if [ -f "$out/done" ]; then
    echo "$PWD/$out/python"
    exit 0
fi

work=build/opencv/work
mkdir -p "$work"
tarball=build/opencv/opencv_python_headless-$RELEASE.tar.gz
if ! echo "$SHA256  $tarball" | sha256sum --check --status 2>/dev/null; then
    echo "== downloading OpenCV $RELEASE source" >&2
    curl --fail --silent --show-error --location --output "$tarball.part" "$URL"
    echo "$SHA256  $tarball.part" | sha256sum --check --status
    mv "$tarball.part" "$tarball"
fi
rm -rf "$work/src" "$work/build"  # a fresh configure: no flag survives from another build
mkdir -p "$work/src"
tar -xzf "$tarball" -C "$work/src" --strip-components=1 \
    "opencv_python_headless-$RELEASE/opencv"

numpy_include=$("$PY" -c 'import numpy; print(numpy.get_include())')
python_include=$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')

echo "== configuring" >&2
cmake -S "$work/src/opencv" -B "$work/build" -G Ninja -Wno-dev "${flags[@]}" \
    -DCMAKE_INSTALL_PREFIX="$PWD/$out" \
    -DPYTHON3_EXECUTABLE="$PY" -DPYTHON3_INCLUDE_DIR="$python_include" \
    -DPYTHON3_NUMPY_INCLUDE_DIRS="$numpy_include" \
    >"$work/configure.log"
echo "== compiling (about 6 minutes on 2 cores)" >&2
cmake --build "$work/build" --parallel "$(nproc)" >"$work/build.log"
cmake --install "$work/build" >/dev/null
# OpenCV looks for videoio plugins next to the module holding its code (cv2.abi3.so).
extension_dir=$out/python/cv2/python-3
install -m 0755 "$out/lib/libopencv_videoio_ffmpeg.so" "$extension_dir/"
strip --strip-unneeded "$extension_dir"/*.so
touch "$out/done"
find build/opencv -maxdepth 1 -name "$RELEASE-*" ! -name "$RELEASE-$stamp" -exec rm -rf {} +
echo "$PWD/$out/python"
