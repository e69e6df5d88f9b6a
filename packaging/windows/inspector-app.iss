; Inno Setup 6 script: the Windows installer around the PyInstaller one-folder build.
; Built by packaging/build-windows.ps1:  ISCC.exe /DAppVersion=0.1.0 packaging\windows\inspector-app.iss
;
; Silent install for IT, with the server and the station token written to the machine-wide
; configuration (%ProgramData%\ReturnInspector\config.toml):
;   return-inspector-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
;       /SERVER=https://returns.example.com /TOKEN=<station-token>
; The values are written by the app itself (`inspector-cli config set`), which validates them
; and keeps the rest of an existing file, so upgrades never lose IT's other settings.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "Return Inspector"
#define Bundle "..\..\dist\inspector-app"
#define ConfigDir "{commonappdata}\ReturnInspector"

[Setup]
AppId={{6C0B4C7E-2F3A-4E5B-9A8D-1B2C3D4E5F60}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Return Inspector
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=return-inspector-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
SetupIconFile=..\..\build\icons\inspector-app.ico
UninstallDisplayIcon={app}\inspector-app.exe
CloseApplications=yes
SetupLogging=yes

[Dirs]
; Readable by the bench's users (the app needs the token), writable by administrators only.
Name: "{#ConfigDir}"; Permissions: users-readexec; Flags: uninsneveruninstall

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; Every setting, commented out; installed once, never overwritten or removed (IT's file).
Source: "..\..\build\config.example.toml"; DestDir: "{#ConfigDir}"; DestName: "config.toml"; Flags: onlyifdoesntexist uninsneveruninstall
Source: "..\..\docs\it-guide.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\inspector-app.exe"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\inspector-app.exe"; Description: "Start {#AppName}"; Flags: nowait postinstall skipifsilent

[Code]
var
  Server, Token: String;

function Unsafe(const Value: String): Boolean;
begin
  { Values go on a command line and into TOML: no quotes, spaces or control characters. }
  Result := (Pos('"', Value) > 0) or (Pos(' ', Value) > 0) or (Pos(#9, Value) > 0);
end;

function InitializeSetup(): Boolean;
begin
  Server := Trim(ExpandConstant('{param:SERVER|}'));
  Token := Trim(ExpandConstant('{param:TOKEN|}'));
  Result := True;
  if (Server <> '') and (Pos('https://', Lowercase(Server)) <> 1)
     and (Pos('http://', Lowercase(Server)) <> 1) then
  begin
    SuppressibleMsgBox('/SERVER= must start with https:// (or http:// for a lab server): ' + Server,
      mbError, MB_OK, IDOK);
    Result := False;
  end
  else if Unsafe(Server) or Unsafe(Token) then
  begin
    SuppressibleMsgBox('/SERVER= and /TOKEN= must not contain spaces or quotes.',
      mbError, MB_OK, IDOK);
    Result := False;
  end;
end;

procedure WriteStationConfig();
var
  Args: String;
  ResultCode: Integer;
begin
  Args := 'config set "' + ExpandConstant('{#ConfigDir}\config.toml') + '"';
  if Server <> '' then
    Args := Args + ' "server.url=' + Server + '"';
  if Token <> '' then
    Args := Args + ' "server.token=' + Token + '"';
  Log('Writing /SERVER and /TOKEN to the machine-wide configuration');
  if not Exec(ExpandConstant('{app}\inspector-cli.exe'), Args, '', SW_HIDE,
              ewWaitUntilTerminated, ResultCode) or (ResultCode <> 0) then
    RaiseException('Could not write the station configuration (inspector-cli config set '
      + 'exited with ' + IntToStr(ResultCode) + '). Run it by hand to see why.');
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and ((Server <> '') or (Token <> '')) then
    WriteStationConfig();
end;
