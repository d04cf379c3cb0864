"""Reading what users have (HTML pages, feeds, WARC crawls, JSONL/CSV exports, text) into Documents."""
