"""Install LanguageTool's server from Maven Central into the user's cache.

``mvn dependency:copy-dependencies`` fetches ``languagetool-server`` and the language
modules into ``<cache>/LanguageTool-<version>/lib``; a launcher jar beside it makes the
directory look like LanguageTool's release zip to language-tool-python (see
:mod:`brandvoice.languagetool.launcher`), so ``Installation.ltp_path`` can be its ``LTP_PATH``.

The directory is built under a temporary name and renamed into place with a marker file
written last, so an interrupted install is never mistaken for a complete one and two
processes installing at once do not corrupt each other.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from brandvoice.errors import InputError
from brandvoice.languagetool import settings
from brandvoice.languagetool.errors import INSTALL_COMMAND, LanguageToolUnavailable
from brandvoice.languagetool.launcher import read_class_path, write_launcher_jar

# The newest release on Maven Central; it is built for Java 17, the oldest Java it runs on.
DEFAULT_VERSION: Final = "6.8"
LANGUAGE_MODULES: Final = ("en", "fr")
# LanguageTool's language identifier looks these languages up in a static initialiser
# (CommonWordsDetector), and the server does not start when one of them is missing.
IDENTIFIER_MODULES: Final = ("es", "ca", "pt")
MAIN_CLASS: Final = "org.languagetool.server.HTTPServer"
# The name language-tool-python looks for in LanguageTool-<version>/.
SERVER_JAR: Final = "languagetool-server.jar"
# Pinned: an unpinned plugin makes Maven pick whatever version its defaults name.
_DEPENDENCY_PLUGIN: Final = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1"
_MARKER: Final = ".brandvoice-complete"
_VERSION_PATTERN: Final = re.compile(r"\d+\.\d+(?:\.\d+)?")
_DIRECTORY_PATTERN: Final = re.compile(r"LanguageTool-(\d+\.\d+(?:\.\d+)?)")
_MAVEN_TIMEOUT_SECONDS: Final = 1800


@dataclass(frozen=True, slots=True)
class Installation:
    """A LanguageTool server on disk: ``root`` is ``.../LanguageTool-<version>``."""

    version: str
    root: Path

    @property
    def server_jar(self) -> Path:
        return self.root / SERVER_JAR

    @property
    def ltp_path(self) -> Path:
        """The directory to give language-tool-python as ``LTP_PATH``."""
        return self.root.parent


def install(
    version: str = DEFAULT_VERSION, cache_dir: Path | None = None, *, quiet: bool = True
) -> Installation:
    """Install LanguageTool ``version`` (once: a complete installation is reused).

    ``quiet=False`` shows Maven's output. Raises :class:`LanguageToolUnavailable` when
    ``mvn`` or ``java`` is missing or Maven fails.
    """
    _check_version(version)
    cache = (cache_dir or settings.cache_dir()).expanduser()
    installation = Installation(version, cache / f"LanguageTool-{version}")
    if _is_complete(installation):
        return installation
    mvn = require_program("mvn", "Apache Maven (e.g. apt-get install maven)")
    require_program("java", "a Java 17 runtime (e.g. apt-get install openjdk-17-jre-headless)")
    cache.mkdir(parents=True, exist_ok=True)
    _remove_abandoned_builds(cache, version)
    # A dot name: language-tool-python scans LTP_PATH for LanguageTool-* directories.
    build = Path(tempfile.mkdtemp(prefix=f".LanguageTool-{version}-", dir=cache))
    try:
        _fetch_jars(mvn, version, build, quiet=quiet)
        jars = sorted(path.relative_to(build).as_posix() for path in build.glob("lib/*.jar"))
        write_launcher_jar(build / SERVER_JAR, jars, MAIN_CLASS)
        (build / _MARKER).write_text(f"{version}\n", encoding="utf-8")  # last: complete
        _move_into_place(build, installation.root)
    finally:
        shutil.rmtree(build, ignore_errors=True)
    return installation


def find_installation(
    version: str | None = None, cache_dir: Path | None = None
) -> Installation | None:
    """The complete installation of ``version`` (default: the newest one) in the cache."""
    cache = (cache_dir or settings.cache_dir()).expanduser()
    if version is not None:
        _check_version(version)
        candidate = Installation(version, cache / f"LanguageTool-{version}")
        return candidate if _is_complete(candidate) else None
    found = [
        Installation(match.group(1), path)
        for path in (cache.glob("LanguageTool-*") if cache.is_dir() else ())
        if (match := _DIRECTORY_PATTERN.fullmatch(path.name))
    ]
    complete = [installation for installation in found if _is_complete(installation)]
    return max(complete, key=lambda i: _version_key(i.version), default=None)


def missing_jars(installation: Installation) -> list[Path]:
    """Jars that the launcher's manifest names but that are not on disk."""
    if not installation.server_jar.is_file():
        return [installation.server_jar]
    entries = read_class_path(installation.server_jar)
    return [path for entry in entries if not (path := installation.root / entry).is_file()]


def require_program(name: str, what_to_install: str) -> str:
    """The path of program ``name``, or :class:`LanguageToolUnavailable` naming the package."""
    path = shutil.which(name)
    if path is None:
        raise LanguageToolUnavailable(
            f"LanguageTool needs `{name}` on PATH: install {what_to_install}, "
            f"then run: {INSTALL_COMMAND}"
        )
    return path


def _is_complete(installation: Installation) -> bool:
    return _is_complete_directory(installation.root)


def _is_complete_directory(root: Path) -> bool:
    return (root / _MARKER).is_file() and (root / SERVER_JAR).is_file()


def _check_version(version: str) -> None:
    # The version goes into a directory name and a pom.xml: accept digits and dots only.
    if not _VERSION_PATTERN.fullmatch(version):
        raise InputError(f"not a LanguageTool version: {version!r} (e.g. 6.8)", field="version")


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _fetch_jars(mvn: str, version: str, build: Path, *, quiet: bool) -> None:
    pom = build / "pom.xml"
    pom.write_text(_pom(version), encoding="utf-8")
    command = [
        mvn,
        "-B",
        "--no-transfer-progress",
        "-f",
        str(pom),
        f"{_DEPENDENCY_PLUGIN}:copy-dependencies",
        f"-DoutputDirectory={build / 'lib'}",
        "-DincludeScope=runtime",
        # Two artifacts of the same name in different groups must not overwrite each other.
        "-Dmdep.prependGroupId=true",
    ]
    try:
        result = subprocess.run(
            command,
            cwd=build,
            stdin=subprocess.DEVNULL,
            capture_output=quiet,
            text=True,
            timeout=_MAVEN_TIMEOUT_SECONDS,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise LanguageToolUnavailable(
            f"Maven did not fetch LanguageTool {version} within {_MAVEN_TIMEOUT_SECONDS} s"
        ) from error
    if result.returncode != 0:
        output = (result.stdout or "") + (result.stderr or "")
        tail = "\n".join(output.strip().splitlines()[-25:])
        raise LanguageToolUnavailable(
            f"Maven could not fetch LanguageTool {version} (exit {result.returncode})"
            + (f":\n{tail}" if tail else "; see its output above")
        )


def _pom(version: str) -> str:
    def dependency(artifact: str, extra: str = "") -> str:
        return (
            "    <dependency><groupId>org.languagetool</groupId>"
            f"<artifactId>{artifact}</artifactId><version>{version}</version>"
            f"{extra}</dependency>\n"
        )

    # languagetool-server depends on language-all (every language, ~300 MB more to fetch
    # and load); we exclude it and add the languages we check.
    no_language_all = (
        "<exclusions><exclusion><groupId>org.languagetool</groupId>"
        "<artifactId>language-all</artifactId></exclusion></exclusions>"
    )
    modules = (*LANGUAGE_MODULES, *IDENTIFIER_MODULES)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<project xmlns="http://maven.apache.org/POM/4.0.0">\n'
        "  <modelVersion>4.0.0</modelVersion>\n"
        "  <groupId>local.brandvoice</groupId>\n"
        "  <artifactId>languagetool-install</artifactId>\n"
        f"  <version>{version}</version>\n"
        "  <packaging>pom</packaging>\n"
        "  <dependencies>\n"
        + dependency("languagetool-server", no_language_all)
        + "".join(dependency(f"language-{code}") for code in modules)
        + "  </dependencies>\n"
        "</project>\n"
    )


def _remove_abandoned_builds(cache: Path, version: str) -> None:
    """Build directories of installs that were killed (their cleanup never ran)."""
    too_old = time.time() - 2 * _MAVEN_TIMEOUT_SECONDS  # no live install is that old
    for build in cache.glob(f".LanguageTool-{version}-*"):
        with contextlib.suppress(OSError):
            if build.stat().st_mtime < too_old:
                shutil.rmtree(build)


def _move_into_place(build: Path, root: Path) -> None:
    if root.exists():
        if _is_complete_directory(root):
            return  # another process finished first: keep its copy
        shutil.rmtree(root)  # an old, half-finished install
    try:
        build.rename(root)
    except OSError:
        # Another process renamed its copy in between; use it if it is complete.
        if not _is_complete_directory(root):
            raise
