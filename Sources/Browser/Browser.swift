// The Browser module; see README.md for what it owns.
import TOMLKit
