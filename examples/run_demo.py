"""`make demo`: start the emulator as a user would (`dataports-emulator --demo-data`, so every service holds its demo
workspace), then run every walkthrough against it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from dataports_emulators.testing import emulator_process

EXAMPLES = Path(__file__).resolve().parent
WALKTHROUGHS = sorted(EXAMPLES.glob("*_walkthrough.py"))


def main() -> int:
    with emulator_process(demo_data=True) as emulator:
        env = {**os.environ, **emulator.env(), "DATAPORTS_TOKEN": emulator.token}
        print(f"emulator running at {emulator.url} with services {', '.join(emulator.services)}")
        for name, value in sorted(emulator.env().items()):
            print(f"  export {name}={value}")
        failures = 0
        for script in WALKTHROUGHS:
            print(f"\n=== {script.name} ===", flush=True)
            result = subprocess.run([sys.executable, str(script)], env=env)
            failures += result.returncode != 0
        print(f"\n{len(WALKTHROUGHS) - failures}/{len(WALKTHROUGHS)} walkthroughs succeeded")
        return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
