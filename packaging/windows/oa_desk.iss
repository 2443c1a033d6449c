; Inno Setup 6 script of OA Desk's Windows installer: per user, no administrator
; rights, a Start-menu entry, and .oadesk files opening in OA Desk on a double-click.
; packaging/build.py compiles it with the version from oa_desk/__init__.py:
;   iscc /DAppVersion=X.Y.Z /DSourceDir=dist\oa-desk /DOutputDir=dist /DIconFile=build\assets\oa-desk.ico oa_desk.iss
#ifndef AppVersion
  #error AppVersion must be given (/DAppVersion=...): packaging/build.py reads it from oa_desk/__init__.py
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\oa-desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\assets\oa-desk.ico"
#endif

[Setup]
AppId={{6F2C5D0A-7C1B-4E8E-9A0B-0ADE5C0DE517}
AppName=OA Desk
AppVersion={#AppVersion}
AppVerName=OA Desk {#AppVersion}
AppPublisher=OA Desk team
VersionInfoVersion={#AppVersion}
; Per user: installs into %LOCALAPPDATA%\Programs, writes only HKCU; no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\OA Desk
DefaultGroupName=OA Desk
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\OA Desk.exe
SetupIconFile={#IconFile}
OutputDir={#OutputDir}
OutputBaseFilename=OA-Desk-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Chinese wizard texts where this Inno Setup has them (an unofficial translation).
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\Unofficial\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\OA Desk"; Filename: "{app}\OA Desk.exe"
Name: "{autodesktop}\OA Desk"; Filename: "{app}\OA Desk.exe"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install (HKLM only if an administrator chose "all users").
Root: HKA; Subkey: "Software\Classes\.oadesk"; ValueType: string; ValueName: ""; ValueData: "OADesk.Plan"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.oadesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-oadesk"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\OADesk.Plan"; ValueType: string; ValueName: ""; ValueData: "OA Desk plan"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\OADesk.Plan\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\OA Desk.exe"",0"
Root: HKA; Subkey: "Software\Classes\OADesk.Plan\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\OA Desk.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\OA Desk.exe\SupportedTypes"; ValueType: string; ValueName: ".oadesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\OA Desk.exe"; Description: "{cm:LaunchProgram,OA Desk}"; Flags: nowait postinstall skipifsilent
