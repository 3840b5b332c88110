// libFuzzer itself provides the symbols; this target only carries the header.
