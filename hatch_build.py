"""Build hook of the optional compiled build: the HTML tree walk and raw scans (``_htmlwalk.pyx``).

Hatchling runs it next to hatch-mypyc when the compiled build is asked for
(``HATCH_BUILD_HOOKS_ENABLE=1``, see ``docs/install.md``); a plain build skips it and stays pure
Python. Cython turns the module into C against lxml's public C API, and setuptools' ``build_ext``
compiles it with the flags of the running interpreter.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

_SOURCE = "src/articlekit/_htmlwalk.pyx"


class HtmlWalkBuildHook(BuildHookInterface):
    """Compile ``articlekit._htmlwalk`` into the wheel (wheel target only)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:  # noqa: ARG002
        """Cythonize and compile the module, and put the extension into the wheel."""
        if self.target_name != "wheel":
            return
        import lxml  # noqa: PLC0415 - build dependencies of this hook only
        from Cython.Build import cythonize  # noqa: PLC0415
        from setuptools import Distribution, Extension  # noqa: PLC0415

        work = self._work = Path(tempfile.mkdtemp(prefix="articlekit-htmlwalk-"))
        extension = Extension(
            "articlekit._htmlwalk",
            [str(Path(self.root) / _SOURCE)],
            include_dirs=lxml.get_include(),
            extra_compile_args=["-O3"],
        )
        modules = cythonize([extension], build_dir=str(work / "c"), quiet=True)
        distribution = Distribution({"name": "articlekit", "ext_modules": modules})
        command: Any = distribution.get_command_obj("build_ext")
        command.build_lib = str(work / "lib")
        command.build_temp = str(work / "temp")
        command.ensure_finalized()
        command.run()
        built = command.get_ext_fullpath("articlekit._htmlwalk")
        build_data["force_include"][built] = f"articlekit/{Path(built).name}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:  # noqa: ARG002
        """Remove the build directory once the wheel holds the extension."""
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)
