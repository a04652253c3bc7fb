// The Curses module; see README.md for what it owns.
import CNcursesw
