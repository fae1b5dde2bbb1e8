"""Streamed downloads are atomic: a dropped connection leaves neither the file nor a temporary behind."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from dataports.toolkit import download_to, open_for_upload
from dataports_emulators.testing import RunningEmulator


def test_download_writes_the_whole_body(rapidpro: RunningEmulator, tmp_path: Path) -> None:
    url = rapidpro.service_url("rapidpro") + "/api/v2/org.json"
    with httpx.Client(headers={"Authorization": f"Token {rapidpro.token}"}) as http:
        path = download_to(http, url, tmp_path / "out" / "org.json", progress=True)
    assert b'"timezone"' in path.read_bytes()
    assert [p.name for p in path.parent.iterdir()] == ["org.json"]


def test_interrupted_download_leaves_nothing_under_the_final_name(rapidpro: RunningEmulator, tmp_path: Path) -> None:
    target = tmp_path / "org.json"
    target.write_text("previous complete version")
    url = rapidpro.service_url("rapidpro") + "/api/v2/org.json"
    with (
        rapidpro.faults("rapidpro", drop_rate=1.0),
        httpx.Client(headers={"Authorization": f"Token {rapidpro.token}"}) as http,
        pytest.raises(httpx.TransportError),
    ):
        download_to(http, url, target)
    assert target.read_text() == "previous complete version"
    assert [p.name for p in tmp_path.iterdir()] == ["org.json"]


def test_upload_reader_counts_bytes(tmp_path: Path) -> None:
    source = tmp_path / "video.mp4"
    source.write_bytes(b"x" * 3000)
    with open_for_upload(source, progress=True) as reader:
        assert len(reader.read(1000)) + len(reader.read()) == 3000
    with pytest.raises(FileNotFoundError):
        open_for_upload(tmp_path / "missing").__enter__()
