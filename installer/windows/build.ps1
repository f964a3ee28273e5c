# Builds the Windows installer (.msi) of Citizen Workbench with jpackage. Run on Windows, from
# the repository root, in PowerShell:
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1            # mvn package, app-image, .msi
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 -NoMvn     # reuse workbench-app\target\workbench.jar
#
# Needs: a JDK 17+ with jpackage (Temurin 17 ships it) on PATH, Maven 3.8+, and WiX Toolset
# 3.x (candle.exe and light.exe on PATH) — jpackage 17 to 21 uses WiX 3; WiX 4+ needs JDK 24+.
# Build it on Windows: the JavaFX jars in workbench.jar are the build machine's OS variant.
# The settings mirror installer/common.sh; keep the two in step.
param([switch]$NoMvn, [switch]$ImageOnly)
$ErrorActionPreference = 'Stop'

$root = (Resolve-Path "$PSScriptRoot\..\..").Path
$AppName = 'CitizenWorkbench'
$Vendor = 'Citizen Workbench'
$Description = 'Desktop workbench for Danish public-sector citizen service staff (demo mode built in)'
$JavaOptions = '-Xmx512m'
$Modules = 'java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.scripting,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.httpserver,jdk.localedata,jdk.random,jdk.unsupported,jdk.zipfs'
$JlinkOptions = '--strip-debug --no-man-pages --no-header-files --include-locales=da,en'
# A fixed upgrade code lets a newer .msi replace an installed older one. Never change it.
$UpgradeUuid = '6f1d5c4e-3b0a-4b8e-9d65-2a9f0c7e1b41'

if (-not (Get-Command jpackage -ErrorAction SilentlyContinue)) { throw 'jpackage not found: install a JDK 17+ (e.g. Temurin 17) and put its bin on PATH' }
if (-not $ImageOnly -and -not (Get-Command candle.exe -ErrorAction SilentlyContinue)) { throw 'WiX 3 (candle.exe, light.exe) not found on PATH: https://wixtoolset.org/docs/wix3/ (or use -ImageOnly)' }

if (-not $NoMvn) { Push-Location $root; mvn -B -q package -DskipTests; if ($LASTEXITCODE) { throw 'mvn package failed' }; Pop-Location }
$jar = "$root\workbench-app\target\workbench.jar"
if (-not (Test-Path $jar)) { throw "$jar is missing: run 'mvn -B package -DskipTests' first" }
$version = (Select-String -Path "$root\workbench-app\target\classes\dk\workbench\app\version.properties" -Pattern '^version=(.*)$').Matches[0].Groups[1].Value
$appVersion = ($version -split '-')[0]

$target = "$root\installer\target"
Remove-Item -Recurse -Force "$target\input", "$target\image", "$target\msi" -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$target\input" | Out-Null
Copy-Item $jar "$target\input\workbench.jar"

jpackage --type app-image --name $AppName --app-version $appVersion --vendor $Vendor --description $Description `
  --input "$target\input" --main-jar workbench.jar --java-options $JavaOptions `
  --add-modules $Modules --jlink-options $JlinkOptions `
  --icon "$PSScriptRoot\workbench.ico" --dest "$target\image"
if ($LASTEXITCODE) { throw 'jpackage app-image failed' }
if ($ImageOnly) { exit 0 }

jpackage --type msi --name $AppName --app-version $appVersion --vendor $Vendor --description $Description `
  --app-image "$target\image\$AppName" `
  --win-menu --win-menu-group 'Citizen Workbench' --win-shortcut --win-dir-chooser `
  --win-upgrade-uuid $UpgradeUuid --win-per-user-install `
  --dest "$target\msi"
if ($LASTEXITCODE) { throw 'jpackage msi failed' }
Get-ChildItem "$target\msi\*.msi" | Format-Table Name, Length
