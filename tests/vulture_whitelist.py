"""Names vulture cannot see used (read by `make lint`'s vulture step, never imported).

Each line marks a name as used, with who uses it: a framework calling a hook by name, a
dataclass field read through ``asdict`` or JSON, a protocol's parameter, or a function kept
for the tests that pin its behaviour.
"""
# ruff: noqa

_ = object()

# urllib's redirect handler and opener protocol (reader/ingest/fetch.py)
_.max_redirections
_.http_error_301
_.http_error_303
_.http_error_307
_.http_error_308
_.http_open
_.https_open
# context-manager and Textual protocol parameters (store/base.py, ui screens)
_.traceback
_.parameters
_.kwargs
# Textual and Rich attributes set on widgets, read by the framework
_.no_wrap
_.cursor_type
_.fixed_columns
_.COMPONENT_CLASSES
_.virtual_size
_.bindings_changed
_._bindings_ready
# dataclass fields written to JSON or read by the tests
_.approximate
_.segmentation
_.divergence_recall
# kept for the tests that pin their behaviour
_.apply_corrections  # tests/analysis/test_corrections.py; services use its detached form
_.triage_marks  # tests/store, tests/hostile read a story's marks through it
_.measured_on  # tests/test_text_toolkit.py: every threshold names its data
_.pair_scores  # tests/analysis/test_paragraph_claims.py: the whole matrix of a small story
_.anchor_similarity  # tests/analysis/test_similarity.py: a disputed figure still ties two passages
_.paragraph_groups  # tests/analysis/test_paragraph_claims.py: the groups of a small story
