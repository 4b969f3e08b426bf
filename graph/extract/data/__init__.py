"""Word lists derived from real lexical resources (see :mod:`.make_lexicons`)."""
