"""One text toolkit: the data-file loader, tokens, sentences, stems, stop words, calendar
words, news agencies, inert text and the thresholds table, shared by ingest, analysis and
the renderers so each job is done one way."""
