// The Notes module; see README.md for what it owns.
import GRDB
