"""What both the command line and the app use: the notes service, stories and their
corrections. Above the store, the report and the analysis; never imports ``textual``, the UI
or the command line."""
