"""Arabic text processing of our own: normalisation, sentences, tokens, clitics, story boundary."""
