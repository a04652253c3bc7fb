// The Screen module; see README.md for what it owns.
