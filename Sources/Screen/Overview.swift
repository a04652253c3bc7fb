// Screen: everything about drawing that does not need a terminal.
//
//     Geometry.swift    Point, Size, Rect (intersection, inset, divided: layout arithmetic)
//     Color.swift       Color (.default, .ansi 0-15, .indexed 0-255, .rgb), ColorSupport,
//                       approximation to what a terminal shows
//     Style.swift       Style (foreground, background, Attributes), patched(with:)
//     Cell.swift        Cell: one grapheme + style; continuation cells for wide characters
//     Buffer.swift      Buffer: the grid views draw into; put (text or spans), fill, setStyle,
//                       patchStyle, lines() for tests, forEachChange(since:) for backends
//     DisplayWidth.swift, EastAsianWide.swift   displayWidth(of:) in terminal columns
//     Sanitizing.swift  visibleCharacter, visibleSingleLine, visibleText: control characters
//                       made visible (also for the command line); isVisibleAsIs: a quick scan
//     Glyphs.swift      the shared fast pass over text (internal)
//     Span.swift        Span, StyledLine, truncate(_:toWidth:)
//     Wrapping.swift    wrap(_:width:) for String and [Span], with first/continuation widths;
//                       wrap(_:width:breakingWordsWith:) breaks long words where the caller says
//     InputEvent.swift  InputEvent, Key, Modifiers, MouseEvent: what backends report
//     Backend.swift     Backend protocol and MemoryBackend (tests)
//
// A frame is drawn by rendering views into a Buffer of the backend's size, then
// `backend.draw(buffer)`, `backend.setCursor(...)`, `backend.flush()`. The Buffer guarantees
// what reaches a backend is safe to print: one grapheme per cell, no control characters, wide
// characters whole. Widths follow glibc's wcwidth, which ncurses uses.
