"""``dataports-emulator``: serve every emulated service from one port, each under its own prefix."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from dataports_emulators.core.app import DEFAULT_TOKEN, Emulator, available_services
from dataports_emulators.core.server import bind_socket, exit_cleanly_on_stop_signals, make_server

#: Where the control token may come from instead of the command line.
CONTROL_TOKEN_VARIABLE = "DATAPORTS_EMULATOR_CONTROL_TOKEN"


def build_parser() -> argparse.ArgumentParser:
    """The command line, with each running service's own options."""
    known = available_services()
    parser = argparse.ArgumentParser(prog="dataports-emulator", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port to listen on; 0 picks a free one (default 8765)")
    parser.add_argument(
        "--services",
        default=",".join(known),
        help=f"comma-separated services to serve (default all: {','.join(known)})",
    )
    parser.add_argument(
        "--token",
        default=DEFAULT_TOKEN,
        help=f"token accepted in each service's own auth style (default {DEFAULT_TOKEN})",
    )
    parser.add_argument(
        "--rate-limit",
        metavar="N[/SECONDS]",
        help="per-token limit of N requests per window (default 3600 s), answered in each service's own style "
        "(RapidPro: 429 with Retry-After); e.g. 2500/3600 like rapidpro.io",
    )
    parser.add_argument(
        "--control-token",
        metavar="TOKEN",
        default=os.environ.get(CONTROL_TOKEN_VARIABLE) or None,
        help="require 'Authorization: Bearer TOKEN' on the control API under /_emulator/ (health excepted); "
        f"default ${CONTROL_TOKEN_VARIABLE}, which keeps it out of the process list",
    )
    parser.add_argument(
        "--demo-data",
        action="store_true",
        help="start every service with its demo workspace (RapidPro contacts in groups such as Reporters, "
        "30 days of messages and flow runs, Gretel projects with records, Voxel51 jobs, Datagrok tables and "
        "files, ClicData sales); the same workspace on every start, and POST /_emulator/reset brings it back "
        "instead of emptying the service",
    )
    parser.add_argument("--log-level", default="warning", choices=["critical", "error", "warning", "info", "debug"])
    for service in known.values():
        service.add_cli_arguments(parser)
    return parser


def parse_rate_limit(value: str | None) -> dict[str, float] | None:
    """``N`` or ``N/SECONDS`` as fault settings (a window of 3600 s by default)."""
    if not value:
        return None
    count, _, window = value.partition("/")
    try:
        return {"rate_limit": int(count), "rate_window": float(window or 3600)}
    except ValueError:
        raise ValueError(f"--rate-limit expects N or N/SECONDS, got {value!r}") from None


def main(argv: Sequence[str] | None = None) -> None:
    """Serve until stopped; SIGINT and SIGTERM end the process with status 0 after removing its temporary data."""
    args = build_parser().parse_args(argv)
    names = [n.strip() for n in args.services.split(",") if n.strip()]
    with exit_cleanly_on_stop_signals():
        try:
            emulator = Emulator(
                names,
                [args.token],
                baseline_faults=parse_rate_limit(args.rate_limit),
                control_token=args.control_token,
                demo_data=args.demo_data,
            )
        except ValueError as exc:
            sys.exit(f"dataports-emulator: {exc}")
        try:
            _serve(emulator, args)
        finally:
            emulator.close()


def _serve(emulator: Emulator, args: argparse.Namespace) -> None:
    sock = bind_socket(args.host, args.port)
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    root = f"http://{shown}:{port}"
    lines = [f"dataports emulator listening on {root}", f"token: {args.token}"]
    if args.control_token:
        lines.append("control API: requires its bearer token (--control-token)")
    if args.demo_data:
        lines.append("demo data: every service holds its demo workspace (a reset brings it back)")
    for name, service in emulator.services.items():
        lines.append(f"  {name:<10} {root}/{name}{service.api_prefix}")
    lines.append("")
    lines += [f"export DATAPORTS_{name.upper()}_URL={root}/{name}" for name in emulator.services]
    for service in emulator.services.values():
        lines += service.on_start(f"{root}/{service.name}", args.token, args)
    print("\n".join(lines), flush=True)
    make_server(emulator.app, log_level=args.log_level).run(sockets=[sock])


if __name__ == "__main__":
    main()
