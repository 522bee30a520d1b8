"""Shared fixtures: a headless Debian Chromium (one per test session), the process-wide gazetteer and the synthetic events."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))  # so that test modules can `import factories`

CHROMIUM = os.environ.get("GEO_EVENTS_CHROMIUM") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
SHARED_DATA = TESTS.parents[0].parent / "shared" / "data"


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright, launched once per session."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set GEO_EVENTS_CHROMIUM)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


class PageErrors(list):
    """Console errors and uncaught page exceptions collected while a page was open."""


@pytest.fixture
def page(browser):
    """A fresh page (own context) that records console errors and page errors in ``page.errors``."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    pg = context.new_page()
    errors = PageErrors()
    pg.on("console", lambda msg: errors.append(f"console: {msg.text}") if msg.type == "error" else None)
    pg.on("pageerror", lambda exc: errors.append(f"pageerror: {exc}"))
    pg.errors = errors
    yield pg
    context.close()


@pytest.fixture
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data folder {SHARED_DATA} is absent")
    return SHARED_DATA


@pytest.fixture(scope="session")
def gz():
    """The process-wide gazetteer (``Gazetteer.default()``: one per process already)."""
    from geo_events.gazetteer import Gazetteer

    return Gazetteer.default()
