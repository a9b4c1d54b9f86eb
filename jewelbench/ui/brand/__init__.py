"""The brand profile: the name, address and logo printed on every new tech pack."""
