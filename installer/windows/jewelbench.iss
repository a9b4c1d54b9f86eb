; Inno Setup 6 script: jewelbench-VERSION-windows-x64-setup.exe from the one-folder bundle.
;
; Build on Windows (see installer/README.md):
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[test]"
;   .venv\Scripts\pyinstaller --noconfirm --clean installer\jewelbench.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\jewelbench.iss
;
; Per-user install (no administrator rights, no UAC prompt): %LOCALAPPDATA%\Programs\jewelbench,
; a Start-menu shortcut, and .jewelbench files open in jewelbench on a double-click.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "jewelbench"
#define Bundle "..\..\dist\jewelbench"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller's entry together: never change it.
AppId={{6B8E0D4C-3A1F-4C55-9A7E-5D2B1C0F7A19}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=jewelbench
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=jewelbench-{#AppVersion}-windows-x64-setup
; rendered from resources\icons\app.svg by the spec into its work folder (build\jewelbench\icons)
SetupIconFile=..\..\build\jewelbench\icons\jewelbench.ico
UninstallDisplayIcon={app}\jewelbench.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Files]
; The whole one-folder bundle: jewelbench.exe (the window), jewelbench-cli.exe (the
; subcommands and --self-test, with a console) and _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\jewelbench.exe"; Comment: "Make-or-buy decisions for small jewelry brands"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\jewelbench.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .jewelbench -> jewelbench.workspace -> "jewelbench.exe" --workspace "%1", for this user
; (HKA is HKCU in a per-user install, HKLM when installed for all users).
Root: HKA; Subkey: "Software\Classes\.jewelbench"; ValueType: string; ValueName: ""; ValueData: "jewelbench.workspace"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.jewelbench\OpenWithProgids"; ValueType: string; ValueName: "jewelbench.workspace"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\jewelbench.workspace"; ValueType: string; ValueName: ""; ValueData: "jewelbench workspace"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\jewelbench.workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\jewelbench.exe,0"
Root: HKA; Subkey: "Software\Classes\jewelbench.workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\jewelbench.exe"" --workspace ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\jewelbench.exe\SupportedTypes"; ValueType: string; ValueName: ".jewelbench"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\jewelbench.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
