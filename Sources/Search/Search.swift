// The Search module; see README.md for what it owns.
import CStemmer
