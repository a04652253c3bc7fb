// The PythonSyntax module; see README.md for what it owns.
