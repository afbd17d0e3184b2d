"""Test-first unit tests for the rule-based claim extractor (see /work/shared/eval/ANNOTATION.md)."""
