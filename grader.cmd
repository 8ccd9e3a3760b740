@echo off
rem The grader's launcher on Windows, as ./grader is on Linux and macOS: finds a JDK 17 or newer
rem (JAVA_HOME, then PATH), builds the grader with Maven when run from the project's sources and it
rem is not built yet (a student kit ships it prebuilt), then runs its command line.
rem Usage: grader.cmd --help
setlocal EnableExtensions
set "ROOT=%~dp0"
set "ROOT=%ROOT:~0,-1%"
set "ENGINE_JAR=%ROOT%\engine\core\target\grader-engine.jar"
set "CHILD_JAR=%ROOT%\engine\child\target\grader-child.jar"
set "INSTALL_HINT=install a JDK 17 or newer, for example Eclipse Temurin 17 from https://adoptium.net, and set JAVA_HOME to it"

set "JAVA="
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA=%JAVA_HOME%\bin\java.exe"
if not defined JAVA for /f "delims=" %%J in ('where java 2^>nul') do if not defined JAVA set "JAVA=%%J"
if not defined JAVA goto no_java

"%JAVA%" -version 2>&1 | findstr /r /c:"version \"1[7-9]" /c:"version \"[2-9][0-9]" >nul
if errorlevel 1 goto old_java
rem The grader compiles code, so a runtime alone (a JRE) is not enough: javac must sit beside java.
for %%J in ("%JAVA%") do set "JAVA_BIN=%%~dpJ"
if not exist "%JAVA_BIN%javac.exe" goto no_compiler

rem In the project (sources present) build once; after changing the engine, delete engine\core\target.
if not exist "%ROOT%\engine\core\src" goto run
if exist "%ENGINE_JAR%" if exist "%CHILD_JAR%" goto run
where mvn >nul 2>nul
if errorlevel 1 goto no_maven
echo Building the grader, first run; this takes a minute... 1>&2
set "BUILD_LOG=%TEMP%\grader-build-%RANDOM%.log"
pushd "%ROOT%"
call mvn -q -B package -DskipTests -pl engine/child,engine/core -am >"%BUILD_LOG%" 2>&1
set "BUILD_STATUS=%ERRORLEVEL%"
popd
if not "%BUILD_STATUS%"=="0" goto build_failed
del "%BUILD_LOG%" >nul 2>nul

:run
"%JAVA%" -Dgrader.home="%ROOT%" -cp "%ENGINE_JAR%;%ROOT%\engine\core\target\lib\*" grader.cli.GraderCli %*
exit /b %ERRORLEVEL%

:no_java
echo grader: no Java found; %INSTALL_HINT%. 1>&2
exit /b 2

:old_java
echo grader: %JAVA% is older than Java 17; %INSTALL_HINT%. 1>&2
exit /b 2

:no_compiler
echo grader: %JAVA% is a Java runtime without a compiler; %INSTALL_HINT%. 1>&2
exit /b 2

:no_maven
echo grader: Maven is needed to build the grader once; install Apache Maven 3.8 or newer. 1>&2
exit /b 2

:build_failed
echo grader: the build failed; its output is in %BUILD_LOG% 1>&2
exit /b 2
