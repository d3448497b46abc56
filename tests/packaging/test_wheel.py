"""Packaging: a wheel ships the built browser client and runs with no Node.js; a source build
without npm stops with one line that says so (hatch_build.py, docs/install.md).

Every build here works on a copy of the source tree in `tmp_path`, so that a test never
rebuilds the client of the checkout it runs from. Building the wheel needs Node.js 20 and npm,
as any build from source does; installing and running it then happens with neither on PATH.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tarfile
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

NO_NPM = (
    "rill: building the browser client needs Node.js 20 and npm, and node and npm are not on "
    "PATH; install Node.js 20 (it brings npm), or install rill from a wheel, which ships the "
    "client built"
)


def copy_source(dest: Path) -> Path:
    """The files git would commit, as they are in the working tree (virtualenvs left out)."""
    listing = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    )
    names = [Path(name) for name in listing.stdout.decode().split("\0") if name]
    venvs = {name.parent for name in names if name.name == "pyvenv.cfg"}
    for name in names:
        if venvs.intersection(name.parents) or not (ROOT / name).is_file():
            continue  # an untracked virtualenv, or a file deleted in the working tree
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, dest / name)
    return dest


def share_node_modules(source: Path) -> None:
    """Let the copy use the checkout's npm packages when they match its lock file.

    Then the hook skips `npm ci` and only runs `npm run build` (seconds). A stale set is not
    shared, since `npm ci` in the copy would delete it through the link.
    """
    modules = ROOT / "frontend" / "node_modules"
    installed = modules / ".package-lock.json"
    lock = ROOT / "frontend" / "package-lock.json"
    if installed.is_file() and installed.stat().st_mtime >= lock.stat().st_mtime:
        (source / "frontend" / "node_modules").symlink_to(modules, target_is_directory=True)


def bin_dir(venv: Path) -> Path:
    return venv / ("Scripts" if os.name == "nt" else "bin")


def env_with_path(*dirs: Path, **extra: str) -> dict[str, str]:
    """This process's environment (pip's config and cache stay) with PATH set to `dirs` only."""
    path = os.pathsep.join(str(d) for d in dirs)
    assert shutil.which("npm", path=path) is None
    assert shutil.which("node", path=path) is None
    return {**os.environ, "PATH": path, **extra}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.status, response.read().decode()


def wait_for_health(url: str, server: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"rill hello exited with {server.returncode}:\n{log.read_text()}")
        try:
            if get(url) == (200, "ok"):
                return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"rill hello did not answer {url} within 60 s:\n{log.read_text()}")


# Builds the client (seconds), then installs rill's dependencies into a fresh virtualenv: about
# a minute in all, more than the default timeout allows on a slow machine.
@pytest.mark.timeout(300)
def test_a_built_wheel_ships_the_client_and_serves_it_without_node(tmp_path: Path) -> None:
    source = copy_source(tmp_path / "source")
    share_node_modules(source)
    dist = tmp_path / "dist"
    # The default sdist → wheel path: the hook builds the client for the sdist, and the wheel,
    # built from the unpacked sdist, must take the shipped client without running npm again.
    built = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(dist), str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    output = built.stdout + built.stderr
    assert built.returncode == 0, output
    assert output.count("rill: building the browser client (npm run build)") == 1, output

    (sdist,) = dist.glob("rill-*.tar.gz")
    with tarfile.open(sdist) as archive:
        packed = {name.split("/", 1)[-1] for name in archive.getnames()}
    assert {"hatch_build.py", "frontend/package-lock.json", "src/rill/static/index.html"} <= packed
    assert not [name for name in packed if "node_modules" in name]

    (wheel,) = dist.glob("rill-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        index = archive.read("rill/static/index.html").decode()
    scripts = re.findall(r'<script type="module"[^>]*src="\./(assets/[^"]+\.js)"', index)
    assert scripts, index
    assert f"rill/static/{scripts[0]}" in names
    assert sum(name.startswith("rill/static/assets/") for name in names) > 10

    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    bin_path = bin_dir(venv)
    installed = subprocess.run(
        [bin_path / "python", "-m", "pip", "install", "--quiet", str(wheel)],
        env=env_with_path(bin_path),
        capture_output=True,
        text=True,
        check=False,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr

    port = free_port()
    home = tmp_path / "home"
    home.mkdir()
    log = tmp_path / "server.log"
    with log.open("wb") as out:
        server = subprocess.Popen(
            [bin_path / "rill", "hello", "--server.port", str(port), "--server.headless", "true"],
            cwd=home,
            env=env_with_path(bin_path, HOME=str(home)),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_health(f"{base}/_rill/health", server, log)
        status, page = get(f"{base}/")
        assert status == 200
        assert "frontend not built" not in page
        assert f'src="./{scripts[0]}"' in page
        assert get(f"{base}/{scripts[0]}")[0] == 200
    finally:
        server.send_signal(signal.SIGTERM)
        code = server.wait(timeout=30)
    assert code == 0, log.read_text()


#: Builds from source; `{out}` is where a successful one would leave its files. pip gets
#: `--prefix` and `--ignore-installed` so that, should it succeed after all, the rill of the
#: environment running the tests stays as it is.
SOURCE_BUILDS = {
    "pip-install-editable": [
        *("pip", "install", "--no-deps", "--no-build-isolation", "--ignore-installed"),
        *("--prefix", "{out}", "-e", "{source}"),
    ],
    "python-m-build": ["build", "--no-isolation", "--outdir", "{out}", "{source}"],
}


@pytest.mark.parametrize("command", SOURCE_BUILDS.values(), ids=SOURCE_BUILDS.keys())
def test_a_source_build_without_npm_fails_with_one_line(tmp_path: Path, command: list[str]) -> None:
    source = copy_source(tmp_path / "source")
    assert not (source / "src" / "rill" / "static").exists()
    empty, out = tmp_path / "bin", tmp_path / "out"
    empty.mkdir()
    args = [arg.format(source=source, out=out) for arg in command]
    result = subprocess.run(
        [sys.executable, "-m", *args],
        env=env_with_path(empty),
        capture_output=True,
        text=True,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode != 0, output
    # pip indents the backend's output in its error box.
    assert NO_NPM in [line.strip() for line in output.splitlines()], output
    assert "Traceback" not in output, output
    assert not out.exists() or not any(out.iterdir())
