"""Benchmarks for newsdiff: synthetic source sets, a difflib baseline and the `make bench` run.

Nothing here is imported by the app or by the core; the tests only check the generator.
"""
