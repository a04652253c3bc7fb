"""Makes the reference scheduler, the `fsrs` package 6.3.2, importable for a script: when
it is missing, installs it into a private virtual environment (~/.cache/sobes/fsrs-6.3.2,
or $SOBES_FSRS_VENV) and runs the script again under that environment's Python."""
import os
import subprocess
import sys

VERSION = "6.3.2"


def ensure_fsrs(script):
    try:
        from importlib.metadata import version
        import fsrs  # noqa: F401
        if version("fsrs") == VERSION:
            return
    except ImportError:
        pass
    if os.environ.get("SOBES_FSRS_REEXEC"):
        sys.exit(f"{os.path.basename(script)}: fsrs {VERSION} did not install")
    venv = os.environ.get("SOBES_FSRS_VENV") or os.path.expanduser(f"~/.cache/sobes/fsrs-{VERSION}")
    python = os.path.join(venv, "bin", "python3")
    if not os.path.exists(python):
        subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    subprocess.run([python, "-m", "pip", "install", "--quiet", f"fsrs=={VERSION}"], check=True)
    os.environ["SOBES_FSRS_REEXEC"] = "1"
    os.execv(python, [python, os.path.abspath(script)] + sys.argv[1:])
