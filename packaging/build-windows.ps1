# Build the Windows station: PyInstaller one-folder bundle, then the Inno Setup installer.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#
# Needs Python 3.11 (64-bit) and Inno Setup 6 (ISCC.exe). Uses .\.venv, creating it from
# requirements\package.txt if absent. Output: dist\inspector-app\ and dist\return-inspector-setup-<v>.exe.
# It cannot run on the project's Linux machines; CI runs it on a Windows runner
# (.github/workflows/windows.yml).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked {
    # Run a native command and stop on a non-zero exit (PowerShell does not, by itself).
    # A simple function on purpose: $args passes "-m" and the like through untouched.
    $exe, $rest = $args
    & $exe @rest
    if ($LASTEXITCODE -ne 0) { throw "$exe $rest failed with exit code $LASTEXITCODE" }
}

$py = ".venv\Scripts\python.exe"
if (-not (Test-Path $py)) {
    Invoke-Checked python -m venv .venv
    # The pinned, hashed runtime set (make lock; one universal file for Linux and Windows).
    Invoke-Checked $py -m pip install --quiet --require-hashes -r requirements\package.txt
    Invoke-Checked $py -m pip install --quiet --no-deps --no-build-isolation .
}

$iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"
if (-not (Test-Path $iscc)) { throw "Inno Setup 6 not found at $iscc" }

Write-Host "== icons"
Invoke-Checked $py packaging\make_icons.py build\icons

Write-Host "== bundle (PyInstaller)"
Invoke-Checked $py -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\inspector-app.spec

Write-Host "== installer (Inno Setup)"
# Written by Python itself: UTF-8 without the byte-order mark PowerShell would add.
Invoke-Checked $py -c "from inspector_app.commands.config import example_text; open(r'build\config.example.toml', 'w', encoding='utf-8').write(example_text())"
$version = (& $py -c "import inspector_app; print(inspector_app.__version__)").Trim()
Invoke-Checked $iscc /Q "/DAppVersion=$version" packaging\windows\inspector-app.iss

Invoke-Checked dist\inspector-app\inspector-cli.exe --version
$size = (Get-ChildItem -Recurse dist\inspector-app | Measure-Object Length -Sum).Sum / 1MB
$setup = Get-Item "dist\return-inspector-setup-$version.exe"
Write-Host ("bundle: {0:N0} MB unpacked; installer: {1:N0} MB ({2})" -f $size,
    ($setup.Length / 1MB), $setup.Name)
