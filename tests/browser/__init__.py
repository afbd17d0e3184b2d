"""Browser tests: the Dagster UI, driven by Playwright on Debian Chromium."""
