"""The benchmark harness's own logic: turn order, medians and the best ceiling, row texts, raw listings, discovery of
services and walkthroughs, the RESULTS.md ceiling lines. Nothing here times anything or asserts a speed."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from benchmarks import imports, rapidpro, walkthroughs
from benchmarks.common import (
    Comparison,
    ImportTiming,
    Row,
    Samples,
    Settings,
    measure,
    prefetched_listing,
    raw_listing,
    raw_listing_sides,
    round_order,
)
from benchmarks.run import ceiling_lines, results_markdown


def test_two_sides_swap_every_round() -> None:
    assert [round_order(["a", "b"], n) for n in range(3)] == [["a", "b"], ["b", "a"], ["a", "b"]]


def test_every_side_takes_every_position_equally_often() -> None:
    sides = ["dataports", "raw sequential", "raw prefetch", "peer"]
    orders = [round_order(sides, n) for n in range(len(sides))]
    for position in range(len(sides)):
        assert sorted(order[position] for order in orders) == sorted(sides)


def test_measure_runs_each_side_once_per_round_and_drops_the_warm_up() -> None:
    calls: list[str] = []

    def side(name: str) -> Any:
        def run() -> int:
            calls.append(name)
            return 10

        return run

    samples = measure({"a": side("a"), "b": side("b"), "c": side("c")}, repeats=2, label="test")
    assert calls == ["a", "b", "c", "b", "c", "a", "c", "a", "b"]
    assert all(len(samples.rates[name]) == 2 and len(samples.cpu[name]) == 2 for name in "abc")


def test_measure_refuses_sides_that_did_different_work() -> None:
    with pytest.raises(RuntimeError, match="produced 9 items"):
        measure({"a": lambda: 10, "b": lambda: 9}, repeats=1, label="test")


def samples() -> Samples:
    return Samples(
        rates={"dataports": [80.0, 90.0, 85.0], "seq": [100.0, 98.0, 102.0], "pre": [95.0, 99.0, 97.0]},
        cpu={"dataports": [2e-6, 3e-6, 2.5e-6], "seq": [1e-6, 1e-6, 1e-6], "pre": [1e-6, 1e-6, 1e-6]},
    )


def test_the_ceiling_is_the_best_median_and_the_others_are_kept() -> None:
    comparison = samples().against_best("dataports", ["pre", "seq"])
    assert comparison.ceiling_name == "seq"
    assert comparison.ceiling_median == 100.0
    assert comparison.ratio == pytest.approx(0.85)
    assert comparison.beaten == {"pre": [95.0, 99.0, 97.0]}


def test_a_ratio_row_shows_three_places_so_a_near_miss_does_not_read_as_met() -> None:
    row = Comparison([89.8], [100.0]).row("listing", "rec/s", 0.9, description="raw listing")
    assert row.cells()[3] == "0.898"
    assert row.passed is False
    assert row.ceiling_description == "raw listing"


def test_a_best_of_row_names_its_ceiling_and_lists_every_variant() -> None:
    row = samples().against_best("dataports", ["seq", "pre"]).row("listing", "rec/s", 0.85, description="d")
    assert row.ceiling == "100 rec/s (seq)"
    assert row.passed is True
    assert row.samples == "dataports [80, 90, 85]; seq (best) [100, 98, 102]; pre [95, 99, 97] rec/s"


def test_a_speedup_row_reads_as_times_the_peer() -> None:
    row = Comparison([90.0], [20.0]).speedup_row("listing", "rec/s", 3.0, peer="classic 1.0", description="d")
    assert row.cells()[2:6] == ["classic 1.0: 20 rec/s", "4.5x", "≥ 3.0x", "pass"]


def test_a_cpu_row_shows_microseconds_per_record_against_the_raw_path() -> None:
    row = samples().comparison("dataports", "seq").cpu_row("bulk", reference="raw httpx", description="d")
    assert row.candidate == "2.5 µs/record (2.50x raw httpx)"
    assert row.ceiling == "raw httpx: 1.0 µs/record"
    assert row.ratio is None and row.passed is None


def pages(count: int, size: int) -> Iterator[list[dict[str, int]]]:
    for start in range(0, count, size):
        yield [{"n": n} for n in range(start, min(start + size, count))]


@pytest.mark.parametrize("listing", [raw_listing, prefetched_listing])
@pytest.mark.parametrize("enabled", [True, False])
def test_raw_listings_keep_every_record_and_leave_the_gc_as_they_found_it(listing: Any, enabled: bool) -> None:
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        assert listing(lambda: pages(1000, 250)) == [{"n": n} for n in range(1000)]
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_failing_page_fetch_reaches_the_prefetching_caller() -> None:
    def failing() -> Iterator[list[int]]:
        yield [1]
        raise ConnectionError("dropped")

    with pytest.raises(ConnectionError, match="dropped"):
        prefetched_listing(failing)


def test_raw_listing_sides_count_what_finish_made() -> None:
    sides = raw_listing_sides(lambda: pages(10, 3), finish=lambda records: records[:4])
    assert {name: side() for name, side in sides.items()} == {"raw sequential": 4, "raw prefetch": 4}


def test_service_packages_are_the_public_overlay_packages(tmp_path: Path) -> None:
    for name in ("_core", "rapidpro", "clicdata", "notes"):
        (tmp_path / name).mkdir()
    for name in ("_core", "rapidpro", "clicdata"):
        (tmp_path / name / "__init__.py").touch()
    assert imports.service_packages(tmp_path) == ["dataports.clicdata", "dataports.rapidpro"]


def test_walkthroughs_are_found_by_name_and_need_an_emulated_service(tmp_path: Path) -> None:
    examples, services = tmp_path / "examples", tmp_path / "services"
    examples.mkdir()
    for name in ("rapidpro_walkthrough.py", "datagrok_walkthrough.py", "run_demo.py"):
        (examples / name).touch()
    for name in ("rapidpro", "datagrok", "__pycache__"):
        (services / name).mkdir(parents=True)
    (services / "rapidpro" / "__init__.py").touch()
    assert list(walkthroughs.walkthroughs(examples)) == ["datagrok", "rapidpro"]
    assert walkthroughs.emulated(services) == {"rapidpro"}


def rows() -> list[Row]:
    return [
        Row("listing", "1", "2", 0.5, "≥ 0.9", False, ceiling_description="raw listing, GC paused"),
        Row("undescribed", "1", "2", 0.5, "≥ 0.9", False),
        Row("import", "1 ms", "—", None, "≤ 150 ms", True),
        Row("walkthrough", "1 s", "0.01 s", None, "info", None, samples="1 s", ceiling_description="bare start"),
    ]


def test_every_described_ceiling_gets_one_line_and_an_undescribed_ratio_is_flagged() -> None:
    assert ceiling_lines(rows()) == [
        "- listing: raw listing, GC paused",
        "- undescribed: **not described** (its module gave no `ceiling_description`)",
        "- walkthrough: bare start",
    ]


def test_results_markdown_has_the_ceilings_and_the_samples() -> None:
    text = results_markdown("TABLE", rows(), Settings(quick=True, repeats=3), "python -m benchmarks.run --quick")
    ceilings = text.index("## Ceilings and peers")
    assert text.index("- listing: raw listing, GC paused") > ceilings
    assert text.index("## Samples") > ceilings
    assert "- walkthrough: 1 s" in text


def test_an_import_that_pulls_in_pandas_fails_however_fast() -> None:
    fast = ImportTiming([0.05, 0.05, 0.05], frozenset({"pandas"}))
    row = imports.import_row("dataports.demo", fast, ImportTiming([0.04], frozenset()))
    assert row.passed is False
    assert "imported pandas" in row.candidate


def test_an_import_within_budget_and_without_pandas_passes() -> None:
    ours, httpx_alone = ImportTiming([0.09, 0.1, 0.2], frozenset()), ImportTiming([0.05], frozenset())
    row = imports.import_row("dataports.demo", ours, httpx_alone)
    assert row.passed is True
    assert row.candidate == "100 ms; pandas not imported"


def test_a_failed_walkthrough_is_a_failing_row() -> None:
    row = walkthroughs.walkthrough_row("demo", Path("demo_walkthrough.py"), [], 0.01, "exit status 1")
    assert row.passed is False and row.candidate == "exit status 1"


def test_the_dataframe_ceiling_must_build_the_same_frame() -> None:
    pandas = pytest.importorskip("pandas")
    records = [{"uuid": "a", "created_on": "2024-01-01T00:00:00+00:00", "modified_on": None, "last_seen_on": None}]
    theirs = rapidpro.to_frame(records)
    assert rapidpro.frame_difference(theirs.copy(), theirs) is None
    assert rapidpro.frame_difference(pandas.DataFrame.from_records(records), theirs) is not None


def test_a_module_that_fails_to_import_is_a_crashed_row_not_a_crashed_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    from benchmarks import run as runner

    def import_module(name: str) -> types.ModuleType:
        if name == "benchmarks.broken":
            raise SyntaxError("half-written")
        module = types.ModuleType(name)
        if name == "benchmarks.good":
            module.SERVICES = ()  # type: ignore[attr-defined]
            module.run = lambda emulator, settings: []  # type: ignore[attr-defined]
        return module

    monkeypatch.setattr("benchmarks.run.importlib.import_module", import_module)
    found, failed = runner.load(["broken", "good", "helpers"])
    assert [runner.short_name(module) for module in found] == ["good"]
    assert [row.benchmark for row in failed] == ["broken (crashed)"]
    assert failed[0].passed is False and "half-written" in failed[0].candidate


def test_module_names_leave_out_the_machinery() -> None:
    from benchmarks import run as runner

    names = runner.module_names()
    assert {"rapidpro", "imports", "walkthroughs"} <= set(names)
    assert not {"common", "run"} & set(names)
