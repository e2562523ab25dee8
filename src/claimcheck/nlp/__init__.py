"""The spaCy pass: numbers → quantities, claim frames, attribution."""
