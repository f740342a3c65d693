"""English words that choose quotable sentences (alternatives for a regex)."""

BOILERPLATE = r"forward-looking|safe harbor"
CONVICTION = r"we believe|we expect|we will"
LEANS_BACK = r"so\b|but\b"
