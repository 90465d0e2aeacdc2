; Installer of Interview Kit Builder for Windows (NSIS 3, 64-bit Unicode), made by installer/windows/build.sh:
;   makensis -DVERSION=1.0.0 -DSTAGE=<install tree> -DFILES=<files.nsh> -DOUTFILE=<setup.exe>
;            -DICONDIR=installer/windows installer/windows/interview-kit-builder.nsi
; Per user, without administrator rights: installs into %LOCALAPPDATA%\Programs\Interview Kit
; Builder, writes only under HKCU (the .ikit association with its icon, the Add/Remove Programs
; entry) and makes one Start menu shortcut. FILES is generated from the install tree and holds the
; macros IkitInstallFiles and IkitUninstallFiles: the uninstaller deletes exactly the files the
; installer copied and then only folders left empty, so nothing else is ever removed.
; Silent: setup.exe /S [/D=folder]; Uninstall.exe /S.

; A 64-bit installer (the programs are 64-bit too): runs on 64-bit Windows, and under wine64 alone.
Target amd64-unicode
!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "${FILES}"

!define APP_NAME "Interview Kit Builder"
!define APP_EXE "Interview Kit Builder.exe"
!define PROG_ID "InterviewKitBuilder.Kit"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\InterviewKitBuilder"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"
SetCompressor /SOLID lzma
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} setup"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName" "Interview Kit Builder team"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT licence"

!define MUI_ICON "${ICONDIR}/interview-kit-builder.ico"
!define MUI_UNICON "${ICONDIR}/interview-kit-builder.ico"
!define MUI_FINISHPAGE_RUN "$INSTDIR\bin\${APP_EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "${STAGE}/share/doc/InterviewKitBuilder/LICENSE"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"

Section "Install"
  SetShellVarContext current
  !insertmacro IkitInstallFiles
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\bin\${APP_EXE}" "" "$INSTDIR\bin\${APP_EXE}" 0

  ; .ikit files open in the app and show the kit icon (per user: HKCU\Software\Classes).
  WriteRegStr HKCU "Software\Classes\.ikit" "" "${PROG_ID}"
  WriteRegStr HKCU "Software\Classes\.ikit" "Content Type" "application/x-interview-kit"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}" "" "Interview kit"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\share\interview-kit-builder\interview-kit.ico"
  WriteRegStr HKCU "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\bin\${APP_EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'

  ; Add/Remove Programs entry.
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "Interview Kit Builder team"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\bin\${APP_EXE}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"

  ; The association only when it is still ours.
  ReadRegStr $0 HKCU "Software\Classes\.ikit" ""
  StrCmp $0 "${PROG_ID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.ikit"
  DeleteRegKey HKCU "Software\Classes\${PROG_ID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  DeleteRegKey HKCU "${UNINSTALL_KEY}"

  !insertmacro IkitUninstallFiles
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"
SectionEnd
